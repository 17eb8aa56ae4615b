using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Imh.Generators.Declarations;

/// <summary>
/// Typed reading of attribute arguments. Every reader returns null for a missing argument or one in
/// error (the compiler reports those), so analyzers never act on a value they could not read.
/// </summary>
internal static class AttributeArguments
{
    public static TypedConstant? Constructor(AttributeData attribute, int index)
    {
        if (index >= attribute.ConstructorArguments.Length) return null;
        var value = attribute.ConstructorArguments[index];
        return value.Kind == TypedConstantKind.Error ? null : value;
    }

    public static TypedConstant? Named(AttributeData attribute, string name)
    {
        foreach (var named in attribute.NamedArguments)
        {
            if (named.Key == name) return named.Value.Kind == TypedConstantKind.Error ? null : named.Value;
        }
        return null;
    }

    public static bool HasNamed(AttributeData attribute, string name) => Named(attribute, name) is not null;

    public static string? String(TypedConstant? constant) => constant is { Kind: TypedConstantKind.Primitive, Value: string s } ? s : null;

    /// <summary>An integer or enum value.</summary>
    public static long? Integer(TypedConstant? constant)
    {
        if (constant is not { } c || c.Kind is TypedConstantKind.Array or TypedConstantKind.Type || c.Value is null) return null;
        return c.Value switch
        {
            int or long or short or byte or sbyte or ushort or uint => Convert.ToInt64(c.Value, CultureInfo.InvariantCulture),
            ulong u => unchecked((long)u),
            _ => null,
        };
    }

    /// <summary>The member name of an enum argument (e.g. <c>Required</c>), or null.</summary>
    public static string? EnumMemberName(TypedConstant constant)
    {
        if (constant.Kind != TypedConstantKind.Enum || constant.Type is not INamedTypeSymbol type || constant.Value is null) return null;
        long v = Integer(constant) ?? long.MinValue;
        foreach (var member in type.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true, ConstantValue: not null } f && FieldValue(f) == v) return f.Name;
        }
        return null;
    }

    /// <summary>The value of an enum member (or other integral constant) as a long.</summary>
    public static long? FieldValue(IFieldSymbol field) => field.ConstantValue switch
    {
        int or long or short or byte or sbyte or ushort or uint => Convert.ToInt64(field.ConstantValue, CultureInfo.InvariantCulture),
        ulong u => unchecked((long)u),
        _ => null,
    };

    public static double? Number(TypedConstant? constant)
    {
        if (constant is not { } c || c.Kind is TypedConstantKind.Array or TypedConstantKind.Type || c.Value is null) return null;
        return c.Value switch
        {
            double d => d,
            float f => f,
            int or long or short or byte or sbyte or ushort or uint => Convert.ToDouble(c.Value, CultureInfo.InvariantCulture),
            _ => null,
        };
    }

    public static bool Flag(AttributeData attribute, string name) => Named(attribute, name) is { Value: true };

    /// <summary>The elements of an array argument (a <c>params</c> list).</summary>
    public static ImmutableArray<TypedConstant>? Elements(TypedConstant? constant)
        => constant is { Kind: TypedConstantKind.Array } c ? (c.IsNull ? ImmutableArray<TypedConstant>.Empty : c.Values) : null;

    /// <summary>The Alternative label of a rule attribute.</summary>
    public static string? Alternative(AttributeData attribute) => String(Named(attribute, "Alternative"));

    /// <summary>The names of the enum members whose flags are set in <paramref name="value"/>, e.g. "Approved, Online".</summary>
    public static string FlagNames(ITypeSymbol? enumType, long value)
    {
        var names = new List<string>();
        if (enumType is INamedTypeSymbol type)
        {
            foreach (var member in type.GetMembers())
            {
                if (member is IFieldSymbol { HasConstantValue: true, ConstantValue: not null } field)
                {
                    long flag = Convert.ToInt64(field.ConstantValue, CultureInfo.InvariantCulture);
                    if (flag != 0 && (flag & (flag - 1)) == 0 && (value & flag) == flag) names.Add(field.Name);
                }
            }
        }
        return names.Count == 0 ? value.ToString(CultureInfo.InvariantCulture) : string.Join(", ", names);
    }
}
