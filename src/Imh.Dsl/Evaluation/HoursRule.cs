using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;

namespace Imh.Dsl.Evaluation;

/// <summary>A minimum of clock hours of training or RS/C, optionally within one time window. From <see cref="MinHoursAttribute"/>.</summary>
public sealed class HoursRule : Rule
{
    /// <summary>Minimum clock hours.</summary>
    public required decimal Hours { get; init; }
    /// <summary>Training or RS/C.</summary>
    public HoursEvidence Evidence { get; init; }
    /// <summary>Flags every counted entry carries.</summary>
    public EvidenceFilter Where { get; init; }
    /// <summary>Flags of which a counted entry carries at least one.</summary>
    public EvidenceFilter WhereAny { get; init; }
    /// <summary>Maximum window in years (exclusive); 0 for none.</summary>
    public int WithinYears { get; init; }
    /// <summary>Minimum span in years; 0 for none.</summary>
    public int MinSpanYears { get; init; }
    /// <summary>Entries count from this milestone on.</summary>
    public Milestone After { get; init; }
    /// <summary>Entries count only in the renewal year.</summary>
    public bool InRenewalYear { get; init; }
    /// <summary>Key of the requirement these hours are part of.</summary>
    public string? PartOf { get; init; }

    /// <inheritdoc />
    public override string Describe()
    {
        var text = $"at least {Words.Hours(Hours)} clock hours of {EvidenceWords()}";
        if (After != Milestone.None) text += After == Milestone.Bachelor ? ", dated on or after the earliest bachelor's degree" : ", dated on or after the earliest master's or doctorate";
        if (InRenewalYear) text += ", dated in the renewal year";
        if (PartOf is not null) text += $" (part of the {PartOf} hours)";
        if (WithinYears > 0) text += $", within {WindowWords()}";
        return text;
    }

    /// <inheritdoc />
    public override string Summarize()
    {
        var text = $"{Words.Hours(Hours)} h {EvidenceNoun()}";
        if (After == Milestone.Bachelor) text += " post-bachelor's";
        if (After == Milestone.Graduate) text += " post-graduate";
        if (WithinYears > 0) text += MinSpanYears > 0 ? $" in {MinSpanYears}–{WithinYears} years" : $" in < {Words.Years(WithinYears)}";
        if (InRenewalYear) text += " per year";
        return text;
    }

    /// <inheritdoc />
    public override Finding Evaluate(EvaluationContext context)
    {
        if (After != Milestone.None && context.DateOf(After) is null)
        {
            var degree = After == Milestone.Bachelor ? "bachelor's degree" : "master's or doctorate";
            return Found(false, $"no {degree}, so no {EvidenceNoun()} counts yet", $"a {degree} ({EvidenceNoun()} counts from its award date)", hours: 0);
        }
        var from = context.DateOf(After);
        if (WithinYears == 0)
        {
            decimal total = Total(context, from);
            bool met = total >= Hours;
            return Found(met, $"{Words.Hours(total)} clock hours of {EvidenceWords()}", met ? null : $"{Words.Hours(Hours - total)} more clock hours of {EvidenceWords()}", hours: total);
        }

        var result = Search(context, from);
        if (result.Best is not { } best)
        {
            return Found(false, $"no {EvidenceNoun()} counted", $"{Words.Hours(Hours)} clock hours of {EvidenceWords()} within {WindowWords()}", hours: 0);
        }
        var detail = $"{Words.Hours(best.Hours)} clock hours in the best window ({Words.Date(best.First)} to {Words.Date(best.Last)})";
        string? missing = null;
        if (!result.Met)
        {
            missing = result.SpanMet
                ? $"{Words.Hours(result.Shortfall)} more clock hours within one window of {WindowWords()}"
                : result.Shortfall > 0
                    ? $"{Words.Hours(result.Shortfall)} more clock hours, in sessions spanning {WindowWords()}"
                    : $"sessions spanning {WindowWords()} (the hours are there, the span is too short)";
        }
        return Found(result.Met, detail, missing, hours: best.Hours, windowStart: best.First, windowEnd: best.Last);
    }

    /// <inheritdoc />
    public override bool IsMet(EvaluationContext context)
    {
        if (After != Milestone.None && context.DateOf(After) is null) return false;
        var from = context.DateOf(After);
        return WithinYears == 0 ? Total(context, from) >= Hours : Search(context, from).Met;
    }

    /// <summary>The hours of the counted entries (those dated by the as-of date that pass the filters).</summary>
    private decimal Total(EvaluationContext context, DateOnly? from)
    {
        decimal total = 0;
        var filter = new EntryFilter(this, context, from);
        if (Evidence == HoursEvidence.Training)
        {
            var training = context.Portfolio.Training;
            for (int i = 0; i < training.Count; i++)
            {
                var t = training[i];
                if (filter.Counts(t.Date, FlagsOf(t))) total += t.Hours;
            }
        }
        else
        {
            var sessions = context.Portfolio.ReflectiveSupervision;
            for (int i = 0; i < sessions.Count; i++)
            {
                var s = sessions[i];
                if (filter.Counts(s.Date, FlagsOf(s))) total += s.Hours;
            }
        }
        return total;
    }

