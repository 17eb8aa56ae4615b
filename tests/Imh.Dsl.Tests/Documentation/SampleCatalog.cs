using System.Collections.Immutable;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;

namespace Imh.Dsl.Tests.Documentation;

[Flags]
public enum SampleTrainingTag
{
    Approved = 1,
    Reflective = 2,
    InService = 4,
    ApprovedReflective = Approved | Reflective,
}

[Flags]
public enum SampleWorkKind
{
    Direct = 1,
    Leadership = 2,
}

[Flags]
public enum SampleBand
{
    Infant = 1,
    Preschool = 2,
}

[Flags]
public enum SampleApplicantTag
{
    Mentors = 1,
}

[Flags]
public enum SampleDocument
{
    Ethics = 1,
}

/// <summary>
/// A small catalog built by hand, the way the generator builds one: two levels and a track, a
/// requirement that changes on 2024-01-01, a rule that starts that day, notes, a review, a facet
/// and a provisional outcome. Its words are deliberately unlike MI-AIMH's.
/// </summary>
public static class SampleCatalog
{
    public static readonly DateOnly ChangeDay = new(2024, 1, 1);

    public static Vocabulary Vocabulary { get; } = new(1,
    [
        new WordSet(typeof(SampleApplicantTag), WordSetKind.Tags,
            [new Word { Member = "Mentors", Json = "mentorsOthers", Display = "mentoring others", Meaning = "The applicant mentors others.", Bits = 1, Value = SampleApplicantTag.Mentors, Phrase = "mentors others" }])
        { Evidence = Evidence.Applicant },
        new WordSet(typeof(SampleTrainingTag), WordSetKind.Tags,
        [
            new Word { Member = "Approved", Json = "approved", Display = "approved", Meaning = "Approved by the board.", Bits = 1, Value = SampleTrainingTag.Approved, Phrase = "approved by the board" },
            new Word { Member = "Reflective", Json = "reflectivePractice", Display = "reflective-practice", Meaning = "About reflective practice.", Bits = 2, Value = SampleTrainingTag.Reflective, Default = true },
            new Word { Member = "InService", Json = "inService", Display = "in-service", Meaning = "Given at work in place of a course.", Bits = 4, Value = SampleTrainingTag.InService },
            new Word { Member = "ApprovedReflective", Json = "approvedReflective", Display = "approved reflective", Meaning = "Approved and about reflective practice.", Bits = 3, Value = SampleTrainingTag.ApprovedReflective },
        ])
        { Evidence = Evidence.Training },
        new WordSet(typeof(SampleWorkKind), WordSetKind.Choice,
        [
            new Word { Member = "Direct", Json = "directCare", Display = "direct care", Meaning = "Care given to children.", Bits = 1, Value = SampleWorkKind.Direct },
            new Word { Member = "Leadership", Json = "programLeadership", Display = "program leadership", Meaning = "Leading a program.", Bits = 2, Value = SampleWorkKind.Leadership },
        ])
        { Evidence = Evidence.Work, Property = "kind", Required = true },
        new WordSet(typeof(SampleBand), WordSetKind.Choice,
        [
            new Word { Member = "Infant", Json = "infant", Display = "birth to 3 years", Meaning = "Children from birth to 36 months.", Bits = 1, Value = SampleBand.Infant, Phrase = "with children from birth to 3 years" },
            new Word { Member = "Preschool", Json = "preschool", Display = "3 up to 6 years", Meaning = "Children 3 up to 6 years.", Bits = 2, Value = SampleBand.Preschool, Phrase = "with children 3 up to 6 years" },
        ])
        { Evidence = Evidence.Work, Property = "ageBands", Many = true },
        new WordSet(typeof(SampleDocument), WordSetKind.Documents,
            [new Word { Member = "Ethics", Json = "ethicsSigned", Display = "ethics pledge", Meaning = "The board's ethics pledge.", Bits = 1, Value = SampleDocument.Ethics }]),
    ],
    [EvidenceName.Of(Evidence.Sessions, "mentoring", "mentoring session", null, "mentoring", null)],
    []);

    /// <summary>A ranked catalog: Associate (1), Lead track (2), and Old (3) withdrawn at the end of 2023.</summary>
    public static Catalog Ranked { get; } = Build(ranked: true);

