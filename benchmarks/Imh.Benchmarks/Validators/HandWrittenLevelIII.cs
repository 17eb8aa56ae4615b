using System.Buffers;
using System.Collections.Immutable;
using Imh.Dsl;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Planning;
using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;
using Imh.Requirements;

namespace Imh.Benchmarks.Validators;

/// <summary>
/// Level III written by hand, straight-line: the practical limit the generated validator is held
/// to. <see cref="Validate"/> builds the data of the report the generated <c>LevelIIIValidator.Validate</c>
/// builds (every status, detail, missing text, finding and rule outcome; the benchmark setup compares
/// them field by field), with the level's numbers, words and descriptions folded into constants and no
/// rule objects. <see cref="IsEligible"/> is the verdict alone, short-circuiting, with the evidence
/// filtered into pooled buffers. Both use the Dsl's primitives for the window search, credited days
/// and the rating matching, as any hand-written validator would.
/// </summary>
public static partial class HandWrittenLevelIII
{
    // The catalog's words as bits, as a hand-written validator would test them.
    private const ulong Graduate = (ulong)(CredentialType.Master | CredentialType.Doctorate);
    private const ulong Transcript = (ulong)CredentialTag.OfficialTranscript;
    private const ulong Coursework = (ulong)CredentialTag.ImhCoursework;
    private const ulong RelationshipBased = (ulong)TrainingTag.RelationshipBased;
    private const ulong InService = (ulong)TrainingTag.InServiceCoursework;
    private const ulong CountedSession = (ulong)(SessionTag.RelationshipBased | SessionTag.ProviderApproved | SessionTag.WhileServing);
    private const ulong Services = (ulong)WorkKind.ImhServices;
    private const ulong Internship = (ulong)WorkKind.ImhInternship;
    private const ulong Supervised = (ulong)WorkTag.Supervised;

    /// <summary>Only the verdict: every required requirement met.</summary>
    public static bool IsEligible(Portfolio p, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(p);
        return GraduateDegree(p, asOf) is { } degree && Has(degree.Words, typeof(CredentialTag), Transcript)
            && (CourseworkCredential(p, asOf) is not null || InServiceEntries(p, asOf).Count > 0)
            && RelationshipTrainingHours(p, asOf) >= 30m
            && SupervisionWindow(p, asOf).Met
            && SpecializedWorkMet(p, asOf)
            && ReferencesMet(p)
            && Signed(p, asOf, Document.CodeOfEthics) is not null && Signed(p, asOf, Document.EndorsementAgreement) is not null
            && Assessed(p, asOf, Assessment.PortfolioReview).Reason == PassedReason.Passed
            && Assessed(p, asOf, Assessment.Exam).Reason == PassedReason.Passed
            && CurrentMembership(p, asOf) is not null;
    }

    /// <summary>The full report, the same data as the generated validator's.</summary>
    public static HandWrittenReport Validate(Portfolio p, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(p);
        ImmutableArray<RequirementResult> results =
            [Education(p, asOf), Training(p, asOf), ReflectiveSupervision(p, asOf), SpecializedWork(p, asOf), References(p),
             CodeOfEthics(p, asOf), Passed("portfolioReview", "Portfolio review", PortfolioReviewSource, Assessed(p, asOf, Assessment.PortfolioReview), "two-level portfolio review"),
             Passed("exam", "Written examination", ExamSource, Assessed(p, asOf, Assessment.Exam), "written examination"),
             Membership(p, asOf)];
        bool eligible = true;
        foreach (var r in results) eligible &= r.Status != RequirementStatus.NotMet;
        var review = results[0] is { Status: RequirementStatus.Met, Alternative: "b" } ? ImmutableArray.Create("education") : [];
        return new HandWrittenReport("III", "Infant Mental Health Specialist", p.Applicant.Name, asOf,
            eligible ? LevelOutcome.Met : LevelOutcome.NotYet, review, results, Ignored(p, asOf));
    }