    /// <summary>The best window of the counted entries, gathered into a pooled buffer.</summary>
    private WindowSearchResult Search(EvaluationContext context, DateOnly? from)
    {
        var filter = new EntryFilter(this, context, from);
        int capacity = Evidence == HoursEvidence.Training ? context.Portfolio.Training.Count : context.Portfolio.ReflectiveSupervision.Count;

        // A pooled buffer (measured faster than a stack buffer even for a few dozen entries); no try/finally:
        // a pooled array lost to an exception is merely not reused.
        var rented = System.Buffers.ArrayPool<DatedHours>.Shared.Rent(capacity);
        var buffer = rented.AsSpan();
        int n = 0;
        if (Evidence == HoursEvidence.Training)
        {
            var training = context.Portfolio.Training;
            for (int i = 0; i < training.Count; i++)
            {
                var t = training[i];
                if (filter.Counts(t.Date, FlagsOf(t))) buffer[n++] = new DatedHours(t.Date, t.Hours);
            }
        }
        else
        {
            var sessions = context.Portfolio.ReflectiveSupervision;
            for (int i = 0; i < sessions.Count; i++)
            {
                var s = sessions[i];
                if (filter.Counts(s.Date, FlagsOf(s))) buffer[n++] = new DatedHours(s.Date, s.Hours);
            }
        }
        var result = ReflectiveSupervisionWindow.FindBest(buffer[..n], Hours, WithinYears, MinSpanYears);
        System.Buffers.ArrayPool<DatedHours>.Shared.Return(rented);
        return result;
    }

    /// <summary>Which entries count, with the rule's and the context's values held in locals for the loops.</summary>
    private readonly struct EntryFilter(HoursRule rule, EvaluationContext context, DateOnly? from)
    {
        private readonly DateOnly asOf = context.AsOf;
        private readonly int from = from?.DayNumber ?? int.MinValue;
        private readonly int renewalYear = rule.InRenewalYear ? context.RenewalYear ?? -1 : 0;
        private readonly EvidenceFilter where = rule.Where;
        private readonly EvidenceFilter whereAny = rule.WhereAny;

        public bool Counts(DateOnly date, EvidenceFilter flags)
            => date <= asOf && date.DayNumber >= from && (renewalYear == 0 || date.Year == renewalYear)
            && (flags & where) == where && (whereAny == EvidenceFilter.None || (flags & whereAny) != 0);
    }

    internal static EvidenceFilter FlagsOf(TrainingEntry t)
        => (t.RelationshipBased ? EvidenceFilter.RelationshipBased : 0)
         | (t.InfantMentalHealth ? EvidenceFilter.InfantMentalHealth : 0)
         | (t.AboutReflectiveSupervision ? EvidenceFilter.AboutReflectiveSupervision : 0)
         | (t.Approved ? EvidenceFilter.Approved : 0)
         | (t.InServiceCoursework ? EvidenceFilter.InServiceCoursework : 0);

    internal static EvidenceFilter FlagsOf(ReflectiveSupervisionSession s)
        => (s.RelationshipBased ? EvidenceFilter.RelationshipBased : 0)
         | (s.WhileServing ? EvidenceFilter.WhileServing : 0)
         | (s.ProviderApproved ? EvidenceFilter.ProviderApproved : 0);

    private string EvidenceNoun() => Evidence == HoursEvidence.Training ? "training" : "RS/C";

    // Built once per rule: every finding repeats them.
    private string? windowWords;
    private string? evidenceWords;

    private string WindowWords() => windowWords ??= MinSpanYears > 0
        ? $"{MinSpanYears} to {Words.Years(WithinYears)}"
        : $"less than {Words.Years(WithinYears)}";

    private string EvidenceWords() => evidenceWords ??= DescribeEvidence();

    private string DescribeEvidence()
    {
        var qualities = new List<string>();
        if ((Where & EvidenceFilter.Approved) != 0) qualities.Add("approved");
        if ((Where & EvidenceFilter.RelationshipBased) != 0) qualities.Add("relationship-based");
        if ((Where & EvidenceFilter.InfantMentalHealth) != 0) qualities.Add("infant mental health");
        if ((Where & EvidenceFilter.AboutReflectiveSupervision) != 0) qualities.Add("reflective supervision/consultation");
        if ((Where & EvidenceFilter.InServiceCoursework) != 0) qualities.Add("in-service coursework");
        var text = qualities.Count == 0 ? "" : string.Join(" ", qualities) + " ";
        text += Evidence == HoursEvidence.Training ? "training" : "reflective supervision/consultation";
        var extra = new List<string>();
        if ((Where & EvidenceFilter.ProviderApproved) != 0) extra.Add("with an approved provider");
        if ((Where & EvidenceFilter.WhileServing) != 0) extra.Add("while providing services to infants, toddlers and families");
        if (extra.Count > 0) text += " " + string.Join(" ", extra);
        if (WhereAny != EvidenceFilter.None)
        {
            var any = new List<string>();
            if ((WhereAny & EvidenceFilter.InfantMentalHealth) != 0) any.Add("specialized in infant mental health");
            if ((WhereAny & EvidenceFilter.AboutReflectiveSupervision) != 0) any.Add("about reflective supervision/consultation");
            if ((WhereAny & EvidenceFilter.RelationshipBased) != 0) any.Add("relationship-based");
            if ((WhereAny & EvidenceFilter.Approved) != 0) any.Add("approved");
            if ((WhereAny & EvidenceFilter.InServiceCoursework) != 0) any.Add("in-service coursework");
            text += " " + Words.OrList(any);
        }
        return text;
    }
}