    /// <summary>The same levels as categories that are not a ladder.</summary>
    public static Catalog Unranked { get; } = Build(ranked: false);

    /// <summary>A catalog with one level and nothing dated: nothing ever changes.</summary>
    public static Catalog Timeless { get; } = new("timeless", "Timeless", Vocabulary,
        [new Level(new LevelDefinition("A", "Associate", Vocabulary, [Exam()], []) { Rank = 1 })], []) { Title = "Timeless" };

    private static Catalog Build(bool ranked)
    {
        var associate = new LevelDefinition("A", "Associate", Vocabulary,
            [NewHours(), OldHours(), Exam(), Ethics()], [Mentoring()]) { Rank = ranked ? 1 : 0 };
        var lead = new LevelDefinition("B-Lead", "Lead & Mentor", Vocabulary, [OldHours(), NewHours(), Work()], [Refresher()])
        {
            Rank = ranked ? 2 : 0, LevelId = "B", TrackId = "Lead", Facets = [SampleBand.Preschool],
            Provisional = new ProvisionalOutcome("emerging", "Emerging", ["work"], "Emerging at {level}: you are endorsed while you complete {waived}."),
        };
        var old = new LevelDefinition("C", "Old level", Vocabulary, [Exam()], [])
        {
            Rank = ranked ? 3 : 0, Period = new Period(null, new DateOnly(2023, 12, 31)),
        };
        return new Catalog("sample", "Sample", Vocabulary, [new Level(associate), new Level(lead), new Level(old)], []) { Title = "Sample | catalog" };
    }

    private static RequirementDefinition OldHours() => new("hours", "Training hours",
        [new MinHoursAttribute(30) { Where = [SampleTrainingTag.Approved] }])
    {
        Period = new Period(null, new DateOnly(2023, 12, 31)),
        Sources = ["Thirty approved hours."],
        Notes = [new SourceNote("Keep your certificates.", "not checked: it asks the applicant to keep papers")],
    };

    private static RequirementDefinition NewHours() => new("hours", "Training hours",
        [new MinHoursAttribute(45) { WhereAny = SampleTrainingTag.ApprovedReflective, WithinYears = 2 }])
    {
        Period = new Period(ChangeDay, null),
        Sources = ["From 2024, forty-five hours within two years."],
    };

    private static RequirementDefinition Exam() => new("exam", "Exam", []) { Obligation = Obligation.NotRequired, Sources = ["No exam at this level."] };

    private static RequirementDefinition Ethics() => new("ethics", "Ethics <pledge>",
        [new SignedAttribute(SampleDocument.Ethics) { From = "2024-01-01" }])
    {
        Sources = ["Sign the pledge (from 2024)."],
    };

    private static RequirementDefinition Work() => new("work", "Work | experience",
    [
        new ExperienceAttribute(3) { Where = [SampleWorkKind.Direct], Matching = [typeof(SampleBand)], Alternative = "a" },
        new MinEntriesAttribute(1) { Evidence = Evidence.Training, Where = [SampleTrainingTag.InService], Alternative = "b" },
    ])
    {
        Sources = ["Three years of direct care, or in-service training."],
        Reviews = [new ReviewNote("b", "whether in-service training may stand in for the work", "The board may accept in-service training.")],
    };

    private static RequirementDefinition Refresher() => new("refresher", "Refresher",
        [new MinHoursAttribute(1) { InRenewalYear = true }])
    {
        IsContinuing = true,
        Sources = ["One hour of refresher training a year."],
    };

    private static RequirementDefinition Mentoring() => new("mentoring", "Mentoring sessions",
        [new MinEntriesAttribute(2) { InRenewalYear = true }])
    {
        Obligation = Obligation.Recommended,
        IsContinuing = true,
        Conditions = [new WhenAttribute(SampleApplicantTag.Mentors)],
        Sources = ["Mentors are encouraged to attend 2 sessions a year."],
    };

    private sealed class Level(LevelDefinition definition) : ILevelValidator
    {
        public LevelDefinition Definition { get; } = definition;

        public LevelReport Validate(Portfolio portfolio, DateOnly asOf) => new(Definition.Evaluate(portfolio, asOf));
    }
}
