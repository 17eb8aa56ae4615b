using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Imh.Generators.Modeling;

/// <summary>Attribute argument values as C# expressions, whatever attribute they belong to.</summary>
internal static class Literals
{
    private static readonly SymbolDisplayFormat Qualified = SymbolDisplayFormat.FullyQualifiedFormat;

    // Every level names the same few enums and types many times, and formatting a symbol's name or listing an
    // enum's members is most of the cost of rendering: each is done once per symbol (a symbol never changes,
    // and the entry goes with it).
    private static readonly ConditionalWeakTable<ITypeSymbol, string> Names = new();
    private static readonly ConditionalWeakTable<INamedTypeSymbol, EnumMembers> Members = new();

    private sealed class EnumMembers(string name, (string Name, long Value)[] all, (string Name, long Value)[] flags)
    {
        public string Name { get; } = name;

        /// <summary>Every member with a value, in declaration order.</summary>
        public (string Name, long Value)[] All { get; } = all;

        /// <summary>The single-bit members, by value.</summary>
        public (string Name, long Value)[] Flags { get; } = flags;
    }

    /// <summary>The fully qualified name of a type, as generated code writes it.</summary>
    public static string Name(ITypeSymbol type) => Names.GetValue(type, static t => t.ToDisplayString(Qualified));

    /// <summary>The value as C#, or null when it is in error (the compiler reports it) or of a kind attributes cannot hold.</summary>
    public static string? Render(TypedConstant constant)
    {
        switch (constant.Kind)
        {
            case TypedConstantKind.Error:
                return null;
            case TypedConstantKind.Array:
                if (constant.IsNull) return "null";
                var element = constant.Type is IArrayTypeSymbol array ? Name(array.ElementType) : "object";
                var items = new List<string>();
                foreach (var item in constant.Values)
                {
                    if (Render(item) is not { } rendered) return null;
                    items.Add(rendered);
                }
                return $"new {element}[] {{ {string.Join(", ", items)} }}";
            case TypedConstantKind.Type:
                return constant.Value is ITypeSymbol type ? $"typeof({Name(type)})" : "null";
            case TypedConstantKind.Enum:
                return constant.Type is INamedTypeSymbol enumType && constant.Value is not null ? Enum(enumType, constant.Value) : null;
        }
        if (constant.IsNull) return "null";
        return constant.Value switch
        {
            string s => SymbolDisplay.FormatLiteral(s, quote: true),
            char c => SymbolDisplay.FormatLiteral(c, quote: true),
            bool b => b ? "true" : "false",
            int i => i.ToString(CultureInfo.InvariantCulture),
            uint u => u.ToString(CultureInfo.InvariantCulture) + "U",
            long l => l.ToString(CultureInfo.InvariantCulture) + "L",
            ulong ul => ul.ToString(CultureInfo.InvariantCulture) + "UL",
            short sh => $"(short){sh.ToString(CultureInfo.InvariantCulture)}",
            ushort us => $"(ushort){us.ToString(CultureInfo.InvariantCulture)}",
            byte by => $"(byte){by.ToString(CultureInfo.InvariantCulture)}",
            sbyte sb => $"(sbyte){sb.ToString(CultureInfo.InvariantCulture)}",
            double d => Real(d, "D"),
            float f => float.IsNaN(f) || float.IsInfinity(f) ? Real(f, "F") : f.ToString("R", CultureInfo.InvariantCulture) + "F",
            _ => null,
        };
    }

    /// <summary>An enum value by member name; flags are decomposed (<c>A | B</c>); otherwise a cast.</summary>
    public static string Enum(INamedTypeSymbol type, object value)
    {
        var members = Members.GetValue(type, static t =>
        {
            (string Name, long Value)[] all = [.. t.GetMembers().OfType<IFieldSymbol>()
                .Where(f => f.HasConstantValue && f.ConstantValue is not null)
                .Select(f => (f.Name, Value: Declarations.AttributeArguments.FieldValue(f) ?? 0))];
            return new EnumMembers(Name(t), all, [.. all.Where(m => m.Value > 0 && (m.Value & (m.Value - 1)) == 0).OrderBy(m => m.Value)]);
        });
        var name = members.Name;
        long v = Convert.ToInt64(value is ulong u ? unchecked((long)u) : value, CultureInfo.InvariantCulture);
        foreach (var m in members.All)
        {
            if (m.Value == v) return name + "." + m.Name;
        }
        if (v > 0)
        {
            long remaining = v;
            var picked = new List<string>();
            foreach (var m in members.Flags)
            {
                if ((remaining & m.Value) != m.Value) continue;
                picked.Add(name + "." + m.Name);
                remaining &= ~m.Value;
            }
            if (remaining == 0) return string.Join(" | ", picked);
        }
        return $"({name})({v.ToString(CultureInfo.InvariantCulture)})";
    }

    /// <summary>A string literal.</summary>
    public static string String(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>A string literal or <c>null</c>.</summary>
    public static string String(string? value, bool orNull) => value is null && orNull ? "null" : String(value ?? "");

    /// <summary>A decimal literal from an attribute's double (exact to its shortest round-trip form).</summary>
    public static string Decimal(double value)
        => double.IsNaN(value) || double.IsInfinity(value) || Math.Abs(value) > 1e15 ? "0m" : ((decimal)value).ToString(CultureInfo.InvariantCulture) + "m";

    private static string Real(double value, string suffix)
    {
        if (double.IsNaN(value)) return "double.NaN";
        if (double.IsPositiveInfinity(value)) return "double.PositiveInfinity";
        if (double.IsNegativeInfinity(value)) return "double.NegativeInfinity";
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text + suffix;
    }
}
