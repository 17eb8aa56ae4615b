using System.Diagnostics;
using System.IO;

namespace Imh.CommandLine.Output;

/// <summary>
/// A one-line progress bar redrawn in place with a carriage return. Only ever drawn on a terminal
/// (the caller checks), so redirected standard error stays free of control characters.
/// </summary>
internal sealed class ProgressBar
{
    private const int Width = 30;
    private static readonly long RedrawTicks = Stopwatch.Frequency / 20;

    private readonly TextWriter _terminal;
    private readonly int _total;
    private long _nextDraw;
    private bool _visible;

    /// <summary>A bar counting up to <paramref name="total"/>.</summary>
    public ProgressBar(TextWriter terminal, int total)
    {
        _terminal = terminal;
        _total = Math.Max(total, 1);
    }

    /// <summary>Shows <paramref name="done"/> of the total; redraws at most 20 times a second, and always at the end.</summary>
    public void Report(int done)
    {
        long now = Stopwatch.GetTimestamp();
        if (done < _total && now < _nextDraw)
        {
            return;
        }

        _nextDraw = now + RedrawTicks;
        int filled = (int)((long)done * Width / _total);
        int percent = (int)((long)done * 100 / _total);
        _terminal.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {percent,3}% {done}/{_total}");
        _visible = true;
    }

    /// <summary>Erases the bar, so other messages or the shell prompt start on a clean line.</summary>
    public void Clear()
    {
        if (!_visible)
        {
            return;
        }

        _terminal.Write("\r" + new string(' ', Width + 30) + "\r");
        _visible = false;
        _nextDraw = 0;
    }
}