    private static bool Has(in EntryWords words, Type set, ulong bits) => (words.Bits(set) & bits) == bits;

    private static bool Any(in EntryWords words, Type set, ulong bits) => (words.Bits(set) & bits) != 0;

    // ---- education -------------------------------------------------------------------------------

    private const string CredentialRule = "a master's or doctorate with an official transcript";
    private const string CourseworkRule = "a credential with infant mental health coursework";
    private const string InServiceRule = "at least 1 training entry of intensive in-service training";

    /// <summary>The first master's or doctorate awarded by the as-of date with a transcript, else the first without.</summary>
    private static Credential? GraduateDegree(Portfolio p, DateOnly asOf)
    {
        Credential? nearMiss = null;
        var credentials = p.Credentials;
        for (int i = 0; i < credentials.Count; i++)
        {
            var c = credentials[i];
            if (c.Awarded > asOf || !Any(c.Words, typeof(CredentialType), Graduate)) continue;
            if (Has(c.Words, typeof(CredentialTag), Transcript)) return c;
            nearMiss ??= c;
        }
        return nearMiss;
    }

    private static Credential? CourseworkCredential(Portfolio p, DateOnly asOf)
    {
        var credentials = p.Credentials;
        for (int i = 0; i < credentials.Count; i++)
        {
            if (credentials[i].Awarded <= asOf && Has(credentials[i].Words, typeof(CredentialTag), Coursework)) return credentials[i];
        }
        return null;
    }

    private static (int Count, decimal Hours) InServiceEntries(Portfolio p, DateOnly asOf)
    {
        int count = 0;
        decimal hours = 0;
        var training = p.Training;
        for (int i = 0; i < training.Count; i++)
        {
            if (training[i].Date > asOf || !Has(training[i].Words, typeof(TrainingTag), InService)) continue;
            count++;
            hours += training[i].Hours;
        }
        return (count, hours);
    }

    private static RequirementResult Education(Portfolio p, DateOnly asOf)
    {
        var degree = GraduateDegree(p, asOf);
        bool transcript = degree is not null && Has(degree.Words, typeof(CredentialTag), Transcript);
        var credential = transcript
            ? Met(CredentialRule, $"{Name(degree!)} with an official transcript", new CredentialOutcome(true, degree))
            : degree is not null
                ? NotMet(CredentialRule, $"{Name(degree)} lacks an official transcript", "an official transcript for a post-graduate", new CredentialOutcome(false, degree))
                : NotMet(CredentialRule, "no master's or doctorate with an official transcript", CredentialRule, new CredentialOutcome(false, null));

        var coursework = CourseworkCredential(p, asOf);
        var a = (coursework is not null
            ? Met(CourseworkRule, $"{Name(coursework)} with infant mental health coursework", new CredentialOutcome(true, coursework))
            : NotMet(CourseworkRule, "no credential with infant mental health coursework", CourseworkRule, new CredentialOutcome(false, null))) with { Alternative = "a" };

        var (count, hours) = InServiceEntries(p, asOf);
        var entries = new EntriesOutcome(count >= 1, count, 1, hours);
        string inService = $"{count} {(count == 1 ? "training entry" : "training entries")} of intensive in-service training{(count > 0 ? $" ({Prose.ClockHours(hours)})" : "")}";
        var b = (entries.Met
            ? Met(InServiceRule, inService, entries)
            : InServiceAdvice(NotMet(InServiceRule, inService, $"1 more training entry of intensive in-service training dated {Prose.Date(asOf)} or later", entries), asOf))
            with { Alternative = "b" };

        var result = Alternatives("education", "Education", EducationSource, [credential, a, b], [credential], ["a", "b"]);
        return result is { Status: RequirementStatus.Met, Alternative: "b" } ? result with { Review = EducationReview } : result;
    }

