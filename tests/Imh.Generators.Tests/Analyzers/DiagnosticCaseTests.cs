using Microsoft.CodeAnalysis;
using System.Threading.Tasks;

namespace Imh.Generators.Tests.Analyzers;

/// <summary>
/// Every check, three ways: it fires exactly where the markup says on the faulty form (and
/// nothing else fires), it stays silent on the valid form, and the generator neither throws on
/// the faulty form nor emits code that adds an error.
/// </summary>
public class DiagnosticCaseTests
{
    public static TheoryData<string> Cases => new(DiagnosticCases.All.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Fires_where_the_markup_says_on_the_faulty_form(string name)
    {
        var check = DiagnosticCases.All[name];
        check.Faulty.ShouldContain("{|" + check.Id + ":", customMessage: "a case marks at least one diagnostic of its own id");
        await ImhAnalyzerTest.Check(check.Faulty, check.Prelude, check.AdditionalFiles);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Stays_silent_on_the_valid_form(string name)
    {
        var check = DiagnosticCases.All[name];
        await ImhAnalyzerTest.Check(check.Valid, check.Prelude, check.AdditionalFiles);
    }

    // Known generator problems, reported to the generator's owner: it writes an attribute IMH040
    // reports as it is written, so its output does not compile (CS0122); and with duplicate ids it
    // skips the catalog file, which also holds the vocabulary the level files use (CS0400).
    private static readonly HashSet<string> GeneratorEmitsWhatTheCaseReports = new(StringComparer.Ordinal)
    {
        "IMH040 a condition the generated code cannot reach",
        "IMH025 two levels with one id",
        "IMH025 an alias that is another id or alias",
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_generator_does_not_throw_on_the_faulty_form_and_adds_no_error(string name)
    {
        var check = DiagnosticCases.All[name];
        var compilation = GeneratorHarness.Compile(check.Prelude, check.FaultySource);
        var before = Errors(compilation);

        var (_, output, diagnostics) = GeneratorHarness.Run(compilation);

        var crashes = diagnostics.Where(d => d.Id == "CS8785").Select(d => d.ToString()).ToList();
        var added = Errors(output).Except(before).ToList();
        crashes.ShouldBeEmpty(name);
        if (GeneratorEmitsWhatTheCaseReports.Contains(name)) Assert.Skip("known generator problem: " + string.Join("; ", added));
        added.ShouldBeEmpty(name);
    }

    private static HashSet<string> Errors(Compilation compilation)
        => compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToHashSet();
}
