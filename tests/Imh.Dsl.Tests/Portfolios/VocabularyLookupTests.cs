using Imh.Dsl.Portfolios;
using Imh.Dsl.Tests.Documentation;

namespace Imh.Dsl.Tests.Portfolios;

/// <summary>
/// The vocabulary's lookups read their sets in place (no closure, no iterator, as every report calls
/// them): each must find what the query over <see cref="Vocabulary.Sets"/> it replaced finds.
/// </summary>
public class VocabularyLookupTests
{
    private static readonly Vocabulary Words = SampleCatalog.Vocabulary;

    [Fact]
    public void The_first_word_in_some_bits_is_the_first_In_gives()
    {
        foreach (var set in Words.Sets)
        {
            for (ulong bits = 0; bits < 8; bits++) set.FirstIn(bits).ShouldBe(set.In(bits).FirstOrDefault());
        }
    }

    [Fact]
    public void Sets_found_by_kind_evidence_and_enum_are_the_first_in_declaration_order()
    {
        foreach (var evidence in Enum.GetValues<Evidence>())
        {
            Words.Tags(evidence).ShouldBe(Words.Sets.FirstOrDefault(s => s.Kind == WordSetKind.Tags && s.Evidence == evidence));
            Words.Numbers(evidence).ShouldBe(Words.Sets.FirstOrDefault(s => s.Kind == WordSetKind.Numbers && s.Evidence == evidence));
            Words.Choices(evidence).ShouldBe(Words.Sets.Where(s => s.Kind == WordSetKind.Choice && s.Evidence == evidence));
            Words.NamingChoice(evidence).ShouldBeNull(); // the sample names nothing by a choice
            foreach (var set in Words.Sets)
            {
                Words.Find(set.Enum).ShouldBe(Words.Sets.First(s => s.Enum == set.Enum));
                Words.Find(set.Enum, evidence).ShouldBe(Words.Sets.FirstOrDefault(s => s.Enum == set.Enum && s.Evidence == evidence));
            }
        }
        Words.Find(typeof(DayOfWeek)).ShouldBeNull();
    }

    [Fact]
    public void The_naming_choice_is_the_first_choice_of_the_evidence_that_names_entries()
    {
        WordSet Choice(Type type, bool names) => new(type,
            WordSetKind.Choice,
            [new Word { Member = "A", Json = "a", Display = "a", Meaning = "A.", Bits = 1, Value = (Enum)Enum.ToObject(type, 1) }])
        { Evidence = Evidence.Work, Property = type.Name, Names = names };
        var plain = Choice(typeof(SampleWorkKind), names: false);
        var naming = Choice(typeof(SampleBand), names: true);
        var later = Choice(typeof(SampleDocument), names: true);
        var vocabulary = new Vocabulary(1, [plain, naming, later], [], []);

        vocabulary.NamingChoice(Evidence.Work).ShouldBeSameAs(naming);
        vocabulary.NamingChoice(Evidence.Training).ShouldBeNull();
    }

    [Fact]
    public void A_named_set_is_found_by_exactly_its_bits()
    {
        foreach (var set in Words.Sets)
        {
            for (ulong bits = 0; bits < 8; bits++) set.NamedSet(bits).ShouldBe(set.NamedSets.FirstOrDefault(w => w.Bits == bits));
        }
    }
}
