using System.IO;
using System.Text;

namespace Imh.CommandLine.Output;

/// <summary>
/// Text held in a temporary file until the command knows it may be written: a folder check writes
/// nothing on standard output when any portfolio is rejected, and keeping the rows of a large folder
/// in memory instead would grow with the folder. The file is deleted when disposed.
/// </summary>
internal sealed class SpooledOutput : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private readonly FileStream _file;

    private SpooledOutput(FileStream file)
    {
        _file = file;
        Writer = new StreamWriter(file, Utf8NoBom, 1 << 16, leaveOpen: true) { NewLine = "\n" };
    }

    /// <summary>Where the text goes.</summary>
    public TextWriter Writer { get; }

    /// <summary>A new temporary file in the system's temporary folder (<c>TMPDIR</c>).</summary>
    public static SpooledOutput Create()
    {
        string path = Path.Combine(Path.GetTempPath(), $"imh-{Guid.NewGuid():N}.tmp");
        return new SpooledOutput(new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose));
    }

    /// <summary>Writes everything held to standard output.</summary>
    public void CopyTo(StandardStreams console)
    {
        Writer.Flush();
        _file.Position = 0;
        console.CopyToOut(_file);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Writer.Dispose();
        _file.Dispose();
    }
}
