namespace Imh.Generators.Tests.Analyzers;

/// <summary>
/// One check: a faulty declaration in markup (<c>{|IMH015:0|}</c> marks where each diagnostic is
/// expected, and nothing else may be reported) and the valid form an author would write instead
/// (no diagnostic at all). Both compile after the <see cref="Prelude"/>.
/// </summary>
public sealed record DiagnosticCase(string Name, string Faulty, string Valid)
{
    public string Id => Name.Substring(0, 6);

    /// <summary>What the case compiles with besides its own source.</summary>
    public string Prelude { get; init; } = Analyzers.Prelude.Full;

    /// <summary>AdditionalFiles items (the published text).</summary>
    public (string Name, string Text)[] AdditionalFiles { get; init; } = [];

    /// <summary>The faulty source without markup, as the compiler and the generator see it.</summary>
    public string FaultySource => System.Text.RegularExpressions.Regex.Replace(Faulty, @"\{\|IMH\d{3}:|\|\}", "");

    public override string ToString() => Name;
}

/// <summary>Declaration snippets the cases are built from.</summary>
internal static class Snippets
{
    /// <summary>A level record around <paramref name="body"/>.</summary>
    public static string Level(string body, string id = "A", string type = "Alpha", int rank = 1, string modifiers = "sealed") => $$"""
        [Level("{{id}}", "{{type}}", Rank = {{rank}})]
        public {{modifiers}} partial record {{type}}
        {
        {{body}}
        }

        """;

    /// <summary>A requirement member with a quote and the given rule attributes.</summary>
    public static string Requirement(string key, string member, params string[] rules) => Member("Requirement", key, member, rules);

    /// <summary>A continuing rule member with a quote and the given rule attributes.</summary>
    public static string Continuing(string key, string member, params string[] rules) => Member("Continuing", key, member, rules);

    /// <summary>A requirement every level can have: the exam passed.</summary>
    public const string Exam = """
            [Requirement("exam", "Written examination")]
            [Source("Pass the exam.")]
            [Passed(Assessment.Exam)]
            public Requirement Exam { get; init; }
        """;

    private static string Member(string marker, string key, string member, string[] rules)
    {
        var lines = new List<string> { $"    [{marker}(\"{key}\", \"{member}\")]", $"    [Source(\"{member}.\")]" };
        lines.AddRange(rules.Select(r => $"    [{r}]"));
        lines.Add($"    public Requirement {member} {{ get; init; }}");
        return string.Join("\n", lines) + "\n";
    }
}
