namespace Imh.Dsl.Documentation;

/// <summary>A generated documentation file: its name relative to the docs folder, and its text (\n line endings).</summary>
public sealed record DocPage(string FileName, string Content);
