using Imh.CommandLine;
using Imh.Requirements;

// The imh command: every catalog this tool carries, the first one the default.
return ImhCommandLine.Run(args, MiAimhCatalog.Instance);
