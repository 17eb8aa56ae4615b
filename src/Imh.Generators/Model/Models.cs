namespace Imh.Generators.Model;

// The equatable models the pipeline carries from declarations to emitted code: plain values only
// (no symbols, no syntax), so every step caches. Expressions are already rendered as C#.

/// <summary>An attribute to construct as written: <c>new global::Ns.MinHoursAttribute(30.0) { Where = ... }</c>.</summary>
internal sealed record ConstructedModel(string TypeName, EquatableArray<string> Arguments, EquatableArray<NamedValue> Named);

/// <summary>A named argument of a constructed attribute.</summary>
internal sealed record NamedValue(string Name, string Value);

/// <summary>A [Note]: a quoted sentence shown but not checked.</summary>
internal sealed record NoteModel(string Quote, string? Says);

/// <summary>A [Review] of an alternative.</summary>
internal sealed record ReviewModel(string Alternative, string Decide, string Quote);

/// <summary>A requirement or continuing rule as the level or track ends up with it.</summary>
internal sealed record RequirementModel(
    string FieldName,
    string MemberName,
    string Key,
    string Title,
    string Obligation,
    bool IsContinuing,
    string? From,
    string? Until,
    EquatableArray<string> Sources,
    EquatableArray<NoteModel> Notes,
    EquatableArray<ReviewModel> Reviews,
    EquatableArray<ConstructedModel> Conditions,
    EquatableArray<ConstructedModel> Rules,
    EquatableArray<ConstructedModel> Parts)
{
    public bool IsNotRequired => Obligation == "NotRequired";

    public bool HasPeriod => From is not null || Until is not null;
}

/// <summary>Where the generated code goes: namespace and the declaring type's shape.</summary>
internal sealed record TypeTarget(string? Namespace, string Name, string Keyword, string Accessibility, bool IsPartial, bool IsNested);

/// <summary>A [Provisional] outcome.</summary>
internal sealed record ProvisionalModel(string Id, string Name, EquatableArray<string> Waives, string? Says);

/// <summary>A level or track: everything needed to emit its validators, or (not evaluated) just its id.</summary>
internal sealed record LevelModel(
    TypeTarget Target,
    string Id,
    string Name,
    int Rank,
    string? LevelId,
    string? TrackId,
    EquatableArray<string> Aliases,
    EquatableArray<string> Facets,
    string? From,
    string? Until,
    ProvisionalModel? Provisional,
    EquatableArray<RequirementModel> Requirements,
    EquatableArray<RequirementModel> Continuing,
    bool IsEvaluated,
    string Order)
{
    public string ValidatorName => Target.Name + "Validator";
    public string ReportName => Target.Name + "Report";
    public string RenewalValidatorName => Target.Name + "RenewalValidator";
    public string RenewalReportName => Target.Name + "RenewalReport";
    public string QualifiedPrefix => Target.Namespace is null ? "global::" : "global::" + Target.Namespace + ".";
}

/// <summary>What the catalog and the vocabulary need of a level: its id, names and generated types.</summary>
internal sealed record LevelEntry(string Id, string Name, string? LevelId, EquatableArray<string> Aliases, bool Evaluated, int Rank, string Order,
    string? ValidatorTypeName, string? RenewalValidatorTypeName, EquatableArray<string> Facets, string? Provisional);

/// <summary>A word of a catalog enum.</summary>
internal sealed record WordModel(string Member, string Json, string Display, string Meaning, string Bits, string? Phrase, bool Default,
    int Version, string? List, bool Dated, bool Whole, string Min, string? Max, string? Per, string? NotCountedFrom);

/// <summary>A catalog enum marked as a set of words.</summary>
internal sealed record WordSetModel(string EnumType, string Kind, string? Evidence, string? Property, string? Noun, bool InTitle, bool Required, bool Many, bool Names,
    string Default, int Version, EquatableArray<WordModel> Words, string Order);

/// <summary>An [EvidenceList]: how the catalog names a list of entries.</summary>
internal sealed record EvidenceListModel(string Evidence, string Json, string? Singular, string? Plural, string? Noun, string? Short);

/// <summary>The assembly's [Catalog] and [EvidenceList]s.</summary>
internal sealed record CatalogModel(string Name, string Id, string? Namespace, string? SourceText, string? Title, int FormatVersion,
    EquatableArray<EvidenceListModel> Lists, string? LevelNoun, bool ReportsLeftOut);
