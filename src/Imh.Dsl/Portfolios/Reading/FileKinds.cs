using System.IO;
using System.Runtime.InteropServices;

namespace Imh.Dsl.Portfolios.Reading;

/// <summary>
/// What kind of file a path is, when it is not a regular file: a named pipe waits for a writer, a
/// terminal for a keystroke, <c>/dev/zero</c> never ends; only regular files are read.
/// </summary>
internal static class FileKinds
{
    /// <summary>Unix file type bits of a mode (<c>S_IFMT</c>).</summary>
    private const int TypeMask = 0xF000;

    /// <summary>"a named pipe", "a device", "a socket"; null for a regular file or when the type cannot be told.</summary>
    public static string? Of(string path)
    {
        if (OperatingSystem.IsWindows()) return (File.GetAttributes(path) & FileAttributes.Device) != 0 ? "a device" : null;
        try
        {
            FileStatus status;
            if (Stat(path, out status) != 0) return null;
            return (status.Mode & TypeMask) switch
            {
                0x8000 => null,
                0x1000 => "a named pipe",
                0x2000 or 0x6000 => "a device",
                0xC000 => "a socket",
                _ => "not a regular file",
            };
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>True when the path is a regular file, found with one stat on Unix; false when it is not or that cannot be told.</summary>
    public static bool IsRegular(string path)
    {
        if (OperatingSystem.IsWindows()) return File.Exists(path) && Of(path) is null;
        try
        {
            FileStatus status;
            return Stat(path, out status) == 0 && (status.Mode & TypeMask) == 0x8000;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>The start of the runtime's <c>FileStatus</c>; the size leaves room for the fields not read here.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
    }

    // .NET has no public way to tell a regular file from a pipe or device (FileInfo calls them all Normal,
    // dotnet/runtime#62868). libSystem.Native is the runtime's own layer over stat(2), shipped with every
    // .NET on Unix (linked into Native AOT programs); its FileStatus has one layout everywhere, Mode second.
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out FileStatus status);
}