    private static readonly EntryFilter InServiceFilter = EntryFilter.Create(MiAimhVocabulary.Instance, null, Evidence.Training, where: [TrainingTag.InServiceCoursework]);
    private static readonly EntryWords InServiceExample = InServiceFilter.Example()!.Value;

    // The generated report's advice for the missing entry: one more, dated from the as-of date on.
    private static Finding InServiceAdvice(Finding finding, DateOnly asOf) => finding with
    {
        Advice = new Advice(finding.Missing!, [new AddEntries { Evidence = Evidence.Training, Example = InServiceExample, Accepts = [InServiceFilter], Count = 1, From = asOf }]),
    };

    // ---- training --------------------------------------------------------------------------------

    private const string TrainingRule = "at least 30 clock hours of relationship-based training";

    private static decimal RelationshipTrainingHours(Portfolio p, DateOnly asOf)
    {
        decimal total = 0;
        var training = p.Training;
        for (int i = 0; i < training.Count; i++)
        {
            if (training[i].Date <= asOf && Has(training[i].Words, typeof(TrainingTag), RelationshipBased)) total += training[i].Hours;
        }
        return total;
    }

    private static RequirementResult Training(Portfolio p, DateOnly asOf)
    {
        var total = RelationshipTrainingHours(p, asOf);
        var shortfall = Math.Max(0, 30m - total);
        var outcome = new HoursOutcome(total >= 30m, total, 30m) { Shortfall = shortfall };
        var detail = $"{Prose.ClockHours(total)} of relationship-based training";
        var finding = outcome.Met ? Met(TrainingRule, detail, outcome) : NotMet(TrainingRule, detail, $"{More(shortfall)} of relationship-based training", outcome);
        return Single("training", "Relationship-based education and training", TrainingSource, finding);
    }

    // ---- reflective supervision ------------------------------------------------------------------

    private const string SupervisionEntries = "relationship-based reflective supervision/consultation with an approved provider while providing services to infants, toddlers and families";
    private const string SupervisionRule = "at least 50 clock hours of " + SupervisionEntries + ", within 1 to 2 years";

    /// <summary>Counted sessions dated by the as-of date: 50 hours in a window of 1 to 2 years.</summary>
    private static WindowSearchResult SupervisionWindow(Portfolio p, DateOnly asOf)
    {
        var sessions = p.Sessions;
        var buffer = ArrayPool<DatedHours>.Shared.Rent(sessions.Count);
        int n = 0;
        for (int i = 0; i < sessions.Count; i++)
        {
            var s = sessions[i];
            if (s.Date <= asOf && Has(s.Words, typeof(SessionTag), CountedSession)) buffer[n++] = new DatedHours(s.Date, s.Hours);
        }
        var result = HoursWindows.FindBest(buffer.AsSpan(0, n), 50m, 24, 12);
        ArrayPool<DatedHours>.Shared.Return(buffer);
        return result;
    }

    private static RequirementResult ReflectiveSupervision(Portfolio p, DateOnly asOf)
    {
        var result = SupervisionWindow(p, asOf);
        var outcome = new HoursOutcome(result.Met, result.Best?.Hours ?? 0, 50m) { Window = result.Best, Shortfall = result.Shortfall, SpanMet = result.SpanMet };
        Finding finding;
        if (result.Best is not { } best)
        {
            finding = NotMet(SupervisionRule, "no RS/C counted", "50 clock hours of " + SupervisionEntries + " within 1 to 2 years", outcome);
        }
        else
        {
            var detail = $"{Prose.ClockHours(best.Hours)} in the best window ({Prose.Date(best.First)} to {Prose.Date(best.Last)})";
            finding = result.Met ? Met(SupervisionRule, detail, outcome) : NotMet(SupervisionRule, detail,
                result.SpanMet ? $"{More(result.Shortfall)} within one window of 1 to 2 years"
                : result.Shortfall > 0 ? $"{More(result.Shortfall)}, in RS/C sessions spanning 1 to 2 years"
                : "RS/C sessions spanning 1 to 2 years (the hours are there, the span is too short)", outcome);
        }
        return Single("reflectiveSupervision", "Reflective supervision/consultation", ReflectiveSupervisionSource, finding);
    }

