using static Imh.Generators.Tests.Analyzers.Snippets;

namespace Imh.Generators.Tests.Analyzers;

internal static partial class DiagnosticCases
{
    /// <summary>Every case, by name.</summary>
    public static readonly IReadOnlyDictionary<string, DiagnosticCase> All =
        Usage().Concat(Arguments()).Concat(CustomKind()).Concat(Structure()).Concat(Periods()).Concat(Vocabulary()).Concat(Traceability()).Concat(Consistency())
            .ToDictionary(c => c.Name, StringComparer.Ordinal);

    /// <summary>Declarations the generator cannot use (IMH001-IMH014, IMH039-IMH041, IMH050).</summary>
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
                [Passed(Assessment.Exam)]
                public {|IMH005:int|} Exam { get; init; }
            """),
            Level(Exam)),

        new("IMH006 requirement and continuing on one member",
            Level("""
                [Requirement("exam", "Written examination")]
                [{|IMH006:Continuing("examAgain", "Written examination")|}]
                [Source("Pass the exam.")]
                [Passed(Assessment.Exam)]
                public Requirement Exam { get; init; }
            """),
            Level(Exam)),

        new("IMH007 rules and quotes without a marker",
            Level(Exam + """
                [{|IMH007:Source("Pass it again.")|}]
                [{|IMH007:Passed(Assessment.Exam)|}]
                public Requirement Again { get; init; }
            """),
            Level(Exam)),

        new("IMH008 requirement in a type the generator does not read",
            Level(Exam) + """
            public sealed class Notes
            {
                [{|IMH008:Requirement("exam", "Written examination")|}]
                [Source("Pass the exam.")]
                [Passed(Assessment.Exam)]
                public Requirement Exam { get; init; }
            }
            """,
            Level(Exam)),

        new("IMH008 track obligation on a level",
            """
            [Level("A", "Alpha", Rank = 1)]
            [{|IMH008:TrackObligation("exam", Obligation.Optional)|}]
            public sealed partial record Alpha
            {
            """ + Exam + "}\n",
            Level(Exam)),

        new("IMH010 empty level id and requirement key",
            """
            [Level({|IMH010:""|}, "Alpha", Rank = 1)]
            public sealed partial record Alpha
            {
                [Requirement({|IMH010:""|}, "Written examination")]
                [Source("Pass the exam.")]
                [Passed(Assessment.Exam)]
                public Requirement Exam { get; init; }
            }
            """,
            Level(Exam)),

        new("IMH010 empty track id",
            Level(Exam, modifiers: "abstract") + """
            [Track({|IMH010:" "|}, "Tee")]
            public sealed partial record Tee : Alpha;
            """,
            Level(Exam, modifiers: "abstract") + """
            [Track("T", "Tee")]
            public sealed partial record Tee : Alpha;
            """),

        new("IMH012 same-as naming nothing or itself",
            Level(Exam + """
                [Requirement("again", "Again")]
                [Source("Again.")]
                [SameAs(typeof(Alpha), {|IMH012:"Nothing"|})]
                public Requirement {|IMH039:Again|} { get; init; }

                [Requirement("self", "Self")]
                [Source("Self.")]
                [SameAs(typeof(Alpha), {|IMH012:nameof(Self)|})]
                public Requirement {|IMH039:Self|} { get; init; }
            """),
            Level(Exam + """
                [Requirement("again", "Again")]
                [Source("Again.")]
                [SameAs(typeof(Alpha), nameof(Exam))]
                public Requirement Again { get; init; }
            """)),

        new("IMH012 same-as cycle",
            Level("""
                [Requirement("one", "One")]
                [Source("One.")]
                [SameAs(typeof(Alpha), {|IMH012:nameof(Two)|})]
                public Requirement {|IMH039:One|} { get; init; }

