using System;
using System.Threading;
using Imh.Generators.Declarations;
using Imh.Generators.Diagnostics;
using Microsoft.CodeAnalysis;

namespace Imh.Generators.Analyzers;

/// <summary>The From and Until of a level, track, requirement or rule: real dates, in order.</summary>
internal static class Periods
{
    public static void Check(AttributeData attribute, string what, Action<Diagnostic> report, CancellationToken ct)
    {
        var from = AttributeArguments.String(AttributeArguments.Named(attribute, "From"));
        var until = AttributeArguments.String(AttributeArguments.Named(attribute, "Until"));
        bool fromOk = Date(attribute, "From", from, report, ct);
        bool untilOk = Date(attribute, "Until", until, report, ct);
        if (fromOk && untilOk && LevelDeclaration.Day(from) is { } start && LevelDeclaration.Day(until) is { } end && end < start)
            report(Diagnostic.Create(DiagnosticDescriptors.PeriodInverted, ArgumentLocations.Named(attribute, "Until", ct), until, from, what));
    }

    private static bool Date(AttributeData attribute, string name, string? text, Action<Diagnostic> report, CancellationToken ct)
    {
        if (text is null) return true;
        if (LevelDeclaration.Day(text) is not null) return true;
        report(Diagnostic.Create(DiagnosticDescriptors.NotADate, ArgumentLocations.Named(attribute, name, ct), name, text));
        return false;
    }
}
