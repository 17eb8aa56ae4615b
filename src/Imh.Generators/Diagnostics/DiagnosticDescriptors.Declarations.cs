using Microsoft.CodeAnalysis;

namespace Imh.Generators.Diagnostics;

// The catalog's vocabulary and the periods declarations are in force.
internal static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor WordSetNotFlags = Error(DiagnosticIds.WordSetNotFlags, "Set of words without [Flags]",
        "'{0}' is marked [{1}] but not [Flags]; its words are bits that combine", Categories.Vocabulary,
        "Entries carry several words of a set at once and rules combine them (A | B): every enum marked [Tags], [Choice], [Numbers], [Documents] or [Assessments] is a [Flags] enum.");

    public static readonly DiagnosticDescriptor MemberWithoutWord = Error(DiagnosticIds.MemberWithoutWord, "Member of a set of words without [Word]",
        "'{0}.{1}' has no [Word]; {2}", Categories.Vocabulary,
        "Every single-bit member is a word people read in reports and documentation, and every combination names a set of words: each needs [Word(display, meaning)].");

    public static readonly DiagnosticDescriptor DuplicateJsonName = Error(DiagnosticIds.DuplicateJsonName, "JSON name used twice",
        "The JSON name '{0}' of {1} {2}", Categories.Vocabulary,
        "The words of one kind of entry (its tags, its choice properties, its numbers) and the fields the language gives it share one JSON object; the values of a choice share one property. Each name says one thing.");

    public static readonly DiagnosticDescriptor TwoTagSets = Error(DiagnosticIds.TwoTagSets, "Two tag sets for one kind of entry",
        "'{0}' and '{1}' both declare the tags of {2} entries; declare them in one enum", Categories.Vocabulary,
        "The tags of a kind of entry are one enum, so that rules filter with one set of flags.");

    public static readonly DiagnosticDescriptor ChoiceDefaultNotValue = Error(DiagnosticIds.ChoiceDefaultNotValue, "Choice default that is not a value of the choice",
        "Default = {0} is not {1} of '{2}'", Categories.Vocabulary,
        "The default of a choice is what an entry that gives no value has: a member of the enum (a combination of its values with Many).");

    public static readonly DiagnosticDescriptor PerNotChoice = Error(DiagnosticIds.PerNotChoice, "Per that is not a choice enum",
        "Per = typeof({0}) on '{1}' is not a choice enum ([Choice]) of the catalog", Categories.Vocabulary,
        "A number given per value (families served per age band) is keyed by the JSON names of a choice enum.");

    public static readonly DiagnosticDescriptor WordBitsOutOfRange = Error(DiagnosticIds.WordBitsOutOfRange, "Word outside the 64 bits of a set",
        "'{0}' {1}", Categories.Vocabulary,
        "Portfolios keep the words of a set as the bits of an unsigned 64-bit number: a negative member or a 65th word cannot be held.");

    public static readonly DiagnosticDescriptor JsonNameNotCamelCase = Error(DiagnosticIds.JsonNameNotCamelCase, "JSON name that is not a camelCase identifier",
        "The JSON name '{0}' of {1} is not a camelCase identifier", Categories.Vocabulary,
        "Portfolio properties and values are camelCase identifiers (a lower-case letter, then letters and digits).");

    public static readonly DiagnosticDescriptor NotADate = Error(DiagnosticIds.NotADate, "Not a date",
        "{0} = \"{1}\" is not a date that exists, written YYYY-MM-DD", Categories.Periods,
        "Periods (From, Until) and date arguments ([Date]) are days of the calendar written YYYY-MM-DD; anything else fails when the catalog is loaded.");

    public static readonly DiagnosticDescriptor PeriodInverted = Error(DiagnosticIds.PeriodInverted, "Period that ends before it starts",
        "Until = \"{0}\" is before From = \"{1}\"; '{2}' is never in force", Categories.Periods,
        "A period runs from its From to its Until, both included; an Until before the From leaves no day.");

    public static readonly DiagnosticDescriptor PeriodGap = Warning(DiagnosticIds.PeriodGap, "Days when no variant of a required key is in force",
        "No variant of the required {0} '{1}' of {2} is in force from {3} to {4}", Categories.Periods,
        "Variants of one key replace each other over time; a day between the first From and the last Until that none covers is a day the requirement silently disappears.");
}
