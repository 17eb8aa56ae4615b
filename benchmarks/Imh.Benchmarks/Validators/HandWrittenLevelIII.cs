using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using Imh.Dsl;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;

namespace Imh.Benchmarks.Validators;

/// <summary>
/// Level III written by hand, straight-line: the practical limit the generated validator is held
/// to. <see cref="Validate"/> builds the very report the generated <c>LevelIIIValidator.Validate</c>
/// builds (every status, detail, missing text and finding; the benchmark setup compares them field
/// by field), with the level's numbers and descriptions folded into constants and no rule objects.
/// <see cref="IsEligible"/> is the verdict alone, short-circuiting, with the evidence filtered into
/// pooled buffers. Both use the Dsl's primitives for the window search, credited days and
/// the rating matching, as any hand-written validator would.
/// </summary>
public static class HandWrittenLevelIII
{
    private const int StackEntries = 128;

    /// <summary>Only the verdict: every required requirement met or not applicable.</summary>
    public static bool IsEligible(Portfolio p, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(p);
        var graduate = EarliestGraduate(p, asOf);
        return GraduateDegree(p, asOf) is { OfficialTranscript: true }
            && HasCoursework(p, asOf)
            && RelationshipTrainingHours(p, asOf) >= 30m
            && SupervisionWindow(p, asOf).Met
            && SpecializedWorkMet(p, asOf, graduate)
            && ReferencesMet(p)
            && Signed(p.CodeOfEthicsSigned, asOf) && Signed(p.EndorsementAgreementSigned, asOf)
            && p.PortfolioReview is { Passed: true }
            && p.Exam is { Passed: true } exam && !(exam.Date > asOf)
            && CurrentMembership(p, asOf) is not null;
    }

    /// <summary>The full report, the same as the generated validator's.</summary>
    public static LevelReport Validate(Portfolio p, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(p);
        var graduate = EarliestGraduate(p, asOf);
        return new LevelReport("III", "Infant Mental Health Specialist", p.Applicant.Name, asOf,
            [Education(p, asOf), Training(p, asOf), ReflectiveSupervision(p, asOf), SpecializedWork(p, asOf, graduate), References(p), CodeOfEthics(p, asOf), PortfolioReview(p), Exam(p, asOf), Membership(p, asOf)],
            Ignored(p, asOf));
    }

    // ---- education -------------------------------------------------------------------------------

    private const string CredentialRule = "a master's or doctorate with an official transcript";
    private const string CourseworkRule = "coursework evidence: a credential that included infant mental health coursework, a university certificate program or intensive in-service training in place of coursework";

    /// <summary>The first master's or doctorate awarded by the as-of date with a transcript, else the first without.</summary>
    private static Credential? GraduateDegree(Portfolio p, DateOnly asOf)
    {
        Credential? nearMiss = null;
        var credentials = p.Credentials;
        for (int i = 0; i < credentials.Count; i++)
        {
            var c = credentials[i];
            if (c.Awarded > asOf || c.Type is not (CredentialType.Master or CredentialType.Doctorate)) continue;
            if (c.OfficialTranscript) return c;
            nearMiss ??= c;
        }

        return nearMiss;
    }

    private static bool HasCoursework(Portfolio p, DateOnly asOf)
    {
        var credentials = p.Credentials;
        for (int i = 0; i < credentials.Count; i++)
        {
            var c = credentials[i];
            if (c.Awarded <= asOf && (c.ImhCoursework || c.Type == CredentialType.Certificate)) return true;
        }

        var training = p.Training;
        for (int i = 0; i < training.Count; i++)
        {
            if (training[i].Date <= asOf && training[i].InServiceCoursework) return true;
        }

        return false;
    }

    private static RequirementResult Education(Portfolio p, DateOnly asOf)
    {
        var degree = GraduateDegree(p, asOf);
        var credential = degree switch
        {
            { OfficialTranscript: true } => Met(CredentialRule, $"{Name(degree)} with official transcript"),
            not null => NotMet(CredentialRule, $"{Name(degree)} lacks an official transcript", "an official transcript for a master's or doctorate"),
            null => NotMet(CredentialRule, "no master's or doctorate", CredentialRule),
        };
        return Result("education", "Education", EducationSource, [credential, Coursework(p, asOf)]);
    }

