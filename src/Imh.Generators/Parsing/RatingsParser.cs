using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Imh.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Imh.Generators.Parsing;

/// <summary>Folds the rating attributes of one requirement ([Ratings], [AtLeastOneRating], [RatingItem], [EndorsedRater]) into one RatingsRule.</summary>
internal static class RatingsParser
{
    public static RuleModel? Read(List<AttributeData> parts)
    {
        string? count = null, roles = null, alternative = null;
        var atLeastOne = new List<string>();
        var items = new List<string>();
        string? endorsed = null;
        foreach (var a in parts)
        {
            var named = a.NamedArguments.ToDictionary(n => n.Key, n => n.Value);
            if (named.TryGetValue("Alternative", out var alt) && alt.Value is string label) alternative ??= label;
            switch (a.AttributeClass!.ToDisplayString())
            {
                case KnownNames.RatingsAttribute:
                    if (a.ConstructorArguments.Length != 1) return null;
                    count = Literals.Render(a.ConstructorArguments[0]);
                    roles = Named(named, "Roles");
                    break;
                case KnownNames.AtLeastOneRatingAttribute:
                    atLeastOne.Add($"new {KnownNames.Evaluation}RatingCondition({Arguments(named, "Roles", "Current", "ProvidesReflectiveSupervision")})");
                    break;
                case KnownNames.RatingItemAttribute:
                    if (a.ConstructorArguments.Length != 1 || a.ConstructorArguments[0].Kind != TypedConstantKind.Array) return null;
                    foreach (var item in a.ConstructorArguments[0].Values)
                    {
                        if (item.Value is not int number) return null;
                        var rest = Arguments(named, "Roles", "Current", "ProvidesReflectiveSupervision", "FamiliarWithImh", "When");
                        items.Add($"new {KnownNames.Evaluation}RatingItemOption({number.ToString(CultureInfo.InvariantCulture)}{(rest.Length == 0 ? "" : ", " + rest)})");
                    }
                    break;
                case KnownNames.EndorsedRaterAttribute:
                    if (a.ConstructorArguments.Length != 1) return null;
                    endorsed = Literals.Render(a.ConstructorArguments[0]);
                    break;
            }
        }
        var initializers = new List<Initializer>();
        if (count is not null) initializers.Add(new Initializer("Count", count));
        if (roles is not null) initializers.Add(new Initializer("Roles", roles));
        if (atLeastOne.Count > 0) initializers.Add(new Initializer("AtLeastOne", "") { Elements = new EquatableArray<string>(atLeastOne) });
        if (items.Count > 0) initializers.Add(new Initializer("Items", "") { Elements = new EquatableArray<string>(items) });
        if (endorsed is not null) initializers.Add(new Initializer("EndorsedLevels", endorsed));
        if (alternative is not null) initializers.Add(new Initializer("Alternative", Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(alternative, quote: true)));
        return new RuleModel(KnownNames.Evaluation + "RatingsRule", new EquatableArray<Initializer>(initializers));
    }

    /// <summary>Named arguments (<c>Current: true</c>) for the attribute's named values that were given, in a fixed order.</summary>
    private static string Arguments(Dictionary<string, TypedConstant> named, params string[] names)
    {
        var parts = new List<string>();
        foreach (var name in names)
        {
            if (Named(named, name) is { } value) parts.Add(name + ": " + value);
        }
        return string.Join(", ", parts);
    }

    private static string? Named(Dictionary<string, TypedConstant> named, string name)
        => named.TryGetValue(name, out var value) ? Literals.Render(value) : null;
}
