using static Imh.Generators.Tests.Analyzers.Snippets;

namespace Imh.Generators.Tests.Analyzers;

internal static partial class DiagnosticCases
{
    private const string PublishedText = """
        Training: Thirty clock hours of relationship-based education and training per-
          taining to the social and emotional development of infants.
        Pass the exam. Meets the criteria at Level III1  plus three years as a leader.
        Applicants may ask to use in-service training.
        """;

    /// <summary>Levels, tracks and keys (IMH025-IMH031, IMH051, IMH052, IMH056, IMH057).</summary>
    private static IEnumerable<DiagnosticCase> Structure() =>
    [
        new("IMH025 two levels with one id",
            Level(Exam).Replace("Level(\"A\"", "Level({|IMH025:\"A\"|}") + Level(Exam, id: "a", type: "Beta", rank: 2).Replace("Level(\"a\"", "Level({|IMH025:\"a\"|}"),
            Level(Exam) + Level(Exam, id: "B", type: "Beta", rank: 2)),

        new("IMH025 an alias that is another id or alias",
            Level(Exam).Replace("Rank = 1)", "Rank = 1, Aliases = [{|IMH025:\"Alpha\"|}, {|IMH025:\"b\"|}])") +
                Level(Exam, id: "B", type: "Beta", rank: 2).Replace("Rank = 2)", "Rank = 2, Aliases = [{|IMH025:\"ALPHA\"|}, {|IMH025:\"B\"|}])"),
            Level(Exam).Replace("Rank = 1)", "Rank = 1, Aliases = [\"Alpha\"])") +
                Level(Exam, id: "B", type: "Beta", rank: 2).Replace("Rank = 2)", "Rank = 2, Aliases = [\"Beta\"])")),

        new("IMH026 two requirements with one key in force together",
            Level(Exam + """
                [Requirement({|IMH026:"exam"|}, "Written examination")]
                [Source("Pass the exam again.")]
                [Passed(Assessment.Exam)]
                public Requirement Again { get; init; }
            """),
            // Variants: periods that do not overlap, or a condition that tells them apart.
            Level("""
                [Requirement("exam", "Written examination", Until = "2024-12-31")]
                [Source("Pass the exam.")]
                [Passed(Assessment.Exam)]
                public Requirement Exam { get; init; }

                [Requirement("exam", "Written examination", From = "2025-01-01")]
                [Source("Pass the exam again.")]
                [Passed(Assessment.Exam)]
                public Requirement Again { get; init; }

                [Requirement("exam", "Written examination", From = "2025-01-01")]
                [Source("Supervisors pass it too.")]
                [When(ApplicantTag.SupervisesOthers)]
                [Passed(Assessment.Exam)]
                public Requirement Supervisors { get; init; }
            """)),

        new("IMH026 a track redeclaring an inherited key without Overrides",
            Level(Exam, modifiers: "abstract") + """
            [Track("T", "Tee")]
            public sealed partial record Tee : Alpha
            {
                [Requirement({|IMH026:"exam"|}, "Written examination")]
                [Source("Pass the track's exam.")]
                [Passed(Assessment.Exam)]
                public Requirement TrackExam { get; init; }
            }
            """,
            Level(Exam, modifiers: "abstract") + """
            [Track("T", "Tee")]
            public sealed partial record Tee : Alpha
            {
                [Requirement("exam", "Written examination", Overrides = true)]
                [Source("Pass the track's exam.")]
                [Passed(Assessment.Exam)]
                public Requirement TrackExam { get; init; }
            }
            """),

        new("IMH027 track without a level",
            """
            [Track("T", "Tee")]
            public sealed partial record {|IMH027:Tee|}
            {
            """ + Exam + "}\n",
            Level(Exam, modifiers: "abstract") + """
            [Track("T", "Tee")]
            public sealed partial record Tee : Alpha;
            """),

        new("IMH028 track lacking what its siblings have",
            Level(Exam, modifiers: "abstract") + Tracks(["Clinical", "Policy", "Research"], withExtra: ["Clinical", "Policy"], lacking: "Research"),
            Level(Exam, modifiers: "abstract") + Tracks(["Clinical", "Policy", "Research"], withExtra: ["Clinical", "Policy", "Research"], lacking: null)),

        new("IMH029 abstract level without tracks, abstract track",
            Level(Exam, modifiers: "abstract").Replace("record Alpha", "record {|IMH029:Alpha|}") +
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
            [TrackObligation({|IMH031:"missing"|}, Obligation.Optional)]
            public sealed partial record Tee : Alpha;
            """,
            Level(Exam, modifiers: "abstract") + """
            [Track("T", "Tee")]
            [TrackObligation("exam", Obligation.Optional)]
            public sealed partial record Tee : Alpha;
            """),

        new("IMH051 facet that is not a choice value",
            Level(Exam).Replace("Rank = 1)", "Rank = 1, Facets = [AgeBand.Infants, {|IMH051:TrainingTag.Approved|}])"),
            Level(Exam).Replace("Rank = 1)", "Rank = 1, Facets = [AgeBand.Infants])")),

        new("IMH052 some levels ranked and others not",
            Level(Exam) + """
            [{|IMH052:Level("B", "Beta")|}]
            public sealed partial record Beta
            {
            """ + Exam + "}\n",
            """
            [Level("A", "Alpha")]
            public sealed partial record Alpha
            {
            """ + Exam + """
            }
            [Level("B", "Beta")]
            public sealed partial record Beta
            {
            """ + Exam + "}\n"),

        new("IMH056 Overrides on a member that replaces nothing",
            Level(Exam.Replace("\"Written examination\")", "\"Written examination\", {|IMH056:Overrides = true|})"), modifiers: "abstract") + """
            [Track("T", "Tee")]
            public sealed partial record Tee : Alpha
            {
                [Requirement("training", "Training", {|IMH056:Overrides = true|})]
                [Source("Thirty hours.")]
                [MinHours(30)]
                public Requirement Training { get; init; }
            }
            """,
            Level(Exam, modifiers: "abstract") + """
            [Track("T", "Tee")]
            public sealed partial record Tee : Alpha
            {
                [Requirement("exam", "Written examination", Overrides = true)]
                [Source("Pass the track's exam.")]
                [Passed(Assessment.Exam)]
                public Requirement TrackExam { get; init; }
            }
            """),

        new("IMH057 provisional outcome waiving a key the level lacks",
            "[Provisional(\"emerging\", \"Emerging\", Waives = [\"exam\", {|IMH057:\"training\"|}])]\n" + Level(Exam),
            "[Provisional(\"emerging\", \"Emerging\", Waives = [\"exam\"])]\n" + Level(Exam)),

        new("IMH058 review of an alternative no rule uses",
            Level(Requirement("education", "Education", "Review({|IMH058:\"c\"|}, \"whether it counts\", \"Education.\")",
                "Credential(CredentialType.Master, Alternative = \"a\")", "MinEntries(1, Evidence = Evidence.Training, Alternative = \"b\")")),
            Level(Requirement("education", "Education", "Review(\"b\", \"whether it counts\", \"Education.\")",
                "Credential(CredentialType.Master, Alternative = \"a\")", "MinEntries(1, Evidence = Evidence.Training, Alternative = \"b\")"))),
    ];

    /// <summary>Periods of levels, tracks and requirements (IMH053-IMH055).</summary>
    private static IEnumerable<DiagnosticCase> Periods() =>
    [
        new("IMH053 periods that are not dates",
            Level(Exam.Replace("\"Written examination\")", "\"Written examination\", {|IMH053:From = \"2023-02-29\"|})"))
                .Replace("Rank = 1)", "Rank = 1, {|IMH053:Until = \"2030/01/01\"|})"),
            Level(Exam.Replace("\"Written examination\")", "\"Written examination\", From = \"2024-02-29\")"))
                .Replace("Rank = 1)", "Rank = 1, Until = \"2030-01-01\")")),

        new("IMH054 periods that end before they start",
            Level(Exam.Replace("\"Written examination\")", "\"Written examination\", From = \"2025-01-01\", {|IMH054:Until = \"2024-12-31\"|})"))
                .Replace("Rank = 1)", "Rank = 1, From = \"2020-01-01\", {|IMH054:Until = \"2019-01-01\"|})"),
            Level(Exam.Replace("\"Written examination\")", "\"Written examination\", From = \"2024-01-01\", Until = \"2024-12-31\")"))),

        new("IMH055 days when no variant of a required key is in force",
            Level("""
                [Requirement("exam", "Written examination", Until = "2023-12-31")]
                [Source("Pass the exam.")]
                [Passed(Assessment.Exam)]
                public Requirement Exam { get; init; }

                [Requirement("exam", "Written examination", {|IMH055:From = "2024-06-01"|})]
                [Source("Pass the new exam.")]
                [Passed(Assessment.Exam)]
                public Requirement NewExam { get; init; }
            """),
            Level("""
                [Requirement("exam", "Written examination", Until = "2023-12-31")]
                [Source("Pass the exam.")]
                [Passed(Assessment.Exam)]
                public Requirement Exam { get; init; }

                [Requirement("exam", "Written examination", From = "2024-01-01")]
                [Source("Pass the new exam.")]
                [Passed(Assessment.Exam)]
                public Requirement NewExam { get; init; }
            """)),
    ];

    /// <summary>Quotes (IMH034-IMH036).</summary>
    private static IEnumerable<DiagnosticCase> Traceability() =>
    [
        new("IMH034 requirement without a quote",
            Level("""
                [Requirement("exam", "Written examination")]
                [Passed(Assessment.Exam)]
                public Requirement {|IMH034:Exam|} { get; init; }
            """),
            Level(Exam)),

        new("IMH035 quotes not in the published text",
            "[assembly: Catalog(\"Test\", SourceText = \"published.txt\")]\n" + Level("""
                [Requirement("exam", "Written examination")]
                [Source({|IMH035:"Pass the exams."|})]
                [Note({|IMH035:"Three years as a leader in policy."|}, Says = "not checked")]
                [Review("b", "whether in-service training counts", {|IMH035:"Applicants may use in-service training."|})]
                [Passed(Assessment.Exam, Alternative = "a")]
                [MinEntries(1, Evidence = Evidence.Training, Alternative = "b")]
                public Requirement Exam { get; init; }
            """),
            // Whitespace, hyphens, a word hyphenated across a line and a footnote marker in the text are not compared.
            "[assembly: Catalog(\"Test\", SourceText = \"published.txt\")]\n" + Level("""
                [Requirement("exam", "Written examination")]
                [Source("Thirty clock hours of relationship based education and training pertaining to the social and emotional development")]
                [Note("Meets the criteria at Level III plus three years as a leader.", Says = "not checked")]
                [Review("b", "whether in-service training counts", "Applicants may ask to use in-service training.")]
                [Passed(Assessment.Exam, Alternative = "a")]
                [MinEntries(1, Evidence = Evidence.Training, Alternative = "b")]
                public Requirement Exam { get; init; }
            """)) { Prelude = Prelude.WithoutCatalog, AdditionalFiles = [("published.txt", PublishedText)] },

        new("IMH036 source text not among the additional files",
            "[assembly: Catalog(\"Test\", {|IMH036:SourceText = \"missing.txt\"|})]\n" + Level(Exam),
            "[assembly: Catalog(\"Test\", SourceText = \"published.txt\")]\n" + Level(Exam))
            { Prelude = Prelude.WithoutCatalog, AdditionalFiles = [("published.txt", PublishedText)] },
    ];

    /// <summary>Cross-level consistency in a ranked catalog (IMH037, IMH038).</summary>
    private static IEnumerable<DiagnosticCase> Consistency() =>
    [
        new("IMH037 more senior level asking for less",
            Level(Requirement("training", "Training", "MinHours(30)") + Requirement("work", "Work", "Experience(2)") +
                    Requirement("providers", "Providers", "FewProviders(3, Hours = 10)")) +
                Level(Requirement("training", "Training", "MinHours({|IMH037:20|})") + Requirement("work", "Work", "Experience({|IMH037:1|}, Alternative = \"a\")",
                    "Experience(3, Alternative = \"b\")") + Requirement("providers", "Providers", "FewProviders(3, {|IMH037:Hours = 5|})"), id: "B", type: "Beta", rank: 2),
            Level(Requirement("training", "Training", "MinHours(30)") + Requirement("work", "Work", "Experience(2)") +
                    Requirement("providers", "Providers", "FewProviders(3, Hours = 10)")) +
                Level(Requirement("training", "Training", "MinHours(30)") + Requirement("work", "Work", "Experience(2, Alternative = \"a\")",
                    "Experience(3, Alternative = \"b\")") + Requirement("providers", "Providers", "FewProviders(3, Hours = 10)"), id: "B", type: "Beta", rank: 2)),

        new("IMH038 more senior level accepting a less senior rater",
            Level(Exam) +
                Level(Requirement("references", "References", "Ratings(3)", "EndorsedRater(\"C\")"), id: "B", type: "Beta", rank: 2) +
                Level(Requirement("providers", "Providers", "FewProviders(3, EndorsedAt = [\"B\"])"), id: "B2", type: "BetaTwo", rank: 3) +
                Level(Requirement("references", "References", "Ratings(3)", "EndorsedRater({|IMH038:\"B\"|}, \"C\")") +
                    Requirement("providers", "Providers", "FewProviders(3, EndorsedAt = [{|IMH038:\"A\"|}, \"C\"])"), id: "C", type: "Gamma", rank: 4),
            Level(Exam) +
                Level(Requirement("references", "References", "Ratings(3)", "EndorsedRater(\"C\")"), id: "B", type: "Beta", rank: 2) +
                Level(Requirement("providers", "Providers", "FewProviders(3, EndorsedAt = [\"B\"])"), id: "B2", type: "BetaTwo", rank: 3) +
                Level(Requirement("references", "References", "Ratings(3)", "EndorsedRater(\"C\")") +
                    Requirement("providers", "Providers", "FewProviders(3, EndorsedAt = [\"B\", \"C\"])"), id: "C", type: "Gamma", rank: 4)),
    ];

    private static string Tracks(string[] names, string[] withExtra, string? lacking)
        => string.Concat(names.Select(n => $$"""
            [Track("{{n}}", "{{n}}")]
            public sealed partial record {{(n == lacking ? "{|IMH028:" + n + "|}" : n)}} : Alpha
            {
            {{(withExtra.Contains(n) ? Requirement("extra", "Extra", "MinHours(10)") : "")}}
            }

            """));
}
