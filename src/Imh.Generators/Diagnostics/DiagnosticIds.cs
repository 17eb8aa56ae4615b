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
    /// <summary>MinSpanYears without WithinYears.</summary>
    public const string MinSpanWithoutWindow = "IMH009";
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
    /// <summary>Hours, years, sessions or ratings that are not positive.</summary>
    public const string NotPositive = "IMH015";
    /// <summary>A window whose minimum span exceeds its maximum.</summary>
    public const string WindowInverted = "IMH016";
    /// <summary>A part (MinHours.PartOf) larger than its whole.</summary>
    public const string PartLargerThanWhole = "IMH017";
    /// <summary>MinHours.PartOf names no hours requirement.</summary>
    public const string UnknownPartOf = "IMH018";
    /// <summary>More numbered rating items than ratings.</summary>
    public const string MoreItemsThanRatings = "IMH019";
    /// <summary>A numbered rating item no rater can fill.</summary>
    public const string ItemAcceptsNoRater = "IMH020";
    /// <summary>A rating item number outside 1 to 32.</summary>
    public const string ItemNumberOutOfRange = "IMH021";
    /// <summary>A numbered rating item only open under an applicant condition.</summary>
    public const string ItemOnlyUnderCondition = "IMH022";
    /// <summary>[EndorsedRater] names a level the catalog does not declare.</summary>
    public const string UnknownEndorsedLevel = "IMH023";
    /// <summary>Rating attributes that contradict each other.</summary>
    public const string ConflictingRatings = "IMH024";
    /// <summary>Two levels or tracks with one id.</summary>
    public const string DuplicateLevelId = "IMH025";
    /// <summary>Two requirements with one key in a level or track.</summary>
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
    /// <summary>A condition no portfolio can meet.</summary>
    public const string NeverHolds = "IMH033";
    /// <summary>A requirement without a source quote.</summary>
    public const string MissingSource = "IMH034";
    /// <summary>A quote that does not occur in the registered source text.</summary>
    public const string QuoteNotInSource = "IMH035";
    /// <summary>The registered source text is not an AdditionalFiles item.</summary>
    public const string SourceTextNotFound = "IMH036";
    /// <summary>A higher level asks for fewer hours, years or sessions of a kind than a lower one.</summary>
    public const string FewerThanLowerLevel = "IMH037";
    /// <summary>A higher level accepts a less senior endorsed rater than a lower one.</summary>
    public const string LessSeniorRater = "IMH038";
}