    // ---- specialized work ------------------------------------------------------------------------

    private const string ServicesWork = "post-graduate supervised infant mental health services work";
    private const string InternshipWork = "supervised graduate infant mental health internship work";

    private static DateOnly? EarliestGraduate(Portfolio p, DateOnly asOf)
    {
        DateOnly? earliest = null;
        var credentials = p.Credentials;
        for (int i = 0; i < credentials.Count; i++)
        {
            var c = credentials[i];
            if (c.Awarded <= asOf && Any(c.Words, typeof(CredentialType), Graduate) && !(earliest <= c.Awarded)) earliest = c.Awarded;
        }
        return earliest;
    }

    /// <summary>Credited days of supervised work of one kind started by the as-of date, from <paramref name="notBefore"/> on.</summary>
    private static decimal Credited(Portfolio p, DateOnly asOf, ulong kind, DateOnly? notBefore)
    {
        var work = p.Work;
        var spans = ArrayPool<WorkSpan>.Shared.Rent(work.Count);
        int n = 0;
        for (int i = 0; i < work.Count; i++)
        {
            var w = work[i];
            if (w.Start > asOf || !Any(w.Words, typeof(WorkKind), kind) || !Has(w.Words, typeof(WorkTag), Supervised)) continue;
            spans[n++] = new WorkSpan(w.Start, w.End is { } end && end < asOf ? end : asOf, w.Fte);
        }
        var days = CreditedDays.Compute(spans.AsSpan(0, n), notBefore, asOf);
        ArrayPool<WorkSpan>.Shared.Return(spans);
        return days;
    }

    private static bool SpecializedWorkMet(Portfolio p, DateOnly asOf)
    {
        if (EarliestGraduate(p, asOf) is not { } graduate) return false;
        var services = Credited(p, asOf, Services, graduate);
        return services >= 2 * 365 || (services >= 365 && Credited(p, asOf, Internship, null) >= 365);
    }

    private static RequirementResult SpecializedWork(Portfolio p, DateOnly asOf)
    {
        var graduate = EarliestGraduate(p, asOf);
        decimal? services = graduate is { } since ? Credited(p, asOf, Services, since) : null;
        var a = WorkAdvice(Experience("at least 2 years of " + ServicesWork, 2, ServicesWork, services, "a"), p, asOf, Services, graduate, 2 * 365, ServicesWork);
        var b1 = WorkAdvice(Experience("at least 1 year of " + InternshipWork, 1, InternshipWork, Credited(p, asOf, Internship, null), "b"), p, asOf, Internship, null, 365, InternshipWork);
        var b2 = WorkAdvice(Experience("at least 1 year of " + ServicesWork, 1, ServicesWork, services, "b"), p, asOf, Services, graduate, 365, ServicesWork);
        return Alternatives("specializedWork", "Specialized work experience", SpecializedWorkSource, [a, b1, b2], [], ["a", "b"]);
    }

    /// <summary>An experience finding; <paramref name="days"/> null when there is no master's or doctorate yet.</summary>
    private static Finding Experience(string rule, int years, string work, decimal? days, string alternative)
    {
        int required = years * 365;
        if (days is not { } credited)
        {
            return NotMet(rule, $"no master's or doctorate, so no {work} counts yet", $"a master's or doctorate, then {Prose.Years(years)} of {work}",
                new ExperienceOutcome(false, 0, required) { NoMilestone = true }) with { Alternative = alternative };
        }
        var outcome = new ExperienceOutcome(credited >= required, credited, required);
        var detail = $"{Prose.YearsAndDays((int)decimal.Floor(credited))} credited of {work}";
        var finding = outcome.Met ? Met(rule, detail, outcome)
            : NotMet(rule, detail, $"{Prose.YearsAndDays((int)decimal.Ceiling(required - credited))} more {work}", outcome);
        return finding with { Alternative = alternative };
    }

