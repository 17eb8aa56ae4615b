using Imh.Dsl.Evaluation;
using Imh.Dsl.Portfolios;
using Imh.Requirements;

namespace Imh.Dsl.Tests.Mutation;

/// <summary>A choice of topic for training, with a named set that reads after the noun (MI-AIMH's named sets have no phrase).</summary>
[Flags]
public enum WordingTopic
{
    Infants = 1,
    Toddlers = 2,
    Parents = 4,
    Young = Infants | Toddlers,
}

/// <summary>
/// How a level's words put the catalog's vocabulary into phrases (<see cref="Wording"/>): where a
/// flag, a value, a named set and the level's facet stand around the noun, in sentences and in
/// tables; a second kind of entry after "or"; why an entry fails a condition; a value or a set of
/// values in words. On fresh <see cref="Wording"/> objects, as the phrases are kept per wording.
/// </summary>
public class WordingTests
{
    private static readonly Vocabulary Topics = new(1,
    [
        new WordSet(typeof(WordingTopic), WordSetKind.Choice,
        [
            new Word { Member = "Infants", Json = "infants", Display = "infants", Bits = 1, Value = WordingTopic.Infants, Phrase = "about infants" },
            new Word { Member = "Toddlers", Json = "toddlers", Display = "toddlers", Bits = 2, Value = WordingTopic.Toddlers },
            new Word { Member = "Parents", Json = "parents", Display = "parents", Bits = 4, Value = WordingTopic.Parents, Phrase = "with parents" },
            new Word { Member = "Young", Json = "young", Display = "young children", Bits = 3, Value = WordingTopic.Young, Phrase = "about young children" },
        ])
        { Evidence = Evidence.Training },
    ],
    [],
    []);

    private static Wording MiAimh() => new(MiAimhVocabulary.Instance);

    private static EntryFilter Filter(Evidence evidence, object[]? where = null, object? whereAny = null, object[]? orWhere = null, Type[]? matching = null, Vocabulary? vocabulary = null)
        => EntryFilter.Create(vocabulary ?? MiAimhVocabulary.Instance, null, evidence, where, whereAny, orWhere, matching);

    [Fact]
    public void Flags_without_a_phrase_read_before_the_noun_and_flags_with_one_after_it()
        => MiAimh().Entries(Filter(Evidence.Credentials, [CredentialType.PostGraduate, CredentialTag.OfficialTranscript]))
            .ShouldBe("master's or doctorate with an official transcript");

    [Fact]
    public void In_a_table_the_short_noun_or_the_noun_given_comes_first_and_the_words_after_it_in_parentheses()
    {
        var filter = Filter(Evidence.Credentials, [CredentialType.Master, CredentialTag.OfficialTranscript]);

        MiAimh().Entries(filter, brief: true).ShouldBe("master's (official transcript)");
        MiAimh().Entries(filter, brief: true, noun: "MSW").ShouldBe("MSW (official transcript)");
        MiAimh().Entries(Filter(Evidence.Training, [TrainingTag.Approved, TrainingTag.InfantMentalHealth]), brief: true).ShouldBe("approved training (infant mental health)");
        MiAimh().Entries(Filter(Evidence.Training, [TrainingTag.Approved]), brief: true).ShouldBe("approved training");
    }

    [Fact]
    public void A_second_kind_of_entry_reads_after_or_with_its_own_words_and_the_noun_given()
    {
        var filter = Filter(Evidence.Training, [TrainingTag.Approved], orWhere: [TrainingTag.InfantMentalHealth, TrainingTag.RelationshipBased]);

        MiAimh().Entries(filter).ShouldBe("approved training, or relationship-based training specialized in infant mental health");
        MiAimh().Entries(filter, noun: "course").ShouldBe("approved course, or relationship-based course specialized in infant mental health");
    }

    [Fact]
    public void The_words_of_a_filter_name_its_values_and_flags_without_the_noun()
    {
        MiAimh().Words(Filter(Evidence.Credentials, [CredentialType.PostGraduate, CredentialTag.ImhCoursework]))
            .ShouldBe("master's or doctorate with infant mental health coursework");
        MiAimh().Words(Filter(Evidence.Training, [TrainingTag.RelationshipBased], whereAny: TrainingTag.InfantMentalHealth | TrainingTag.Approved))
            .ShouldBe("relationship-based approved or specialized in infant mental health");
    }

    [Fact]
    public void Values_of_a_choice_read_as_one_value_a_list_or_all_but_one_and_nothing_when_all_are_asked()
    {
        var words = MiAimh();

        words.Entries(Filter(Evidence.Work, [WorkKind.ImhServices])).ShouldBe("infant mental health services work");
        words.Entries(Filter(Evidence.Work, [WorkKind.ImhServices | WorkKind.InfantFamily])).ShouldBe("infant and family or infant mental health services work");
        words.Entries(Filter(Evidence.Work, [WorkKind.InfantFamily | WorkKind.ImhServices | WorkKind.ImhInternship | WorkKind.PracticeLeader | WorkKind.PolicyLeader | WorkKind.ResearchFacultyLeader]))
            .ShouldBe("work of any kind except early childhood");
        words.Entries(Filter(Evidence.Work, [WorkKind.Professional | WorkKind.ImhInternship])).ShouldBe("work");
        words.Entries(Filter(Evidence.Work, [WorkKind.Professional, WorkTag.Paid])).ShouldBe("paid infant, early childhood and family-related work");
    }

