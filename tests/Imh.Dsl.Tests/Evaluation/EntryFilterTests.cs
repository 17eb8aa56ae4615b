using CsCheck;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Portfolios;
using Imh.Requirements;

namespace Imh.Dsl.Tests.Evaluation;

[Flags]
public enum LimitTrainingNumber
{
    Absences = 1,
}

[Flags]
public enum LimitWorkNumber
{
    Gaps = 1,
}

/// <summary>
/// Which entries a filter counts: every condition of Where holds (a flag: all its bits set; a choice:
/// one of its values), one of the WhereAny flags is set, or instead every condition of OrWhere holds.
/// Accepts tests the flags asked of one enum together; a brute-force oracle tests each condition alone.
/// </summary>
public class EntryFilterTests
{
    // Session words of the MI-AIMH catalog: three flags (relationship-based, approved provider, while serving) and a choice (format).
    private static readonly Enum[] Values =
    [
        SessionTag.RelationshipBased, SessionTag.ProviderApproved, SessionTag.WhileServing,
        SessionTag.RelationshipBased | SessionTag.WhileServing, SessionFormat.Individual, SessionFormat.Group,
    ];

    private static readonly Gen<(int[] Where, int Any, int[] OrWhere, int Tags, int Format)> GenCase =
        Gen.Select(Gen.Int[0, Values.Length - 1].Array[0, 4], Gen.Int[0, 7], Gen.Int[0, Values.Length - 1].Array[0, 3], Gen.Int[0, 7], Gen.Int[0, 3]);

    [Fact]
    public void A_filter_accepts_exactly_the_words_that_meet_each_of_its_conditions()
        => GenCase.Sample(c =>
        {
            object[] where = [.. c.Where.Select(i => (object)Values[i])];
            object[] orWhere = [.. c.OrWhere.Select(i => (object)Values[i])];
            object? any = c.Any == 0 ? null : (SessionTag)c.Any;
            var filter = EntryFilter.Create(MiAimhVocabulary.Instance, null, Evidence.Sessions, where, any, orWhere);
            var words = EntryWords.Of([new WordBits(typeof(SessionTag), (ulong)c.Tags), new WordBits(typeof(SessionFormat), (ulong)c.Format)]);

            bool Holds(Enum value) => value is SessionTag flags
                ? ((ulong)c.Tags & (ulong)flags) == (ulong)flags
                : ((ulong)c.Format & (ulong)(SessionFormat)value) != 0;
            bool expected = (c.Where.All(i => Holds(Values[i])) && (c.Any == 0 || (c.Tags & c.Any) != 0))
                || (c.OrWhere.Length > 0 && c.OrWhere.All(i => Holds(Values[i])));

            filter.Accepts(words).ShouldBe(expected);
            // The conditions stay one per value for their wording ("relationship-based", "with an approved provider").
            filter.Where.Length.ShouldBe(where.Length);
        }, iter: 5_000);

    [Fact]
    public void An_entry_with_none_of_the_flags_of_which_one_is_asked_is_refused_by_naming_them()
    {
        var filter = EntryFilter.Create(MiAimhVocabulary.Instance, null, Evidence.Sessions, [SessionFormat.Individual], SessionTag.RelationshipBased | SessionTag.ProviderApproved);
        var wording = new LevelDefinition("T", "Test level", MiAimhVocabulary.Instance, [], []).Wording;
        Session Entry(params Enum[] words) => new() { Date = new DateOnly(2026, 1, 5), Hours = 1, Provider = "Pat", Words = EntryWords.Of(words) };

        filter.Refusal(Entry(SessionFormat.Individual, SessionTag.WhileServing), wording).ShouldBe("none of relationship-based or approved provider");
        filter.Refusal(Entry(SessionFormat.Individual, SessionTag.ProviderApproved), wording).ShouldBeNull();
        filter.Refusal(Entry(SessionFormat.Group, SessionTag.ProviderApproved), wording).ShouldBe("group");
    }

    [Fact]
    public void Flags_of_one_enum_asked_in_two_conditions_must_both_be_set()
    {
        var filter = EntryFilter.Create(MiAimhVocabulary.Instance, null, Evidence.Sessions, [SessionTag.RelationshipBased, SessionTag.ProviderApproved]);

        filter.Accepts(EntryWords.Of(SessionTag.RelationshipBased)).ShouldBeFalse();
        filter.Accepts(EntryWords.Of(SessionTag.ProviderApproved)).ShouldBeFalse();
        filter.Accepts(EntryWords.Of(SessionTag.RelationshipBased | SessionTag.ProviderApproved)).ShouldBeTrue();
    }

    [Fact]
    public void Values_of_a_choice_in_two_conditions_must_each_be_met_by_the_entry()
    {
        var filter = EntryFilter.Create(MiAimhVocabulary.Instance, null, Evidence.Sessions, [SessionFormat.Individual, SessionFormat.Group]);

        filter.Accepts(EntryWords.Of(SessionFormat.Individual)).ShouldBeFalse();
        filter.Accepts(EntryWords.Of(SessionFormat.Individual | SessionFormat.Group)).ShouldBeTrue();
    }

    // Two kinds of entry, each with a number from which such an entry is not counted (3 absences; 1 gap).
    private static readonly Vocabulary Limits = new(1,
    [
        new WordSet(typeof(LimitTrainingNumber), WordSetKind.Numbers,
            [new Word { Member = "Absences", Json = "absences", Display = "absences", Bits = 1, Value = LimitTrainingNumber.Absences, Whole = true, NotCountedFrom = 3 }])
        { Evidence = Evidence.Training },
        new WordSet(typeof(LimitWorkNumber), WordSetKind.Numbers,
            [new Word { Member = "Gaps", Json = "gaps", Display = "gaps", Bits = 1, Value = LimitWorkNumber.Gaps, Whole = true, NotCountedFrom = 1 }])
        { Evidence = Evidence.Work },
    ],
    [],
    []);

    [Theory]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(4, false)]
    public void An_entry_reporting_its_kinds_number_from_the_catalogs_limit_on_is_not_counted(int absences, bool counted)
    {
        var filter = EntryFilter.Create(Limits, null, Evidence.Training);
        var entry = new TrainingEntry
        {
            Date = new DateOnly(2024, 3, 1), Hours = 2, Title = "Course", Numbers = [new EntryNumber(LimitTrainingNumber.Absences, null, absences)],
        };

        filter.Accepts(entry).ShouldBe(counted);
    }

    [Fact]
    public void The_limit_of_another_kind_of_entry_does_not_apply()
    {
        // A training entry carrying the work number at the work limit is still counted: the limit is the work entries'.
        var filter = EntryFilter.Create(Limits, null, Evidence.Training);
        var entry = new TrainingEntry
        {
            Date = new DateOnly(2024, 3, 1), Hours = 2, Title = "Course", Numbers = [new EntryNumber(LimitWorkNumber.Gaps, null, 5)],
        };

        filter.Accepts(entry).ShouldBeTrue();
    }
}