    /// <summary>
    /// The generated report's advice for missing work (a finding with a master's or doctorate when
    /// one is needed): the day the work going on reaches the minimum or, when nothing goes on long
    /// enough, new work at the latest entry's FTE from the first day no counted work credits.
    /// </summary>
    private static Finding WorkAdvice(Finding finding, Portfolio p, DateOnly asOf, ulong kind, DateOnly? notBefore, int required, string work)
    {
        if (finding.Met || finding.Outcome is ExperienceOutcome { NoMilestone: true }) return finding;
        var all = p.Work;
        var spans = ArrayPool<WorkSpan>.Shared.Rent(all.Count);
        try
        {
            int n = 0;
            decimal ongoing = 0;
            var end = asOf;
            WorkEntry? latest = null;
            for (int i = 0; i < all.Count; i++)
            {
                var w = all[i];
                if (w.Start > asOf || !Any(w.Words, typeof(WorkKind), kind) || !Has(w.Words, typeof(WorkTag), Supervised)) continue;
                var span = spans[n++] = new WorkSpan(w.Start, w.End ?? DateOnly.MaxValue, w.Fte);
                if (span.End == DateOnly.MaxValue) ongoing += span.Fte;
                if (span.End > end) end = span.End;
                if (latest is null || w.Start > latest.Start) latest = w;
            }
            var counted = spans.AsSpan(0, n);
            decimal now = CreditedDays.Compute(counted, notBefore, asOf);
            ongoing = Math.Min(1m, ongoing);
            if (ongoing > 0)
            {
                long bound = (long)asOf.DayNumber + (long)decimal.Ceiling((required - now) / ongoing) + 1;
                end = DateOnly.FromDayNumber((int)Math.Min(bound, DateOnly.MaxValue.DayNumber));
            }
            string text;
            Step step;
            if (CreditedDays.Compute(counted, notBefore, end) >= required)
            {
                int low = asOf.DayNumber, high = end.DayNumber;
                while (low < high)
                {
                    int mid = low + (high - low) / 2;
                    if (CreditedDays.Compute(counted, notBefore, DateOnly.FromDayNumber(mid)) >= required) high = mid;
                    else low = mid + 1;
                }
                var day = DateOnly.FromDayNumber(low);
                step = new ContinueWork(day, required - now);
                text = $"{Prose.YearsAndDays((int)decimal.Ceiling(required - now))} more {work}, reached on {Prose.Date(day)} if the work going on continues";
            }
            else
            {
                decimal fte = latest?.Fte ?? 1m;
                decimal missing = required - CreditedDays.Compute(counted, notBefore, end);
                bool covered = false;
                foreach (var s in counted) covered |= s.Start <= end && end <= s.End;
                var first = covered ? end.AddDays(1) : end;
                int days = (int)decimal.Ceiling(missing / fte);
                if ((long)first.DayNumber + days > DateOnly.MaxValue.DayNumber) return finding;
                var until = first.AddDays(days - 1);
                step = new AddWork { Evidence = Evidence.Work, Example = kind == Internship ? InternshipExample : ServicesExample, Accepts = [kind == Internship ? InternshipFilter : ServicesFilter], From = first, Until = until, Fte = fte };
                string pace = fte == 1m ? "full time" : $"at {Prose.Hours(fte)} FTE";
                string going = end > asOf ? $", after the work going on ends on {Prose.Date(end)}" : "";
                text = $"{Prose.YearsAndDays((int)decimal.Ceiling(missing))} more {work}, {pace} from {Prose.Date(first)} to {Prose.Date(until)}{going}";
            }
            return finding with { Missing = text, Advice = new Advice(text, [step]) };
        }
        finally
        {
            ArrayPool<WorkSpan>.Shared.Return(spans);
        }
    }