    private static Finding Coursework(Portfolio p, DateOnly asOf)
    {
        var credentials = p.Credentials;
        for (int i = 0; i < credentials.Count; i++)
        {
            if (credentials[i].Awarded <= asOf && credentials[i].ImhCoursework) return Met(CourseworkRule, $"IMH coursework in {Name(credentials[i])}");
        }

        for (int i = 0; i < credentials.Count; i++)
        {
            if (credentials[i].Awarded <= asOf && credentials[i].Type == CredentialType.Certificate) return Met(CourseworkRule, $"certificate program {Name(credentials[i])}");
        }

        decimal hours = 0;
        int count = 0;
        var training = p.Training;
        for (int i = 0; i < training.Count; i++)
        {
            if (training[i].Date <= asOf && training[i].InServiceCoursework)
            {
                hours += training[i].Hours;
                count++;
            }
        }

        return count > 0
            ? new Finding { Rule = CourseworkRule, Met = true, Detail = $"{count} in-service training {(count == 1 ? "entry" : "entries")} ({Words.Hours(hours)} clock hours) in place of coursework", Hours = hours }
            : NotMet(CourseworkRule, "no infant mental health coursework evidence", CourseworkRule);
    }

    // ---- training --------------------------------------------------------------------------------

    private const string TrainingRule = "at least 30 clock hours of relationship-based training";

    private static decimal RelationshipTrainingHours(Portfolio p, DateOnly asOf)
    {
        decimal total = 0;
        var training = p.Training;
        for (int i = 0; i < training.Count; i++)
        {
            if (training[i].Date <= asOf && training[i].RelationshipBased) total += training[i].Hours;
        }

        return total;
    }

    private static RequirementResult Training(Portfolio p, DateOnly asOf)
    {
        var total = RelationshipTrainingHours(p, asOf);
        bool met = total >= 30m;
        var finding = new Finding
        {
            Rule = TrainingRule, Met = met, Detail = $"{Words.Hours(total)} clock hours of relationship-based training",
            Missing = met ? null : $"{Words.Hours(30m - total)} more clock hours of relationship-based training", Hours = total,
        };
        return Result("training", "Relationship-based education and training", TrainingSource, [finding]);
    }

    // ---- reflective supervision ------------------------------------------------------------------

    private const string SupervisionEvidence = "reflective supervision/consultation with an approved provider while providing services to infants, toddlers and families";
    private const string SupervisionRule = "at least 50 clock hours of " + SupervisionEvidence + ", within 1 to 2 years";

    /// <summary>Sessions with an approved provider while serving, dated by the as-of date: 50 hours in 1 to 2 years.</summary>
    private static WindowSearchResult SupervisionWindow(Portfolio p, DateOnly asOf)
    {
        var sessions = p.ReflectiveSupervision;
        var buffer = ArrayPool<DatedHours>.Shared.Rent(sessions.Count);
        int n = 0;
        for (int i = 0; i < sessions.Count; i++)
        {
            var s = sessions[i];
            if (s.Date <= asOf && s.ProviderApproved && s.WhileServing) buffer[n++] = new DatedHours(s.Date, s.Hours);
        }

        var result = ReflectiveSupervisionWindow.FindBest(buffer.AsSpan(0, n), 50m, 2, 1);
        ArrayPool<DatedHours>.Shared.Return(buffer);
        return result;
    }