    [Fact]
    public void The_levels_facet_reads_as_its_value_and_without_a_level_as_the_levels_value()
    {
        var level = new LevelDefinition("T", "Test level", MiAimhVocabulary.Instance, [], []) { Facets = [WorkKind.ImhServices] };

        new Wording(MiAimhVocabulary.Instance, level).Entries(EntryFilter.Create(MiAimhVocabulary.Instance, level, Evidence.Work, [WorkTag.Supervised], matching: [typeof(WorkKind)]))
            .ShouldBe("supervised infant mental health services work");
        MiAimh().Entries(Filter(Evidence.Work, [WorkTag.Supervised], matching: [typeof(WorkKind)]))
            .ShouldBe("supervised work in the level's kind");
        MiAimh().Entries(Filter(Evidence.Work, [WorkTag.Supervised], matching: [typeof(DayOfWeek)]))
            .ShouldBe("supervised work");
    }

    [Fact]
    public void A_named_set_reads_by_its_phrase_after_the_noun_and_by_its_name_in_a_table()
    {
        var words = new Wording(Topics);

        words.Entries(Filter(Evidence.Training, [WordingTopic.Young], vocabulary: Topics)).ShouldBe("training about young children");
        words.Entries(Filter(Evidence.Training, [WordingTopic.Young], vocabulary: Topics), brief: true).ShouldBe("training (young children)");
        words.Entries(Filter(Evidence.Training, whereAny: WordingTopic.Young, vocabulary: Topics)).ShouldBe("training about young children");
        words.Entries(Filter(Evidence.Training, whereAny: WordingTopic.Infants | WordingTopic.Parents, vocabulary: Topics)).ShouldBe("training about infants or with parents");
        words.Value(WordingTopic.Young).ShouldBe("about young children");
        words.Entries(Filter(Evidence.Training, [WordingTopic.Parents], vocabulary: Topics)).ShouldBe("training with parents");
        MiAimh().Value(TrainingTag.SpecializedImh).ShouldBe("specialized infant mental health");
        MiAimh().Entries(Filter(Evidence.Training, whereAny: TrainingTag.SpecializedImh)).ShouldBe("specialized infant mental health training");
    }

    [Fact]
    public void An_entry_is_refused_for_the_flags_it_lacks_its_own_value_of_a_choice_or_the_levels_facet()
    {
        var words = MiAimh();
        var flags = new WordCondition(typeof(TrainingTag), (ulong)(TrainingTag.Approved | TrainingTag.RelationshipBased), IsTags: true);
        var kind = new WordCondition(typeof(WorkKind), (ulong)WorkKind.ImhServices, IsTags: false);

        words.Refusal(flags, EntryWords.Of(TrainingTag.Approved)).ShouldBe("not relationship-based");
        words.Refusal(flags, EntryWords.Of(TrainingTag.InfantMentalHealth)).ShouldBe("not approved or relationship-based");
        // Asked of an entry that lacks none of them, the refusal names the whole condition.
        words.Refusal(flags, EntryWords.Of(TrainingTag.Approved | TrainingTag.RelationshipBased)).ShouldBe("not approved or relationship-based");
        var anyOf = new WordCondition(typeof(TrainingTag), (ulong)(TrainingTag.Approved | TrainingTag.RelationshipBased), IsTags: false);
        words.Refusal(anyOf, EntryWords.Of(TrainingTag.InfantMentalHealth)).ShouldBe("not approved or relationship-based");
        words.Refusal(kind, EntryWords.Of(WorkKind.EarlyChildhood)).ShouldBe("early childhood");
        words.Refusal(kind, default).ShouldBe("not infant mental health services");
        words.Refusal(new WordCondition(typeof(WorkKind), 0, IsTags: false, FromLevel: true), EntryWords.Of(WorkKind.EarlyChildhood)).ShouldBe("not in the level's kind");
        words.Refusal(new WordCondition(typeof(DayOfWeek), 1, IsTags: true), default).ShouldBe("not counted");
        new Wording(Topics).Refusal(new WordCondition(typeof(WordingTopic), 3, IsTags: false), default).ShouldBe("not about young children");
    }

    [Fact]
    public void Counts_and_nouns_come_from_the_catalogs_names()
    {
        MiAimh().Count(1, Evidence.Training).ShouldBe("1 training entry");
        MiAimh().Count(2, Evidence.Training).ShouldBe("2 training entries");
        MiAimh().Noun(Evidence.Training).ShouldBe("training");
    }

    [Fact]
    public void Entries_of_no_filter_are_refused()
        => Should.Throw<ArgumentNullException>(() => MiAimh().Entries(null!));
}
