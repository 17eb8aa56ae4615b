namespace Imh.Generators.Model;

/// <summary>A property initializer of a generated rule: <c>Hours = 50m</c>, or a list written one element per line.</summary>
internal sealed record Initializer(string Name, string Expression)
{
    /// <summary>For a list property: its elements, emitted one per line.</summary>
    public EquatableArray<string> Elements { get; init; } = EquatableArray<string>.Empty;
}

/// <summary>A rule to construct: its runtime type and initializers (expressions already rendered as C#).</summary>
internal sealed record RuleModel(string TypeName, EquatableArray<Initializer> Initializers);

/// <summary>A requirement or continuing rule as declared (after SameAs and track overrides are applied).</summary>
internal sealed record RequirementModel(
    string MemberName,
    string Key,
    string Title,
    string Obligation,
    bool IsRequired,
    bool IsNotRequired,
    string When,
    EquatableArray<string> Sources,
    EquatableArray<RuleModel> Rules);

/// <summary>Where the generated code goes: namespace and the declaring type's shape.</summary>
internal sealed record TypeTarget(string? Namespace, string Name, string Keyword, string Accessibility, bool IsPartial, bool IsNested);

/// <summary>A concrete level or track: everything needed to emit its validators.</summary>
internal sealed record LevelModel(
    TypeTarget Target,
    string Id,
    string Name,
    int Rank,
    string? LevelId,
    string? TrackId,
    EquatableArray<RequirementModel> Requirements,
    EquatableArray<RequirementModel> Continuing)
{
    public string ValidatorName => Target.Name + "Validator";
    public string ReportName => Target.Name + "Report";
    public string RenewalValidatorName => Target.Name + "RenewalValidator";
    public string RenewalReportName => Target.Name + "RenewalReport";
    public string QualifiedPrefix => Target.Namespace is null ? "global::" : "global::" + Target.Namespace + ".";
}

/// <summary>What the catalog needs of a level: its id, rank and generated type names.</summary>
internal sealed record CatalogEntry(string Id, int Rank, string ValidatorTypeName, string? RenewalValidatorTypeName);

/// <summary>The assembly's <c>[Catalog]</c> registration.</summary>
internal sealed record CatalogModel(string Name, string? Namespace, string? SourceText, string? Title);
