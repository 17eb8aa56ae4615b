using Microsoft.CodeAnalysis;

namespace Imh.Generators.Diagnostics;

/// <summary>
/// The diagnostics catalog: one descriptor per id, with a help page each. Errors are declarations
/// the generator cannot use or rules no portfolio can meet; warnings are declarations that work
/// but probably do not say what the author meant.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string HelpLink = "https://github.com/imh/imh/blob/main/docs/diagnostics/";

    /// <summary>Categories, as named in <c>[SuppressMessage]</c>.</summary>
    public static class Categories
    {
        public const string Usage = "Imh.Usage";
        public const string Numbers = "Imh.Numbers";
        public const string References = "Imh.References";
        public const string Structure = "Imh.Structure";
        public const string Logic = "Imh.Logic";
        public const string Traceability = "Imh.Traceability";
        public const string Consistency = "Imh.Consistency";
    }

    // Declarations the generator cannot use

    public static readonly DiagnosticDescriptor TypeNotPartial = new(
        DiagnosticIds.TypeNotPartial, "Level or track type must be partial",
        "'{0}' must be partial: the generator adds its Validate methods to it",
        Categories.Usage, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "The generator extends every level and track type with Validate and ValidateRenewal; a type that is not partial cannot be extended.",
        helpLinkUri: HelpLink + DiagnosticIds.TypeNotPartial + ".md");

    public static readonly DiagnosticDescriptor NestedType = new(
        DiagnosticIds.NestedType, "Level or track type must not be nested",
        "'{0}' is nested in '{1}'; declare it directly in a namespace",
        Categories.Usage, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "Levels and tracks are top-level types: the generator places validators beside them in their namespace.",
        helpLinkUri: HelpLink + DiagnosticIds.NestedType + ".md");

    public static readonly DiagnosticDescriptor GenericType = new(
        DiagnosticIds.GenericType, "Level or track type must not be generic",
        "'{0}' has type parameters; a level or track is one concrete declaration",
        Categories.Usage, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "The generator skips generic types: a level is data, not a template.",
        helpLinkUri: HelpLink + DiagnosticIds.GenericType + ".md");

    public static readonly DiagnosticDescriptor LevelAndTrack = new(
        DiagnosticIds.LevelAndTrack, "A type cannot be both a level and a track",
        "'{0}' has both [Level] and [Track]; a track derives from its level instead",
        Categories.Usage, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "A track is a record deriving from a [Level] record; one type carrying both attributes would be generated twice.",
        helpLinkUri: HelpLink + DiagnosticIds.LevelAndTrack + ".md");

    public static readonly DiagnosticDescriptor WrongMemberType = new(
        DiagnosticIds.WrongMemberType, "Requirement member must be a property of type Imh.Dsl.Requirement",
        "'{0}' has [{1}] but is {2}; requirement members are properties of type Imh.Dsl.Requirement",
        Categories.Usage, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "A requirement member only marks a requirement; its type is always Imh.Dsl.Requirement.",
        helpLinkUri: HelpLink + DiagnosticIds.WrongMemberType + ".md");

    public static readonly DiagnosticDescriptor RequirementAndContinuing = new(
        DiagnosticIds.RequirementAndContinuing, "A member cannot be both a requirement and a continuing rule",
        "'{0}' has both [Requirement] and [Continuing]; the generator reads only the first",
        Categories.Usage, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "Initial requirements and renewal rules are evaluated at different times; declare each on its own member.",
        helpLinkUri: HelpLink + DiagnosticIds.RequirementAndContinuing + ".md");

    public static readonly DiagnosticDescriptor RuleWithoutRequirement = new(
        DiagnosticIds.RuleWithoutRequirement, "Rule attribute without [Requirement] or [Continuing]",
        "[{0}] on '{1}' is ignored: the member has no [Requirement] or [Continuing]",
        Categories.Usage, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "Rules, quotes and conditions belong to a requirement; on a member without one the generator never reads them.",
        helpLinkUri: HelpLink + DiagnosticIds.RuleWithoutRequirement + ".md");

    public static readonly DiagnosticDescriptor AttributeOnWrongTarget = new(
        DiagnosticIds.AttributeOnWrongTarget, "Attribute on a declaration the generator does not read",
        "[{0}] on '{1}' is ignored: {2}",
        Categories.Usage, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "The generator reads requirements of [Level] and [Track] types (and of the types between a track and its level), and track obligations of [Track] types only.",
        helpLinkUri: HelpLink + DiagnosticIds.AttributeOnWrongTarget + ".md");

    public static readonly DiagnosticDescriptor MinSpanWithoutWindow = new(
        DiagnosticIds.MinSpanWithoutWindow, "Minimum window span without a maximum",
        "MinSpanYears = {0} has no effect without WithinYears; give the window's maximum too",
        Categories.Usage, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "A minimum span is a property of a window; without WithinYears the hours are counted without any window.",
        helpLinkUri: HelpLink + DiagnosticIds.MinSpanWithoutWindow + ".md");

    public static readonly DiagnosticDescriptor EmptyIdOrKey = new(
        DiagnosticIds.EmptyIdOrKey, "Id or key is empty",
        "The {0} is empty; the generator skips '{1}'",
        Categories.Usage, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "Level ids, track ids and requirement keys identify declarations in reports and portfolios; an empty one makes the generator skip the declaration.",
        helpLinkUri: HelpLink + DiagnosticIds.EmptyIdOrKey + ".md");

    public static readonly DiagnosticDescriptor InvalidCatalog = new(
        DiagnosticIds.InvalidCatalog, "Invalid catalog registration",
        "The catalog {0} '{1}' is not valid C#: {2}",
        Categories.Usage, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "The catalog name becomes a class name and the namespace a namespace; invalid ones are skipped by the generator.",
        helpLinkUri: HelpLink + DiagnosticIds.InvalidCatalog + ".md");

    public static readonly DiagnosticDescriptor InvalidSameAs = new(
        DiagnosticIds.InvalidSameAs, "[SameAs] does not name a usable requirement",
        "[SameAs] on '{0}' {1}",
        Categories.Usage, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "[SameAs] copies the rules of a property; it must name an existing property that does not lead back to itself.",
        helpLinkUri: HelpLink + DiagnosticIds.InvalidSameAs + ".md");

    public static readonly DiagnosticDescriptor RequirementWithoutMarker = new(
        DiagnosticIds.RequirementWithoutMarker, "Requirement member without [Requirement] or [Continuing]",
        "'{0}' has type Requirement but no [Requirement] or [Continuing]; the generator ignores it",
        Categories.Usage, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A property of type Requirement in a level looks like a requirement whose marker was forgotten.",
        helpLinkUri: HelpLink + DiagnosticIds.RequirementWithoutMarker + ".md");

    public static readonly DiagnosticDescriptor RulesOnNotRequired = new(
        DiagnosticIds.RulesOnNotRequired, "Rules on a requirement that is not required",
        "'{0}' is not required, so its rules are never checked; remove them or change the obligation",
        Categories.Usage, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Obligation.NotRequired documents that nothing is checked; rules declared with it are dropped.",
        helpLinkUri: HelpLink + DiagnosticIds.RulesOnNotRequired + ".md");

    // Impossible numbers

    public static readonly DiagnosticDescriptor NotPositive = new(
        DiagnosticIds.NotPositive, "Number must be positive",
        "{0} is {1}; it must be {2}",
        Categories.Numbers, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "Hours, years, sessions and ratings asked for are positive; window lengths are positive or 0 for none.",
        helpLinkUri: HelpLink + DiagnosticIds.NotPositive + ".md");

    public static readonly DiagnosticDescriptor WindowInverted = new(
        DiagnosticIds.WindowInverted, "Window minimum span exceeds its maximum",
        "MinSpanYears = {0} exceeds WithinYears = {1}; no sessions can span at least the minimum and still fit in the window",
        Categories.Numbers, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "Sessions must span at least MinSpanYears and fit in less than WithinYears; a larger minimum than maximum cannot be met.",
        helpLinkUri: HelpLink + DiagnosticIds.WindowInverted + ".md");

    public static readonly DiagnosticDescriptor PartLargerThanWhole = new(
        DiagnosticIds.PartLargerThanWhole, "Part larger than its whole",
        "{0} hours are declared as part of '{1}', which asks for {2} hours",
        Categories.Numbers, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "\"At least 3 of the 15 hours\": the part cannot be larger than the whole it is part of.",
        helpLinkUri: HelpLink + DiagnosticIds.PartLargerThanWhole + ".md");

    public static readonly DiagnosticDescriptor UnknownPartOf = new(
        DiagnosticIds.UnknownPartOf, "PartOf does not name an hours requirement",
        "PartOf = \"{0}\": {1}",
        Categories.Numbers, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "PartOf names the key of a requirement of the same level whose hours of the same evidence these are part of.",
        helpLinkUri: HelpLink + DiagnosticIds.UnknownPartOf + ".md");

    // Reference rules no set of ratings can satisfy

    public static readonly DiagnosticDescriptor MoreItemsThanRatings = new(
        DiagnosticIds.MoreItemsThanRatings, "More numbered items than ratings",
        "{0} numbered items ({1}) but {2} ratings; each item needs a rating from a different rater",
        Categories.References, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "Every numbered item is filled by its own rater, so there cannot be more items than ratings.",
        helpLinkUri: HelpLink + DiagnosticIds.MoreItemsThanRatings + ".md");

    public static readonly DiagnosticDescriptor ItemAcceptsNoRater = new(
        DiagnosticIds.ItemAcceptsNoRater, "Numbered rating item accepts no rater",
        "Item {0} {1}",
        Categories.References, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "Items run from 1 to the number of ratings; each needs at least one [RatingItem] option naming a role that exists.",
        helpLinkUri: HelpLink + DiagnosticIds.ItemAcceptsNoRater + ".md");

    public static readonly DiagnosticDescriptor ItemNumberOutOfRange = new(
        DiagnosticIds.ItemNumberOutOfRange, "Rating item number out of range",
        "[RatingItem] {0}; item numbers run from 1 to 32",
        Categories.References, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "Rating items are numbered from 1, as in the published text; the matching supports at most 32 items.",
        helpLinkUri: HelpLink + DiagnosticIds.ItemNumberOutOfRange + ".md");

    public static readonly DiagnosticDescriptor ItemOnlyUnderCondition = new(
        DiagnosticIds.ItemOnlyUnderCondition, "Numbered item only reachable under a condition",
        "Item {0} can only be filled when {1}; no other applicant can meet '{2}'",
        Categories.References, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "When every option of an item is conditional, applicants without the condition can never fill it; add an unconditional option or put the condition on the requirement with [When].",
        helpLinkUri: HelpLink + DiagnosticIds.ItemOnlyUnderCondition + ".md");

    public static readonly DiagnosticDescriptor UnknownEndorsedLevel = new(
        DiagnosticIds.UnknownEndorsedLevel, "Endorsed rater at a level the catalog does not declare",
        "{0}; the catalog declares {1}",
        Categories.References, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "A rater's endorsement is compared with the level ids of the catalog; an id no [Level] or [Track] declares can never match.",
        helpLinkUri: HelpLink + DiagnosticIds.UnknownEndorsedLevel + ".md");

    public static readonly DiagnosticDescriptor ConflictingRatings = new(
        DiagnosticIds.ConflictingRatings, "Conflicting rating attributes",
        "{0} on '{1}' {2}",
        Categories.References, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "The rating attributes of one requirement form one rule: counted ratings ([Ratings] with roles and [AtLeastOneRating]) or numbered items ([RatingItem]), one alternative label, and always a [Ratings].",
        helpLinkUri: HelpLink + DiagnosticIds.ConflictingRatings + ".md");

    // Levels, tracks and keys

    public static readonly DiagnosticDescriptor DuplicateLevelId = new(
        DiagnosticIds.DuplicateLevelId, "Duplicate level id",
        "Id '{0}' is also declared by '{1}'; the catalog is not generated",
        Categories.Structure, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "Level ids (and track ids, level-track) find levels in the catalog and match rater endorsements; they are unique, compared without case.",
        helpLinkUri: HelpLink + DiagnosticIds.DuplicateLevelId + ".md");

    public static readonly DiagnosticDescriptor DuplicateKey = new(
        DiagnosticIds.DuplicateKey, "Duplicate requirement key",
        "Key '{0}' is already used by '{1}'{2}; the generator keeps only the first",
        Categories.Structure, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "Requirement keys are unique within a level or track, inherited requirements included (continuing rules have their own keys).",
        helpLinkUri: HelpLink + DiagnosticIds.DuplicateKey + ".md");

    public static readonly DiagnosticDescriptor TrackWithoutLevel = new(
        DiagnosticIds.TrackWithoutLevel, "Track without a level",
        "Track '{0}' does not derive from a type marked [Level]; it is not generated",
        Categories.Structure, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "A track takes its level's id, rank and requirements from the [Level] record it derives from.",
        helpLinkUri: HelpLink + DiagnosticIds.TrackWithoutLevel + ".md");

    public static readonly DiagnosticDescriptor TrackLacksSiblingKey = new(
        DiagnosticIds.TrackLacksSiblingKey, "Track lacks a requirement every other track has",
        "Track '{0}' has no {1} '{2}', which every other track of level {3} declares",
        Categories.Structure, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Tracks of one level usually differ in how they meet a requirement, not in whether they have it; a missing one is often forgotten.",
        helpLinkUri: HelpLink + DiagnosticIds.TrackLacksSiblingKey + ".md");

    public static readonly DiagnosticDescriptor NeverEvaluated = new(
        DiagnosticIds.NeverEvaluated, "Level or track is never evaluated",
        "'{0}' is never evaluated: {1}",
        Categories.Structure, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "An abstract level is evaluated through its tracks, and tracks are concrete; otherwise no validator is generated.",
        helpLinkUri: HelpLink + DiagnosticIds.NeverEvaluated + ".md");

    public static readonly DiagnosticDescriptor SharedRank = new(
        DiagnosticIds.SharedRank, "Levels share a rank",
        "Level {0} has rank {1}, like level {2}; ranks order the catalog and compare levels",
        Categories.Structure, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Rank is the seniority of a level; two levels with one rank cannot be ordered or compared.",
        helpLinkUri: HelpLink + DiagnosticIds.SharedRank + ".md");

    public static readonly DiagnosticDescriptor UnknownTrackObligation = new(
        DiagnosticIds.UnknownTrackObligation, "Track obligation for a requirement the track does not have",
        "Track '{0}' has no requirement '{1}' whose obligation could change",
        Categories.Structure, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "[TrackObligation] changes the obligation of a requirement the track inherits; a key it does not have is ignored.",
        helpLinkUri: HelpLink + DiagnosticIds.UnknownTrackObligation + ".md");

    // Alternatives and conditions

    public static readonly DiagnosticDescriptor SingleAlternative = new(
        DiagnosticIds.SingleAlternative, "Any-of with a single alternative",
        "'{0}' has only the alternative \"{1}\", so its rules are simply required; add the other alternatives or remove the label",
        Categories.Logic, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Alternative labels form an any-of; with one label the requirement reads as a choice but offers none.",
        helpLinkUri: HelpLink + DiagnosticIds.SingleAlternative + ".md");

    public static readonly DiagnosticDescriptor NeverHolds = new(
        DiagnosticIds.NeverHolds, "Condition that can never hold",
        "{0}; no portfolio can meet this rule of '{1}'",
        Categories.Logic, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "A filter that no entry can carry, or roles that exclude each other, make a rule impossible to meet.",
        helpLinkUri: HelpLink + DiagnosticIds.NeverHolds + ".md");

    // Traceability

    public static readonly DiagnosticDescriptor MissingSource = new(
        DiagnosticIds.MissingSource, "Requirement without a source quote",
        "'{0}' quotes no published text; add [Source(\"...\")] with the sentence it encodes",
        Categories.Traceability, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Every requirement quotes the sentence of the published text it encodes, so that a reviewer can check one against the other.",
        helpLinkUri: HelpLink + DiagnosticIds.MissingSource + ".md");

    public static readonly DiagnosticDescriptor QuoteNotInSource = new(
        DiagnosticIds.QuoteNotInSource, "Quote not found in the source text",
        "The quote does not occur in '{0}' (compared with all whitespace removed)",
        Categories.Traceability, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Quotes are copied from the published text registered with [assembly: Catalog(SourceText = ...)]; a quote that is not in it was edited or mistyped.",
        helpLinkUri: HelpLink + DiagnosticIds.QuoteNotInSource + ".md");

    public static readonly DiagnosticDescriptor SourceTextNotFound = new(
        DiagnosticIds.SourceTextNotFound, "Source text is not an AdditionalFiles item",
        "The catalog's source text '{0}' is not among the AdditionalFiles; quotes cannot be checked",
        Categories.Traceability, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "The analyzers read the registered source text from an AdditionalFiles item with that file name.",
        helpLinkUri: HelpLink + DiagnosticIds.SourceTextNotFound + ".md");

    // Consistency across levels

    public static readonly DiagnosticDescriptor FewerThanLowerLevel = new(
        DiagnosticIds.FewerThanLowerLevel, "Higher level asks for less than a lower one",
        "Level {0} asks for {1} for '{2}', less than the {3} of lower level {4}",
        Categories.Consistency, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A more senior level usually asks for at least the hours, years and sessions of a less senior one; when the published text really says otherwise, suppress with a justification quoting it.",
        helpLinkUri: HelpLink + DiagnosticIds.FewerThanLowerLevel + ".md");

    public static readonly DiagnosticDescriptor LessSeniorRater = new(
        DiagnosticIds.LessSeniorRater, "Higher level accepts a less senior endorsed rater",
        "Level {0} accepts a rater endorsed at {1} for '{2}', but lower level {3} asks for {4} or above",
        Categories.Consistency, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A more senior level usually asks for an endorsed rater at least as senior as a less senior level does; when the published text really says otherwise, suppress with a justification quoting it.",
        helpLinkUri: HelpLink + DiagnosticIds.LessSeniorRater + ".md");
}
