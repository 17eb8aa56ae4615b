using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Imh.Generators.Parsing;

/// <summary>The attributes of the language, by what they declare.</summary>
internal enum LanguageAttribute
{
    None,
    Catalog,
    Level,
    Track,
    TrackObligation,
    Requirement,
    Continuing,
    Source,
    When,
    SameAs,
    // Rule attributes (deriving from RuleAttribute) from here on.
    MinHours,
    MinSessions,
    Experience,
    Credential,
    ImhCoursework,
    Signed,
    ExamPassed,
    PortfolioReviewPassed,
    Membership,
    Ratings,
    AtLeastOneRating,
    RatingItem,
    EndorsedRater,
    /// <summary>A rule attribute the analyzers do not know by name.</summary>
    OtherRule,
}

/// <summary>
/// The language's attribute types resolved once per compilation, so that analyzers compare
/// symbols instead of names. Null when the compilation does not reference Imh.Dsl.
/// </summary>
internal sealed class LanguageSymbols
{
    private static readonly (string MetadataName, LanguageAttribute Kind)[] Names =
    [
        (KnownNames.CatalogAttribute, LanguageAttribute.Catalog),
        (KnownNames.LevelAttribute, LanguageAttribute.Level),
        (KnownNames.TrackAttribute, LanguageAttribute.Track),
        (KnownNames.TrackObligationAttribute, LanguageAttribute.TrackObligation),
        (KnownNames.RequirementAttribute, LanguageAttribute.Requirement),
        (KnownNames.ContinuingAttribute, LanguageAttribute.Continuing),
        (KnownNames.SourceAttribute, LanguageAttribute.Source),
        (KnownNames.WhenAttribute, LanguageAttribute.When),
        (KnownNames.SameAsAttribute, LanguageAttribute.SameAs),
        ("Imh.Dsl.MinHoursAttribute", LanguageAttribute.MinHours),
        ("Imh.Dsl.MinSessionsAttribute", LanguageAttribute.MinSessions),
        ("Imh.Dsl.ExperienceAttribute", LanguageAttribute.Experience),
        ("Imh.Dsl.CredentialAttribute", LanguageAttribute.Credential),
        ("Imh.Dsl.ImhCourseworkAttribute", LanguageAttribute.ImhCoursework),
        ("Imh.Dsl.SignedAttribute", LanguageAttribute.Signed),
        ("Imh.Dsl.ExamPassedAttribute", LanguageAttribute.ExamPassed),
        ("Imh.Dsl.PortfolioReviewPassedAttribute", LanguageAttribute.PortfolioReviewPassed),
        ("Imh.Dsl.MembershipAttribute", LanguageAttribute.Membership),
        (KnownNames.RatingsAttribute, LanguageAttribute.Ratings),
        (KnownNames.AtLeastOneRatingAttribute, LanguageAttribute.AtLeastOneRating),
        (KnownNames.RatingItemAttribute, LanguageAttribute.RatingItem),
        (KnownNames.EndorsedRaterAttribute, LanguageAttribute.EndorsedRater),
    ];

    private readonly Dictionary<INamedTypeSymbol, LanguageAttribute> _kinds;

    private LanguageSymbols(Dictionary<INamedTypeSymbol, LanguageAttribute> kinds, INamedTypeSymbol ruleAttribute, INamedTypeSymbol requirementType)
    {
        _kinds = kinds;
        RuleAttribute = ruleAttribute;
        RequirementType = requirementType;
    }

    /// <summary>Imh.Dsl.RuleAttribute.</summary>
    public INamedTypeSymbol RuleAttribute { get; }

    /// <summary>Imh.Dsl.Requirement, the type of requirement members.</summary>
    public INamedTypeSymbol RequirementType { get; }

    public static LanguageSymbols? From(Compilation compilation)
    {
        var rule = compilation.GetTypeByMetadataName(KnownNames.RuleAttribute);
        var requirement = compilation.GetTypeByMetadataName(KnownNames.RequirementType);
        if (rule is null || requirement is null) return null;
        var kinds = new Dictionary<INamedTypeSymbol, LanguageAttribute>(SymbolEqualityComparer.Default);
        foreach (var (name, kind) in Names)
        {
            if (compilation.GetTypeByMetadataName(name) is { } type) kinds[type] = kind;
        }
        return kinds.Count == 0 ? null : new LanguageSymbols(kinds, rule, requirement);
    }

    /// <summary>What the attribute declares; <see cref="LanguageAttribute.None"/> for any other attribute.</summary>
    public LanguageAttribute KindOf(AttributeData attribute)
    {
        if (attribute.AttributeClass is not { } type) return LanguageAttribute.None;
        if (_kinds.TryGetValue(type, out var kind)) return kind;
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(t, RuleAttribute)) return LanguageAttribute.OtherRule;
        }
        return LanguageAttribute.None;
    }

    /// <summary>A rule attribute (one deriving from RuleAttribute).</summary>
    public static bool IsRule(LanguageAttribute kind) => kind >= LanguageAttribute.MinHours;

    /// <summary>One of the attributes that together form a requirement's ratings rule.</summary>
    public static bool IsRatingPart(LanguageAttribute kind)
        => kind is LanguageAttribute.Ratings or LanguageAttribute.AtLeastOneRating or LanguageAttribute.RatingItem or LanguageAttribute.EndorsedRater;

    /// <summary>Attributes that belong to a requirement member: rules, quotes, conditions and [SameAs].</summary>
    public static bool BelongsToRequirement(LanguageAttribute kind)
        => IsRule(kind) || kind is LanguageAttribute.Source or LanguageAttribute.When or LanguageAttribute.SameAs;

    /// <summary>The attribute's name as written in C#, without the Attribute suffix.</summary>
    public static string ShortName(AttributeData attribute)
    {
        var name = attribute.AttributeClass?.Name ?? "?";
        return name.EndsWith("Attribute", System.StringComparison.Ordinal) ? name.Substring(0, name.Length - "Attribute".Length) : name;
    }
}
