namespace Imh.Generators.Tests.Analyzers;

/// <summary>
/// What every case compiles with: a catalog registration, a small vocabulary, and a rule kind of
/// the catalog's own (sessions from at most K providers) with a part of its own, so that each
/// generic check can be shown firing on it exactly as on a built-in kind. The prelude itself must
/// stay silent: a diagnostic in it fails every case.
/// </summary>
internal static class Prelude
{
    public const string Catalog = """
        [assembly: Catalog("Test")]

        """;

    private const string Usings = """
        using System.Linq;
        using Imh.Dsl.Checks;
        using Imh.Dsl.Evaluation;

        """;

    public const string Vocabulary = """
        [assembly: EvidenceList(Evidence.Sessions, "supervision", Singular = "session")]

        [Flags, Tags(Evidence.Applicant)]
        public enum ApplicantTag { [Word("supervising others", "Supervises staff.")] SupervisesOthers = 1 }

        [Flags, Tags(Evidence.Training)]
        public enum TrainingTag { [Word("approved", "Approved.")] Approved = 1, [Word("relationship-based", "Relationship-based.")] RelationshipBased = 2 }

        [Flags, Tags(Evidence.Sessions)]
        public enum SessionTag { [Word("while serving", "While serving.")] WhileServing = 1 }

        [Flags, Choice(Evidence.Credentials, "type", Names = true)]
        public enum CredentialType
        {
            [Word("bachelor's", "A bachelor's degree.")] Bachelor = 1,
            [Word("master's", "A master's degree.")] Master = 2,
            [Word("post-bachelor's", "From the earliest bachelor's or master's.")] PostBachelor = Bachelor | Master,
        }

        [Flags, Choice(Evidence.Work, "ageBand", Many = true)]
        public enum AgeBand { [Word("infants", "Infants.")] Infants = 1, [Word("toddlers", "Toddlers.")] Toddlers = 2 }

        [Flags, Choice(Evidence.References, "role", Names = true)]
        public enum RaterRole { [Word("supervisor", "A supervisor.")] Supervisor = 1, [Word("colleague", "A colleague.")] Colleague = 2, [Word("supervisee", "A supervisee.")] Supervisee = 4 }

        [Flags, Tags(Evidence.References)]
        public enum ReferenceTag { [Word("current", "The rater holds the role now.")] Current = 1 }

        [Flags, Documents]
        public enum Document { [Word("code of ethics", "The code of ethics.")] CodeOfEthics = 1 }

        [Flags, Assessments]
        public enum Assessment { [Word("exam", "The written examination.")] Exam = 1 }

        /// <summary>A catalog's own rule kind: the counted sessions come from at most Most providers.</summary>
        [Counts(Evidence.Sessions)]
        [AttributeUsage(AttributeTargets.Property, AllowMultiple = true)]
        public sealed class FewProvidersAttribute(int most) : EntriesRuleAttribute<FewProvidersOutcome>
        {
            [Positive] public int Most { get; } = most;
            [Range(0, 1000), Amount("clock hours")] public double Hours { get; set; }
            [Range(0, 120)] public int Window { get; set; }
            [NotAbove(nameof(Window)), Needs(nameof(Window))] public int MinSpan { get; set; }
            [LevelIds(Seniority = true)] public string[]? EndorsedAt { get; set; }
            [RenewalOnly] public bool InRenewalYear { get; set; }
            [Date, Excludes(nameof(InRenewalYear))] public string? Since { get; set; }
            protected override Evidence Counted => Evidence.Sessions;
            protected override FewProvidersOutcome Assess(EvaluationContext context)
            {
                var filter = FilterFor(context);
                int providers = context.Portfolio.Sessions.Where(s => filter.Accepts(s.Words)).Select(s => s.Provider).Distinct().Count();
                return new FewProvidersOutcome(providers > 0 && providers <= Most, providers);
            }
            protected override Explanation Explain(FewProvidersOutcome outcome, Wording wording) => new($"{outcome.Providers} providers", outcome.Met ? null : $"sessions from at most {Most} providers");
            public override string Describe(Wording wording) => $"sessions from at most {Most} providers";
        }

        public sealed record FewProvidersOutcome(bool Met, int Providers) : RuleOutcome(Met);

        /// <summary>A part of that kind: hours that must come from one named provider.</summary>
        [AttributeUsage(AttributeTargets.Property, AllowMultiple = true)]
        public sealed class FromProviderAttribute(double hours) : RulePartAttribute<FewProvidersAttribute>
        {
            [Positive, WithinRule(nameof(FewProvidersAttribute.Hours), Summed = true)] public double Hours { get; } = hours;
        }

        /// <summary>Another part: numbered provider slots, one provider each.</summary>
        [NotWith(typeof(FromProviderAttribute))]
        [AttributeUsage(AttributeTargets.Property, AllowMultiple = true)]
        public sealed class ProviderSlotAttribute(params int[] slots) : RulePartAttribute<FewProvidersAttribute>
        {
            [Positive, Range(1, 10), Numbered(nameof(FewProvidersAttribute.Most))] public int[] Slots { get; } = slots;
            [Words(Evidence.Applicant, TagsOnly = true)] public object? When { get; set; }
        }

        """;

    /// <summary>The vocabulary and the catalog's own kinds, registered as catalog "Test".</summary>
    public const string Full = Usings + Catalog + Vocabulary;

    /// <summary>The same without [assembly: Catalog], for cases about the registration itself.</summary>
    public const string WithoutCatalog = Usings + Vocabulary;
}
