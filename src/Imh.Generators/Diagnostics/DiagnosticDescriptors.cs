using Microsoft.CodeAnalysis;

namespace Imh.Generators.Diagnostics;

/// <summary>
/// The diagnostics catalog: one descriptor per id, with a help page each. Errors are declarations
/// the generator cannot use or rules no portfolio can meet; warnings are declarations that work
/// but probably do not say what the author meant. Messages about a rule's arguments name the
/// attribute and the property, never a particular rule kind: the checks come from the rule kind.
/// </summary>
internal static partial class DiagnosticDescriptors
{
    private const string HelpLink = "https://github.com/imh/imh/blob/main/docs/diagnostics/";

    /// <summary>Categories, as named in <c>[SuppressMessage]</c>.</summary>
    public static class Categories
    {
        public const string Usage = "Imh.Usage";
        public const string Numbers = "Imh.Numbers";
        public const string Arguments = "Imh.Arguments";
        public const string Structure = "Imh.Structure";
        public const string Logic = "Imh.Logic";
        public const string Traceability = "Imh.Traceability";
        public const string Consistency = "Imh.Consistency";
        public const string Vocabulary = "Imh.Vocabulary";
        public const string Periods = "Imh.Periods";
    }

    private static DiagnosticDescriptor Error(string id, string title, string message, string category, string description)
        => new(id, title, message, category, DiagnosticSeverity.Error, isEnabledByDefault: true, description: description, helpLinkUri: HelpLink + id + ".md");

    private static DiagnosticDescriptor Warning(string id, string title, string message, string category, string description)
        => new(id, title, message, category, DiagnosticSeverity.Warning, isEnabledByDefault: true, description: description, helpLinkUri: HelpLink + id + ".md");

    // Declarations the generator cannot use

    public static readonly DiagnosticDescriptor TypeNotPartial = Error(DiagnosticIds.TypeNotPartial, "Level or track type must be partial",
        "'{0}' must be partial: the generator adds its Validate methods to it", Categories.Usage,
        "The generator extends every level and track type with Validate and ValidateRenewal; a type that is not partial cannot be extended.");

    public static readonly DiagnosticDescriptor NestedType = Error(DiagnosticIds.NestedType, "Level or track type must not be nested",
        "'{0}' is nested in '{1}'; declare it directly in a namespace", Categories.Usage,
        "Levels and tracks are top-level types: the generator places validators beside them in their namespace.");

    public static readonly DiagnosticDescriptor GenericType = Error(DiagnosticIds.GenericType, "Level or track type must not be generic",
        "'{0}' has type parameters; a level or track is one concrete declaration", Categories.Usage,
        "The generator skips generic types: a level is data, not a template.");

    public static readonly DiagnosticDescriptor LevelAndTrack = Error(DiagnosticIds.LevelAndTrack, "A type cannot be both a level and a track",
        "'{0}' has both [Level] and [Track]; a track derives from its level instead", Categories.Usage,
        "A track is a record deriving from a [Level] record; one type carrying both attributes would be generated twice.");

    public static readonly DiagnosticDescriptor WrongMemberType = Error(DiagnosticIds.WrongMemberType, "Requirement member must be a property of type Imh.Dsl.Requirement",
        "'{0}' has [{1}] but is {2}; requirement members are properties of type Imh.Dsl.Requirement", Categories.Usage,
        "A requirement member only marks a requirement; its type is always Imh.Dsl.Requirement.");

    public static readonly DiagnosticDescriptor RequirementAndContinuing = Error(DiagnosticIds.RequirementAndContinuing, "A member cannot be both a requirement and a continuing rule",
        "'{0}' has both [Requirement] and [Continuing]; the generator reads only the first", Categories.Usage,
        "Initial requirements and renewal rules are evaluated at different times; declare each on its own member.");

