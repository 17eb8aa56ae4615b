using Imh.Dsl.Evaluation;
using Imh.Dsl.Portfolios;

namespace Imh.Dsl.Tests.Advice;

/// <summary>
/// MI-AIMH's words with a number that work entries report per age band ("families served"), as the
/// second catalog has: for the experience rule's sum, which MI-AIMH itself does not use.
/// </summary>
internal static class NumberedWork
{
    public static readonly Vocabulary Words = new(1,
    [
        .. Advised.Words.Sets,
        new WordSet(typeof(TestNumber), WordSetKind.Numbers,
            [new Word { Member = "Families", Value = TestNumber.Families, Json = "familiesServed", Display = "families served", Bits = 1, Per = typeof(TestBand) }])
        { Evidence = Evidence.Work },
        new WordSet(typeof(TestBand), WordSetKind.Choice,
        [
            new Word { Member = "Infant", Value = TestBand.Infant, Json = "infant", Display = "birth to 3", Bits = 1 },
            new Word { Member = "Early", Value = TestBand.Early, Json = "early", Display = "3 to 6", Bits = 2 },
        ])
        { Evidence = Evidence.Work, Property = "ageBands", Many = true },
    ], [], []);

    /// <summary>A level of one requirement of <paramref name="rule"/>, for the band given (none: a level without one).</summary>
    public static LevelDefinition Level(ExperienceAttribute rule, TestBand? band)
        => new("E", "Early", Words, [new RequirementDefinition("rule", "The rule", [rule])], []) { Facets = band is { } b ? [b] : [] };

    [Flags]
    public enum TestNumber
    {
        Families = 1,
    }

    [Flags]
    public enum TestBand
    {
        Infant = 1,
        Early = 2,
    }
}
