using Imh.Dsl.Checks;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Planning;
using Imh.Dsl.Portfolios;

namespace Imh.Dsl;

/// <summary>
/// A credential awarded by the as-of date: of the given types (a value of the catalog's credential
/// choice; any type when not given) and carrying every flag of <c>Where</c> ("with an official transcript").
/// </summary>
[Counts(Evidence.Credentials)]
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true)]
public sealed class CredentialAttribute : EntriesRuleAttribute<CredentialOutcome>
{
    /// <summary>A credential of any type.</summary>
    public CredentialAttribute()
    {
    }

    /// <summary>A credential of one of <paramref name="types"/>.</summary>
    public CredentialAttribute(object types) => Types = types;

    /// <summary>The accepted types; null for any.</summary>
    [Words(Evidence.Credentials, ChoicesOnly = true)]
    public object? Types { get; }

    /// <inheritdoc />
    protected override Evidence Counted => Evidence.Credentials;

    /// <inheritdoc />
    protected override IEnumerable<object> AlsoWhere() => Types is null ? [] : [Types];

    /// <inheritdoc />
    public override string Describe(Wording wording) => Prose.WithArticle(wording.Entries(FilterFor(wording)));

    /// <inheritdoc />
    public override string Summarize(Wording wording)
    {
        var tags = Flags(wording);
        // The types by their words, as Describe names them: "master's or doctorate", not the milestone "post-graduate".
        // Plain locals, no pattern variables, here and below: see PassedAttribute.Reason.
        var t = Types as Enum;
        string types = t is null ? wording.Noun(Evidence.Credentials) : MinHoursAttribute.Degrees(t, wording);
        return types + (tags.Count == 0 ? "" : " with " + Prose.AndList([.. tags.Select(w => w.Display)]));
    }

    /// <inheritdoc />
    protected override CredentialOutcome Assess(EvaluationContext context)
    {
        var filter = FilterFor(context);
        Credential? nearMiss = null;
        var credentials = context.Portfolio.Credentials;
        for (int i = 0; i < credentials.Count; i++)
        {
            var c = credentials[i];
            if (c.Awarded > context.AsOf || !IsType(c)) continue;
            if (filter.Accepts(c)) return new CredentialOutcome(true, c);
            // Without types every credential is "of an accepted type": none is a near miss worth naming.
            if (Types is not null) nearMiss ??= c;
        }
        return new CredentialOutcome(false, nearMiss);
    }

    /// <inheritdoc />
    protected override Explanation Explain(CredentialOutcome outcome, Wording wording)
    {
        var filter = FilterFor(wording);
        // The credential met names itself; the flags follow ("MSW (master's, 2014-05-14) with an official transcript").
        if (outcome.Met) return new(wording.Entries(filter, noun: Name(outcome.Credential!, wording)), null);
        var miss = outcome.Credential;
        if (miss is not null)
        {
            var lacking = Flags(wording).Where(w => (miss.Words.Bits(w.Set) & w.Bits) == 0).Select(w => Prose.WithArticle(w.Display)).ToList();
            if (lacking.Count > 0)
            {
                var list = Prose.AndList(lacking);
                var t = Types as Enum;
                string types = t is null ? wording.Noun(Evidence.Credentials) : wording.Value(t);
                return new($"{Name(miss, wording)} lacks {list}", $"{list} for {Prose.WithArticle(types)}");
            }
        }
        return new("no " + wording.Entries(filter), Describe(wording));
    }

    /// <inheritdoc />
    protected override Advice? Advise(CredentialOutcome outcome, EvaluationContext context)
    {
        var wording = context.Level.Wording;
        var filter = FilterFor(wording);
        var words = filter.Example();
        if (words is null) return null;
        var text = Explain(outcome, wording).Missing ?? Describe(wording);
        return new Advice(text,
            [new AddCredential { Evidence = Evidence.Credentials, Example = words.Value, Accepts = [filter], By = context.AsOf }]);
    }

    private bool IsType(Credential c)
    {
        var types = Types as Enum;
        return types is null || (c.Words.Bits(types.GetType()) & WordBits.Of(types)) != 0;
    }

    private List<(Type Set, ulong Bits, string Display)> Flags(Wording wording)
    {
        var flags = new List<(Type, ulong, string)>();
        foreach (var c in FilterFor(wording).Where)
        {
            var set = c.IsTags ? wording.Vocabulary.Find(c.Set) : null;
            if (set is null) continue;
            foreach (var w in set.In(c.Bits)) flags.Add((c.Set, w.Bits, w.Display));
        }
        return flags;
    }

    /// <summary>A credential as people read it: <c>MSW (master's, 2014-05-14)</c>.</summary>
    internal static string Name(Credential c, Wording wording)
    {
        var set = wording.Vocabulary.NamingChoice(Evidence.Credentials);
        var word = set?.FirstIn(c.Words.Bits(set.Enum));
        string type = word is null ? wording.Noun(Evidence.Credentials) : word.Display;
        return $"{(string.IsNullOrEmpty(c.Title) ? type : c.Title)} ({type}, {Prose.Date(c.Awarded)})";
    }
}

/// <summary>What a <see cref="CredentialAttribute"/> found.</summary>
/// <param name="Met">A credential meets the rule.</param>
/// <param name="Credential">The credential that meets it or, when unmet, the first of an accepted type (which lacks a flag).</param>
public sealed record CredentialOutcome(bool Met, Credential? Credential) : RuleOutcome(Met);
