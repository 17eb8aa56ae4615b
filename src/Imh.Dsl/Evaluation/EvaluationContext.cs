using System.Collections.Immutable;
using Imh.Dsl.Portfolios;

namespace Imh.Dsl.Evaluation;

/// <summary>
/// One evaluation of a portfolio against a level: the as-of date (evidence dated after it is left
/// out and counted in <see cref="Ignored"/>), the renewal year for continuing rules, and the date
/// that decides which rules are in force. Rules read the portfolio's lists in place and skip what
/// is dated after <see cref="AsOf"/>.
/// </summary>
public sealed class EvaluationContext
{
    private (ulong Types, Type? Set, DateOnly? Date)[] _awards = [];
    private ImmutableArray<string> _ignored;

    /// <summary>Creates a context for an initial evaluation (<paramref name="renewalYear"/> null) or a renewal.</summary>
    public EvaluationContext(Portfolio portfolio, LevelDefinition level, DateOnly asOf, int? renewalYear = null)
    {
        Portfolio = portfolio;
        Level = level;
        AsOf = asOf;
        RenewalYear = renewalYear;
        // A plain local, not a pattern variable, so Stryker can mutate the condition (docs/mutation.md).
        DateOnly? applied = portfolio.ApplicationDate;
        RuleDate = renewalYear is null && applied is not null && applied.Value <= asOf ? applied.Value : asOf;
    }

    /// <summary>The portfolio.</summary>
    public Portfolio Portfolio { get; }

    /// <summary>The level or track evaluated.</summary>
    public LevelDefinition Level { get; }

    /// <summary>The catalog's vocabulary.</summary>
    public Vocabulary Vocabulary => Level.Vocabulary;

    /// <summary>Evidence dated after this is not counted (31 December of the year for a renewal).</summary>
    public DateOnly AsOf { get; }

    /// <summary>The renewal year, for continuing rules; null for initial endorsement.</summary>
    public int? RenewalYear { get; }

    /// <summary>
    /// The day whose rules apply: the application date when the portfolio gives one on or before
    /// the as-of date, otherwise the as-of date (for a renewal, 31 December of the year).
    /// </summary>
    public DateOnly RuleDate { get; }

    /// <summary>
    /// Dated by the as-of date and, for a rule of the renewal year (<paramref name="year"/> not 0; -1
    /// when the evaluation has no renewal year, so nothing is in it), in that year.
    /// </summary>
    internal bool InPeriod(DateOnly date, int year) => date <= AsOf && (year == 0 || date.Year == year);

    /// <summary>Evidence left out, and why (worked out when a report asks: a verdict does not need it).</summary>
    public ImmutableArray<string> Ignored
    {
        get
        {
            if (_ignored.IsDefault) _ignored = LeftOut(Portfolio, AsOf, RenewalYear);
            return _ignored;
        }
    }

    /// <summary>
    /// The award date of the earliest credential, awarded by the as-of date, whose type is one of
    /// <paramref name="types"/> (a value of the catalog's credential choice); null when there is none.
    /// </summary>
    public DateOnly? EarliestAward(Enum types)
    {
        var set = types.GetType();
        ulong bits = WordBits.Of(types);
        foreach (var (t, s, d) in _awards)
        {
            if (t == bits && s == set) return d;
        }
        DateOnly? earliest = null;
        var credentials = Portfolio.Credentials;
        for (int i = 0; i < credentials.Count; i++)
        {
            var c = credentials[i];
            if (c.Awarded > AsOf || (c.Words.Bits(set) & bits) == 0) continue;
            if (earliest is null || c.Awarded < earliest) earliest = c.Awarded;
        }
        _awards = [.. _awards, (bits, set, earliest)];
        return earliest;
    }

    private ImmutableArray<string> LeftOut(Portfolio p, DateOnly asOf, int? renewalYear)
    {
        int training = 0, sessions = 0, work = 0, credentials = 0;
        for (int i = 0; i < p.Training.Count; i++) training += p.Training[i].Date > asOf ? 1 : 0;
        for (int i = 0; i < p.Sessions.Count; i++) sessions += p.Sessions[i].Date > asOf ? 1 : 0;
        for (int i = 0; i < p.Work.Count; i++) work += p.Work[i].Start > asOf ? 1 : 0;
        for (int i = 0; i < p.Credentials.Count; i++) credentials += p.Credentials[i].Awarded > asOf ? 1 : 0;
        // A shortcut for the usual portfolio with nothing late: a mutant that takes it less often (starting
        // true, or counting a signature or result dated on the as-of date) finds no note below and returns the same.
        // Only the first is marked: a mark covers every mutant of its kind in the statement, and the
        // comparisons below have a detectable one beside the equivalent one (docs/mutation.md).
        // Stryker disable once Boolean : the shortcut not taken; the notes below are empty
        bool lateSignature = false, lateAssessment = false;
        foreach (var s in p.Signatures) lateSignature |= s.Date > asOf;
        foreach (var a in p.Assessments) lateAssessment |= a.Date > asOf;
        if (training + sessions + work + credentials == 0 && !lateSignature && !lateAssessment) return [];

        // The notes name the lists and properties as the file does, so the applicant can find them.
        string cutoff = renewalYear is null ? "the as-of date" : $"31 December {renewalYear}";
        var notes = ImmutableArray.CreateBuilder<string>();
        Note(notes, training, Vocabulary.Name(Evidence.Training).Json, $"dated after {cutoff}");
        Note(notes, sessions, Vocabulary.Name(Evidence.Sessions).Json, $"dated after {cutoff}");
        Note(notes, work, Vocabulary.Name(Evidence.Work).Json, $"starting after {cutoff}");
        if (credentials > 0) notes.Add($"{Prose.Count(credentials, "credential", "credentials")} awarded after {cutoff}");
        foreach (var document in Vocabulary.Documents?.Words ?? [])
        {
            if (p.Signatures.Any(s => WordBits.Of(s.Document) == document.Bits && s.Date > asOf)) notes.Add($"{document.Json} dated after {cutoff}");
        }
        foreach (var assessment in Vocabulary.Assessments?.Words ?? [])
        {
            if (p.Assessments.Any(a => WordBits.Of(a.Assessment) == assessment.Bits && a.Date > asOf)) notes.Add($"{assessment.Json} dated after {cutoff}");
        }
        return notes.ToImmutable();
    }

    private static void Note(ImmutableArray<string>.Builder notes, int count, string list, string why)
    {
        if (count > 0) notes.Add($"{Prose.Count(count, list + " entry", list + " entries")} {why}");
    }
}
