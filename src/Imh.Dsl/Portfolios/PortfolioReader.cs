using System.Globalization;
using System.IO;
using System.Text.Unicode;
using System.Threading;
using System.Threading.Tasks;
using Imh.Dsl.Portfolios.Reading;

namespace Imh.Dsl.Portfolios;

/// <summary>A problem found in a portfolio.</summary>
/// <param name="Path">JSON path, e.g. <c>$.reflectiveSupervision[3].hours</c>.</param>
/// <param name="Line">1-based line, when known.</param>
/// <param name="Column">1-based column (characters, not bytes), when known.</param>
/// <param name="Message">What is wrong, on one printable line.</param>
public sealed record PortfolioProblem(string Path, int? Line, int? Column, string Message);

/// <summary>Result of reading a portfolio: the portfolio, or every problem found.</summary>
public sealed record PortfolioReadResult(Portfolio? Portfolio, IReadOnlyList<PortfolioProblem> Problems)
{
    /// <summary>The line of the portfolio's root object, for problems found after reading (a renewal without an endorsement).</summary>
    public int? RootLine { get; init; }

    /// <summary>The column of the portfolio's root object.</summary>
    public int? RootColumn { get; init; }
}

/// <summary>
/// Reads portfolio JSON against a catalog's vocabulary, rejecting bad input before evaluation:
/// exactly the catalog's words are accepted, every problem is reported at once with its JSON path
/// and position, and nothing is half-read. No exception escapes.
/// </summary>
public static partial class PortfolioReader
{
    /// <summary>Largest accepted input (16 MiB): anything bigger is not a hand-made portfolio.</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Reads UTF-8 JSON bytes.</summary>
    public static PortfolioReadResult Read(ReadOnlySpan<byte> utf8Json, Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        try
        {
            return ReadCore(utf8Json, vocabulary);
        }
#pragma warning disable CA1031 // The contract is "no exception escapes": a bug must still come out as a problem.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Failed(new PortfolioProblem("$", null, null, Printable.Escape($"internal error while reading the portfolio: {ex.Message}")));
        }
    }

    /// <summary>Reads a file: a missing, unreadable, non-regular or oversized file is a problem, not an exception.</summary>
    public static PortfolioReadResult ReadFile(string path, Vocabulary vocabulary)
    {
        var (bytes, problem) = PortfolioFile.Load(path);
        return problem is not null ? Failed(problem) : Read(bytes, vocabulary);
    }

    /// <summary>
    /// Reads a stream to its end (at most <see cref="MaxBytes"/> bytes, checked while reading: a larger
    /// input is a problem, and reading stops there). Cancelling <paramref name="cancellationToken"/>
    /// throws <see cref="OperationCanceledException"/>; an exception of the stream itself (a client that
    /// sent a malformed request body) is the caller's to answer, and propagates.
    /// </summary>
    public static async Task<PortfolioReadResult> ReadAsync(Stream stream, Vocabulary vocabulary, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var (bytes, problem) = await PortfolioFile.LoadAsync(stream, "the portfolio", cancellationToken).ConfigureAwait(false);
        return problem is not null ? Failed(problem) : Read(bytes, vocabulary);
    }

    private static PortfolioReadResult ReadCore(ReadOnlySpan<byte> input, Vocabulary vocabulary)
    {
        if (input.Length > MaxBytes) return Failed(new PortfolioProblem("$", null, null, PortfolioFile.TooLarge("the portfolio", input.Length)));
        ReadOnlySpan<byte> data = input.StartsWith(Bom) ? input[Bom.Length..] : input;
        if (!Utf8.IsValid(data)) return Failed(NotUtf8(data));
        if (data.TrimStart(" \t\r\n"u8).IsEmpty) return Failed(new PortfolioProblem("$", 1, 1, "the portfolio is empty; expected a JSON object"));

        var scratch = ReaderScratch.Take();
        var result = Walk(data, vocabulary, scratch);
        scratch.Give();
        return result;
    }

    private static PortfolioReadResult Walk(ReadOnlySpan<byte> data, Vocabulary vocabulary, ReaderScratch scratch)
    {
        var (portfolio, raw, root) = new Walker(data, vocabulary, scratch).Run();
        if (raw.Count == 0 && portfolio is not null)
        {
            var (line, column) = new Locator().Locate(data, root);
            return new PortfolioReadResult(portfolio, []) { RootLine = line, RootColumn = column };
        }

        // Positions are worked out now, for the problems only, in one forward walk. Problems are shown in
        // the order of their positions (a byte offset orders them as line and column do), those at one
        // position by path.
        var locator = new Locator();
        var problems = new PortfolioProblem[raw.Count];
        int n = 0;
        foreach (var p in raw.OrderBy(p => p.Offset).ThenBy(p => p.Path, StringComparer.Ordinal))
        {
            var (line, column) = locator.Locate(data, p.Offset);
            problems[n++] = new PortfolioProblem(p.Path, line, column, p.Message);
        }
        return new PortfolioReadResult(null, problems);
    }

    private static PortfolioProblem NotUtf8(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF)))
        {
            return new PortfolioProblem("$", 1, 1, "the file is not UTF-8 (it looks like UTF-16); save it as UTF-8");
        }
        // The data is not valid UTF-8, so the decoding stops on a byte before its end (at the end it would
        // need more data, which is not done either).
        int offset = 0, consumed = 0;
        while (System.Text.Rune.DecodeFromUtf8(data[offset..], out _, out consumed) == System.Buffers.OperationStatus.Done) offset += consumed;

        // Everything before the offset is valid UTF-8, so the locator can count characters up to it.
        var (line, column) = new Locator().Locate(data, offset);
        return new PortfolioProblem("$", line, column, $"the file is not valid UTF-8 (byte 0x{data[offset]:X2}); save it as UTF-8");
    }

    private static PortfolioReadResult Failed(PortfolioProblem problem) => new(null, [problem]);

    /// <summary>
    /// Turns byte offsets into line/column. Offsets must be asked for in increasing order: it walks
    /// forward from the previous answer, so all the problems of a file cost one pass.
    /// </summary>
    private sealed class Locator
    {
        private int _offset;
        private int _line = 1;
        private int _column = 1;

        public (int Line, int Column) Locate(ReadOnlySpan<byte> data, long offset)
        {
            int target = (int)Math.Clamp(offset, 0, data.Length);
            for (int i = _offset; i < target; i++)
            {
                byte b = data[i];
                if (b == (byte)'\n')
                {
                    _line++;
                    _column = 1;
                }
                else if ((b & 0xC0) != 0x80)
                {
                    // Count lead bytes only, so a multi-byte character is one column.
                    _column++;
                }
            }
            _offset = target;
            return (_line, _column);
        }
    }
}

