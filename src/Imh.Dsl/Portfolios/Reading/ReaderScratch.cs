namespace Imh.Dsl.Portfolios.Reading;

/// <summary>
/// What one read needs while it runs and not after (the path, the words being collected, the lists
/// being filled, recent strings), kept per thread and reused: a batch of portfolios read on one
/// thread allocates these once instead of once per file. A read takes it and gives it back;
/// a read that does not give it back (an internal error) only costs the next read a new one.
/// </summary>
internal sealed class ReaderScratch
{
    [ThreadStatic]
    private static ReaderScratch? _spare;

    public PathStack Path { get; } = new();

    public WordsBuilder EntryWords { get; } = new();

    public RecentStrings Strings { get; } = new();

    public PortfolioBuilder Portfolio { get; } = new();

    public List<RawProblem> Problems { get; } = [];

    public List<(Field Field, long Offset, string Path)> Versioned { get; } = [];

    public List<(int Version, long Offset, string Path, string What)> LaterSyntax { get; } = [];

    /// <summary>This thread's scratch, emptied (a new one while another read of this thread holds it).</summary>
    public static ReaderScratch Take()
    {
        var scratch = _spare ?? new ReaderScratch();
        _spare = null;
        scratch.Path.Clear();
        scratch.Problems.Clear();
        scratch.Versioned.Clear();
        scratch.LaterSyntax.Clear();
        return scratch;
    }

    /// <summary>Gives the scratch back for the thread's next read; nothing read may still refer to its lists.</summary>
    public void Give() => _spare = this;
}
