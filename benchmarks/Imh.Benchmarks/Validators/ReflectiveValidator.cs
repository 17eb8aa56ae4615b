using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.InteropServices;
using Imh.Dsl;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Portfolios;

namespace Imh.Benchmarks.Validators;

/// <summary>
/// The design a user would write without the generator: read a level's <c>[Requirement]</c> and
/// rule attributes with System.Reflection and interpret them against a portfolio. It reuses the
/// Dsl's primitives (window search, credited days, rating matching) as such a user would, and
/// applies the evaluation rules of <c>requirements.md</c> (as-of date, milestones, alternatives,
/// applicant conditions, <c>[SameAs]</c>, track obligations).
/// </summary>
/// <remarks>
/// Two modes: <see cref="CheckCached"/> reads the attributes of a level once and keeps them in a
/// dictionary, as a real implementation would (DataAnnotations does the same); <see cref="CheckUncached"/>
/// reads them on every call, the naive version.
/// </remarks>
public static class ReflectiveValidator
{
    private static readonly ConcurrentDictionary<Type, LevelPlan> Plans = new();

    /// <summary>Evaluates with the level's attributes read once per type and cached.</summary>
    public static Verdict CheckCached(Type level, Portfolio portfolio, DateOnly asOf)
        => Evaluate(Plans.GetOrAdd(level, ReadPlan), portfolio, asOf);

    /// <summary>Evaluates with the level's attributes read by reflection on this call.</summary>
    public static Verdict CheckUncached(Type level, Portfolio portfolio, DateOnly asOf)
        => Evaluate(ReadPlan(level), portfolio, asOf);

    private sealed record RequirementPlan(string Key, Obligation Obligation, ApplicantCondition When, RuleAttribute[] Rules);

    private sealed record LevelPlan(RequirementPlan[] Requirements);

