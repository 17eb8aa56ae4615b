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
        added.ShouldBeEmpty(name);
    }

    private static HashSet<string> Errors(Compilation compilation)
        => compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToHashSet();
}
