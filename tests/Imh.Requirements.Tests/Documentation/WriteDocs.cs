using System.IO;

namespace Imh.Requirements.Tests.Documentation;

/// <summary>
/// Writes docs/requirements from the declarations when IMH_WRITE_DOCS=1 (as `imh docs` does, for
/// when the CLI does not build); IMH_DOCS_DIR writes elsewhere. Skipped otherwise.
/// </summary>
public class WriteDocs
{
    public static bool Asked => Environment.GetEnvironmentVariable("IMH_WRITE_DOCS") == "1";

    [Fact(Skip = "set IMH_WRITE_DOCS=1 to write docs/requirements", SkipUnless = nameof(Asked))]
    public void Writes_docs_requirements_from_the_declarations()
    {
        var folder = Environment.GetEnvironmentVariable("IMH_DOCS_DIR") ?? Path.Combine(GeneratedDocsTests.RepositoryRoot(), "docs", "requirements");
        Directory.CreateDirectory(folder);
        foreach (var page in GeneratedDocsTests.Rendered) File.WriteAllText(Path.Combine(folder, page.FileName), page.Content);
    }
}
