using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Planning;
using Imh.Dsl.Portfolios;

namespace Imh.Dsl.Reports;

/// <summary>
/// A requirement's advice in the report contract: the steps of the rules that must all be met
/// and, when no alternative is met, each alternative's steps.
/// </summary>
/// <param name="Steps">What to add, all of it.</param>
/// <param name="AnyOf">One of these alternatives, followed in full (empty when none is needed).</param>
public sealed record AdviceJson(List<StepJson> Steps, List<AlternativeJson> AnyOf)
{
    /// <summary>The contract shape of a requirement's advice, in the portfolio's own names.</summary>
    public static AdviceJson From(RequirementAdvice advice, Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(advice);
        ArgumentNullException.ThrowIfNull(vocabulary);
        return new AdviceJson([.. advice.Steps.Select(s => StepJson.Of(s, vocabulary))],
            [.. advice.Alternatives.Select(a => new AlternativeJson(a.Alternative, [.. a.Steps.Select(s => StepJson.Of(s, vocabulary))]))]);
    }
}

/// <summary>One alternative's steps.</summary>
/// <param name="Alternative">Its label.</param>
/// <param name="Steps">What to add to meet it in full.</param>
public sealed record AlternativeJson(string Alternative, List<StepJson> Steps);

/// <summary>
/// One step of advice in the portfolio's own names: <c>action</c> says what to do, <c>list</c> where
/// the entries go, the quantities and dates how much and when; properties that do not apply are
/// left out. An added entry carries <c>flags</c> (set to true) and one of the <c>values</c> of each
/// property named there (or fits one of <c>options</c>).
/// </summary>
public sealed record StepJson
{
    /// <summary><c>addHours</c>, <c>addEntries</c>, <c>continueWork</c>, <c>addWork</c>, <c>addRating</c>, <c>addCredential</c>, <c>addMembership</c>, <c>sign</c> or <c>pass</c>.</summary>
    public required string Action { get; init; }

    /// <summary>The portfolio list the entries go in (<c>training</c>, <c>work</c>, ...).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? List { get; init; }

    /// <summary>Clock hours to add.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? Hours { get; init; }

    /// <summary>Entries to add.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Count { get; init; }

    /// <summary>Days: of a new work entry (calendar days), or credited days still missing while work goes on.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? Days { get; init; }

    /// <summary>The FTE of a new work entry.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? Fte { get; init; }

    /// <summary>The first day the evidence may be dated.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? From { get; init; }

    /// <summary>The last day the evidence may be dated.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? By { get; init; }

    /// <summary>At least one entry is dated on or after this day.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Reach { get; init; }

    /// <summary>One entry is dated on <see cref="From"/> (the entries open a window).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? StartsWindow { get; init; }

    /// <summary>Work: the last day (of a new entry, or of the work going on when the minimum is reached).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Until { get; init; }

    /// <summary>A membership: the day it covers.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Covers { get; init; }

    /// <summary>Sessions: the provider (the one whose hours they join).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Provider { get; init; }

    /// <summary>Sessions: the provider holds an endorsement counting as one of these ids.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? ProviderEndorsedIn { get; init; }

    /// <summary>A rating: the numbered item it fills.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Item { get; init; }

    /// <summary>A rating: the rater holds an endorsement counting as one of these ids.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? RaterEndorsedIn { get; init; }

    /// <summary>Documents to sign (their property names).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? Documents { get; init; }

    /// <summary>The examination or review to pass (its property name).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Assessment { get; init; }

    /// <summary>The level or track a result must name.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Level { get; init; }

    /// <summary>Flags an added entry carries (true).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? Flags { get; init; }

    /// <summary>For each enumerated property an added entry must give: the values accepted (any one).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Dictionary<string, List<string>>? Values { get; init; }

    /// <summary>A rating item's ways of filling it: the entry fits one of them.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<EntryShapeJson>? Options { get; init; }

    /// <summary>Work: a number the entry reports.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public NumberJson? Reports { get; init; }