    public static readonly DiagnosticDescriptor RuleWithoutRequirement = Error(DiagnosticIds.RuleWithoutRequirement, "Rule attribute without [Requirement] or [Continuing]",
        "[{0}] on '{1}' is ignored: the member has no [Requirement] or [Continuing]", Categories.Usage,
        "Rules, parts, conditions and quotes belong to a requirement; on a member without one (that no [SameAs] names) the generator never reads them.");

    public static readonly DiagnosticDescriptor AttributeOnWrongTarget = Error(DiagnosticIds.AttributeOnWrongTarget, "Attribute on a declaration the generator does not read",
        "[{0}] on '{1}' is ignored: {2}", Categories.Usage,
        "The generator reads requirements of [Level] and [Track] types (and of the types between a track and its level), and track obligations of [Track] types only.");

    public static readonly DiagnosticDescriptor NeedsOther = Error(DiagnosticIds.NeedsOther, "Value given without the property it needs",
        "[{0}] {1} has no effect without {2}; give {2} too", Categories.Usage,
        "A rule kind marks a property [Needs(other)] when its value only means something with the other property given (a window's minimum span needs the window).");

    public static readonly DiagnosticDescriptor EmptyIdOrKey = Error(DiagnosticIds.EmptyIdOrKey, "Id or key is empty",
        "The {0} is empty; the generator skips '{1}'", Categories.Usage,
        "Level ids, track ids and requirement keys identify declarations in reports and portfolios; an empty one makes the generator skip the declaration.");

    public static readonly DiagnosticDescriptor InvalidCatalog = Error(DiagnosticIds.InvalidCatalog, "Invalid catalog registration",
        "The catalog {0} '{1}' is not valid C#: {2}", Categories.Usage,
        "The catalog name becomes a class name and the namespace a namespace; invalid ones are skipped by the generator.");

    public static readonly DiagnosticDescriptor InvalidSameAs = Error(DiagnosticIds.InvalidSameAs, "[SameAs] does not name a usable requirement",
        "[SameAs] on '{0}' {1}", Categories.Usage,
        "[SameAs] takes the rules of a property; it must name an existing property that does not lead back to itself, within the depth the generator follows.");

    public static readonly DiagnosticDescriptor RequirementWithoutMarker = Warning(DiagnosticIds.RequirementWithoutMarker, "Requirement member without [Requirement] or [Continuing]",
        "'{0}' has type Requirement but no [Requirement] or [Continuing]; the generator ignores it", Categories.Usage,
        "A property of type Requirement in a level looks like a requirement whose marker was forgotten.");

    public static readonly DiagnosticDescriptor RulesOnNotRequired = Warning(DiagnosticIds.RulesOnNotRequired, "Rules on a requirement that is not required",
        "'{0}' is not required, so its rules are never checked; remove them or change the obligation", Categories.Usage,
        "Obligation.NotRequired documents that nothing is checked; rules declared with it are dropped.");

    public static readonly DiagnosticDescriptor NoRule = Error(DiagnosticIds.NoRule, "Requirement without a rule",
        "'{0}' is {1} but has no rule, so every portfolio would meet it; add its rules, [SameAs] a requirement that has them, or declare it Obligation.NotRequired (or Optional, when nothing is checked)", Categories.Usage,
        "A requirement checks something: with no rule (after [SameAs]) it would be met by every portfolio, silently. Only a requirement declared not required, or optional with nothing to check, has no rule: it is documented and never reported.");

    public static readonly DiagnosticDescriptor NotConstructible = Error(DiagnosticIds.NotConstructible, "Attribute the generated code cannot construct",
        "The generated code cannot construct [{0}]: {1}; '{2}' is not generated", Categories.Usage,
        "The generator writes every rule, part and condition as a constructor call with the arguments as written, in the catalog's namespace: the attribute class and its constructor must be public or internal, every named argument a property with a public setter, and every argument free of errors.");

