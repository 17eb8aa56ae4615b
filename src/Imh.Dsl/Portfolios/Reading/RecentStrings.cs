using System.Text;

namespace Imh.Dsl.Portfolios.Reading;

/// <summary>
/// The last few strings the reader made on this thread, by their UTF-8 bytes: a portfolio repeats its
/// texts (the provider of every session, an employer), and so do the portfolios of one registry; a
/// repeat is then one comparison instead of a decoding and a new string. The bytes are valid UTF-8
/// without escapes (the reader checks the file first).
/// </summary>
internal sealed class RecentStrings
{
    private const int Slots = 8;

    // Longer texts (a training's title) rarely repeat; they are decoded every time.
    private const int Longest = 64;

    private readonly byte[][] _bytes = [.. Enumerable.Range(0, Slots).Select(_ => new byte[Longest])];
    private readonly int[] _lengths = new int[Slots];
    private readonly string?[] _texts = new string?[Slots];
    private int _next;

    /// <summary>The text of <paramref name="utf8"/>, the same string as last time when it repeats.</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > Longest) return Encoding.UTF8.GetString(utf8);
        for (int i = 0; i < Slots; i++)
        {
            var known = _texts[i];
            if (_lengths[i] == utf8.Length && known is not null && utf8.SequenceEqual(_bytes[i].AsSpan(0, utf8.Length))) return known;
        }
        string text = Encoding.UTF8.GetString(utf8);
        utf8.CopyTo(_bytes[_next]);
        _lengths[_next] = utf8.Length;
        _texts[_next] = text;
        _next = (_next + 1) % Slots;
        return text;
    }
}
