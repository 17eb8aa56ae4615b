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
            return Found(false, $"no {degree}, so no {EvidenceNoun()} counts yet", $"a {degree} ({EvidenceNoun()} counts from its award date)") with { Hours = 0 };
        }
        var from = context.DateOf(After);
        var entries = Collect(context, from);
        if (WithinYears == 0)
        {
            decimal total = 0;
            foreach (var e in entries) total += e.Hours;
            bool met = total >= Hours;
            return Found(met, $"{Words.Hours(total)} clock hours of {EvidenceWords()}", $"{Words.Hours(Hours - total)} more clock hours of {EvidenceWords()}") with { Hours = total };
        }

        var result = ReflectiveSupervisionWindow.FindBest(entries, Hours, WithinYears, MinSpanYears);
        if (result.Best is not { } best)
        {
            return Found(false, $"no {EvidenceNoun()} counted", $"{Words.Hours(Hours)} clock hours of {EvidenceWords()} within {WindowWords()}") with { Hours = 0 };
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
        return Found(result.Met, detail, missing) with { Hours = best.Hours, WindowStart = best.First, WindowEnd = best.Last };
    }

    /// <inheritdoc />
    public override bool IsMet(EvaluationContext context)
    {
        if (After != Milestone.None && context.DateOf(After) is null) return false;
        var entries = Collect(context, context.DateOf(After));
        if (WithinYears == 0)
        {
            decimal total = 0;
            foreach (var e in entries) total += e.Hours;
            return total >= Hours;
        }
        return ReflectiveSupervisionWindow.FindBest(entries, Hours, WithinYears, MinSpanYears).Met;
    }

    private DatedHours[] Collect(EvaluationContext context, DateOnly? from)
    {
        var list = new List<DatedHours>();
        if (Evidence == HoursEvidence.Training)
        {
            foreach (var t in context.Training)
            {
                if (Counts(t.Date, from, context) && Matches(FlagsOf(t))) list.Add(new DatedHours(t.Date, t.Hours));
            }
        }
        else
        {
            foreach (var s in context.Sessions)
            {
                if (Counts(s.Date, from, context) && Matches(FlagsOf(s))) list.Add(new DatedHours(s.Date, s.Hours));
            }
        }
        return list.ToArray();
    }

    private bool Counts(DateOnly date, DateOnly? from, EvaluationContext context)
        => (from is null || date >= from) && (!InRenewalYear || date.Year == context.RenewalYear);

    private bool Matches(EvidenceFilter flags) => (flags & Where) == Where && (WhereAny == EvidenceFilter.None || (flags & WhereAny) != 0);

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

    private string WindowWords() => MinSpanYears > 0
        ? $"{MinSpanYears} to {Words.Years(WithinYears)}"
        : $"less than {Words.Years(WithinYears)}";

    private string EvidenceWords()
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
