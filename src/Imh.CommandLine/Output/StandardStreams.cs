using System.IO;
using System.Text;

namespace Imh.CommandLine.Output;

/// <summary>
/// Standard output and error as UTF-8 writers with <c>\n</c> line endings, whatever the platform and
/// console code page, so the bytes a program reads (and the snapshots) never vary.
/// </summary>
internal sealed class StandardStreams
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private StandardStreams(TextWriter output, TextWriter error, bool colorOutput, bool errorIsTerminal)
    {
        Out = output;
        Error = error;
        ColorOutput = colorOutput;
        ErrorIsTerminal = errorIsTerminal;
    }

    /// <summary>Standard output.</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error.</summary>
    public TextWriter Error { get; }

    /// <summary>Standard output is a terminal and the user did not ask for plain output (<c>NO_COLOR</c>, <c>TERM=dumb</c>).</summary>
    public bool ColorOutput { get; }

    /// <summary>Standard error is a terminal, so a progress bar can be drawn on it.</summary>
    public bool ErrorIsTerminal { get; }

    /// <summary>Opens the process's standard streams.</summary>
    public static StandardStreams Open()
    {
        var output = new StreamWriter(Console.OpenStandardOutput(), Utf8NoBom) { NewLine = "\n" };
        var error = new StreamWriter(Console.OpenStandardError(), Utf8NoBom) { NewLine = "\n", AutoFlush = true };
        bool plain = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
            || string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);
        return new StandardStreams(output, error, !Console.IsOutputRedirected && !plain, !Console.IsErrorRedirected);
    }

    /// <summary>Writers a host gives: plain text (no colour), no progress bar.</summary>
    public static StandardStreams Over(TextWriter output, TextWriter error) => new(output, error, colorOutput: false, errorIsTerminal: false);

    /// <summary>Copies UTF-8 text to standard output (as bytes when it is the process's stream).</summary>
    public void CopyToOut(Stream utf8)
    {
        Out.Flush();
        if (Out is StreamWriter { BaseStream: var stream })
        {
            utf8.CopyTo(stream);
            stream.Flush();
            return;
        }
        using var reader = new StreamReader(utf8, Utf8NoBom, detectEncodingFromByteOrderMarks: false, 1 << 16, leaveOpen: true);
        var buffer = new char[1 << 14];
        for (int read; (read = reader.Read(buffer, 0, buffer.Length)) > 0;) Out.Write(buffer, 0, read);
    }

    /// <summary>Writes out whatever is buffered.</summary>
    public void Flush()
    {
        Out.Flush();
        Error.Flush();
    }
}
