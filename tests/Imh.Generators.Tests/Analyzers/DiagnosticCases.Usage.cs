using static Imh.Generators.Tests.Analyzers.Snippets;

namespace Imh.Generators.Tests.Analyzers;

internal static partial class DiagnosticCases
{
    /// <summary>Declarations the generator cannot use (IMH001-IMH014).</summary>
    private static IEnumerable<DiagnosticCase> Usage() =>
    [
        new("IMH001 level type not partial",
            $$"""
            [Level("A", "Alpha", Rank = 1)]
            public sealed record {|IMH001:Alpha|}
            {
            {{Exam}}
            }
            """,
            Level(Exam)),

        new("IMH002 level nested in a class",
            $$"""
            public static partial class Outer
            {
                [Level("A", "Alpha", Rank = 1)]
                public sealed partial record {|IMH002:Alpha|}
                {
                {{Exam}}
                }
            }
            """,
            Level(Exam)),

        new("IMH003 generic level",
            $$"""
            [Level("A", "Alpha", Rank = 1)]
            public sealed partial record Alpha{|IMH003:<T>|}
            {
            {{Exam}}
            }
            """,
            Level(Exam)),

        new("IMH004 level and track on one type",
            $$"""
            [Level("A", "Alpha", Rank = 1)]
            [{|IMH004:Track("T", "Tee")|}]
            public sealed partial record Alpha
            {
            {{Exam}}
            }
            """,
            Level(Exam)),

        new("IMH005 requirement member of the wrong type",
            Level("""
                [Requirement("exam", "Written examination")]
                [Source("Pass the exam.")]
                [ExamPassed]
                public {|IMH005:int|} Exam { get; init; }
            """),
            Level(Exam)),

        new("IMH006 requirement and continuing on one member",
            Level("""
                [Requirement("exam", "Written examination")]
                [{|IMH006:Continuing("examRenewal", "Exam again")|}]
                [Source("Pass the exam.")]
                [ExamPassed]
                public Requirement Exam { get; init; }
            """),
            Level(Exam + "\n" + Continuing("examRenewal", "ExamRenewal", "ExamPassed"))),

        new("IMH007 rules without a marker",
            Level(Exam + """

                [{|IMH007:Source("Thirty hours.")|}]
                [{|IMH007:MinHours(30)|}]
                public Requirement Training { get; init; }
            """),
            Level(Exam + "\n" + Requirement("training", "Training", "MinHours(30)"))),

        new("IMH008 requirement in a type the generator does not read",
            Level(Exam) + """
            public sealed class Shared
            {
                [{|IMH008:Requirement("exam", "Written examination")|}]
                [Source("Pass the exam.")]
                [ExamPassed]
                public Requirement Exam { get; init; }
            }
            """,
            // The same member is fine once a level takes its rules with [SameAs].
            Level("""
                [Requirement("exam", "Written examination")]
                [Source("Pass the exam.")]
                [SameAs(typeof(Shared), nameof(Shared.Exam))]
                public Requirement Exam { get; init; }
            """) + """
            public sealed class Shared
            {
                [Requirement("exam", "Written examination")]
                [Source("Pass the exam.")]
                [ExamPassed]
                public Requirement Exam { get; init; }
            }
            """),

        new("IMH008 track obligation on a level",
            $$"""
            [Level("A", "Alpha", Rank = 1)]
            [{|IMH008:TrackObligation("exam", Obligation.Optional)|}]
            public sealed partial record Alpha
            {
            {{Exam}}
            }
            """,
            Level(Exam, modifiers: "abstract") + """
            [Track("T", "Tee")]
            [TrackObligation("exam", Obligation.Optional)]
            public sealed partial record Tee : Alpha;
            """),

        new("IMH009 minimum span without a window",
            Level(Requirement("supervision", "Supervision", "MinHours(24, Evidence = HoursEvidence.ReflectiveSupervision, {|IMH009:MinSpanYears = 1|})")),
            Level(Requirement("supervision", "Supervision", "MinHours(24, Evidence = HoursEvidence.ReflectiveSupervision, WithinYears = 2, MinSpanYears = 1)"))),

        new("IMH010 empty level id and requirement key",
            $$"""
            [Level({|IMH010:""|}, "Alpha", Rank = 1)]
            public sealed partial record Alpha
            {
                [Requirement({|IMH010:" "|}, "Written examination")]
                [Source("Pass the exam.")]
                [ExamPassed]
                public Requirement Exam { get; init; }
            }
            """,
            Level(Exam)),

        new("IMH010 empty track id",
            Level(Exam, modifiers: "abstract") + """
            [Track({|IMH010:""|}, "Tee")]
            public sealed partial record Tee : Alpha;
            """,
            Level(Exam, modifiers: "abstract") + """
            [Track("T", "Tee")]
            public sealed partial record Tee : Alpha;
            """),

        new("IMH011 catalog name not an identifier",
            """[assembly: Catalog({|IMH011:"My catalog"|}, Namespace = "Imh.Sample")]""" + "\n" + Level(Exam),
            """[assembly: Catalog("Mine", Namespace = "Imh.Sample")]""" + "\n" + Level(Exam)),

        new("IMH011 catalog namespace with a keyword",
            """[assembly: Catalog("Mine", {|IMH011:Namespace = "Imh.class"|})]""" + "\n" + Level(Exam),
            """[assembly: Catalog("Mine", Namespace = "Imh.Sample")]""" + "\n" + Level(Exam)),

        new("IMH012 same-as naming nothing, itself, or a cycle",
            Level("""
                [Requirement("first", "First")]
                [Source("First.")]
                [SameAs(typeof(Alpha), {|IMH012:"Missing"|})]
                public Requirement First { get; init; }

                [Requirement("second", "Second")]
                [Source("Second.")]
                [SameAs(typeof(Alpha), {|IMH012:nameof(Second)|})]
                public Requirement Second { get; init; }

                [Requirement("third", "Third")]
                [Source("Third.")]
                [SameAs(typeof(Alpha), {|IMH012:nameof(Fourth)|})]
                public Requirement Third { get; init; }

                [Requirement("fourth", "Fourth")]
                [Source("Fourth.")]
                [SameAs(typeof(Alpha), {|IMH012:nameof(Third)|})]
                public Requirement Fourth { get; init; }
            """),
            Level(Exam + """

                [Requirement("first", "First")]
                [Source("First.")]
                [SameAs(typeof(Alpha), nameof(Exam))]
                public Requirement First { get; init; }
            """)),

        new("IMH013 requirement member without a marker",
            Level(Exam + """

                public Requirement {|IMH013:Membership|} { get; init; }
            """),
            Level(Exam + "\n" + Requirement("membership", "Membership", "Membership"))),

        new("IMH014 rules on a requirement that is not required",
            Level("""
                [Requirement("exam", "Written examination", {|IMH014:Obligation = Obligation.NotRequired|})]
                [Source("No exam.")]
                [ExamPassed]
                public Requirement Exam { get; init; }
            """),
            Level("""
                [Requirement("exam", "Written examination", Obligation = Obligation.NotRequired)]
                [Source("No exam.")]
                public Requirement Exam { get; init; }
            """)),
    ];
}
