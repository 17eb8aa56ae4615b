using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Imh.Generators.Declarations;
using Microsoft.CodeAnalysis;

namespace Imh.Generators.Analyzers;

/// <summary>Reading and showing argument values, for the checks and their messages.</summary>
internal static class AnalyzerSupport
{
    /// <summary>A string argument given as null, empty or only whitespace.</summary>
    public static bool IsBlank(TypedConstant? constant)
        => constant is { Kind: TypedConstantKind.Primitive } c && (c.Value is null || (c.Value is string s && string.IsNullOrWhiteSpace(s)));

    /// <summary>The value counts as given: not null, false, 0, an empty string or an empty list.</summary>
    public static bool IsGiven(TypedConstant value) => value.Kind switch
    {
        TypedConstantKind.Error => false,
        TypedConstantKind.Array => !value.IsNull && value.Values.Length > 0,
        TypedConstantKind.Type => value.Value is not null,
        _ => value.Value switch
        {
            null => false,
            bool b => b,
            string s => s.Length > 0,
            _ => AttributeArguments.Number(value) is not { } n || n != 0,
        },
    };

    /// <summary>The value, or every element of a list.</summary>
    public static IEnumerable<TypedConstant> Elements(TypedConstant value)
        => value.Kind == TypedConstantKind.Array ? (value.IsNull ? [] : value.Values) : [value];

    /// <summary>A value as an author reads it in a message: <c>2</c>, <c>"A"</c>, <c>CourseTag.Approved</c>, <c>typeof(AgeBand)</c>.</summary>
    public static string Display(TypedConstant value)
    {
        switch (value.Kind)
        {
            case TypedConstantKind.Array:
                return value.IsNull ? "null" : "[" + string.Join(", ", value.Values.Select(Display)) + "]";
            case TypedConstantKind.Type:
                return value.Value is ITypeSymbol t ? $"typeof({t.Name})" : "null";
            case TypedConstantKind.Enum:
                var type = value.Type as INamedTypeSymbol;
                long v = AttributeArguments.Integer(value) ?? 0;
                var exact = type?.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => f.HasConstantValue && AttributeArguments.FieldValue(f) == v);
                if (exact is not null) return type!.Name + "." + exact.Name;
                var names = AttributeArguments.FlagNames(type, v);
                return names.Contains(",") ? string.Join(" | ", names.Split(new[] { ", " }, System.StringSplitOptions.None).Select(n => type!.Name + "." + n)) : $"({type?.Name}){v}";
        }
        return value.Value switch
        {
            null => "null",
            string s => "\"" + s + "\"",
            bool b => b ? "true" : "false",
            double d => Format(d),
            float f => Format(f),
            _ => System.Convert.ToString(value.Value, CultureInfo.InvariantCulture) ?? "?",
        };
    }

    public static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>The bits of every member of an enum that is a word (has [Word]).</summary>
    public static long WordBits(WordSetDeclaration set)
        => set.Members.Where(m => m.Word is not null).Aggregate(0L, (bits, m) => bits | m.Value);
}
