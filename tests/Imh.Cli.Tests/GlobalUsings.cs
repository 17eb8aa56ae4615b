global using System.IO;
global using System.Threading;
global using System.Threading.Tasks;
global using Imh.Cli.Tests.Support;
