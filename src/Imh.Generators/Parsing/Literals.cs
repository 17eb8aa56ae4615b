using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Imh.Generators.Parsing;

/// <summary>Renders attribute argument values as C# expressions.</summary>
internal static class Literals
{
    /// <summary>The value as C#, or null when the argument is in error (the analyzers report it).</summary>
    public static string? Render(TypedConstant constant, bool asDecimal = false)
    {
        if (constant.Kind == TypedConstantKind.Error) return null;
        if (constant.Kind == TypedConstantKind.Array)
        {
            if (constant.IsNull) return "[]";
            var items = new List<string>();
            foreach (var item in constant.Values)
            {
                var rendered = Render(item);
                if (rendered is null) return null;
                items.Add(rendered);
            }
            return "[" + string.Join(", ", items) + "]";
        }
        if (constant.IsNull) return "null";
        if (constant.Kind == TypedConstantKind.Enum && constant.Type is INamedTypeSymbol enumType) return Enum(enumType, constant.Value!);
        return constant.Value switch
        {
            string s => SymbolDisplay.FormatLiteral(s, quote: true),
            bool b => b ? "true" : "false",
            double d when asDecimal => Decimal(d),
            float f when asDecimal => Decimal(f),
            int i when asDecimal => i.ToString(CultureInfo.InvariantCulture) + "m",
            double d => d.ToString("R", CultureInfo.InvariantCulture) + "d",
            int i => i.ToString(CultureInfo.InvariantCulture),
            long l => l.ToString(CultureInfo.InvariantCulture) + "L",
            ITypeSymbol t => "typeof(" + t.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + ")",
            _ => null,
        };
    }

    /// <summary>A decimal literal: hours are exact to 0.01, so the double from the attribute is rounded to its shortest form.</summary>
    public static string Decimal(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || Math.Abs(value) > 1e15) return "0m";
        return ((decimal)value).ToString(CultureInfo.InvariantCulture) + "m";
    }

    /// <summary>An enum value by member name; flags are decomposed (<c>A | B</c>); otherwise a cast.</summary>
    public static string Enum(INamedTypeSymbol type, object value)
    {
        var name = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        long v = Convert.ToInt64(value, CultureInfo.InvariantCulture);
        var members = type.GetMembers().OfType<IFieldSymbol>()
            .Where(f => f.HasConstantValue && f.ConstantValue is not null)
            .Select(f => (f.Name, Value: Convert.ToInt64(f.ConstantValue, CultureInfo.InvariantCulture)))
            .ToList();
        foreach (var m in members)
        {
            if (m.Value == v) return name + "." + m.Name;
        }
        bool isFlags = type.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.FlagsAttribute");
        if (isFlags && v > 0)
        {
            long remaining = v;
            var picked = new List<(string Name, long Value)>();
            foreach (var m in members.Where(m => m.Value > 0 && (m.Value & (m.Value - 1)) == 0).OrderBy(m => m.Value))
            {
                if ((remaining & m.Value) == m.Value)
                {
                    picked.Add(m);
                    remaining &= ~m.Value;
                }
            }
            if (remaining == 0) return string.Join(" | ", picked.Select(p => name + "." + p.Name));
        }
        return "(" + name + ")(" + v.ToString(CultureInfo.InvariantCulture) + ")";
    }

    /// <summary>The member name of an enum argument (e.g. <c>Required</c>), or null.</summary>
    public static string? EnumMemberName(TypedConstant constant)
    {
        if (constant.Kind != TypedConstantKind.Enum || constant.Type is not INamedTypeSymbol type || constant.Value is null) return null;
        long v = Convert.ToInt64(constant.Value, CultureInfo.InvariantCulture);
        foreach (var f in type.GetMembers().OfType<IFieldSymbol>())
        {
            if (f.HasConstantValue && f.ConstantValue is not null && Convert.ToInt64(f.ConstantValue, CultureInfo.InvariantCulture) == v) return f.Name;
        }
        return null;
    }

    public static string Pascal(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name.Substring(1);
}