    private static RequirementResult ReflectiveSupervision(Portfolio p, DateOnly asOf)
    {
        var result = SupervisionWindow(p, asOf);
        Finding finding;
        if (result.Best is not { } best)
        {
            finding = new Finding { Rule = SupervisionRule, Met = false, Detail = "no RS/C counted", Missing = "50 clock hours of " + SupervisionEvidence + " within 1 to 2 years", Hours = 0 };
        }
        else
        {
            var detail = $"{Words.Hours(best.Hours)} clock hours in the best window ({Words.Date(best.First)} to {Words.Date(best.Last)})";
            finding = new Finding
            {
                Rule = SupervisionRule, Met = result.Met, Detail = detail,
                Missing = result.Met ? null
                    : result.SpanMet ? $"{Words.Hours(result.Shortfall)} more clock hours within one window of 1 to 2 years"
                    : result.Shortfall > 0 ? $"{Words.Hours(result.Shortfall)} more clock hours, in sessions spanning 1 to 2 years"
                    : "sessions spanning 1 to 2 years (the hours are there, the span is too short)",
                Hours = best.Hours, WindowStart = best.First, WindowEnd = best.Last,
            };
        }

        return Result("reflectiveSupervision", "Reflective supervision/consultation", ReflectiveSupervisionSource, [finding]);
    }

    // ---- specialized work ------------------------------------------------------------------------

    private const string ServicesWork = "post-graduate supervised imhServices";
    private const string InternshipWork = "supervised imhInternship";

    private static DateOnly? EarliestGraduate(Portfolio p, DateOnly asOf)
    {
        DateOnly? earliest = null;
        var credentials = p.Credentials;
        for (int i = 0; i < credentials.Count; i++)
        {
            var c = credentials[i];
            if (c.Awarded <= asOf && c.Type is CredentialType.Master or CredentialType.Doctorate && !(earliest <= c.Awarded)) earliest = c.Awarded;
        }

        return earliest;
    }

    /// <summary>Credited days of supervised work of one kind started by the as-of date, from <paramref name="notBefore"/> on.</summary>
    private static decimal Credited(Portfolio p, DateOnly asOf, WorkKind kind, DateOnly? notBefore)
    {
        var work = p.Work;
        var spans = ArrayPool<WorkSpan>.Shared.Rent(work.Count);
        int n = 0;
        for (int i = 0; i < work.Count; i++)
        {
            var w = work[i];
            if (w.Kind != kind || !w.Supervised || w.Start > asOf) continue;
            spans[n++] = new WorkSpan(w.Start, w.End is { } end && end < asOf ? end : asOf, w.Fte);
        }

        var days = CreditedDays.Compute(spans.AsSpan(0, n), notBefore, asOf);
        ArrayPool<WorkSpan>.Shared.Return(spans);
        return days;
    }

    private static bool SpecializedWorkMet(Portfolio p, DateOnly asOf, DateOnly? graduate)
    {
        if (graduate is null) return false;
        var services = Credited(p, asOf, WorkKind.ImhServices, graduate);
        return services >= 2 * 365 || (services >= 365 && Credited(p, asOf, WorkKind.ImhInternship, null) >= 365);
    }

    private static RequirementResult SpecializedWork(Portfolio p, DateOnly asOf, DateOnly? graduate)
    {
        decimal? services = graduate is null ? null : Credited(p, asOf, WorkKind.ImhServices, graduate);
        var a = Experience("at least 2 years of " + ServicesWork + " work", 2, ServicesWork, services, "a");
        var b1 = Experience("at least 1 year of " + InternshipWork + " work", 1, InternshipWork, Credited(p, asOf, WorkKind.ImhInternship, null), "b");
        var b2 = Experience("at least 1 year of " + ServicesWork + " work", 1, ServicesWork, services, "b");

        string? taken = a.Met ? "a" : b1.Met && b2.Met ? "b" : null;
        string detail = taken switch
        {
            "a" => "(a) " + a.Detail,
            "b" => $"(b) {b1.Detail}; {b2.Detail}",
            _ => $"(a) {a.Detail}; (b) {b1.Detail}; {b2.Detail}",
        };
        string? missing = null;
        if (taken is null)
        {
            var bMissing = b1.Met ? b2.Missing : b2.Met ? b1.Missing : $"{b1.Missing} and {b2.Missing}";
            missing = $"one of: (a) {a.Missing}; or (b) {bMissing}";
        }

        return new RequirementResult
        {
            Key = "specializedWork", Title = "Specialized work experience", Obligation = Obligation.Required,
            Status = taken is null ? RequirementStatus.NotMet : RequirementStatus.Met,
            Detail = detail, Missing = missing, Source = SpecializedWorkSource, Alternative = taken, Findings = [a, b1, b2],
        };
    }

