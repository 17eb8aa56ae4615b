using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using Imh.Dsl;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;
using Imh.Requirements;

namespace Imh.Benchmarks.Validators;

/// <summary>
/// The design a user would write without the generator: read a level's <c>[Requirement]</c>, rule,
/// part and condition attributes with System.Reflection (which constructs them as written), put them
/// together as the declarations say (a track's own members after its level's, <c>Overrides</c>,
/// <c>[TrackObligation]</c>, <c>[SameAs]</c>, periods), and let each rule evaluate itself; only the
/// verdict and the unmet keys are kept, no sentence is written.
/// </summary>
/// <remarks>
/// Two modes: <see cref="CheckCached"/> reads the attributes of a level once and keeps them in a
/// dictionary, as a real implementation would (DataAnnotations does the same); <see cref="CheckUncached"/>
/// reads them on every call, the naive version.
/// </remarks>
public static class ReflectiveValidator
{
    private static readonly ConcurrentDictionary<Type, LevelDefinition> Plans = new();

    /// <summary>Evaluates with the level's attributes read once per type and cached.</summary>
    public static Verdict CheckCached(Type level, Portfolio portfolio, DateOnly asOf)
        => Evaluate(Plans.GetOrAdd(level, ReadLevel), portfolio, asOf);

    /// <summary>Evaluates with the level's attributes read by reflection on this call.</summary>
    public static Verdict CheckUncached(Type level, Portfolio portfolio, DateOnly asOf)
        => Evaluate(ReadLevel(level), portfolio, asOf);

    private static Verdict Evaluate(LevelDefinition level, Portfolio portfolio, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        var context = new EvaluationContext(portfolio, level, asOf);
        List<string>? unmet = null;
        foreach (var requirement in LevelDefinition.InForce(level.Requirements, context))
        {
            // Every requirement is evaluated (a report would show them all); only required ones decide.
            if (requirement.Assess(context).Blocks) (unmet ??= []).Add(requirement.Key);
        }
        return unmet is null ? Verdict.Pass : new Verdict(false, unmet);
    }

    /// <summary>The requirements of a concrete level or track: its level's first, then its own, in declaration order.</summary>
    private static LevelDefinition ReadLevel(Type type)
    {
        var track = type.GetCustomAttribute<TrackAttribute>();
        var level = (track is null ? type : type.BaseType!).GetCustomAttribute<LevelAttribute>();
        if (type.IsAbstract || level is null) throw new ArgumentException($"{type} is not a concrete level or track", nameof(type));

        var obligations = type.GetCustomAttributes<TrackObligationAttribute>(inherit: false).ToDictionary(o => o.Key, o => o.Obligation, StringComparer.Ordinal);
        var members = new List<(RequirementAttribute Declared, PropertyInfo Property)>();
        foreach (var declaring in track is null ? [type] : new[] { type.BaseType!, type })
        {
            foreach (var property in declaring.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).OrderBy(p => p.MetadataToken))
            {
                if (property.GetCustomAttribute<RequirementAttribute>() is not { } declared) continue;
                if (declared.Overrides) members.RemoveAll(m => m.Declared.Key == declared.Key);
                members.Add((declared, property));
            }
        }

        var requirements = members.Select(m => new RequirementDefinition(m.Declared.Key, m.Declared.Title, [.. Rules(m.Property)], [.. Parts(m.Property)])
        {
            Obligation = obligations.GetValueOrDefault(m.Declared.Key, m.Declared.Obligation),
            Period = Period.Parse(m.Declared.From, m.Declared.Until),
            Conditions = [.. m.Property.GetCustomAttributes<ConditionAttribute>(inherit: false)],
        });
        string id = track is null ? level.Id : $"{level.Id}-{track.Id}";
        return new LevelDefinition(id, track?.Name ?? level.Name, MiAimhVocabulary.Instance, [.. requirements], []);
    }

    /// <summary>A requirement's rules; <c>[SameAs]</c> takes those of another declaration's requirement first.</summary>
    private static IEnumerable<RuleAttribute> Rules(PropertyInfo property)
        => SameAs(property) is { } other ? Rules(other).Concat(property.GetCustomAttributes<RuleAttribute>(inherit: false)) : property.GetCustomAttributes<RuleAttribute>(inherit: false);

    private static IEnumerable<RulePartAttribute> Parts(PropertyInfo property)
        => SameAs(property) is { } other ? Parts(other).Concat(property.GetCustomAttributes<RulePartAttribute>(inherit: false)) : property.GetCustomAttributes<RulePartAttribute>(inherit: false);

    private static PropertyInfo? SameAs(PropertyInfo property)
        => property.GetCustomAttribute<SameAsAttribute>() is { } sameAs
            ? sameAs.Declaration.GetProperty(sameAs.Member) ?? throw new InvalidOperationException($"[SameAs] names {sameAs.Declaration.Name}.{sameAs.Member}, which does not exist")
            : null;
}
