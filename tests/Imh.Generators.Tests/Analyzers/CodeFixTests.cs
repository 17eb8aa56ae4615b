using Imh.CodeFixes;
using System.Threading.Tasks;

namespace Imh.Generators.Tests.Analyzers;

/// <summary>The mechanical fixes produce exactly the code an author would write by hand.</summary>
public class CodeFixTests
{
    private static Task Verify(string markup, string fixedCode, params (string Name, string Text)[] additionalFiles)
        => new ImhAnalyzerTest(markup, additionalFiles).WithFix(fixedCode).RunAsync(TestContext.Current.CancellationToken);

    [Fact]
    public Task Making_a_level_partial_puts_partial_after_the_other_modifiers() => Verify(
        """
        [Level("A", "Alpha", Rank = 1)]
        public sealed record {|IMH001:Alpha|}
        {
            [Requirement("exam", "Written examination")]
            [Source("Pass the exam.")]
            [ExamPassed]
            public Requirement Exam { get; init; }
        }
        """,
        """
        [Level("A", "Alpha", Rank = 1)]
        public sealed partial record Alpha
        {
            [Requirement("exam", "Written examination")]
            [Source("Pass the exam.")]
            [ExamPassed]
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
            [ExamPassed]
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
            [ExamPassed]
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
            [MinHours(50, Evidence = HoursEvidence.ReflectiveSupervision, WithinYears = 1, {|IMH016:MinSpanYears = 2|})]
            public Requirement ReflectiveSupervision { get; init; }
        }
        """,
        """
        [Level("III", "Specialist", Rank = 3)]
        public sealed partial record Specialist
        {
            [Requirement("reflectiveSupervision", "Reflective supervision/consultation")]
            [Source("Minimum: 50 clock hours within a 1-year minimum and 2-year maximum timeframe.")]
            [MinHours(50, Evidence = HoursEvidence.ReflectiveSupervision, WithinYears = 2, MinSpanYears = 1)]
            public Requirement ReflectiveSupervision { get; init; }
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
            [ExamPassed]
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
            [ExamPassed]
            public Requirement Exam { get; init; }
        }
        """);

    [Fact]
    public Task The_placeholder_stays_flagged_until_the_real_quote_is_pasted() => Verify(
        """
        [assembly: Catalog("Mine", SourceText = "published.txt")]
        [Level("A", "Alpha", Rank = 1)]
        public sealed partial record Alpha
        {
            [Requirement("exam", "Written examination")]
            [ExamPassed]
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
            [ExamPassed]
            public Requirement Exam { get; init; }
        }
        """,
        ("published.txt", "Pass the exam."));
}
