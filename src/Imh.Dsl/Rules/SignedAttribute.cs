using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Imh.Dsl.Checks;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Planning;
using Imh.Dsl.Portfolios;

namespace Imh.Dsl;

/// <summary>
/// Documents signed on or before the as-of date (a value of the catalog's documents enum; several
/// with <c>|</c>); with <see cref="InRenewalYear"/>, signed again in the renewal year.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true)]
public sealed class SignedAttribute(object documents) : RuleAttribute<SignedOutcome>
{
    /// <summary>The documents to sign.</summary>
    [Words(Evidence.Applicant, Documents = true)]
    public object Documents { get; } = documents;

    /// <summary>Only a signature dated in the renewal year counts (continuing rules).</summary>
    [RenewalOnly]
    public bool InRenewalYear { get; set; }

    /// <inheritdoc />
    public override string Describe(Wording wording)
        => $"{Prose.AndList([.. Words(wording).Select(w => w.Display)])} signed{(InRenewalYear ? " in the renewal year" : "")}";

    /// <inheritdoc />
    public override string Summarize(Wording wording) => InRenewalYear ? "signed each year" : "signed";

    /// <inheritdoc />
    protected override SignedOutcome Assess(EvaluationContext context)
    {
        ulong asked = WordBits.Of((Enum)Documents);
        var words = context.Vocabulary.Documents?.Words ?? [];
        var signatures = context.Portfolio.Signatures;
        // Loops rather than iterators: every report asks, for a document or two among a few signatures.
        int askedWords = 0;
        foreach (var word in words) askedWords += (word.Bits & asked) == 0 ? 0 : 1;
        // One slot per document asked: when all are signed (the usual case) the array is the outcome's as it is.
        var latest = new Signature[askedWords];
        int n = 0;
        ulong signed = 0;
        int year = InRenewalYear ? context.RenewalYear ?? -1 : 0;
        foreach (var word in words)
        {
            if ((word.Bits & asked) == 0) continue;
            Signature? last = null;
            for (int i = 0; i < signatures.Count; i++)
            {
                var s = signatures[i];
                if (WordBits.Of(s.Document) != word.Bits || s.Date > context.AsOf || (year != 0 && s.Date.Year != year)) continue;
                if (last is null || s.Date > last.Date) last = s;
            }
            if (last is null) continue;
            latest[n++] = last;
            signed |= word.Bits;
        }
        var found = n == latest.Length ? latest : latest[..n];
        return new SignedOutcome(signed == asked, ImmutableCollectionsMarshal.AsImmutableArray(found), asked & ~signed) { Year = year > 0 ? year : null };
    }

    /// <inheritdoc />
    protected override Explanation Explain(SignedOutcome outcome, Wording wording)
    {
        var documents = wording.Vocabulary.Documents;
        string detail;
        // Plain locals, no pattern variables, here and below: see PassedAttribute.Reason.
        if (outcome.Signatures.Length == 0) detail = "nothing signed" + (outcome.Year is null ? "" : $" in {outcome.Year}");
        else
        {
            var each = new string[outcome.Signatures.Length];
            for (int i = 0; i < each.Length; i++) each[i] = $"{wording.Value(outcome.Signatures[i].Document)} signed {Prose.Date(outcome.Signatures[i].Date)}";
            detail = string.Join("; ", each);
        }
        if (outcome.Met) return new(detail, null);
        var unsigned = documents?.In(outcome.Unsigned).Select(w => w.Display).ToList() ?? [];
        var missing = $"a signed {Prose.AndList(unsigned)}" + (outcome.Year is null ? "" : $" dated in {outcome.Year}");
        return new(detail, missing);
    }

    /// <inheritdoc />
    protected override Advice? Advise(SignedOutcome outcome, EvaluationContext context)
    {
        var unsigned = context.Vocabulary.Documents?.In(outcome.Unsigned).ToList() ?? [];
        if (unsigned.Count == 0) return null;
        int? year = outcome.Year;
        DateOnly? from = year is null ? null : new DateOnly(year.Value, 1, 1);
        string when = year is null ? "" : $" dated in {year}, by {Prose.Date(context.AsOf)}";
        return new Advice($"a signed {Prose.AndList([.. unsigned.Select(w => w.Display)])}{when}",
            [new Sign([.. unsigned.Select(w => w.Value)], from, context.AsOf)]);
    }

    private IEnumerable<Word> Words(Wording wording) => wording.Vocabulary.Documents?.In(WordBits.Of((Enum)Documents)) ?? [];
}

/// <summary>What a <see cref="SignedAttribute"/> found.</summary>
/// <param name="Met">Every document is signed.</param>
/// <param name="Signatures">The latest counted signature of each signed document.</param>
/// <param name="Unsigned">The documents not signed, as bits of the documents enum.</param>
public sealed record SignedOutcome(bool Met, System.Collections.Immutable.ImmutableArray<Signature> Signatures, ulong Unsigned) : RuleOutcome(Met)
{
    /// <summary>The renewal year the signature must fall in, for a continuing rule.</summary>
    public int? Year { get; init; }
}
