using static Imh.Generators.Tests.Analyzers.Snippets;

namespace Imh.Generators.Tests.Analyzers;

internal static partial class DiagnosticCases
{
    private const string PublishedText = """
        Training: Thirty clock hours
          of relationship-based training.
        Pass the exam.
        """;

    /// <summary>Every case, by name.</summary>
    public static readonly IReadOnlyDictionary<string, DiagnosticCase> All =
        Usage().Concat(Numbers()).Concat(References()).Concat(Structure()).Concat(Logic()).Concat(Traceability()).Concat(Consistency())
            .ToDictionary(c => c.Name, StringComparer.Ordinal);

    /// <summary>Levels, tracks and keys (IMH025-IMH031).</summary>
    private static IEnumerable<DiagnosticCase> Structure() =>
    [
        new("IMH025 two levels with one id",
            Level(Exam).Replace("Level(\"A\"", "Level({|IMH025:\"A\"|}") + Level(Exam, id: "a", type: "Beta", rank: 2).Replace("Level(\"a\"", "Level({|IMH025:\"a\"|}"),
            Level(Exam) + Level(Exam, id: "B", type: "Beta", rank: 2)),

        new("IMH026 two requirements with one key",
            Level(Exam + """

                [Requirement({|IMH026:"exam"|}, "Exam again")]
                [Source("Pass it again.")]
                [ExamPassed]
                public Requirement ExamAgain { get; init; }
            """),
            Level(Exam + "\n" + Requirement("examAgain", "ExamAgain", "ExamPassed"))),

        new("IMH026 a track redeclaring an inherited key",
            Level(Exam, modifiers: "abstract") + """
            [Track("T", "Tee")]
            public sealed partial record Tee : Alpha
            {
                [Requirement({|IMH026:"exam"|}, "Track exam")]
                [Source("Pass the track exam.")]
                [ExamPassed]
                public Requirement TrackExam { get; init; }
            }
            """,
            Level(Exam, modifiers: "abstract") + """
            [Track("T", "Tee")]
            public sealed partial record Tee : Alpha
            {
                [Requirement("trackExam", "Track exam")]
                [Source("Pass the track exam.")]
                [ExamPassed]
                public Requirement TrackExam { get; init; }
            }
            """),

        new("IMH027 track without a level",
            $$"""
            [Track("T", "Tee")]
            public sealed partial record {|IMH027:Tee|}
            {
            {{Exam}}
            }
            """,
            Level(Exam, modifiers: "abstract") + """
            [Track("T", "Tee")]
            public sealed partial record Tee : Alpha;
            """),

        new("IMH028 track lacking what its siblings have",
            Level(Exam, modifiers: "abstract") + Tracks(lastHasReferences: false),
            Level(Exam, modifiers: "abstract") + Tracks(lastHasReferences: true)),

        new("IMH029 abstract level without tracks, abstract track",
            Level(Exam, modifiers: "abstract").Replace("partial record Alpha", "partial record {|IMH029:Alpha|}") +
            Level(Exam, id: "B", type: "Beta", rank: 2, modifiers: "abstract") + """
            [Track("T", "Tee")]
            public abstract partial record {|IMH029:Tee|} : Beta;
            """,
            Level(Exam) + Level(Exam, id: "B", type: "Beta", rank: 2, modifiers: "abstract") + """
            [Track("T", "Tee")]
            public sealed partial record Tee : Beta;
            """),

        new("IMH030 two levels with one rank",
            Level(Exam).Replace("Rank = 1", "{|IMH030:Rank = 1|}") + Level(Exam, id: "B", type: "Beta").Replace("Rank = 1", "{|IMH030:Rank = 1|}"),
            Level(Exam) + Level(Exam, id: "B", type: "Beta", rank: 2)),

        new("IMH031 track obligation for a key the track lacks",
            Level(Exam, modifiers: "abstract") + """
            [Track("T", "Tee")]
            [TrackObligation({|IMH031:"interview"|}, Obligation.Optional)]
            public sealed partial record Tee : Alpha;
            """,
            Level(Exam, modifiers: "abstract") + """
            [Track("T", "Tee")]
            [TrackObligation("exam", Obligation.Optional)]
            public sealed partial record Tee : Alpha;
            """),
    ];