    public static readonly DiagnosticDescriptor PartWithoutRule = Error(DiagnosticIds.PartWithoutRule, "Rule part without its rule",
        "[{0}] belongs to a [{1}]{2} on the same requirement, and '{3}' has {4}", Categories.Usage,
        "A part (RulePartAttribute<TRule>) is attached to the rule of its kind with the same alternative label; with none it is dropped, with two it is ambiguous.");

    public static readonly DiagnosticDescriptor NoCatalog = Error(DiagnosticIds.NoCatalog, "Level or track in an assembly without a catalog",
        "'{0}' is a {1}, but the assembly has no [assembly: Catalog(...)]; nothing is generated for it", Categories.Usage,
        "Validators and reports are generated for the catalog of the assembly; without [assembly: Catalog] the generator writes nothing.");

    // Arguments of rules, parts and conditions, checked from the rule kind's own Checks attributes

    public static readonly DiagnosticDescriptor NotPositive = Error(DiagnosticIds.NotPositive, "Value must be positive",
        "[{0}] {1} is {2}; it must be {3}", Categories.Numbers,
        "A rule kind marks a property [Positive] when it must be greater than 0 (a number) or not empty (a list or a string): an amount of 0 or nothing listed asks for nothing.");

    public static readonly DiagnosticDescriptor AboveOther = Error(DiagnosticIds.AboveOther, "Value exceeds the property it must not exceed",
        "[{0}] {1} = {2} exceeds {3} = {4}{5}; no portfolio can meet both", Categories.Numbers,
        "A rule kind marks a property [NotAbove(other)] when, both given, it must not exceed the other (a window's minimum span and its maximum).");

    public static readonly DiagnosticDescriptor PartLargerThanRule = Error(DiagnosticIds.PartLargerThanRule, "Part larger than its rule",
        "[{0}] {1} = {2}{3} exceeds [{4}] {5} = {6}", Categories.Numbers,
        "A part kind marks a property [WithinRule(ruleProperty)] when its value (or the sum over the rule's parts) cannot exceed the rule's.");

    public static readonly DiagnosticDescriptor MoreNumbersThanRule = Error(DiagnosticIds.MoreNumbersThanRule, "More numbers than the rule allows",
        "[{0}] numbers run up to {1}, more than [{2}] {3} = {4}", Categories.Arguments,
        "Numbered parts ([Numbered(ruleProperty)]) run from 1 to at most the rule's value; each number is filled separately, so there cannot be more of them.");

    public static readonly DiagnosticDescriptor NumberMissing = Error(DiagnosticIds.NumberMissing, "Number missing from a numbered rule",
        "No [{0}] gives number {1}; the numbers must run from 1 to {2} without a gap", Categories.Arguments,
        "Numbered parts are matched number by number: a number no part gives can never be filled.");

    public static readonly DiagnosticDescriptor OutOfRange = Error(DiagnosticIds.OutOfRange, "Value out of range",
        "[{0}] {1} = {2} is outside {3} to {4}", Categories.Arguments,
        "A rule kind marks a property [Range(min, max)] with the values it can evaluate; every element of a list is checked.");

    public static readonly DiagnosticDescriptor NumberOnlyUnderCondition = Warning(DiagnosticIds.NumberOnlyUnderCondition, "Number only open under a condition",
        "Number {0} can only be filled when {1}; no other applicant can meet '{2}'", Categories.Arguments,
        "When every part giving a number has a When, applicants without the condition can never fill it; add a part without When or put the condition on the requirement.");

    public static readonly DiagnosticDescriptor UnknownLevelId = Error(DiagnosticIds.UnknownLevelId, "Unknown level id",
        "[{0}] {1}: '{2}' is not a level or track id of the catalog; it declares {3}", Categories.Arguments,
        "A rule kind marks a property [LevelIds] when it names levels; an id (or alias) no [Level] or [Track] declares can never match.");