    /// <summary>A step in the portfolio's names.</summary>
    public static StepJson Of(Step step, Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(vocabulary);
        return step switch
        {
            AddHours h => Entry("addHours", h, vocabulary, []) with
            {
                Hours = Plain(h.Hours), From = Date(h.From), By = Date(h.By), Reach = Date(h.Reach), StartsWindow = h.StartsWindow ? true : null,
                Provider = h.Provider, ProviderEndorsedIn = Ids(h.ProviderEndorsedIn),
            },
            AddEntries e => Entry("addEntries", e, vocabulary, []) with
            {
                Count = e.Count, From = Date(e.From), By = Date(e.By), Provider = e.Provider, ProviderEndorsedIn = Ids(e.ProviderEndorsedIn),
            },
            ContinueWork c => new StepJson { Action = "continueWork", List = vocabulary.Name(Evidence.Work).Json, Days = Plain(c.Days), Until = Date(c.Until) },
            AddWork w => Entry("addWork", w, vocabulary, []) with
            {
                Days = w.Days, Fte = Plain(w.Fte), From = Date(w.From), Until = Date(w.Until),
                Reports = w.Reports is { } n ? new NumberJson(Json(n.Number, vocabulary), n.Key is { } key ? Json(key, vocabulary) : null, Plain(n.Value)) : null,
            },
            AddRating r => Entry("addRating", r, vocabulary, r.Options) with { Item = r.Item, RaterEndorsedIn = Ids(r.RaterEndorsedIn) },
            AddCredential c => Entry("addCredential", c, vocabulary, []) with { By = Date(c.By) },
            AddMembership m => Entry("addMembership", m, vocabulary, []) with { Covers = Date(m.Covers) },
            Sign s => new StepJson { Action = "sign", Documents = [.. s.Documents.Select(d => Json(d, vocabulary))], From = Date(s.From), By = Date(s.By) },
            Pass p => Shaped(new StepJson { Action = "pass", Assessment = Json(p.Assessment, vocabulary), By = Date(p.By), Level = p.Level },
                EntryShapeJson.Of(p.Example, [p.Accepts], vocabulary)),
            _ => new StepJson { Action = Prose.Camel(step.GetType().Name) },
        };
    }

    private static StepJson Entry(string action, EntryStep step, Vocabulary vocabulary, ImmutableArray<EntryFilter> options)
    {
        var json = new StepJson { Action = action, List = vocabulary.Name(step.Evidence).Json };
        if (options.Length > 1)
        {
            return json with { Options = [.. options.Select(o => EntryShapeJson.Of(o.Example(step.Accepts.ToArray()) ?? step.Example, [.. step.Accepts, o], vocabulary))] };
        }
        return Shaped(json, EntryShapeJson.Of(step.Example, [.. step.Accepts, .. options], vocabulary));
    }

    private static StepJson Shaped(StepJson json, EntryShapeJson shape)
        => json with { Flags = shape.Flags.Count == 0 ? null : shape.Flags, Values = shape.Values.Count == 0 ? null : shape.Values };

    // Without trailing zeros (27, not 27.0): a sum keeps the largest scale of its terms.
    private static decimal Plain(decimal value) => value / 1.0000000000000000000000000000m;

    private static string? Date(DateOnly? date) => date is { } d ? Prose.Date(d) : null;

    private static List<string>? Ids(ImmutableArray<string> ids) => ids.IsDefaultOrEmpty ? null : [.. ids];

    private static string Json(Enum value, Vocabulary vocabulary) => vocabulary.WordOf(value)?.Json ?? Prose.Camel(value.ToString());
}

/// <summary>The words of an entry that counts: flags set to true, and for each enumerated property the values accepted.</summary>
/// <param name="Flags">Flags (their JSON names).</param>
/// <param name="Values">Property name to accepted values (any one).</param>
public sealed record EntryShapeJson(List<string> Flags, Dictionary<string, List<string>> Values)
{
    /// <summary>The shape of an entry carrying <paramref name="example"/>, with the values each property accepts under <paramref name="filters"/>.</summary>
    public static EntryShapeJson Of(EntryWords example, IReadOnlyList<EntryFilter> filters, Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(filters);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var flags = new List<string>();
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var item in example.Items)
        {
            if (vocabulary.Find(item.Set) is not { } set || item.Bits == 0) continue;
            if (set.Kind == WordSetKind.Tags)
            {
                flags.AddRange(set.In(item.Bits).Select(w => w.Json));
                continue;
            }
            // Every value the filters allow on the property; the example's when they name none.
            ulong allowed = ulong.MaxValue;
            foreach (var f in filters)
            {
                foreach (var c in f.Where)
                {
                    if (c.Set == item.Set && !c.IsTags && c.Bits != 0) allowed &= c.Bits;
                }
            }
            if (allowed == ulong.MaxValue || (allowed & item.Bits) == 0) allowed = item.Bits;
            values[set.Property ?? Prose.Camel(set.Enum.Name)] = [.. set.In(allowed).Select(w => w.Json)];
        }
        return new EntryShapeJson(flags, values);
    }
}

/// <summary>A number a work entry reports.</summary>
/// <param name="Number">The property.</param>
/// <param name="Key">The choice value it is given for (a band), if any.</param>
/// <param name="Value">The amount.</param>
public sealed record NumberJson(string Number, string? Key, decimal Value);
