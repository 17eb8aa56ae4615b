namespace Imh.Cli.Tests.Support;

/// <summary>A fresh folder under the system temp folder, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("imh-cli-tests-").FullName;
    }

    /// <summary>The folder.</summary>
    public string Path { get; }

    /// <summary>Writes a file into the folder and returns its path.</summary>
    public string Write(string fileName, string text)
    {
        string path = System.IO.Path.Combine(Path, fileName);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Writes raw bytes into the folder and returns the path.</summary>
    public string WriteBytes(string fileName, byte[] bytes)
    {
        string path = System.IO.Path.Combine(Path, fileName);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder is not a test failure.
        }
    }
}