    public static readonly DiagnosticDescriptor Excluded = Error(DiagnosticIds.Excluded, "Arguments or parts that exclude each other",
        "[{0}] {1} cannot be used with {2}", Categories.Arguments,
        "A rule kind says which properties exclude each other ([Excludes]) and which part kinds cannot share a rule ([NotWith]); given together they contradict each other.");

    // Levels, tracks and keys

    public static readonly DiagnosticDescriptor DuplicateLevelId = Error(DiagnosticIds.DuplicateLevelId, "Duplicate level id or alias",
        "'{0}' is also {1} of '{2}'; the catalog is not generated", Categories.Structure,
        "Level ids, track ids (level-track) and aliases find levels in the catalog and match endorsements; they are unique, compared without case.");

    public static readonly DiagnosticDescriptor DuplicateKey = Error(DiagnosticIds.DuplicateKey, "Duplicate requirement key",
        "Key '{0}' is already used by '{1}'{2}, in force at the same time and without a condition telling them apart; the generator keeps only the first", Categories.Structure,
        "Two members may share a key when their periods do not overlap or a condition tells them apart; a track member replaces its level's only with Overrides = true.");

    public static readonly DiagnosticDescriptor TrackWithoutLevel = Error(DiagnosticIds.TrackWithoutLevel, "Track without a level",
        "Track '{0}' does not derive from a type marked [Level]; it is not generated", Categories.Structure,
        "A track takes its level's id, rank and requirements from the [Level] record it derives from.");

    public static readonly DiagnosticDescriptor TrackLacksSiblingKey = Warning(DiagnosticIds.TrackLacksSiblingKey, "Track lacks a requirement every other track has",
        "Track '{0}' has no {1} '{2}', which every other track of level {3} declares", Categories.Structure,
        "Tracks of one level usually differ in how they meet a requirement, not in whether they have it; a missing one is often forgotten.");

    public static readonly DiagnosticDescriptor NeverEvaluated = Warning(DiagnosticIds.NeverEvaluated, "Level or track is never evaluated",
        "'{0}' is never evaluated: {1}", Categories.Structure,
        "An abstract level is evaluated through its tracks, and tracks are concrete; otherwise no validator is generated.");

    public static readonly DiagnosticDescriptor SharedRank = Warning(DiagnosticIds.SharedRank, "Levels share a rank",
        "Level {0} has rank {1}, like level {2}; ranks order the catalog and compare levels", Categories.Structure,
        "Rank is the seniority of a level; two levels with one rank cannot be ordered or compared.");

    public static readonly DiagnosticDescriptor UnknownTrackObligation = Error(DiagnosticIds.UnknownTrackObligation, "Track obligation for a requirement the track does not have",
        "Track '{0}' has no requirement '{1}' whose obligation could change", Categories.Structure,
        "[TrackObligation] changes the obligation of a requirement the track inherits; a key it does not have is ignored.");

    public static readonly DiagnosticDescriptor FacetNotChoice = Error(DiagnosticIds.FacetNotChoice, "Facet that is not a choice value",
        "Facet {0} of '{1}' is not a value of a choice enum ([Choice]) of the catalog", Categories.Structure,
        "Facets characterize a level with values of the catalog's choice enums, which rules compare entries with (Matching).");

    public static readonly DiagnosticDescriptor MixedRanks = Warning(DiagnosticIds.MixedRanks, "Some levels ranked and others not",
        "Level {0} has no Rank, but level {1} has one; rank every level or none (the catalog is treated as unordered and levels are not compared)", Categories.Structure,
        "A catalog is a ladder only when every level has a rank; a partly ranked catalog is unordered, so cross-level checks do not run.");

    public static readonly DiagnosticDescriptor UnknownWaivedKey = Error(DiagnosticIds.UnknownWaivedKey, "Provisional outcome waives a key the level does not have",
        "[Provisional] waives '{0}', which '{1}' does not declare as a requirement", Categories.Structure,
        "Waives names the keys of initial requirements that a provisional outcome lets the applicant still miss; a key the level does not have waives nothing.");

