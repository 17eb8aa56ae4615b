using System.Linq;
using Microsoft.CodeAnalysis;

namespace Imh.Generators.Declarations;

/// <summary>
/// Whether a rule, part or condition can be written as <c>new T(arguments) { Named = value }</c> in the
/// catalog's assembly: the generator skips a level that has one it cannot write, and IMH040 says why.
/// </summary>
internal static class Construction
{
    /// <summary>Why the generated code cannot construct the attribute as written, or null when it can.</summary>
    public static string? Problem(AttributeData use, Compilation compilation)
    {
        var type = use.AttributeClass!;
        var within = compilation.Assembly;
        for (var t = type; t is not null; t = t.ContainingType)
        {
            if (!Accessible(t, compilation, within))
                return $"'{t.Name}' is {Accessibility(t)}{(t.ContainingType is null ? "" : " in '" + t.ContainingType.Name + "'")}; make it public or internal";
        }
        if (use.AttributeConstructor is not { } constructor) return "no constructor takes these arguments";
        if (!Accessible(constructor, compilation, within)) return $"its constructor is {Accessibility(constructor)}";
        if (use.ConstructorArguments.Any(InError) || use.NamedArguments.Any(n => InError(n.Value))) return "an argument is in error";
        foreach (var named in use.NamedArguments)
        {
            var member = type.GetMembers(named.Key).FirstOrDefault() ?? Inherited(type, named.Key);
            bool settable = member switch
            {
                IPropertySymbol p => p.SetMethod is { } set && Accessible(set, compilation, within),
                IFieldSymbol f => !f.IsReadOnly && !f.IsConst && Accessible(f, compilation, within),
                _ => false,
            };
            if (!settable) return $"{named.Key} has no setter the generated code can call";
        }
        return null;
    }

    // Public all the way out is accessible from anywhere: the common case (the language's own rules) needs
    // no question to the compiler, whose accessibility check costs tens of microseconds per symbol.
    private static bool Accessible(ISymbol symbol, Compilation compilation, IAssemblySymbol within)
    {
        for (ISymbol? s = symbol; s is not null; s = s.ContainingType)
        {
            if (s.DeclaredAccessibility != Microsoft.CodeAnalysis.Accessibility.Public) return compilation.IsSymbolAccessibleWithin(symbol, within);
        }
        return true;
    }

    private static ISymbol? Inherited(INamedTypeSymbol type, string name)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.GetMembers(name).FirstOrDefault() is { } member) return member;
        }
        return null;
    }

    private static bool InError(TypedConstant value)
        => value.Kind == TypedConstantKind.Error || (value.Kind == TypedConstantKind.Array && !value.IsNull && value.Values.Any(InError));

    private static string Accessibility(ISymbol symbol) => symbol.DeclaredAccessibility switch
    {
        Microsoft.CodeAnalysis.Accessibility.Private => "private",
        Microsoft.CodeAnalysis.Accessibility.Protected => "protected",
        Microsoft.CodeAnalysis.Accessibility.ProtectedAndInternal => "private protected",
        _ => "not accessible",
    };
}