/// <summary>Reading portfolio bytes from files and streams within the size limit.</summary>
internal static class PortfolioFile
{
    public static string TooLarge(string what, long length)
        => $"{what} is {length.ToString(CultureInfo.InvariantCulture)} bytes; the limit is 16 MiB ({PortfolioReader.MaxBytes.ToString(CultureInfo.InvariantCulture)} bytes)";

    /// <summary>The file's bytes, or the problem that keeps them from being read.</summary>
    public static (byte[] Bytes, PortfolioProblem? Problem) Load(string path)
    {
        if (string.IsNullOrWhiteSpace(path)) return ([], Problem("no portfolio file name was given"));
        try
        {
            // One stat for the common case; what else the path is, is worked out only when it is not a regular file.
            if (!FileKinds.IsRegular(path))
            {
                var problem = NotRegular(path);
                if (problem is not null) return ([], problem);
            }

            // A regular file says its size: one over the limit is rejected without reading it (the limit still holds while reading).
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            long length = RandomAccess.GetLength(handle);
            if (length > PortfolioReader.MaxBytes) return ([], Problem(TooLarge($"portfolio file '{Printable.Escape(path)}'", length)));
            return Read(handle, length, path);
        }
#pragma warning disable CA1031 // Any I/O failure (permissions, sharing, bad path syntax) is reported, not thrown.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return ([], Problem($"cannot read portfolio file '{Printable.Escape(path)}': {Printable.Escape(ex.Message)}"));
        }
    }

    // Why a path that is not a regular file cannot be read; null when it can be tried after all (its kind is unknown).
    private static PortfolioProblem? NotRegular(string path)
    {
        string shown = Printable.Escape(path);
        if (Directory.Exists(path)) return Problem($"portfolio file '{shown}' is a directory, not a file");
        if (!File.Exists(path)) return Problem($"portfolio file '{shown}' does not exist");
        var kind = FileKinds.Of(path);
        return kind is not null ? Problem($"portfolio file '{shown}' is {kind}; only regular files are read") : null;
    }

    /// <summary>
    /// A regular file's bytes, read synchronously: as many as it said it held, then on to its end if it
    /// grew since, within the limit. A file that says it holds nothing (many of the kernel's) is read as
    /// a stream from the start: some of those refuse a read of one byte (/proc/self/pagemap reads in
    /// steps of eight), which the probe for growth makes.
    /// </summary>
    private static (byte[] Bytes, PortfolioProblem? Problem) Read(Microsoft.Win32.SafeHandles.SafeFileHandle handle, long length, string path)
    {
        if (length == 0) return ReadStream(handle, path);
        var bytes = new byte[length];
        int filled = 0;
        while (filled < bytes.Length)
        {
            int read = RandomAccess.Read(handle, bytes.AsSpan(filled), filled);
            if (read == 0) return (bytes[..filled], null);
            filled += read;
        }
        Span<byte> more = stackalloc byte[1];
        return RandomAccess.Read(handle, more, filled) == 0 ? (bytes, null) : ReadStream(handle, path);
    }

    private static (byte[] Bytes, PortfolioProblem? Problem) ReadStream(Microsoft.Win32.SafeHandles.SafeFileHandle handle, string path)
    {
        using var stream = new FileStream(handle, FileAccess.Read, 1);
        if (stream.CanSeek) stream.Position = 0;
        return LoadAsync(stream, $"portfolio file '{Printable.Escape(path)}'", CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>The stream's bytes up to the limit; past it, a problem (the limit holds while reading, whatever the stream says of its length).</summary>
    public static async Task<(byte[] Bytes, PortfolioProblem? Problem)> LoadAsync(Stream stream, string what, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (true)
        {
            int read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
            if (read == 0) break;
            if (buffer.Length + read > PortfolioReader.MaxBytes)
            {
                return ([], Problem($"{what} is larger than the limit of 16 MiB ({PortfolioReader.MaxBytes.ToString(CultureInfo.InvariantCulture)} bytes)"));
            }
            buffer.Write(chunk, 0, read);
        }
        return (buffer.ToArray(), null);
    }

    private static PortfolioProblem Problem(string message) => new("$", null, null, message);
}
