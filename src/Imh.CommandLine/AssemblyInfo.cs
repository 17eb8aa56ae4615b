using System.Runtime.CompilerServices;

// The folder pipeline's ordering and window are tested directly, not only through a process.
[assembly: InternalsVisibleTo("Imh.Cli.Tests")]
