using System.Collections.Immutable;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Planning;
using Imh.Dsl.Portfolios;

namespace Imh.Dsl;

// The advice of a minimum of years of work: the day the work going on reaches it or, when nothing
// goes on long enough, a new entry of the days still missing at the last entry's FTE.
public sealed partial class ExperienceAttribute
{
    /// <inheritdoc />
    protected override Advice? Advise(ExperienceOutcome outcome, EvaluationContext context)
    {
        var wording = context.Level.Wording;
        var filter = FilterFor(context);
        // Plain locals, no pattern variables, in conditions in this file: see EntryFilter.Refusal.
        var found = filter.Example();
        if (found is null) return null;
        var example = found.Value;
        Step? credentialStep = null;
        string prefix = "";
        DateOnly? from = null;
        var after = After as Enum;
        if (after is not null)
        {
            from = context.EarliestAward(after);
            if (from is null)
            {
                var credential = MinHoursAttribute.Credential(after, context.AsOf, wording);
                if (credential is null) return null;
                credentialStep = credential;
                from = context.AsOf;
                prefix = $"{Prose.WithArticle(MinHoursAttribute.Degrees(after, wording))} awarded by {Prose.Date(context.AsOf)}, then ";
            }
        }

        // The counted entries with their own ends (ongoing work, no end, goes on indefinitely), in a
        // pooled array: every report advises each unmet experience rule, an unneeded alternative's too.
        var work = context.Portfolio.Work;
        var pooled = System.Buffers.ArrayPool<WorkSpan>.Shared.Rent(work.Count);
        try
        {
            int count = 0;
            WorkEntry? latest = null;
            for (int i = 0; i < work.Count; i++)
            {
                var w = work[i];
                if (w.Start > context.AsOf || !filter.Accepts(w)) continue;
                pooled[count++] = new WorkSpan(w.Start, w.End ?? DateOnly.MaxValue, w.Fte);
                if (latest is null || w.Start > latest.Start) latest = w;
            }
            var spans = new ReadOnlySpan<WorkSpan>(pooled, 0, count);
            decimal now = CreditedDays.Compute(spans, from, context.AsOf);
            var what = Work(wording);
            string? plan = null, reported = null;
            Step? going = null;
            AddWork? added = null;
            if (now < RequiredDays)
            {
                var (reached, end) = Reached(spans, from, now, context.AsOf);
                if (reached is not null)
                {
                    var day = reached.Value;
                    going = new ContinueWork(day, RequiredDays - now);
                    plan = $"{Prose.YearsAndDays(Whole(RequiredDays - now))} more {what}, reached on {Prose.Date(day)} if the work going on continues";
                }
                else
                {
                    // Nothing goes on long enough: new work at the last entry's FTE from the first day no counted work credits.
                    decimal fte = latest?.Fte ?? 1m;
                    decimal missing = RequiredDays - CreditedDays.Compute(spans, from, end);
                    var first = Covers(spans, end) ? end.AddDays(1) : end;
                    int days = Whole(missing / fte);
                    if ((long)first.DayNumber + days > DateOnly.MaxValue.DayNumber) return null;
                    added = new AddWork { Evidence = Evidence.Work, Example = example, Accepts = [filter], From = first, Until = first.AddDays(days - 1), Fte = fte };
                    string goingOn = end > context.AsOf ? $", after the work going on ends on {Prose.Date(end)}" : "";
                    plan = $"{Prose.YearsAndDays(Whole(missing))} more {what}, {Pace(fte)} from {Prose.Date(added.From)} to {Prose.Date(added.Until)}{goingOn}";
                }
            }
            var number = Sum as Enum;
            // The outcome has a total exactly when the rule has a number; the comparison is lifted (false without one).
            if (number is not null && outcome.Total < (decimal)SumAtLeast)
            {
                var asked = Reported(number, (decimal)SumAtLeast - outcome.Total.GetValueOrDefault(), context);
                if (asked is null) return null;
                var reports = asked.Value;
                added ??= new AddWork { Evidence = Evidence.Work, Example = example, Accepts = [filter], From = context.AsOf, Until = context.AsOf, Fte = latest?.Fte ?? 1m };
                added = added with { Reports = reports };
                reported = $"{Prose.Hours(reports.Value)} more {NumberWords(number, wording)} reported by {what}";
            }
            var steps = ImmutableArray.CreateBuilder<Step>((credentialStep is null ? 0 : 1) + (going is null ? 0 : 1) + (added is null ? 0 : 1));
            if (credentialStep is not null) steps.Add(credentialStep);
            if (going is not null) steps.Add(going);
            if (added is not null) steps.Add(added);
            string text = plan is null ? reported ?? "" : reported is null ? plan : $"{plan}; {reported}";
            return new Advice(prefix + text, steps.MoveToImmutable());
        }
        finally
        {
            System.Buffers.ArrayPool<WorkSpan>.Shared.Return(pooled);
        }
    }

    // The first day the counted work reaches the minimum if it goes on, or null and the last day it credits.
    private (DateOnly? Day, DateOnly End) Reached(ReadOnlySpan<WorkSpan> spans, DateOnly? from, decimal now, DateOnly asOf)
    {
        decimal ongoing = 0;
        DateOnly end = asOf;
        foreach (var s in spans)
        {
            // Stryker disable once Assignment : without the ongoing FTE the search is not bounded and runs over every later day; ongoing work credits each of them, so it finds the same first day
            if (s.End == DateOnly.MaxValue) ongoing += s.Fte;
            if (s.End > end) end = s.End;
        }
        ongoing = Math.Min(1m, ongoing);
        if (ongoing > 0)
        {
            // Every day after the as-of date credits at least what the ongoing entries give together.
            long bound = (long)asOf.DayNumber + (long)decimal.Ceiling((RequiredDays - now) / ongoing) + 1;
            end = DateOnly.FromDayNumber((int)Math.Min(bound, DateOnly.MaxValue.DayNumber));
        }
        if (CreditedDays.Compute(spans, from, end) < RequiredDays) return (null, end);
        int low = asOf.DayNumber, high = end.DayNumber;
        while (low < high)
        {
            int mid = low + (high - low) / 2;
            if (CreditedDays.Compute(spans, from, DateOnly.FromDayNumber(mid)) >= RequiredDays) high = mid;
            else low = mid + 1;
        }
        return (DateOnly.FromDayNumber(low), end);
    }

    // Some counted work credits the day (a loop: a lambda would capture the day in a closure).
    private static bool Covers(ReadOnlySpan<WorkSpan> spans, DateOnly day)
    {
        foreach (var s in spans)
        {
            if (s.Start <= day && day <= s.End) return true;
        }
        return false;
    }

    // A number given per value of a choice is reported for the level's facet of that choice.
    private static EntryNumber? Reported(Enum number, decimal amount, EvaluationContext context)
    {
        var per = context.Vocabulary.WordOf(number)?.Per;
        if (per is null) return new EntryNumber(number, null, amount);
        var key = context.Level.Facets.FirstOrDefault(f => f.GetType() == per);
        return key is null ? null : new EntryNumber(number, key, amount);
    }

    private static int Whole(decimal days) => (int)decimal.Ceiling(days);

    private static string Pace(decimal fte) => fte == 1m ? "full time" : $"at {Prose.Hours(fte)} FTE";
}