    public static readonly DiagnosticDescriptor OverridesNothing = Warning(DiagnosticIds.OverridesNothing, "Overrides on a member that replaces nothing",
        "'{0}' says Overrides = true, but {1} has no '{2}' in force at the same time for it to replace", Categories.Structure,
        "Overrides = true says a track member replaces its level's member with the same key; without one it replaces nothing, and the key may be misspelt.");

    // Alternatives and conditions

    public static readonly DiagnosticDescriptor SingleAlternative = Warning(DiagnosticIds.SingleAlternative, "Any-of with a single alternative",
        "'{0}' has only the alternative \"{1}\", so its rules are simply required; add the other alternatives or remove the label", Categories.Logic,
        "Alternative labels form an any-of; with one label the requirement reads as a choice but offers none.");

    public static readonly DiagnosticDescriptor NeverHolds = Error(DiagnosticIds.NeverHolds, "Condition that can never hold",
        "[{0}] {1}: {2}; no portfolio can meet this rule of '{3}'", Categories.Logic,
        "Words ([Words]) must be words the counted entries can carry, and renewal-only arguments ([RenewalOnly]) belong to continuing rules; otherwise the rule can never be met.");

    public static readonly DiagnosticDescriptor UnknownReviewAlternative = Error(DiagnosticIds.UnknownReviewAlternative, "Review of an alternative no rule uses",
        "[Review] names the alternative \"{0}\", which no rule of '{1}' uses", Categories.Logic,
        "A review applies when its alternative is the one met; an alternative label no rule carries is never met, so the review never applies.");

    // Traceability

    public static readonly DiagnosticDescriptor MissingSource = Warning(DiagnosticIds.MissingSource, "Requirement without a source quote",
        "'{0}' quotes no published text; add [Source(\"...\")] with the sentence it encodes", Categories.Traceability,
        "Every requirement quotes the sentence of the published text it encodes, so that a reviewer can check one against the other.");

    public static readonly DiagnosticDescriptor QuoteNotInSource = Warning(DiagnosticIds.QuoteNotInSource, "Quote not found in the source text",
        "The [{0}] quote does not occur in '{1}' (compared without whitespace, hyphens and footnote markers)", Categories.Traceability,
        "Quotes ([Source], [Note], [Review]) are copied from the published text registered with [assembly: Catalog(SourceText = ...)]; a quote that is not in it was edited or mistyped.");

    public static readonly DiagnosticDescriptor SourceTextNotFound = Warning(DiagnosticIds.SourceTextNotFound, "Source text is not an AdditionalFiles item",
        "The catalog's source text '{0}' is not among the AdditionalFiles; quotes cannot be checked", Categories.Traceability,
        "The analyzers read the registered source text from an AdditionalFiles item with that file name.");

    // Consistency across a ranked catalog

    public static readonly DiagnosticDescriptor LessThanLowerLevel = Warning(DiagnosticIds.LessThanLowerLevel, "More senior level asks for less than a less senior one",
        "Level {0} asks for {1} {2} ([{3}] {4}) for '{5}', less than the {6} of less senior level {7}", Categories.Consistency,
        "In a ranked catalog a more senior level usually asks for at least the amount ([Amount]) a less senior one asks of the same rule kind for the same requirement; when the published text really says otherwise, suppress with a justification quoting it.");

    public static readonly DiagnosticDescriptor LessSeniorLevelId = Warning(DiagnosticIds.LessSeniorLevelId, "Higher level accepts a less senior level id",
        "Level {0} accepts '{1}' ([{2}] {3}) for '{4}', but less senior level {5} asks for '{6}' or above", Categories.Consistency,
        "In a ranked catalog a more senior level usually accepts ids ([LevelIds(Seniority = true)]) at least as senior as a less senior level does; when the published text really says otherwise, suppress with a justification quoting it.");
}
