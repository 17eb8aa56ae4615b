using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Imh.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Imh.Generators.Parsing;

/// <summary>
/// Turns level and track declarations (symbols) into equatable models at once. Bad declarations
/// never throw: what cannot be read is left out, and the analyzers say why.
/// </summary>
internal static class DeclarationParser
{
    private const int MaxSameAsDepth = 4;

    /// <summary>A concrete <c>[Level]</c> record; null for an abstract level (its tracks are evaluated) or an unusable declaration.</summary>
    public static LevelModel? ParseLevel(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type || type.IsAbstract || type.IsGenericType) return null;
        var level = ReadLevelAttribute(context.Attributes.FirstOrDefault());
        if (level is null) return null;
        cancellationToken.ThrowIfCancellationRequested();
        var (requirements, continuing) = ReadMembers(new[] { type }, new Dictionary<string, string>(), cancellationToken);
        return new LevelModel(TargetOf(type), level.Value.Id, level.Value.Name, level.Value.Rank, null, null, requirements, continuing);
    }

    /// <summary>A <c>[Track]</c> record deriving from a <c>[Level]</c> record; null when it has no level.</summary>
    public static LevelModel? ParseTrack(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type || type.IsAbstract || type.IsGenericType) return null;
        // A type marked both [Level] and [Track] is emitted once, as a level; IMH004 reports it.
        if (type.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == KnownNames.LevelAttribute)) return null;
        var track = context.Attributes.FirstOrDefault();
        if (track is null || track.ConstructorArguments.Length != 2) return null;
        if (track.ConstructorArguments[0].Value is not string trackId || track.ConstructorArguments[1].Value is not string trackName) return null;
        if (string.IsNullOrWhiteSpace(trackId)) return null;

        // The chain from the level down to the track, so inherited requirements come first.
        var chain = new List<INamedTypeSymbol>();
        (string Id, string Name, int Rank)? level = null;
        for (var t = type; t is not null && t.SpecialType != SpecialType.System_Object; t = t.BaseType)
        {
            chain.Insert(0, t);
            var levelAttribute = t.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == KnownNames.LevelAttribute);
            if (levelAttribute is not null)
            {
                level = ReadLevelAttribute(levelAttribute);
                break;
            }
        }
        if (level is null) return null;

        var overrides = new Dictionary<string, string>();
        foreach (var a in type.GetAttributes())
        {
            if (a.AttributeClass?.ToDisplayString() != KnownNames.TrackObligationAttribute || a.ConstructorArguments.Length != 2) continue;
            if (a.ConstructorArguments[0].Value is string key && Literals.EnumMemberName(a.ConstructorArguments[1]) is { } obligation) overrides[key] = obligation;
        }
        cancellationToken.ThrowIfCancellationRequested();
        var (requirements, continuing) = ReadMembers(chain, overrides, cancellationToken);
        var id = level.Value.Id + "-" + trackId;
        return new LevelModel(TargetOf(type), id, trackName, level.Value.Rank, level.Value.Id, trackId, requirements, continuing);
    }

    /// <summary>The assembly's <c>[Catalog]</c>, if any.</summary>
    public static CatalogModel? ParseCatalog(IAssemblySymbol assembly)
    {
        foreach (var a in assembly.GetAttributes())
        {
            if (a.AttributeClass?.ToDisplayString() != KnownNames.CatalogAttribute) continue;
            if (a.ConstructorArguments.Length != 1 || a.ConstructorArguments[0].Value is not string name || !SyntaxFacts.IsValidIdentifier(name)) return null;
            string? ns = null, source = null, title = null;
            foreach (var named in a.NamedArguments)
            {
                if (named.Key == "Namespace") ns = named.Value.Value as string;
                if (named.Key == "SourceText") source = named.Value.Value as string;
                if (named.Key == "Title") title = named.Value.Value as string;
            }
            // Keywords are valid identifier characters but not namespace names (IMH011 reports both).
            if (ns is not null && !ns.Split('.').All(part => SyntaxFacts.IsValidIdentifier(part) && SyntaxFacts.GetKeywordKind(part) == SyntaxKind.None)) ns = null;
            return new CatalogModel(name, ns, source, title);
        }
        return null;
    }

    private static (string Id, string Name, int Rank)? ReadLevelAttribute(AttributeData? attribute)
    {
        if (attribute is null || attribute.ConstructorArguments.Length != 2) return null;
        if (attribute.ConstructorArguments[0].Value is not string id || attribute.ConstructorArguments[1].Value is not string name) return null;
        if (string.IsNullOrWhiteSpace(id)) return null;
        int rank = 0;
        foreach (var named in attribute.NamedArguments)
        {
            if (named.Key == "Rank" && named.Value.Value is int r) rank = r;
        }
        return (id, name, rank);
    }

    private static (EquatableArray<RequirementModel>, EquatableArray<RequirementModel>) ReadMembers(
        IReadOnlyList<INamedTypeSymbol> chain, Dictionary<string, string> overrides, CancellationToken cancellationToken)
    {
        var requirements = new List<RequirementModel>();
        var continuing = new List<RequirementModel>();
        var seen = new HashSet<string>();
        foreach (var type in chain)
        {
            foreach (var property in type.GetMembers().OfType<IPropertySymbol>())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var requirement = ReadRequirement(property, overrides, out bool isContinuing);
                if (requirement is null || !seen.Add((isContinuing ? "c:" : "r:") + requirement.Key)) continue;
                (isContinuing ? continuing : requirements).Add(requirement);
            }
        }
        return (new EquatableArray<RequirementModel>(requirements), new EquatableArray<RequirementModel>(continuing));
    }

    private static RequirementModel? ReadRequirement(IPropertySymbol property, Dictionary<string, string> overrides, out bool isContinuing)
    {
        isContinuing = false;
        AttributeData? marker = null;
        foreach (var a in property.GetAttributes())
        {
            var name = a.AttributeClass?.ToDisplayString();
            if (name == KnownNames.RequirementAttribute) { marker = a; isContinuing = false; break; }
            if (name == KnownNames.ContinuingAttribute) { marker = a; isContinuing = true; break; }
        }
        if (marker is null || marker.ConstructorArguments.Length != 2) return null;
        if (marker.ConstructorArguments[0].Value is not string key || marker.ConstructorArguments[1].Value is not string title) return null;
        if (string.IsNullOrWhiteSpace(key)) return null;

        string obligation = "Required";
        string obligationExpression = "global::Imh.Dsl.Obligation.Required";
        foreach (var named in marker.NamedArguments)
        {
            if (named.Key == "Obligation" && Literals.EnumMemberName(named.Value) is { } o)
            {
                obligation = o;
                obligationExpression = Literals.Render(named.Value) ?? obligationExpression;
            }
        }
        if (overrides.TryGetValue(key, out var overridden))
        {
            obligation = overridden;
            obligationExpression = "global::Imh.Dsl.Obligation." + overridden;
        }

        string when = "global::Imh.Dsl.ApplicantCondition.None";
        var sources = new List<string>();
        foreach (var a in property.GetAttributes())
        {
            var name = a.AttributeClass?.ToDisplayString();
            if (name == KnownNames.SourceAttribute && a.ConstructorArguments.Length == 1 && a.ConstructorArguments[0].Value is string quote) sources.Add(quote);
            if (name == KnownNames.WhenAttribute && a.ConstructorArguments.Length == 1 && Literals.Render(a.ConstructorArguments[0]) is { } condition) when = condition;
        }

        var rules = ReadRules(property, 0);
        return new RequirementModel(property.Name, key, title, obligationExpression, obligation == "Required", obligation == "NotRequired",
            when, new EquatableArray<string>(sources), new EquatableArray<RuleModel>(rules));
    }

    private static List<RuleModel> ReadRules(IPropertySymbol property, int depth)
    {
        var rules = new List<RuleModel>();
        var attributes = property.GetAttributes();
        foreach (var a in attributes)
        {
            if (a.AttributeClass?.ToDisplayString() != KnownNames.SameAsAttribute || depth >= MaxSameAsDepth) continue;
            if (a.ConstructorArguments.Length != 2 || a.ConstructorArguments[0].Value is not INamedTypeSymbol other || a.ConstructorArguments[1].Value is not string member) continue;
            if (other.GetMembers(member).OfType<IPropertySymbol>().FirstOrDefault() is { } referenced && !SymbolEqualityComparer.Default.Equals(referenced, property))
            {
                rules.AddRange(ReadRules(referenced, depth + 1));
            }
        }

        var ratingParts = new List<AttributeData>();
        foreach (var a in attributes)
        {
            var name = a.AttributeClass?.ToDisplayString();
            if (name is null || !InheritsRuleAttribute(a.AttributeClass!)) continue;
            if (KnownNames.IsRatingPart(name))
            {
                ratingParts.Add(a);
                continue;
            }
            if (KnownNames.RuleTypeOf(name) is { } ruleType && ReadSimpleRule(a, ruleType) is { } rule) rules.Add(rule);
        }
        if (ratingParts.Count > 0 && RatingsParser.Read(ratingParts) is { } ratings) rules.Add(ratings);
        return rules;
    }

    private static bool InheritsRuleAttribute(INamedTypeSymbol type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.ToDisplayString() == KnownNames.RuleAttribute) return true;
        }
        return false;
    }

    /// <summary>Constructor parameters and named arguments become init properties of the same PascalCase name.</summary>
    private static RuleModel? ReadSimpleRule(AttributeData attribute, string ruleType)
    {
        var constructor = attribute.AttributeConstructor;
        if (constructor is null || constructor.Parameters.Length != attribute.ConstructorArguments.Length) return null;
        var initializers = new List<Initializer>();
        for (int i = 0; i < constructor.Parameters.Length; i++)
        {
            var parameter = constructor.Parameters[i];
            var value = Literals.Render(attribute.ConstructorArguments[i], asDecimal: IsHours(parameter.Name));
            if (value is null) return null;
            initializers.Add(new Initializer(Literals.Pascal(parameter.Name), value));
        }
        foreach (var named in attribute.NamedArguments.OrderBy(n => n.Key, System.StringComparer.Ordinal))
        {
            var value = Literals.Render(named.Value, asDecimal: IsHours(named.Key));
            if (value is null) return null;
            initializers.Add(new Initializer(named.Key, value));
        }
        return new RuleModel(KnownNames.Evaluation + ruleType, new EquatableArray<Initializer>(initializers));
    }

    // Clock hours are decimals at run time; attributes cannot take decimals, so doubles are converted.
    private static bool IsHours(string name) => name == "hours" || name == "Hours";

    private static TypeTarget TargetOf(INamedTypeSymbol type)
    {
        string keyword = type.IsRecord
            ? (type.TypeKind == TypeKind.Struct ? "record struct" : "record")
            : (type.TypeKind == TypeKind.Struct ? "struct" : "class");
        string accessibility = type.DeclaredAccessibility == Accessibility.Public ? "public" : "internal";
        bool isPartial = type.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is TypeDeclarationSyntax t && t.Modifiers.Any(m => m.IsKind(SyntaxKind.PartialKeyword)));
        var ns = type.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() : null;
        return new TypeTarget(ns, type.Name, keyword, accessibility, isPartial, type.ContainingType is not null);
    }
}
