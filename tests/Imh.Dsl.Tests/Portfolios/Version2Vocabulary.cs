using System.Text;
using Imh.Dsl.Portfolios;

namespace Imh.Dsl.Tests.Portfolios;

[Flags]
public enum V2Band
{
    Infant = 1,
    EarlyChildhood = 2,
}

[Flags]
public enum V2WorkKind
{
    Direct = 1,
    Leadership = 2,
}

[Flags]
public enum V2TrainingTag
{
    Approved = 1,
    Dei = 2,
}

[Flags]
public enum V2Number
{
    FamiliesServed = 1,
}

[Flags]
public enum V2TrainingNumber
{
    Rating = 1,
}

[Flags]
public enum V2Document
{
    Ethics = 1,
}

[Flags]
public enum V2Assessment
{
    Exam = 1,
}

/// <summary>
/// A catalog vocabulary of format version 2, built by hand the way the generator builds one, with
/// the kinds of version 2 evidence iecmh-2024.md asks for ("Evidence the portfolio must carry"):
/// bands as a list choice and as level facets, families served per band, a training's rating
/// (a number given once, from 1 to 5, fractions allowed), documents and
/// examinations given as lists, levels with aliases, a track and a provisional outcome.
/// </summary>
internal static class Version2Vocabulary
{
    public static Vocabulary Words { get; } = new(2,
    [
        new WordSet(typeof(V2TrainingTag), WordSetKind.Tags,
        [
            new Word { Member = "Approved", Json = "approved", Display = "approved", Bits = 1, Value = V2TrainingTag.Approved },
            new Word { Member = "Dei", Json = "dei", Display = "DEI", Bits = 2, Value = V2TrainingTag.Dei, Version = 2 },
        ])
        { Evidence = Evidence.Training },
        new WordSet(typeof(V2WorkKind), WordSetKind.Choice,
        [
            new Word { Member = "Direct", Json = "direct", Display = "direct", Bits = 1, Value = V2WorkKind.Direct },
            new Word { Member = "Leadership", Json = "leadership", Display = "leadership", Bits = 2, Value = V2WorkKind.Leadership },
        ])
        { Evidence = Evidence.Work, Property = "kind", Required = true },
        new WordSet(typeof(V2Band), WordSetKind.Choice,
        [
            new Word { Member = "Infant", Json = "infant", Display = "infant", Bits = 1, Value = V2Band.Infant },
            new Word { Member = "EarlyChildhood", Json = "earlyChildhood", Display = "early childhood", Bits = 2, Value = V2Band.EarlyChildhood },
        ])
        { Evidence = Evidence.Work, Property = "ageBands", Many = true, Default = 1, Version = 2 },
        new WordSet(typeof(V2Number), WordSetKind.Numbers,
        [
            new Word
            {
                Member = "FamiliesServed", Json = "familiesServed", Display = "families served", Bits = 1, Value = V2Number.FamiliesServed,
                Whole = true, Min = 0, Per = typeof(V2Band), Version = 2,
            },
        ])
        { Evidence = Evidence.Work },
        new WordSet(typeof(V2TrainingNumber), WordSetKind.Numbers,
        [
            new Word
            {
                Member = "Rating", Json = "rating", Display = "rating", Bits = 1, Value = V2TrainingNumber.Rating,
                Min = 1, Max = 5, Version = 2,
            },
        ])
        { Evidence = Evidence.Training },
        new WordSet(typeof(V2Document), WordSetKind.Documents,
        [
            new Word
            {
                Member = "Ethics", Json = "codeOfEthicsSigned", Display = "code of ethics", Bits = 1, Value = V2Document.Ethics,
                List = "codeOfEthicsSignatures",
            },
        ]),
        new WordSet(typeof(V2Assessment), WordSetKind.Assessments,
            [new Word { Member = "Exam", Json = "exam", Display = "exam", Bits = 1, Value = V2Assessment.Exam, List = "exams" }]),
        new WordSet(typeof(V2Band), WordSetKind.Choice,
        [
            new Word { Member = "Infant", Json = "imh", Display = "infant mental health", Bits = 1, Value = V2Band.Infant },
            new Word { Member = "EarlyChildhood", Json = "ecmh", Display = "early childhood mental health", Bits = 2, Value = V2Band.EarlyChildhood },
        ])
        { Evidence = Evidence.Assessments, Property = "version", Default = 1, Version = 2 },
    ],
    [],
    [
        new LevelName("IFA", "Infant Family Associate", null, ["I"], true) { Facets = [V2Band.Infant] },
        new LevelName("ECFA", "Early Childhood Family Associate", null, [], true) { Facets = [V2Band.EarlyChildhood] },
        new LevelName("IFRS", "Infant Family Reflective Supervisor", null, [], true) { Facets = [V2Band.Infant], Provisional = "emerging" },
        new LevelName("IMHM", "Infant Mental Health Mentor", null, [], false),
        new LevelName("IMHM-Clinical", "Infant Mental Health Mentor (Clinical)", "IMHM", ["IMHM-C"], true) { Facets = [V2Band.Infant] },
    ]);

    public static PortfolioReadResult Read(string json) => PortfolioReader.Read(Encoding.UTF8.GetBytes(json), Words);
}
