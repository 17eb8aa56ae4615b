using System;
using System.Linq;
using System.Threading;
using Imh.Generators.Declarations;
using Imh.Generators.Diagnostics;
using Microsoft.CodeAnalysis;

namespace Imh.Generators.Analyzers;

/// <summary>
/// The generator writes each rule, part and condition as <c>new T(arguments) { Named = value }</c>
/// in a class of the catalog's assembly: what it cannot write that way makes it skip the whole level.
/// </summary>
internal static class ConstructionChecks
{
    public static void Check(AttributeData use, IPropertySymbol owner, Compilation compilation, Action<Diagnostic> report, CancellationToken ct)
    {
        if (Construction.Problem(use, compilation) is not { } problem) return;
        report(Diagnostic.Create(DiagnosticDescriptors.NotConstructible, ArgumentLocations.Attribute(use, ct), LanguageSymbols.ShortName(use), problem, owner.ContainingType.Name));
    }
}
