using System.Collections.Immutable;
using Imh.Dsl;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;
using Imh.Requirements;

namespace Imh.Benchmarks.Validators;

// References, signed documents, examinations, membership and the evidence left out, by hand.
public static partial class HandWrittenLevelIII
{
    private const int StackEntries = 128;
    private const ulong Current = (ulong)ReferenceTag.Current;
    private const ulong ProvidesRsc = (ulong)ReferenceTag.ProvidesReflectiveSupervision;
    private const ulong Leaders = (ulong)(RaterRole.Teacher | RaterRole.Trainer | RaterRole.Supervisor | RaterRole.Consultant);
    private const ulong Colleague = (ulong)RaterRole.Colleague;
    private const ulong Supervisee = (ulong)RaterRole.Supervisee;

    private const string Item1 = "a current teacher, trainer, supervisor or consultant";
    private const string Item2 = "a rater providing the applicant's reflective supervision/consultation";
    private const string Item3 = "a teacher, trainer, supervisor, consultant or colleague, or a supervisee (if the applicant supervises others)";
    private const string ReferencesRule = "3 ratings from different raters: (1) " + Item1 + "; (2) " + Item2 + "; (3) " + Item3 + "; at least one from a rater endorsed at II, III or IV";

    // ---- references ------------------------------------------------------------------------------

    /// <summary>Which of the three numbered items a rating can fill, as bits.</summary>
    private static uint Fills(ReferenceRating r, bool supervisesOthers)
    {
        ulong role = r.Words.Bits(typeof(RaterRole));
        ulong tags = r.Words.Bits(typeof(ReferenceTag));
        bool leader = (role & Leaders) != 0;
        return ((tags & Current) != 0 && leader ? 1u : 0u)
            | ((tags & ProvidesRsc) != 0 ? 2u : 0u)
            | (leader || (role & Colleague) != 0 || ((role & Supervisee) != 0 && supervisesOthers) ? 4u : 0u);
    }

