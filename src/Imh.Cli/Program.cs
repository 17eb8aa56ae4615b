using Imh.CommandLine;
using Imh.Requirements;
using Imh.Requirements.Iecmh2024;

// The imh command: every catalog this tool carries, the first one the default.
return ImhCommandLine.Run(args, MiAimhCatalog.Instance, Iecmh2024Catalog.Instance);