    /// <summary>An experience finding; <paramref name="days"/> null when the post-graduate milestone is not reached.</summary>
    private static Finding Experience(string rule, int years, string qualities, decimal? days, string alternative)
    {
        if (days is not { } credited)
        {
            return new Finding
            {
                Rule = rule, Met = false, Detail = $"no master's or doctorate, so no {qualities} work counts yet",
                Missing = $"a master's or doctorate, then {Words.Years(years)} of {qualities} work", Alternative = alternative, CreditedDays = 0,
            };
        }

        bool met = credited >= years * 365;
        return new Finding
        {
            Rule = rule, Met = met, Detail = $"{Words.YearsAndDays((int)decimal.Floor(credited))} credited of {qualities} work",
            Missing = met ? null : $"{Words.YearsAndDays((int)decimal.Ceiling((years * 365) - credited))} more {qualities} work",
            Alternative = alternative, CreditedDays = credited,
        };
    }

    // ---- references ------------------------------------------------------------------------------

    private const string Item1 = "a current teacher, trainer, supervisor or consultant";
    private const string Item2 = "the person providing reflective supervision/consultation";
    private const string Item3 = "a teacher, trainer, supervisor, consultant or colleague or a supervisee (if the applicant supervises others)";
    private const string ReferencesRule = "3 ratings from different raters: (1) " + Item1 + "; (2) " + Item2 + "; (3) " + Item3 + "; at least one from a rater endorsed at II, III or IV";

    /// <summary>Which of the three numbered items a rating can fill, as bits.</summary>
    private static uint Fills(ReferenceRating r, bool supervisesOthers)
    {
        bool leader = r.Role is RaterRole.Teacher or RaterRole.Trainer or RaterRole.Supervisor or RaterRole.Consultant;
        return (r.Current && leader ? 1u : 0u)
            | (r.ProvidesReflectiveSupervision ? 2u : 0u)
            | (leader || r.Role == RaterRole.Colleague || (r.Role == RaterRole.Supervisee && supervisesOthers) ? 4u : 0u);
    }

    private static bool Endorsed(ReferenceRating r)
        => r.RaterEndorsement is { } level
        && (level.Equals("II", StringComparison.OrdinalIgnoreCase) || level.Equals("III", StringComparison.OrdinalIgnoreCase) || level.Equals("IV", StringComparison.OrdinalIgnoreCase));