    /// <summary>Endorsed at II, III or IV (a track of IV counts as IV).</summary>
    private static bool Endorsed(ReferenceRating r)
    {
        foreach (var held in r.RaterEndorsements)
        {
            if (held is "II" or "III" or "IV" || held.StartsWith("IV-", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>The rater of each rating (ratings by one person, names trimmed and case-insensitive, are one rater); returns the number of raters.</summary>
    private static int Group(IReadOnlyList<ReferenceRating> refs, Span<int> raterOf)
    {
        int raters = 0;
        for (int i = 0; i < refs.Count; i++)
        {
            raterOf[i] = -1;
            var name = refs[i].Rater.AsSpan().Trim();
            for (int j = 0; j < i; j++)
            {
                if (name.Equals(refs[j].Rater.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    raterOf[i] = raterOf[j];
                    break;
                }
            }
            if (raterOf[i] < 0) raterOf[i] = raters++;
        }
        return raters;
    }

    private static RatingMatch Match(Portfolio p, Span<int> raterOf, Span<uint> fills)
    {
        var refs = p.References;
        int raters = Group(refs, raterOf);
        bool supervises = p.Words.Has(ApplicantTag.SupervisesOthers);
        Span<uint> masks = raters <= StackEntries ? stackalloc uint[raters] : new uint[raters];
        Span<bool> endorsed = raters <= StackEntries ? stackalloc bool[raters] : new bool[raters];
        masks.Clear();
        endorsed.Clear();
        for (int i = 0; i < refs.Count; i++)
        {
            fills[i] = Fills(refs[i], supervises);
            masks[raterOf[i]] |= fills[i];
            endorsed[raterOf[i]] |= fills[i] != 0 && Endorsed(refs[i]);
        }
        return RatingMatcher.Match(masks, endorsed, 3);
    }

    private static bool ReferencesMet(Portfolio p)
    {
        int n = p.References.Count;
        Span<int> raterOf = n <= StackEntries ? stackalloc int[n] : new int[n];
        Span<uint> fills = n <= StackEntries ? stackalloc uint[n] : new uint[n];
        var match = Match(p, raterOf, fills);
        return match.Complete && match.IncludesEndorsed;
    }

    private static RequirementResult References(Portfolio p)
    {
        var refs = p.References;
        var raterOf = new int[refs.Count];
        var fills = new uint[refs.Count];
        var match = Match(p, raterOf, fills);

        // The first rating of the matched rater that can fill each item, and the first endorsed one among them.
        var items = ImmutableArray.CreateBuilder<ReferenceRating?>(3);
        var filled = new List<string>(3);
        var missing = new List<string>(4);
        for (int k = 0; k < 3; k++)
        {
            int g = match.CandidateForItem[k];
            ReferenceRating? rating = null;
            for (int i = 0; g >= 0 && i < refs.Count; i++)
            {
                if (raterOf[i] == g && (fills[i] & (1u << k)) != 0) { rating = refs[i]; break; }
            }
            items.Add(rating);
            if (rating is not null) filled.Add($"{k + 1}: {rating.Rater} ({RoleName(rating)})");
            else missing.Add($"a rating for item {k + 1}: {k switch { 0 => Item1, 1 => Item2, _ => Item3 }}");
        }
        ReferenceRating? endorsedRating = null;
        foreach (int g in match.CandidateForItem)
        {
            for (int i = 0; g >= 0 && endorsedRating is null && i < refs.Count; i++)
            {
                if (raterOf[i] == g && fills[i] != 0 && Endorsed(refs[i])) endorsedRating = refs[i];
            }
            if (endorsedRating is not null) break;
        }

        bool met = match.Complete && match.IncludesEndorsed;
        var detail = filled.Count == 0 ? "no rating fills a numbered item" : string.Join("; ", filled);
        detail += endorsedRating is not null
            ? $"; endorsed rater: {endorsedRating.Rater} ({string.Join(", ", endorsedRating.RaterEndorsements)})"
            : "; no endorsed rater among them";
        if (endorsedRating is null) missing.Add("one of the ratings from a rater endorsed at II, III or IV");
        var outcome = new RatingsOutcome(met) { Numbered = true, ItemNumbers = [1, 2, 3], Items = items.MoveToImmutable(), Endorsed = endorsedRating };
        var finding = met ? Met(ReferencesRule, detail, outcome) : NotMet(ReferencesRule, detail, string.Join("; ", missing), outcome);
        return Single("references", "Professional reference ratings", ReferencesSource, finding);
    }

    private static string RoleName(ReferenceRating r)
    {
        ulong role = r.Words.Bits(typeof(RaterRole));
        return (RaterRole)role switch
        {
            RaterRole.Teacher => "teacher",
            RaterRole.CdaMentor => "CDA mentor",
            RaterRole.Instructor => "instructor",
            RaterRole.Trainer => "trainer",
            RaterRole.Supervisor => "supervisor",
            RaterRole.Consultant => "consultant",
            RaterRole.Colleague => "colleague",
            RaterRole.Supervisee => "supervisee",
            RaterRole.Consultee => "consultee",
            RaterRole.DepartmentChair => "department supervisor or chair",
            _ => "student",
        };
    }

    // ---- documents, assessments, membership ------------------------------------------------------

    private const string SignedRule = "code of ethics statement and endorsement agreement signed";

    /// <summary>The latest signature of the document dated by the as-of date.</summary>
    private static Signature? Signed(Portfolio p, DateOnly asOf, Document document)
    {
        Signature? latest = null;
        foreach (var s in p.Signatures)
        {
            if (s.Document is Document d && d == document && s.Date <= asOf && !(latest?.Date >= s.Date)) latest = s;
        }
        return latest;
    }

    private static RequirementResult CodeOfEthics(Portfolio p, DateOnly asOf)
    {
        var ethics = Signed(p, asOf, Document.CodeOfEthics);
        var agreement = Signed(p, asOf, Document.EndorsementAgreement);
        var signatures = ImmutableArray.CreateBuilder<Signature>(2);
        if (ethics is not null) signatures.Add(ethics);
        if (agreement is not null) signatures.Add(agreement);
        ulong unsigned = (ethics is null ? 1UL : 0) | (agreement is null ? 2UL : 0);
        var outcome = new SignedOutcome(unsigned == 0, signatures.ToImmutable(), unsigned);
        var detail = (ethics, agreement) switch
        {
            (not null, not null) => $"code of ethics statement signed {Prose.Date(ethics.Date)}; endorsement agreement signed {Prose.Date(agreement.Date)}",
            (not null, null) => $"code of ethics statement signed {Prose.Date(ethics.Date)}",
            (null, not null) => $"endorsement agreement signed {Prose.Date(agreement.Date)}",
            _ => "nothing signed",
        };
        var finding = unsigned switch
        {
            0 => Met(SignedRule, detail, outcome),
            1 => NotMet(SignedRule, detail, "a signed code of ethics statement", outcome),
            2 => NotMet(SignedRule, detail, "a signed endorsement agreement", outcome),
            _ => NotMet(SignedRule, detail, "a signed code of ethics statement and endorsement agreement", outcome),
        };
        return Single("codeOfEthics", "Code of ethics statement and endorsement agreement", CodeOfEthicsSource, finding);
    }

    /// <summary>The first result that counts or else the most telling one, as the rule decides.</summary>
    private static PassedOutcome Assessed(Portfolio p, DateOnly asOf, Assessment assessment)
    {
        AssessmentResult? best = null;
        var reason = PassedReason.None;
        foreach (var a in p.Assessments)
        {
            if (a.Assessment is not Assessment which || which != assessment) continue;
            var why = a.Date > asOf ? PassedReason.Late : a.Passed ? PassedReason.Passed : PassedReason.NotPassed;
            if (why == PassedReason.Passed) return new PassedOutcome(true, a, why);
            if (best is null || why > reason) (best, reason) = (a, why);
        }
        return new PassedOutcome(false, best, reason);
    }

    private static RequirementResult Passed(string key, string title, string source, PassedOutcome outcome, string name)
    {
        string rule = $"the {name} passed";
        var finding = outcome.Reason switch
        {
            PassedReason.Passed => Met(rule, outcome.Result?.Date is { } d ? $"passed {Prose.Date(d)}" : "passed", outcome),
            PassedReason.Late => NotMet(rule, $"{name} dated {Prose.Date(outcome.Result!.Date!.Value)}, after the as-of date", $"a passed {name}", outcome),
            PassedReason.NotPassed => NotMet(rule, $"{name} not passed", $"a passed {name}", outcome),
            _ => NotMet(rule, $"no {name} recorded", $"a passed {name}", outcome),
        };
        return Single(key, title, source, finding);
    }

    private static Membership? CurrentMembership(Portfolio p, DateOnly asOf)
    {
        foreach (var m in p.Memberships)
        {
            if (m.From <= asOf && asOf <= m.To && Has(m.Words, typeof(MembershipTag), (ulong)MembershipTag.ImhAssociation)) return m;
        }
        return null;
    }

    private static RequirementResult Membership(Portfolio p, DateOnly asOf)
    {
        const string rule = "a current membership of an infant mental health association";
        var m = CurrentMembership(p, asOf);
        var outcome = new MembershipOutcome(m is not null, m, asOf);
        var finding = m is not null
            ? Met(rule, $"{m.Organization} member {Prose.Date(m.From)} to {Prose.Date(m.To)}", outcome)
            : NotMet(rule, $"no membership of an infant mental health association covering {Prose.Date(asOf)}",
                $"a membership of an infant mental health association covering {Prose.Date(asOf)}", outcome);
        return Single("membership", "Professional membership", MembershipSource, finding);
    }

    /// <summary>Evidence dated after the as-of date, as the report lists it.</summary>
    private static ImmutableArray<string> Ignored(Portfolio p, DateOnly asOf)
    {
        int training = 0, sessions = 0, work = 0, credentials = 0;
        for (int i = 0; i < p.Training.Count; i++) training += p.Training[i].Date > asOf ? 1 : 0;
        for (int i = 0; i < p.Sessions.Count; i++) sessions += p.Sessions[i].Date > asOf ? 1 : 0;
        for (int i = 0; i < p.Work.Count; i++) work += p.Work[i].Start > asOf ? 1 : 0;
        for (int i = 0; i < p.Credentials.Count; i++) credentials += p.Credentials[i].Awarded > asOf ? 1 : 0;
        bool ethics = false, agreement = false, exam = false, review = false;
        foreach (var s in p.Signatures)
        {
            ethics |= s.Date > asOf && s.Document is Document.CodeOfEthics;
            agreement |= s.Date > asOf && s.Document is Document.EndorsementAgreement;
        }
        foreach (var a in p.Assessments)
        {
            exam |= a.Date > asOf && a.Assessment is Assessment.Exam;
            review |= a.Date > asOf && a.Assessment is Assessment.PortfolioReview;
        }
        if (training + sessions + work + credentials == 0 && !ethics && !agreement && !exam && !review) return [];

        var ignored = ImmutableArray.CreateBuilder<string>();
        if (training > 0) ignored.Add(training == 1 ? "1 training entry dated after the as-of date" : $"{training} training entries dated after the as-of date");
        if (sessions > 0) ignored.Add(sessions == 1 ? "1 reflectiveSupervision entry dated after the as-of date" : $"{sessions} reflectiveSupervision entries dated after the as-of date");
        if (work > 0) ignored.Add(work == 1 ? "1 work entry starting after the as-of date" : $"{work} work entries starting after the as-of date");
        if (credentials > 0) ignored.Add(credentials == 1 ? "1 credential awarded after the as-of date" : $"{credentials} credentials awarded after the as-of date");
        if (ethics) ignored.Add("codeOfEthicsSigned dated after the as-of date");
        if (agreement) ignored.Add("endorsementAgreementSigned dated after the as-of date");
        if (exam) ignored.Add("exam dated after the as-of date");
        if (review) ignored.Add("portfolioReview dated after the as-of date");
        return ignored.ToImmutable();
    }

    // ---- the source sentences --------------------------------------------------------------------

    private const string EducationReview = "The association decides whether intensive in-service training may stand in for the coursework: “Applicants may ask to use intensive in-service training to fulfill some of the recommended coursework.”";
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
