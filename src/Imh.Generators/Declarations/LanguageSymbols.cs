using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Imh.Generators.Declarations;

/// <summary>What an attribute is to the language.</summary>
internal enum LanguageAttribute
{
    None,
    Catalog,
    EvidenceList,
    Level,
    Track,
    TrackObligation,
    Provisional,
    Requirement,
    Continuing,
    Source,
    Note,
    Review,
    SameAs,
    Tags,
    Choice,
    Numbers,
    Documents,
    Assessments,
    Word,

    // Attributes the generator constructs as written: every class deriving from the language's bases.
    Rule,
    RulePart,
    Condition,
}

/// <summary>
/// The language's types, resolved once per compilation and compared as symbols. The generator and
/// every analyzer go through it; null when the compilation does not reference Imh.Dsl.
/// </summary>
internal sealed class LanguageSymbols
{
    public const string Namespace = "Imh.Dsl";

    private static readonly ConditionalWeakTable<Compilation, StrongBox<LanguageSymbols?>> Cache = new();

    private static readonly (string Name, LanguageAttribute Kind)[] Attributes =
    [
        ("CatalogAttribute", LanguageAttribute.Catalog),
        ("EvidenceListAttribute", LanguageAttribute.EvidenceList),
        ("LevelAttribute", LanguageAttribute.Level),
        ("TrackAttribute", LanguageAttribute.Track),
        ("TrackObligationAttribute", LanguageAttribute.TrackObligation),
        ("ProvisionalAttribute", LanguageAttribute.Provisional),
        ("RequirementAttribute", LanguageAttribute.Requirement),
        ("ContinuingAttribute", LanguageAttribute.Continuing),
        ("SourceAttribute", LanguageAttribute.Source),
        ("NoteAttribute", LanguageAttribute.Note),
        ("ReviewAttribute", LanguageAttribute.Review),
        ("SameAsAttribute", LanguageAttribute.SameAs),
        ("TagsAttribute", LanguageAttribute.Tags),
        ("ChoiceAttribute", LanguageAttribute.Choice),
        ("NumbersAttribute", LanguageAttribute.Numbers),
        ("DocumentsAttribute", LanguageAttribute.Documents),
        ("AssessmentsAttribute", LanguageAttribute.Assessments),
        ("WordAttribute", LanguageAttribute.Word),
    ];

    private readonly Dictionary<INamedTypeSymbol, LanguageAttribute> _kinds;
    private readonly Dictionary<INamedTypeSymbol, LanguageAttribute> _derived = new(SymbolEqualityComparer.Default);

    private LanguageSymbols(Compilation compilation, Dictionary<INamedTypeSymbol, LanguageAttribute> kinds, INamedTypeSymbol rule, INamedTypeSymbol part, INamedTypeSymbol condition, INamedTypeSymbol requirement)
    {
        Compilation = compilation;
        _kinds = kinds;
        RuleAttribute = rule;
        RulePartAttribute = part;
        ConditionAttribute = condition;
        RequirementType = requirement;
    }

    public Compilation Compilation { get; }

    /// <summary>Imh.Dsl.RuleAttribute, the base of rule kinds.</summary>
    public INamedTypeSymbol RuleAttribute { get; }

    /// <summary>Imh.Dsl.RulePartAttribute, the base of rule parts.</summary>
    public INamedTypeSymbol RulePartAttribute { get; }

    /// <summary>Imh.Dsl.ConditionAttribute, the base of conditions.</summary>
    public INamedTypeSymbol ConditionAttribute { get; }

    /// <summary>Imh.Dsl.Requirement, the type of requirement members.</summary>
    public INamedTypeSymbol RequirementType { get; }

    /// <summary>The language of a compilation (cached), or null when it does not reference Imh.Dsl.</summary>
    public static LanguageSymbols? For(Compilation compilation)
        => Cache.GetValue(compilation, static c => new StrongBox<LanguageSymbols?>(Resolve(c))).Value;

    private static LanguageSymbols? Resolve(Compilation compilation)
    {
        var rule = compilation.GetTypeByMetadataName(Namespace + ".RuleAttribute");
        var part = compilation.GetTypeByMetadataName(Namespace + ".RulePartAttribute");
        var condition = compilation.GetTypeByMetadataName(Namespace + ".ConditionAttribute");
        var requirement = compilation.GetTypeByMetadataName(Namespace + ".Requirement");
        if (rule is null || part is null || condition is null || requirement is null) return null;
        var kinds = new Dictionary<INamedTypeSymbol, LanguageAttribute>(SymbolEqualityComparer.Default);
        foreach (var (name, kind) in Attributes)
        {
            if (compilation.GetTypeByMetadataName(Namespace + "." + name) is { } type) kinds[type] = kind;
        }
        return new LanguageSymbols(compilation, kinds, rule, part, condition, requirement);
    }

    /// <summary>What the attribute is to the language; <see cref="LanguageAttribute.None"/> for any other attribute.</summary>
    public LanguageAttribute KindOf(AttributeData attribute) => attribute.AttributeClass is { } type ? KindOf(type) : LanguageAttribute.None;

    /// <summary>What an attribute class is to the language.</summary>
    public LanguageAttribute KindOf(INamedTypeSymbol type)
    {
        if (_kinds.TryGetValue(type, out var kind)) return kind;
        lock (_derived)
        {
            if (_derived.TryGetValue(type, out kind)) return kind;
            kind = LanguageAttribute.None;
            for (var t = type.BaseType; t is not null; t = t.BaseType)
            {
                var definition = t.OriginalDefinition;
                if (SymbolEqualityComparer.Default.Equals(definition, RuleAttribute)) { kind = LanguageAttribute.Rule; break; }
                if (SymbolEqualityComparer.Default.Equals(definition, RulePartAttribute)) { kind = LanguageAttribute.RulePart; break; }
                if (SymbolEqualityComparer.Default.Equals(definition, ConditionAttribute)) { kind = LanguageAttribute.Condition; break; }
            }
            _derived[type] = kind;
            return kind;
        }
    }

    /// <summary>An attribute the generator constructs as written (a rule, a rule part or a condition).</summary>
    public static bool IsConstructed(LanguageAttribute kind) => kind is LanguageAttribute.Rule or LanguageAttribute.RulePart or LanguageAttribute.Condition;

    /// <summary>Marks a catalog enum as a set of words.</summary>
    public static bool IsWordSet(LanguageAttribute kind)
        => kind is LanguageAttribute.Tags or LanguageAttribute.Choice or LanguageAttribute.Numbers or LanguageAttribute.Documents or LanguageAttribute.Assessments;

    /// <summary>Attributes that belong on a requirement member.</summary>
    public static bool BelongsToRequirement(LanguageAttribute kind)
        => IsConstructed(kind) || kind is LanguageAttribute.Source or LanguageAttribute.Note or LanguageAttribute.Review or LanguageAttribute.SameAs;

    /// <summary>The attribute's name as written in C#, without the Attribute suffix.</summary>
    public static string ShortName(AttributeData attribute)
    {
        var name = attribute.AttributeClass?.Name ?? "?";
        return name.EndsWith("Attribute", System.StringComparison.Ordinal) ? name.Substring(0, name.Length - "Attribute".Length) : name;
    }
}