    /// <summary>The requirements of a concrete level or track: its own and its bases', base first, in declaration order.</summary>
    private static LevelPlan ReadPlan(Type level)
    {
        if (level.IsAbstract || level.GetCustomAttribute<LevelAttribute>() is null && level.GetCustomAttribute<TrackAttribute>() is null)
        {
            throw new ArgumentException($"{level} is not a concrete level or track", nameof(level));
        }

        var overrides = level.GetCustomAttributes<TrackObligationAttribute>(inherit: false).ToDictionary(o => o.Key, o => o.Obligation, StringComparer.Ordinal);
        var chain = new List<Type>();
        for (var t = level; t is not null && t != typeof(object); t = t.BaseType) chain.Insert(0, t);

        var requirements = new List<RequirementPlan>();
        foreach (var type in chain)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).OrderBy(p => p.MetadataToken))
            {
                if (property.GetCustomAttribute<RequirementAttribute>() is not { } requirement) continue;
                var obligation = overrides.GetValueOrDefault(requirement.Key, requirement.Obligation);
                if (obligation == Obligation.NotRequired) continue;
                var rules = RulesOf(property);
                var when = property.GetCustomAttribute<WhenAttribute>()?.Condition ?? ApplicantCondition.None;
                requirements.Add(new RequirementPlan(requirement.Key, obligation, when, rules));
            }
        }

        return new LevelPlan([.. requirements]);
    }

    /// <summary>A requirement's rule attributes; <c>[SameAs]</c> takes those of another declaration's requirement first.</summary>
    private static RuleAttribute[] RulesOf(PropertyInfo property)
    {
        var own = property.GetCustomAttributes<RuleAttribute>(inherit: false);
        return property.GetCustomAttribute<SameAsAttribute>() is { } sameAs
            ? [.. RulesOf(sameAs.Declaration.GetProperty(sameAs.Member) ?? throw new InvalidOperationException($"[SameAs] names {sameAs.Declaration.Name}.{sameAs.Member}, which does not exist")), .. own]
            : [.. own];
    }

    private static Verdict Evaluate(LevelPlan plan, Portfolio portfolio, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        var evidence = new Evidence(portfolio, asOf);
        List<string>? unmet = null;
        foreach (var requirement in plan.Requirements)
        {
            // Every requirement is evaluated (a report would show them all); only required ones decide.
            bool satisfied = !evidence.Holds(requirement.When) || Satisfied(requirement.Rules, evidence);
            if (!satisfied && requirement.Obligation == Obligation.Required) (unmet ??= []).Add(requirement.Key);
        }

        return unmet is null ? Verdict.Pass : new Verdict(false, unmet);
    }

    /// <summary>Unlabelled rules must all be met; of the labelled ones, one alternative must be met in full.</summary>
    private static bool Satisfied(RuleAttribute[] rules, Evidence evidence)
    {
        var alternatives = new Dictionary<string, bool>(StringComparer.Ordinal);
        bool always = true;
        bool ratingsDone = false;
        foreach (var rule in rules)
        {
            bool met;
            if (IsRatingPart(rule))
            {
                // The rating attributes of a requirement form one rule.
                if (ratingsDone) continue;
                ratingsDone = true;
                met = Ratings(rules, evidence);
            }
            else
            {
                met = Met(rule, evidence);
            }

            string? label = IsRatingPart(rule) ? rules.Where(IsRatingPart).Select(r => r.Alternative).FirstOrDefault(a => a is not null) : rule.Alternative;
            if (label is null) always &= met;
            else alternatives[label] = alternatives.GetValueOrDefault(label, true) && met;
        }

        return always && (alternatives.Count == 0 || alternatives.ContainsValue(true));
    }

    private static bool IsRatingPart(RuleAttribute rule)
        => rule is RatingsAttribute or RatingItemAttribute or AtLeastOneRatingAttribute or EndorsedRaterAttribute;

    private static bool Met(RuleAttribute rule, Evidence e) => rule switch
    {
        CredentialAttribute c => Credential(c, e),
        ImhCourseworkAttribute c => Coursework(c, e),
        MinHoursAttribute h => Hours(h, e),
        MinSessionsAttribute s => Sessions(s, e),
        ExperienceAttribute x => Experience(x, e),
        SignedAttribute s => ((s.Documents & Documents.CodeOfEthics) == 0 || e.Portfolio.CodeOfEthicsSigned <= e.AsOf)
                             && ((s.Documents & Documents.EndorsementAgreement) == 0 || e.Portfolio.EndorsementAgreementSigned <= e.AsOf),
        ExamPassedAttribute => e.Portfolio.Exam is { Passed: true } exam && !(exam.Date > e.AsOf),
        PortfolioReviewPassedAttribute => e.Portfolio.PortfolioReview is { Passed: true },
        MembershipAttribute => e.Portfolio.Memberships.Any(m => m.ImhAssociation && m.From <= e.AsOf && e.AsOf <= m.To),
        _ => throw new NotSupportedException($"rule attribute {rule.GetType().Name}"),
    };

    private static bool Credential(CredentialAttribute rule, Evidence e)
    {
        foreach (var c in e.Portfolio.Credentials)
        {
            if (c.Awarded > e.AsOf) continue;
            if ((rule.Types & (CredentialTypes)(1 << (int)c.Type)) != 0 && (!rule.OfficialTranscript || c.OfficialTranscript) && (!rule.RelatedField || c.RelatedField)) return true;
        }

        return false;
    }

    private static bool Coursework(ImhCourseworkAttribute rule, Evidence e)
    {
        foreach (var c in e.Portfolio.Credentials)
        {
            if (c.Awarded <= e.AsOf && (c.ImhCoursework || (rule.AcceptCertificate && c.Type == CredentialType.Certificate))) return true;
        }

        return rule.AcceptInServiceTraining && e.Portfolio.Training.Any(t => t.Date <= e.AsOf && t.InServiceCoursework);
    }

    private static bool Hours(MinHoursAttribute rule, Evidence e)
    {
        var from = e.DateOf(rule.After);
        if (rule.After != Milestone.None && from is null) return false;
        var counted = new List<DatedHours>();
        if (rule.Evidence == HoursEvidence.Training)
        {
            foreach (var t in e.Portfolio.Training)
            {
                var flags = (t.RelationshipBased ? EvidenceFilter.RelationshipBased : 0) | (t.InfantMentalHealth ? EvidenceFilter.InfantMentalHealth : 0)
                    | (t.AboutReflectiveSupervision ? EvidenceFilter.AboutReflectiveSupervision : 0) | (t.Approved ? EvidenceFilter.Approved : 0)
                    | (t.InServiceCoursework ? EvidenceFilter.InServiceCoursework : 0);
                if (Counts(rule, t.Date, from, flags, e)) counted.Add(new DatedHours(t.Date, t.Hours));
            }
        }
        else
        {
            foreach (var s in e.Portfolio.ReflectiveSupervision)
            {
                var flags = (s.RelationshipBased ? EvidenceFilter.RelationshipBased : 0) | (s.WhileServing ? EvidenceFilter.WhileServing : 0)
                    | (s.ProviderApproved ? EvidenceFilter.ProviderApproved : 0);
                if (Counts(rule, s.Date, from, flags, e)) counted.Add(new DatedHours(s.Date, s.Hours));
            }
        }

        var minimum = (decimal)rule.Hours;
        if (rule.WithinYears == 0) return counted.Sum(h => h.Hours) >= minimum;
        return ReflectiveSupervisionWindow.FindBest(CollectionsMarshal.AsSpan(counted), minimum, rule.WithinYears, rule.MinSpanYears).Met;
    }

    // Initial endorsement has no renewal year, so rules counting only the renewal year count nothing.
    private static bool Counts(MinHoursAttribute rule, DateOnly date, DateOnly? from, EvidenceFilter flags, Evidence e)
        => date <= e.AsOf && (from is null || date >= from) && !rule.InRenewalYear
        && (flags & rule.Where) == rule.Where && (rule.WhereAny == EvidenceFilter.None || (flags & rule.WhereAny) != 0);

    private static bool Sessions(MinSessionsAttribute rule, Evidence e)
    {
        if (rule.InRenewalYear) return rule.Count <= 0;
        int n = 0;
        foreach (var s in e.Portfolio.ReflectiveSupervision)
        {
            var flags = (s.RelationshipBased ? EvidenceFilter.RelationshipBased : 0) | (s.WhileServing ? EvidenceFilter.WhileServing : 0)
                | (s.ProviderApproved ? EvidenceFilter.ProviderApproved : 0);
            if (s.Date <= e.AsOf && (flags & rule.Where) == rule.Where) n++;
        }

        return n >= rule.Count;
    }

    private static bool Experience(ExperienceAttribute rule, Evidence e)
    {
        var from = e.DateOf(rule.After);
        if (rule.After != Milestone.None && from is null) return false;
        var spans = new List<WorkSpan>();
        foreach (var w in e.Portfolio.Work)
        {
            if (w.Start > e.AsOf || (rule.Kinds & (WorkKinds)(1 << (int)w.Kind)) == 0 || (rule.Paid && !w.Paid) || (rule.Supervised && !w.Supervised)) continue;
            spans.Add(new WorkSpan(w.Start, w.End is { } end && end < e.AsOf ? end : e.AsOf, w.Fte));
        }

        return CreditedDays.Compute(CollectionsMarshal.AsSpan(spans), from, e.AsOf) >= rule.Years * 365;
    }

    /// <summary>The rating attributes of one requirement: a count with "at least one" conditions, or numbered items (a matching).</summary>
    private static bool Ratings(RuleAttribute[] rules, Evidence e)
    {
        var refs = e.Portfolio.References;
        var groups = refs.Select((r, i) => (Name: r.Rater.Trim(), Index: i))
            .GroupBy(r => r.Name, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.Select(r => r.Index).ToArray()).ToArray();
        var endorsedLevels = rules.OfType<EndorsedRaterAttribute>().SelectMany(a => a.Levels).ToArray();
        bool IsEndorsed(ReferenceRating r) => r.RaterEndorsement is { } level && endorsedLevels.Contains(level, StringComparer.OrdinalIgnoreCase);

        var options = rules.OfType<RatingItemAttribute>().SelectMany(o => o.Items.Select(item => (Item: item, Option: o))).ToArray();
        if (options.Length > 0)
        {
            var items = options.Select(o => o.Item).Distinct().Order().ToArray();
            var masks = new uint[groups.Length];
            var endorsed = new bool[groups.Length];
            for (int g = 0; g < groups.Length; g++)
            {
                foreach (var r in groups[g])
                {
                    uint mask = 0;
                    foreach (var (item, o) in options)
                    {
                        if (Accepts(o.Roles, refs[r].Role) && (!o.Current || refs[r].Current) && (!o.ProvidesReflectiveSupervision || refs[r].ProvidesReflectiveSupervision)
                            && (!o.FamiliarWithImh || refs[r].FamiliarWithImh) && e.Holds(o.When))
                        {
                            mask |= 1u << Array.IndexOf(items, item);
                        }
                    }

                    masks[g] |= mask;
                    endorsed[g] |= mask != 0 && IsEndorsed(refs[r]);
                }
            }

            var match = RatingMatcher.Match(masks, endorsed, items.Length);
            return match.Complete && (endorsedLevels.Length == 0 || match.IncludesEndorsed);
        }

        var count = rules.OfType<RatingsAttribute>().FirstOrDefault();
        var roles = count?.Roles ?? RaterRoles.None;
        var accepted = groups.Where(g => g.Any(r => Accepts(roles, refs[r].Role))).ToArray();
        var acceptedRatings = accepted.SelectMany(g => g.Where(r => Accepts(roles, refs[r].Role))).Select(r => refs[r]).ToArray();
        return accepted.Length >= (count?.Count ?? 0)
            && rules.OfType<AtLeastOneRatingAttribute>().All(c => acceptedRatings.Any(r =>
                Accepts(c.Roles, r.Role) && (!c.Current || r.Current) && (!c.ProvidesReflectiveSupervision || r.ProvidesReflectiveSupervision)))
            && (endorsedLevels.Length == 0 || acceptedRatings.Any(IsEndorsed));
    }

    private static bool Accepts(RaterRoles accepted, RaterRole role) => accepted == RaterRoles.None || (accepted & (RaterRoles)(1 << (int)role)) != 0;

    /// <summary>The portfolio at the as-of date, with the degree milestones resolved once.</summary>
    private sealed class Evidence
    {
        public Evidence(Portfolio portfolio, DateOnly asOf)
        {
            Portfolio = portfolio;
            AsOf = asOf;
            foreach (var c in portfolio.Credentials)
            {
                if (c.Awarded > asOf) continue;
                if (c.Type == CredentialType.Bachelor && !(EarliestBachelor <= c.Awarded)) EarliestBachelor = c.Awarded;
                if (c.Type is CredentialType.Master or CredentialType.Doctorate && !(EarliestGraduate <= c.Awarded)) EarliestGraduate = c.Awarded;
            }
        }

        public Portfolio Portfolio { get; }

        public DateOnly AsOf { get; }

        public DateOnly? EarliestBachelor { get; }

        public DateOnly? EarliestGraduate { get; }

        public DateOnly? DateOf(Milestone milestone) => milestone switch
        {
            Milestone.Bachelor => EarliestBachelor,
            Milestone.Graduate => EarliestGraduate,
            _ => null,
        };

        public bool Holds(ApplicantCondition condition) => condition switch
        {
            ApplicantCondition.ProvidesReflectiveSupervision => Portfolio.ProvidesReflectiveSupervision,
            ApplicantCondition.SupervisesOthers => Portfolio.SupervisesOthers,
            _ => true,
        };
    }
}