                [Requirement("two", "Two")]
                [Source("Two.")]
                [SameAs(typeof(Alpha), {|IMH012:nameof(One)|})]
                public Requirement {|IMH039:Two|} { get; init; }
            """),
            Level(Exam)),

        new("IMH013 requirement member without a marker",
            Level(Exam + """
                public Requirement {|IMH013:Forgotten|} { get; init; }
            """),
            Level(Exam)),

        new("IMH014 rules on a requirement that is not required",
            Level("""
                [Requirement("exam", "Written examination", {|IMH014:Obligation = Obligation.NotRequired|})]
                [Source("Pass the exam.")]
                [Passed(Assessment.Exam)]
                public Requirement Exam { get; init; }
            """),
            Level("""
                [Requirement("exam", "Written examination", Obligation = Obligation.NotRequired)]
                [Source("No exam at this level.")]
                public Requirement Exam { get; init; }
            """)),

        new("IMH039 required, recommended or optional requirement without a rule",
            Level("""
                [Requirement("exam", "Written examination")]
                [Source("Pass the exam.")]
                public Requirement {|IMH039:Exam|} { get; init; }

                [Continuing("ethics", "Code of ethics", Obligation = Obligation.Recommended)]
                [Source("Sign the code.")]
                [When(ApplicantTag.SupervisesOthers)]
                public Requirement {|IMH039:Ethics|} { get; init; }
            """),
            Level(Exam + """
                [Continuing("ethics", "Code of ethics", Obligation = Obligation.Recommended)]
                [Source("Sign the code.")]
                [When(ApplicantTag.SupervisesOthers)]
                [Signed(Document.CodeOfEthics, InRenewalYear = true)]
                public Requirement Ethics { get; init; }
            """)),

        new("IMH040 a condition the generated code cannot reach",
            Level(Exam.Replace("[Passed(Assessment.Exam)]", "[Passed(Assessment.Exam)]\n    [{|IMH040:Always|}]") + """
                [AttributeUsage(AttributeTargets.Property)]
                private sealed class AlwaysAttribute : ConditionAttribute
                {
                    public override bool Holds(Imh.Dsl.Evaluation.EvaluationContext context) => true;
                    public override string Describe(Imh.Dsl.Evaluation.Wording wording) => "always";
                }
            """),
            Level(Exam.Replace("[Passed(Assessment.Exam)]", "[Passed(Assessment.Exam)]\n    [Always]") + """
                [AttributeUsage(AttributeTargets.Property)]
                internal sealed class AlwaysAttribute : ConditionAttribute
                {
                    public override bool Holds(Imh.Dsl.Evaluation.EvaluationContext context) => true;
                    public override string Describe(Imh.Dsl.Evaluation.Wording wording) => "always";
                }
            """)),

        new("IMH041 part without its rule, or with another label",
            Level(
                Requirement("references", "References", "Credential(CredentialType.Master)", "{|IMH041:RatingItem(1)|}") +
                Requirement("labelled", "Labelled", "Ratings(2, Alternative = \"a\")", "{|IMH041:AtLeastOneRating(Where = [ReferenceTag.Current])|}",
                    "Credential(CredentialType.Master, Alternative = \"b\")")),
            Level(
                Requirement("references", "References", "Credential(CredentialType.Master)", "Ratings(1)", "RatingItem(1)") +
                Requirement("labelled", "Labelled", "Ratings(2, Alternative = \"a\")", "AtLeastOneRating(Where = [ReferenceTag.Current], Alternative = \"a\")",
                    "Credential(CredentialType.Master, Alternative = \"b\")"))),

        new("IMH041 part with two candidate rules",
            Level(Requirement("providers", "Providers", "FewProviders(2)", "FewProviders(3)", "{|IMH041:ProviderSlot(1)|}")),
            Level(Requirement("providers", "Providers", "FewProviders(2, Alternative = \"a\")", "ProviderSlot(1, Alternative = \"a\")",
                "FewProviders(3, Alternative = \"b\")"))),

        new("IMH050 level in an assembly without a catalog",
            """
            [{|IMH050:Level("A", "Alpha", Rank = 1)|}]
            public sealed partial record Alpha
            {
            """ + Exam + "}\n",
            """
            [assembly: Catalog("Test")]
            """ + Level(Exam)) { Prelude = Prelude.WithoutCatalog },

        new("IMH011 catalog name and namespace not valid C#",
            """
            [assembly: Catalog({|IMH011:"Not valid"|}, {|IMH011:Namespace = "Imh.class"|})]
            """ + Level(Exam),
            """
            [assembly: Catalog("Valid", Namespace = "Imh.Catalog")]
            """ + Level(Exam)) { Prelude = Prelude.WithoutCatalog },
    ];
}