    private static readonly EntryFilter InternshipFilter = EntryFilter.Create(MiAimhVocabulary.Instance, null, Evidence.Work, where: [WorkKind.ImhInternship, WorkTag.Supervised]);
    private static readonly EntryWords InternshipExample = InternshipFilter.Example()!.Value;
    private static readonly EntryFilter ServicesFilter = EntryFilter.Create(MiAimhVocabulary.Instance, null, Evidence.Work, where: [WorkKind.ImhServices, WorkTag.Supervised]);
    private static readonly EntryWords ServicesExample = ServicesFilter.Example()!.Value;

    // ---- report pieces ---------------------------------------------------------------------------

    private static string More(decimal hours) => $"{Prose.Hours(hours)} more {(hours == 1 ? "clock hour" : "clock hours")}";

    private static Finding Met(string rule, string detail, RuleOutcome outcome) => new() { Rule = rule, Met = true, Detail = detail, Outcome = outcome };

    private static Finding NotMet(string rule, string detail, string missing, RuleOutcome outcome)
        => new() { Rule = rule, Met = false, Detail = detail, Missing = missing, Outcome = outcome };

    /// <summary>A requirement of one rule: its finding's texts.</summary>
    private static RequirementResult Single(string key, string title, string source, Finding finding) => new()
    {
        Key = key, Title = title, Obligation = Obligation.Required, Status = finding.Met ? RequirementStatus.Met : RequirementStatus.NotMet,
        Detail = finding.Detail, Missing = finding.Missing, Source = source, Findings = [finding],
    };

    /// <summary>
    /// A requirement whose <paramref name="always"/> findings must be met and one of whose alternatives
    /// must be met in full: the details of the alternative taken (or of every one), and what each lacks.
    /// </summary>
    private static RequirementResult Alternatives(string key, string title, string source, ImmutableArray<Finding> findings, Finding[] always, string[] labels)
    {
        string? taken = null;
        foreach (var label in labels)
        {
            if (findings.All(f => f.Alternative != label || f.Met)) { taken = label; break; }
        }
        bool met = always.All(f => f.Met) && taken is not null;
        var details = always.Select(f => f.Detail).ToList();
        var missing = always.Where(f => !f.Met).Select(f => f.Missing!).ToList();
        if (taken is not null)
        {
            details.Add($"({taken}) " + string.Join("; ", findings.Where(f => f.Alternative == taken).Select(f => f.Detail)));
        }
        else
        {
            var ways = new List<string>();
            foreach (var label in labels)
            {
                details.Add($"({label}) " + string.Join("; ", findings.Where(f => f.Alternative == label).Select(f => f.Detail)));
                ways.Add($"({label}) " + string.Join(" and ", findings.Where(f => f.Alternative == label && !f.Met).Select(f => f.Missing)));
            }
            missing.Add("one of: " + string.Join("; or ", ways));
        }
        return new RequirementResult
        {
            Key = key, Title = title, Obligation = Obligation.Required, Status = met ? RequirementStatus.Met : RequirementStatus.NotMet,
            Detail = string.Join("; ", details), Missing = met ? null : string.Join("; ", missing), Source = source, Alternative = taken, Findings = findings,
        };
    }

    /// <summary>A credential as the report names it: <c>MSW (master's, 2014-05-03)</c>.</summary>
    private static string Name(Credential c)
    {
        ulong type = c.Words.Bits(typeof(CredentialType));
        string display = (type & (ulong)CredentialType.Cda) != 0 ? "CDA"
            : (type & (ulong)CredentialType.Associate) != 0 ? "associate's degree"
            : (type & (ulong)CredentialType.Bachelor) != 0 ? "bachelor's"
            : (type & (ulong)CredentialType.Master) != 0 ? "master's"
            : (type & (ulong)CredentialType.Doctorate) != 0 ? "doctorate"
            : "certificate";
        return $"{(string.IsNullOrEmpty(c.Title) ? display : c.Title)} ({display}, {Prose.Date(c.Awarded)})";
    }
}
