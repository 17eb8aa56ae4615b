using System.Runtime.InteropServices;

namespace Imh.Cli.Tests.Support;

/// <summary>
/// The processor time of this process's finished children (<c>getrusage(RUSAGE_CHILDREN)</c>), so a test
/// can tell a run that works too long from one that waits for a core on a loaded machine.
/// </summary>
internal static partial class ChildProcessorTime
{
    private const int RusageChildren = -1;

    /// <summary>User and system time of every child reaped so far; null where it cannot be read (not Linux).</summary>
    public static TimeSpan? Total()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        // struct rusage starts with two struct timeval (ru_utime, ru_stime) of two longs each, then 14 longs.
        long[] usage = new long[18];
        if (GetResourceUsage(RusageChildren, usage) != 0)
        {
            return null;
        }

        return TimeSpan.FromSeconds(usage[0] + usage[2]) + TimeSpan.FromMicroseconds(usage[1] + usage[3]);
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetResourceUsage(int who, [Out] long[] usage);
}