    /// <summary>The rater group of each rating (ratings by one person, names trimmed and case-insensitive, are one rater); returns the number of groups.</summary>
    private static int Group(IReadOnlyList<ReferenceRating> refs, Span<int> groupOf)
    {
        int groups = 0;
        for (int i = 0; i < refs.Count; i++)
        {
            groupOf[i] = -1;
            var name = refs[i].Rater.AsSpan().Trim();
            for (int j = 0; j < i; j++)
            {
                if (name.Equals(refs[j].Rater.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    groupOf[i] = groupOf[j];
                    break;
                }
            }

            if (groupOf[i] < 0) groupOf[i] = groups++;
        }

        return groups;
    }

    private static RatingMatch Match(Portfolio p, Span<int> groupOf)
    {
        var refs = p.References;
        int groups = Group(refs, groupOf);
        Span<uint> masks = stackalloc uint[groups];
        Span<bool> endorsed = stackalloc bool[groups];
        masks.Clear();
        endorsed.Clear();
        for (int i = 0; i < refs.Count; i++)
        {
            uint mask = Fills(refs[i], p.SupervisesOthers);
            masks[groupOf[i]] |= mask;
            endorsed[groupOf[i]] |= mask != 0 && Endorsed(refs[i]);
        }

        return RatingMatcher.Match(masks, endorsed, 3);
    }

    private static bool ReferencesMet(Portfolio p)
    {
        Span<int> groupOf = p.References.Count <= StackEntries ? stackalloc int[p.References.Count] : new int[p.References.Count];
        var match = Match(p, groupOf);
        return match.Complete && match.IncludesEndorsed;
    }

    private static RequirementResult References(Portfolio p)
    {
        var refs = p.References;
        var groupOf = new int[refs.Count];
        var match = Match(p, groupOf);
        bool met = match.Complete && match.IncludesEndorsed;

        var assignments = ImmutableArray.CreateBuilder<RatingAssignment>(3);
        var missing = new List<string>(4);
        for (int k = 0; k < 3; k++)
        {
            int g = match.CandidateForItem[k];
            if (g < 0)
            {
                missing.Add(k switch { 0 => "a rating for item 1: " + Item1, 1 => "a rating for item 2: " + Item2, _ => "a rating for item 3: " + Item3 });
                continue;
            }

            for (int i = 0; i < refs.Count; i++)
            {
                if (groupOf[i] == g && (Fills(refs[i], p.SupervisesOthers) & (1u << k)) != 0)
                {
                    assignments.Add(new RatingAssignment(k switch { 0 => "1", 1 => "2", _ => "3" }, refs[i].Rater, RoleName(refs[i].Role)));
                    break;
                }
            }
        }

        if (!match.IncludesEndorsed) missing.Add("one of the ratings from a rater endorsed at II, III or IV");
        var detail = assignments.Count == 0 ? "no rating fills a numbered item" : string.Join("; ", assignments.Select(a => $"{a.Item}: {a.Rater} ({a.Role})"));
        detail += EndorsedDetail(refs, match, groupOf);
        var finding = new Finding { Rule = ReferencesRule, Met = met, Detail = detail, Missing = met ? null : string.Join("; ", missing), Ratings = assignments.DrainToImmutable() };
        return Result("references", "Professional reference ratings", ReferencesSource, [finding]);
    }

    private static string EndorsedDetail(IReadOnlyList<ReferenceRating> refs, RatingMatch match, int[] groupOf)
    {
        foreach (int g in match.CandidateForItem)
        {
            if (g < 0) continue;
            for (int i = 0; i < refs.Count; i++)
            {
                if (groupOf[i] == g && Endorsed(refs[i])) return $"; endorsed rater: {refs[i].Rater} ({refs[i].RaterEndorsement})";
            }
        }

        return "; no endorsed rater among them";
    }

    // ---- documents, review, exam, membership -----------------------------------------------------

    private const string SignedRule = "code of ethics statement and endorsement agreement signed";

    private static bool Signed(DateOnly? date, DateOnly asOf) => date <= asOf;

    private static RequirementResult CodeOfEthics(Portfolio p, DateOnly asOf)
    {
        bool ethics = Signed(p.CodeOfEthicsSigned, asOf);
        bool agreement = Signed(p.EndorsementAgreementSigned, asOf);
        var detail = (ethics, agreement) switch
        {
            (true, true) => $"code of ethics statement signed {Words.Date(p.CodeOfEthicsSigned!.Value)}; endorsement agreement signed {Words.Date(p.EndorsementAgreementSigned!.Value)}",
            (true, false) => $"code of ethics statement signed {Words.Date(p.CodeOfEthicsSigned!.Value)}",
            (false, true) => $"endorsement agreement signed {Words.Date(p.EndorsementAgreementSigned!.Value)}",
            _ => "nothing signed",
        };
        var finding = (ethics, agreement) switch
        {
            (true, true) => Met(SignedRule, detail),
            (true, false) => NotMet(SignedRule, detail, "a signed endorsement agreement"),
            (false, true) => NotMet(SignedRule, detail, "a signed code of ethics statement"),
            _ => NotMet(SignedRule, detail, "a signed code of ethics statement and endorsement agreement"),
        };
        return Result("codeOfEthics", "Code of ethics statement and endorsement agreement", CodeOfEthicsSource, [finding]);
    }

    private static RequirementResult PortfolioReview(Portfolio p)
    {
        const string rule = "the two-level portfolio review passed";
        var finding = p.PortfolioReview is { Passed: true }
            ? Met(rule, "both levels of the review passed")
            : NotMet(rule, p.PortfolioReview is null ? "no portfolio review recorded" : "portfolio review not passed", "a passed two-level portfolio review");
        return Result("portfolioReview", "Portfolio review", PortfolioReviewSource, [finding]);
    }

    private static RequirementResult Exam(Portfolio p, DateOnly asOf)
    {
        const string rule = "the written examination passed";
        const string missing = "a passed written examination";
        var exam = p.Exam;
        var finding = exam is null ? NotMet(rule, "no examination recorded", missing)
            : exam.Date > asOf ? NotMet(rule, $"examination dated {Words.Date(exam.Date.Value)}, after the as-of date", missing)
            : !exam.Passed ? NotMet(rule, "examination not passed", missing)
            : Met(rule, exam.Date is { } d ? $"passed {Words.Date(d)}" : "passed");
        return Result("exam", "Written examination", ExamSource, [finding]);
    }

    private static Membership? CurrentMembership(Portfolio p, DateOnly asOf)
    {
        var memberships = p.Memberships;
        for (int i = 0; i < memberships.Count; i++)
        {
            var m = memberships[i];
            if (m.ImhAssociation && m.From <= asOf && asOf <= m.To) return m;
        }

        return null;
    }

    private static RequirementResult Membership(Portfolio p, DateOnly asOf)
    {
        const string rule = "a current membership of an infant mental health association";
        var finding = CurrentMembership(p, asOf) is { } m
            ? Met(rule, $"{m.Organization} member {Words.Date(m.From)} to {Words.Date(m.To)}")
            : NotMet(rule, $"no infant mental health association membership covering {Words.Date(asOf)}", $"a membership of an infant mental health association covering {Words.Date(asOf)}");
        return Result("membership", "Professional membership", MembershipSource, [finding]);
    }

    // ---- report pieces ---------------------------------------------------------------------------

    /// <summary>Evidence dated after the as-of date, as the report lists it.</summary>
    private static ImmutableArray<string> Ignored(Portfolio p, DateOnly asOf)
    {
        int training = 0, sessions = 0, work = 0, credentials = 0;
        for (int i = 0; i < p.Training.Count; i++) training += p.Training[i].Date > asOf ? 1 : 0;
        for (int i = 0; i < p.ReflectiveSupervision.Count; i++) sessions += p.ReflectiveSupervision[i].Date > asOf ? 1 : 0;
        for (int i = 0; i < p.Work.Count; i++) work += p.Work[i].Start > asOf ? 1 : 0;
        for (int i = 0; i < p.Credentials.Count; i++) credentials += p.Credentials[i].Awarded > asOf ? 1 : 0;
        bool ethics = p.CodeOfEthicsSigned > asOf, agreement = p.EndorsementAgreementSigned > asOf, exam = p.Exam?.Date > asOf;
        if (training + sessions + work + credentials == 0 && !ethics && !agreement && !exam) return [];

        var ignored = ImmutableArray.CreateBuilder<string>();
        if (training > 0) ignored.Add(training == 1 ? "1 training entry dated after the as-of date" : $"{training} training entries dated after the as-of date");
        if (sessions > 0) ignored.Add(sessions == 1 ? "1 reflectiveSupervision entry dated after the as-of date" : $"{sessions} reflectiveSupervision entries dated after the as-of date");
        if (work > 0) ignored.Add(work == 1 ? "1 work entry starting after the as-of date" : $"{work} work entries starting after the as-of date");
        if (credentials > 0) ignored.Add(credentials == 1 ? "1 credential awarded after the as-of date" : $"{credentials} credentials awarded after the as-of date");
        if (ethics) ignored.Add("codeOfEthicsSigned dated after the as-of date");
        if (agreement) ignored.Add("endorsementAgreementSigned dated after the as-of date");
        if (exam) ignored.Add("exam dated after the as-of date");
        return ignored.ToImmutable();
    }

    private static Finding Met(string rule, string detail) => new() { Rule = rule, Met = true, Detail = detail };

    private static Finding NotMet(string rule, string detail, string missing) => new() { Rule = rule, Met = false, Detail = detail, Missing = missing };

    /// <summary>A requirement whose rules must all be met: details and missing texts joined in rule order.</summary>
    private static RequirementResult Result(string key, string title, string source, ImmutableArray<Finding> findings)
    {
        bool met = true;
        foreach (var f in findings) met &= f.Met;
        string detail = findings.Length == 1 ? findings[0].Detail : string.Join("; ", findings.Select(f => f.Detail));
        string? missing = met ? null : findings.Length == 1 ? findings[0].Missing : string.Join("; ", findings.Where(f => !f.Met).Select(f => f.Missing));
        return new RequirementResult
        {
            Key = key, Title = title, Obligation = Obligation.Required, Status = met ? RequirementStatus.Met : RequirementStatus.NotMet,
            Detail = detail, Missing = missing, Source = source, Findings = findings,
        };
    }

    private static string Name(Credential c)
    {
        var type = c.Type switch
        {
            CredentialType.Cda => "cda",
            CredentialType.Associate => "associate",
            CredentialType.Bachelor => "bachelor",
            CredentialType.Master => "master",
            CredentialType.Doctorate => "doctorate",
            _ => "certificate",
        };
        return $"{(string.IsNullOrEmpty(c.Title) ? type : c.Title)} ({type}, {Words.Date(c.Awarded)})";
    }

    private static string RoleName(RaterRole role) => role switch
    {
        RaterRole.Teacher => "teacher",
        RaterRole.CdaMentor => "cdaMentor",
        RaterRole.Instructor => "instructor",
        RaterRole.Trainer => "trainer",
        RaterRole.Supervisor => "supervisor",
        RaterRole.Consultant => "consultant",
        RaterRole.Colleague => "colleague",
        RaterRole.Supervisee => "supervisee",
        RaterRole.Consultee => "consultee",
        RaterRole.DepartmentChair => "departmentChair",
        _ => "student",
    };

    private const string EducationSource = "Master of Arts (MA), Master of Science (MS), Master of Education (MEd), Doctorate in Education (EdD), Master of Social Work (MSW), Master of Nursing (MSN), Doctor of Psychology (PsyD), Doctor of Philosophy (PhD), Medical Doctor (MD), Doctor of Osteopathy (DO) or other degree specific to one’s professional focus in infant mental health; university certificate program and/or course work in areas such as infant and toddler development, family-centered practice, cultural sensitivity, family relationships and dynamics, assessment and intervention, in accordance with MI-AIMH Training Guidelines and Endorsement Competencies; official transcript. Applicants may ask to use intensive in-service training to fulfill some of the recommended coursework.";
    private const string TrainingSource = "Minimum: 30 clock hours of relationship-based education and training pertaining to the social and emotional development of infants, toddlers and families.";
    private const string ReflectiveSupervisionSource = "Relationship-focused, reflective supervision/consultation with an approved supervisor/consultant, individually or in a group, while providing services to infants, toddlers and families. Minimum: 50 clock hours within a 1-year minimum and 2-year maximum timeframe.";
    private const string SpecializedWorkSource = "2 years, post-graduate, supervised work experiences providing culturally sensitive, relationship-focused, infant mental health services OR 1 year supervised graduate internship with direct service experience in providing culturally sensitive, relationship-based, infant mental health services and 1 year, post-graduate, supervised work experience as described above.";
    private const string ReferencesSource = "Total of three professional reference ratings from: 1. One rating from current program supervisor, teacher, trainer or consultant. 2. One rating from person providing reflective supervision/consultation. 3. Third rating may be from another supervisor, teacher, trainer or consultant; colleague; or supervisee (if candidate is a supervisor). Please note: At least one rating must come from someone endorsed at Level II, III, or IV.";
    private const string CodeOfEthicsSource = "Code of Ethics Statement & Endorsement Agreement Signed";
    private const string PortfolioReviewSource = "1. Successful completion of two-level review of contents of portfolio.";
    private const string ExamSource = "2. Successful completion of the MI-AIMH written examination.";
    private const string MembershipSource = "Membership in MI-AIMH or another infant mental health association.";
}
