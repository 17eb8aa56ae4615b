using Imh.CodeFixes;
using System.Threading.Tasks;

namespace Imh.Generators.Tests.Analyzers;

/// <summary>The mechanical fixes produce exactly the code an author would write by hand.</summary>
public class CodeFixTests
{
    private static Task Verify(string markup, string fixedCode, params (string Name, string Text)[] additionalFiles)
        => new ImhAnalyzerTest(markup, Prelude.Full, additionalFiles).WithFix(fixedCode).RunAsync(TestContext.Current.CancellationToken);

    private static Task VerifyWithoutCatalog(string markup, string fixedCode, params (string Name, string Text)[] additionalFiles)
        => new ImhAnalyzerTest(markup, Prelude.WithoutCatalog, additionalFiles).WithFix(fixedCode).RunAsync(TestContext.Current.CancellationToken);

    [Fact]
    public Task Making_a_level_partial_puts_partial_after_the_other_modifiers() => Verify(
        """
        [Level("A", "Alpha", Rank = 1)]
        public sealed record {|IMH001:Alpha|}
        {
            [Requirement("exam", "Written examination")]
            [Source("Pass the exam.")]
            [Passed(Assessment.Exam)]
            public Requirement Exam { get; init; }
        }
        """,
        """
        [Level("A", "Alpha", Rank = 1)]
        public sealed partial record Alpha
        {
            [Requirement("exam", "Written examination")]
            [Source("Pass the exam.")]
            [Passed(Assessment.Exam)]
            public Requirement Exam { get; init; }
        }
        """);

    [Fact]
    public Task Making_a_track_without_modifiers_partial_keeps_its_layout() => Verify(
        """
        [Level("A", "Alpha", Rank = 1)]
        public abstract partial record Alpha
        {
            [Requirement("exam", "Written examination")]
            [Source("Pass the exam.")]
            [Passed(Assessment.Exam)]
            public Requirement Exam { get; init; }
        }

        [Track("T", "Tee")]
        record {|IMH001:Tee|} : Alpha;
        """,
        """
        [Level("A", "Alpha", Rank = 1)]
        public abstract partial record Alpha
        {
            [Requirement("exam", "Written examination")]
            [Source("Pass the exam.")]
            [Passed(Assessment.Exam)]
            public Requirement Exam { get; init; }
        }

        [Track("T", "Tee")]
        partial record Tee : Alpha;
        """);

    [Fact]
    public Task Swapping_an_inverted_window_swaps_the_two_values_only() => Verify(
        """
        [Level("III", "Specialist", Rank = 3)]
        public sealed partial record Specialist
        {
            [Requirement("reflectiveSupervision", "Reflective supervision/consultation")]
            [Source("Minimum: 50 clock hours within a 1-year minimum and 2-year maximum timeframe.")]
            [MinHours(50, Evidence = Evidence.Sessions, WithinYears = 1, {|IMH016:MinSpanYears = 2|})]
            public Requirement ReflectiveSupervision { get; init; }
        }
        """,
        """
        [Level("III", "Specialist", Rank = 3)]
        public sealed partial record Specialist
        {
            [Requirement("reflectiveSupervision", "Reflective supervision/consultation")]
            [Source("Minimum: 50 clock hours within a 1-year minimum and 2-year maximum timeframe.")]
            [MinHours(50, Evidence = Evidence.Sessions, WithinYears = 2, MinSpanYears = 1)]
            public Requirement ReflectiveSupervision { get; init; }
        }
        """);

    [Fact]
    public Task Swapping_works_on_any_rule_kinds_NotAbove_pair_even_when_the_limit_comes_first() => Verify(
        """
        [Level("A", "Alpha", Rank = 1)]
        public sealed partial record Alpha
        {
            [Requirement("providers", "Providers")]
            [Source("Sessions from at most three providers over six to twelve months.")]
            [FewProviders(3, Window = 6, Hours = 20, {|IMH016:MinSpan = 12|})]
            public Requirement Providers { get; init; }
        }
        """,
        """
        [Level("A", "Alpha", Rank = 1)]
        public sealed partial record Alpha
        {
            [Requirement("providers", "Providers")]
            [Source("Sessions from at most three providers over six to twelve months.")]
            [FewProviders(3, Window = 12, Hours = 20, MinSpan = 6)]
            public Requirement Providers { get; init; }
        }
        """);

    [Fact]
    public Task A_source_placeholder_goes_under_the_marker_with_the_same_indentation() => Verify(
        """
        [Level("A", "Alpha", Rank = 1)]
        public sealed partial record Alpha
        {
            /// <summary>The exam.</summary>
            [Requirement("exam", "Written examination")]
            [Passed(Assessment.Exam)]
            public Requirement {|IMH034:Exam|} { get; init; }
        }
        """,
        $$"""
        [Level("A", "Alpha", Rank = 1)]
        public sealed partial record Alpha
        {
            /// <summary>The exam.</summary>
            [Requirement("exam", "Written examination")]
            [Source("{{AddSourcePlaceholderCodeFix.Placeholder}}")]
            [Passed(Assessment.Exam)]
            public Requirement Exam { get; init; }
        }
        """);

    [Fact]
    public Task The_placeholder_stays_flagged_until_the_real_quote_is_pasted() => VerifyWithoutCatalog(
        """
        [assembly: Catalog("Mine", SourceText = "published.txt")]
        [Level("A", "Alpha", Rank = 1)]
        public sealed partial record Alpha
        {
            [Requirement("exam", "Written examination")]
            [Passed(Assessment.Exam)]
            public Requirement {|IMH034:Exam|} { get; init; }
        }
        """,
        $$"""
        [assembly: Catalog("Mine", SourceText = "published.txt")]
        [Level("A", "Alpha", Rank = 1)]
        public sealed partial record Alpha
        {
            [Requirement("exam", "Written examination")]
            [Source({|IMH035:"{{AddSourcePlaceholderCodeFix.Placeholder}}"|})]
            [Passed(Assessment.Exam)]
            public Requirement Exam { get; init; }
        }
        """,
        ("published.txt", "Pass the exam."));
}
