using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Imh.Generators.Declarations;
using Imh.Generators.Diagnostics;
using Microsoft.CodeAnalysis;

namespace Imh.Generators.Analyzers;

/// <summary>
/// Members sharing a key, as <see cref="LevelDeclaration"/> reads them: a clash the reader resolves
/// by dropping a member (IMH026), an Overrides that replaces nothing (IMH056), and days between the
/// first and the last variant of a required key when none is in force (IMH055). Only the members a
/// type declares itself are reported on it; inherited ones are reported where they are declared.
/// </summary>
internal static class KeyChecks
{
    public static void Check(LevelDeclaration declaration, Action<Diagnostic> report, CancellationToken ct)
    {
        var all = declaration.AllRequirements;
        for (int i = 0; i < all.Count(); i++)
        {
            var member = all[i];
            if (member.Key is null || !Declares(declaration, member)) continue;
            var earlier = all.Take(i).Where(e => LevelDeclaration.Clash(e, member)).ToList();
            var blocking = earlier.FirstOrDefault(e => Declares(declaration, e) || !member.Overrides);
            if (blocking is not null)
            {
                var where = Declares(declaration, blocking) ? "" : $" in '{blocking.Property.ContainingType.Name}'";
                report(Diagnostic.Create(DiagnosticDescriptors.DuplicateKey, ArgumentLocations.Constructor(member.Marker, 0, ct), member.Key, blocking.Property.Name, where));
            }
            else if (member.Overrides && earlier.Count == 0)
            {
                var inherited = declaration.Chain.Length > 1 ? $"'{declaration.Chain[0].Name}'" : $"'{declaration.Type.Name}' (a level, which replaces nothing)";
                report(Diagnostic.Create(DiagnosticDescriptors.OverridesNothing, ArgumentLocations.Named(member.Marker, "Overrides", ct), member.Property.Name, inherited, member.Key));
            }
        }
        foreach (var group in declaration.Requirements.Where(r => r.Key is not null && r.Obligation == "Required").GroupBy(r => (r.Key, r.IsContinuing)))
        {
            CheckGap(declaration, group.ToList(), report, ct);
        }
    }

    private static bool Declares(LevelDeclaration declaration, RequirementDeclaration member)
        => SymbolEqualityComparer.Default.Equals(member.Property.ContainingType, declaration.Type);

    private static void CheckGap(LevelDeclaration declaration, List<RequirementDeclaration> variants, Action<Diagnostic> report, CancellationToken ct)
    {
        if (variants.Count < 2 || variants.All(v => v.From is null && v.Until is null)) return;
        var periods = new List<(DateTime From, DateTime Until, RequirementDeclaration Member)>();
        foreach (var v in variants)
        {
            var from = v.From is null ? DateTime.MinValue : LevelDeclaration.Day(v.From);
            var until = v.Until is null ? DateTime.MaxValue : LevelDeclaration.Day(v.Until);
            // Unreadable dates are reported as such (IMH053); no gap is guessed from them.
            if (from is null || until is null || until < from) return;
            periods.Add((from.Value, until.Value, v));
        }
        periods.Sort((a, b) => a.From.CompareTo(b.From));
        var coveredUntil = periods[0].Until;
        foreach (var (from, until, member) in periods.Skip(1))
        {
            if (coveredUntil < DateTime.MaxValue && from > coveredUntil.AddDays(1) && Declares(declaration, member))
            {
                report(Diagnostic.Create(DiagnosticDescriptors.PeriodGap, ArgumentLocations.Named(member.Marker, "From", ct),
                    member.KindWord, member.Key, declaration.Describe(), Day(coveredUntil.AddDays(1)), Day(from.AddDays(-1))));
            }
            if (until > coveredUntil) coveredUntil = until;
        }
    }

    private static string Day(DateTime day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