    /// <summary>Traceability (IMH034-IMH036).</summary>
    private static IEnumerable<DiagnosticCase> Traceability() =>
    [
        new("IMH034 requirement without a quote",
            Level("""
                [Requirement("exam", "Written examination")]
                [ExamPassed]
                public Requirement {|IMH034:Exam|} { get; init; }
            """),
            Level(Exam)),

        new("IMH035 quote not in the published text",
            """[assembly: Catalog("Mine", SourceText = "published.txt")]""" + "\n" + Level(Exam + """

                [Requirement("training", "Training")]
                [Source({|IMH035:"Forty clock hours of relationship-based training."|})]
                [MinHours(40)]
                public Requirement Training { get; init; }
            """),
            // Line breaks and spacing of the extracted text do not matter.
            """[assembly: Catalog("Mine", SourceText = "published.txt")]""" + "\n" + Level(Exam + """

                [Requirement("training", "Training")]
                [Source("Thirty clock hours of relationship-based training.")]
                [MinHours(30)]
                public Requirement Training { get; init; }
            """),
            ("published.txt", PublishedText)),

        new("IMH036 source text not among the additional files",
            """[assembly: Catalog("Mine", {|IMH036:SourceText = "missing.txt"|})]""" + "\n" + Level(Exam),
            """[assembly: Catalog("Mine", SourceText = "published.txt")]""" + "\n" + Level(Exam),
            ("published.txt", PublishedText)),
    ];

    /// <summary>Consistency across levels (IMH037, IMH038).</summary>
    private static IEnumerable<DiagnosticCase> Consistency() =>
    [
        new("IMH037 higher level asking for fewer hours, years and sessions",
            Level(Requirement("training", "Training", "MinHours(30)") + Requirement("work", "Work", "Experience(2)") +
                    Continuing("sessions", "Sessions", "MinSessions(2, InRenewalYear = true)")) +
                Level(Requirement("training", "Training", "MinHours({|IMH037:20|})") + Requirement("work", "Work", "Experience({|IMH037:1|}, Alternative = \"a\")", "Experience(1, Kinds = WorkKinds.ImhInternship, Alternative = \"b\")", "ExamPassed(Alternative = \"b\")") +
                    Continuing("sessions", "Sessions", "MinSessions({|IMH037:1|}, InRenewalYear = true)"), id: "B", type: "Beta", rank: 2),
            Level(Requirement("training", "Training", "MinHours(30)") + Requirement("work", "Work", "Experience(2)") +
                    Continuing("sessions", "Sessions", "MinSessions(2, InRenewalYear = true)")) +
                Level(Requirement("training", "Training", "MinHours(40)") + Requirement("work", "Work", "Experience(2, Alternative = \"a\")", "Experience(1, Kinds = WorkKinds.ImhInternship, Alternative = \"b\")", "Experience(1, Alternative = \"b\")") +
                    Continuing("sessions", "Sessions", "MinSessions(2, InRenewalYear = true)"), id: "B", type: "Beta", rank: 2)),

        new("IMH038 higher level accepting a less senior endorsed rater",
            Level(Requirement("references", "References", "Ratings(1)", "EndorsedRater(\"B\", \"C\")")) +
                Level(Requirement("references", "References", "Ratings(1)", "EndorsedRater(\"C\")"), id: "B", type: "Beta", rank: 2) +
                Level(Requirement("references", "References", "Ratings(1)", "EndorsedRater({|IMH038:\"B\"|}, \"C\")"), id: "C", type: "Gamma", rank: 3),
            Level(Requirement("references", "References", "Ratings(1)", "EndorsedRater(\"B\", \"C\")")) +
                Level(Requirement("references", "References", "Ratings(1)", "EndorsedRater(\"C\")"), id: "B", type: "Beta", rank: 2) +
                Level(Requirement("references", "References", "Ratings(1)", "EndorsedRater(\"C\")"), id: "C", type: "Gamma", rank: 3)),
    ];

    /// <summary>Three tracks of Alpha with work experience and references; the last may lack references.</summary>
    private static string Tracks(bool lastHasReferences)
    {
        static string Track(string name, bool references) => $$"""
            [Track("{{name.Replace("{|IMH028:", "").Replace("|}", "")}}", "Track")]
            public sealed partial record {{name}} : Alpha
            {
            {{Requirement("work", "Work", "Experience(3)")}}{{(references ? Requirement("references", "References", "Ratings(3)") : "")}}
            }

            """;
        return Track("X", true) + Track("Y", true) + Track(lastHasReferences ? "Z" : "{|IMH028:Z|}", lastHasReferences);
    }
}
