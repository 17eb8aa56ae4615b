namespace Imh.Generators.Diagnostics;

/// <summary>
/// The stable ids of the Imh analyzers. An id never changes meaning and is never reused; each has
/// a help page, <c>docs/diagnostics/IMHnnn.md</c>. Public so that code fixes and suppressions can
/// name them.
/// </summary>
public static class DiagnosticIds
{
    /// <summary>A level or track type is not partial.</summary>
    public const string TypeNotPartial = "IMH001";
    /// <summary>A level or track type is nested in another type.</summary>
    public const string NestedType = "IMH002";
    /// <summary>A level or track type is generic.</summary>
    public const string GenericType = "IMH003";
    /// <summary>One type has both [Level] and [Track].</summary>
    public const string LevelAndTrack = "IMH004";
    /// <summary>A requirement member is not a property of type Imh.Dsl.Requirement.</summary>
    public const string WrongMemberType = "IMH005";
    /// <summary>One member has both [Requirement] and [Continuing].</summary>
    public const string RequirementAndContinuing = "IMH006";
    /// <summary>A rule, source or condition attribute on a member without [Requirement] or [Continuing].</summary>
    public const string RuleWithoutRequirement = "IMH007";
    /// <summary>A language attribute on a declaration the generator does not read.</summary>
    public const string AttributeOnWrongTarget = "IMH008";
    /// <summary>A value given without the property it needs ([Needs]).</summary>
    public const string NeedsOther = "IMH009";
    /// <summary>An empty level id, track id or requirement key.</summary>
    public const string EmptyIdOrKey = "IMH010";
    /// <summary>The catalog name or namespace is not valid C#.</summary>
    public const string InvalidCatalog = "IMH011";
    /// <summary>[SameAs] names no property, itself, or a cycle.</summary>
    public const string InvalidSameAs = "IMH012";
    /// <summary>A property of type Requirement in a level without [Requirement] or [Continuing].</summary>
    public const string RequirementWithoutMarker = "IMH013";
    /// <summary>Rules on a requirement declared not required.</summary>
    public const string RulesOnNotRequired = "IMH014";
    /// <summary>A value that must be positive ([Positive]) is not.</summary>
    public const string NotPositive = "IMH015";
    /// <summary>A value exceeds the property it must not exceed ([NotAbove]); the code fix swaps the two.</summary>
    public const string AboveOther = "IMH016";
    /// <summary>A part's value exceeds its rule's ([WithinRule]).</summary>
    public const string PartLargerThanRule = "IMH017";
    /// <summary>Retired: MinHours.PartOf named no hours requirement. PartOf is gone; the id is never reused.</summary>
    public const string RetiredUnknownPartOf = "IMH018";
    /// <summary>Numbered parts run past the rule's value ([Numbered]).</summary>
    public const string MoreNumbersThanRule = "IMH019";
    /// <summary>A number missing between 1 and the highest number ([Numbered]).</summary>
    public const string NumberMissing = "IMH020";
    /// <summary>A value outside its range ([Range]).</summary>
    public const string OutOfRange = "IMH021";
    /// <summary>A number only open under an applicant condition ([Numbered]).</summary>
    public const string NumberOnlyUnderCondition = "IMH022";
    /// <summary>A level id the catalog does not declare ([LevelIds]).</summary>
    public const string UnknownLevelId = "IMH023";
    /// <summary>Arguments or parts that exclude each other ([Excludes], [NotWith]).</summary>
    public const string Excluded = "IMH024";
    /// <summary>Two levels or tracks with one id or alias.</summary>
    public const string DuplicateLevelId = "IMH025";
    /// <summary>Two requirements with one key in force together in a level or track.</summary>
    public const string DuplicateKey = "IMH026";
    /// <summary>A track that does not derive from a level.</summary>
    public const string TrackWithoutLevel = "IMH027";
    /// <summary>A track lacking a requirement every other track of its level has.</summary>
    public const string TrackLacksSiblingKey = "IMH028";
    /// <summary>An abstract level without tracks, or an abstract track.</summary>
    public const string NeverEvaluated = "IMH029";
    /// <summary>Two levels with one rank.</summary>
    public const string SharedRank = "IMH030";
    /// <summary>[TrackObligation] for a key the track does not have.</summary>
    public const string UnknownTrackObligation = "IMH031";
    /// <summary>An any-of with a single alternative.</summary>
    public const string SingleAlternative = "IMH032";
    /// <summary>A word no counted entry carries, or a renewal-only argument on an initial requirement ([Words], [RenewalOnly]).</summary>
    public const string NeverHolds = "IMH033";
    /// <summary>A requirement without a source quote.</summary>
    public const string MissingSource = "IMH034";
    /// <summary>A quote that does not occur in the registered source text.</summary>
    public const string QuoteNotInSource = "IMH035";
    /// <summary>The registered source text is not an AdditionalFiles item.</summary>
    public const string SourceTextNotFound = "IMH036";
    /// <summary>A more senior level asks for less of a rule kind's amount than a less senior one ([Amount]).</summary>
    public const string LessThanLowerLevel = "IMH037";
    /// <summary>A more senior level accepts a less senior level id than a less senior one ([LevelIds(Seniority = true)]).</summary>
    public const string LessSeniorLevelId = "IMH038";
    /// <summary>A requirement that is required, recommended or optional has no rule.</summary>
    public const string NoRule = "IMH039";
    /// <summary>A rule, part or condition the generated code cannot construct.</summary>
    public const string NotConstructible = "IMH040";
    /// <summary>A rule part with no rule of its kind and label on the requirement, or with two.</summary>
    public const string PartWithoutRule = "IMH041";
    /// <summary>An enum that declares words without [Flags].</summary>
    public const string WordSetNotFlags = "IMH042";
    /// <summary>An enum member of a set of words without [Word].</summary>
    public const string MemberWithoutWord = "IMH043";
    /// <summary>Two JSON names that collide in one kind of entry, or with a field of the language.</summary>
    public const string DuplicateJsonName = "IMH044";
    /// <summary>Two [Tags] enums for one kind of entry.</summary>
    public const string TwoTagSets = "IMH045";
    /// <summary>A [Choice] Default that is not a value of the enum.</summary>
    public const string ChoiceDefaultNotValue = "IMH046";
    /// <summary>A [Word] Per that is not a choice enum.</summary>
    public const string PerNotChoice = "IMH047";
    /// <summary>A word outside the 64 bits of a set (negative, or more than 64 words).</summary>
    public const string WordBitsOutOfRange = "IMH048";
    /// <summary>A JSON name that is not a camelCase identifier.</summary>
    public const string JsonNameNotCamelCase = "IMH049";
    /// <summary>A level or track in an assembly without [Catalog].</summary>
    public const string NoCatalog = "IMH050";
    /// <summary>A level facet that is not a value of a choice enum.</summary>
    public const string FacetNotChoice = "IMH051";
    /// <summary>Some levels ranked and others not.</summary>
    public const string MixedRanks = "IMH052";
    /// <summary>A date that does not exist or is not written YYYY-MM-DD.</summary>
    public const string NotADate = "IMH053";
    /// <summary>A period whose Until is before its From.</summary>
    public const string PeriodInverted = "IMH054";
    /// <summary>Days between the first and the last variant of a required key when none is in force.</summary>
    public const string PeriodGap = "IMH055";
    /// <summary>Overrides = true on a member that replaces nothing.</summary>
    public const string OverridesNothing = "IMH056";
    /// <summary>[Provisional] waives a key the level does not have.</summary>
    public const string UnknownWaivedKey = "IMH057";
    /// <summary>[Review] names an alternative no rule uses.</summary>
    public const string UnknownReviewAlternative = "IMH058";
}
