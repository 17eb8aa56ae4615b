using FluentValidation;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Portfolios;
using Imh.Requirements;

namespace Imh.Benchmarks.Validators;

/// <summary>What a FluentValidation validator validates: the portfolio and the date it is judged at.</summary>
public sealed record LevelIIIApplication(Portfolio Portfolio, DateOnly AsOf);

/// <summary>
/// Level III as a FluentValidation 12 user would write it: one rule per requirement (two for
/// education), the error code the requirement key, predicates in LINQ over the portfolio, and the
/// Dsl's primitives for the window search, credited days and the rating matching. Built once and
/// reused, as FluentValidation recommends.
/// </summary>
public sealed class FluentLevelIIIValidator : AbstractValidator<LevelIIIApplication>
{
    /// <summary>The shared instance.</summary>
    public static readonly FluentLevelIIIValidator Instance = new();

    private FluentLevelIIIValidator()
    {
        RuleFor(a => a.Portfolio.Credentials)
            .Must((a, credentials) => credentials.Any(c => c.Awarded <= a.AsOf && IsGraduate(c) && c.Words.Has(CredentialTag.OfficialTranscript)))
            .WithErrorCode("education").WithMessage("Education: a master's or doctorate with an official transcript is required.");
        RuleFor(a => a.Portfolio)
            .Must((a, p) => p.Credentials.Any(c => c.Awarded <= a.AsOf && c.Words.Has(CredentialTag.ImhCoursework))
                || p.Training.Any(t => t.Date <= a.AsOf && t.Words.Has(TrainingTag.InServiceCoursework)))
            .WithErrorCode("education").WithMessage("Education: evidence of infant mental health coursework is required.");

        RuleFor(a => a.Portfolio.Training.Where(t => t.Date <= a.AsOf && t.Words.Has(TrainingTag.RelationshipBased)).Sum(t => t.Hours))
            .GreaterThanOrEqualTo(30m)
            .OverridePropertyName("training").WithErrorCode("training")
            .WithMessage("Training: at least 30 clock hours of relationship-based training are required; {PropertyValue} counted.");

        RuleFor(a => a.Portfolio.Sessions)
            .Must((a, sessions) => HoursWindows.FindBest(
                sessions.Where(s => s.Date <= a.AsOf && s.Words.Has(SessionTag.RelationshipBased | SessionTag.ProviderApproved | SessionTag.WhileServing))
                    .Select(s => new DatedHours(s.Date, s.Hours)).ToArray(),
                50m, maximumMonths: 24, minimumSpanMonths: 12).Met)
            .WithErrorCode("reflectiveSupervision").WithMessage("Reflective supervision: 50 clock hours within one to two years are required.");

        RuleFor(a => a.Portfolio.Work)
            .Must((a, work) => SpecializedWork(a, work))
            .WithErrorCode("specializedWork").WithMessage("Specialized work: 2 years of post-graduate supervised IMH services, or an internship and 1 year, are required.");

        RuleFor(a => a.Portfolio)
            .Must(References)
            .WithErrorCode("references").WithMessage("References: three ratings filling the three numbered items, one from an endorsed rater, are required.");

        RuleFor(a => a.Portfolio.Signatures)
            .Must((a, signatures) => signatures.Any(s => s.Document.Equals(Document.CodeOfEthics) && s.Date <= a.AsOf))
            .WithErrorCode("codeOfEthics").WithMessage("The code of ethics statement must be signed.");
        RuleFor(a => a.Portfolio.Signatures)
            .Must((a, signatures) => signatures.Any(s => s.Document.Equals(Document.EndorsementAgreement) && s.Date <= a.AsOf))
            .WithErrorCode("codeOfEthics").WithMessage("The endorsement agreement must be signed.");

        RuleFor(a => a.Portfolio.Assessments)
            .Must((a, results) => results.Any(r => r.Assessment.Equals(Assessment.PortfolioReview) && r.Passed && !(r.Date > a.AsOf)))
            .WithErrorCode("portfolioReview").WithMessage("The two-level portfolio review must be passed.");

        RuleFor(a => a.Portfolio.Assessments)
            .Must((a, results) => results.Any(r => r.Assessment.Equals(Assessment.Exam) && r.Passed && !(r.Date > a.AsOf)))
            .WithErrorCode("exam").WithMessage("The written examination must be passed.");

        RuleFor(a => a.Portfolio.Memberships)
            .Must((a, memberships) => memberships.Any(m => m.Words.Has(MembershipTag.ImhAssociation) && m.From <= a.AsOf && a.AsOf <= m.To))
            .WithErrorCode("membership").WithMessage("A current membership of an infant mental health association is required.");
    }

    private static bool IsGraduate(Credential c) => c.Words.Has(CredentialType.Master) || c.Words.Has(CredentialType.Doctorate);

    private static bool SpecializedWork(LevelIIIApplication a, IReadOnlyList<WorkEntry> work)
    {
        var graduate = a.Portfolio.Credentials
            .Where(c => c.Awarded <= a.AsOf && IsGraduate(c))
            .Select(c => (DateOnly?)c.Awarded).Min();
        if (graduate is null) return false;

        decimal Credited(WorkKind kind, DateOnly? from) => CreditedDays.Compute(
            work.Where(w => w.Words.Has(kind) && w.Words.Has(WorkTag.Supervised) && w.Start <= a.AsOf)
                .Select(w => new WorkSpan(w.Start, w.End is { } end && end < a.AsOf ? end : a.AsOf, w.Fte)).ToArray(),
            from, a.AsOf);

        var services = Credited(WorkKind.ImhServices, graduate);
        return services >= 730 || (services >= 365 && Credited(WorkKind.ImhInternship, null) >= 365);
    }

    private static bool References(Portfolio p)
    {
        bool supervises = p.Words.Has(ApplicantTag.SupervisesOthers);
        var raters = p.References.GroupBy(r => r.Rater.Trim(), StringComparer.OrdinalIgnoreCase).ToArray();
        var masks = raters.Select(g => g.Aggregate(0u, (mask, r) => mask | Fills(r, supervises))).ToArray();
        var endorsed = raters.Select(g => g.Any(r => Fills(r, supervises) != 0 && r.RaterEndorsements.Any(IsEndorsed))).ToArray();
        var match = RatingMatcher.Match(masks, endorsed, 3);
        return match.Complete && match.IncludesEndorsed;
    }

    private static bool IsEndorsed(string level) => level is "II" or "III" or "IV" || level.StartsWith("IV-", StringComparison.Ordinal);

    private static bool IsLeader(ReferenceRating r)
        => r.Words.Has(RaterRole.Teacher) || r.Words.Has(RaterRole.Trainer) || r.Words.Has(RaterRole.Supervisor) || r.Words.Has(RaterRole.Consultant);

    private static uint Fills(ReferenceRating r, bool supervisesOthers)
    {
        bool leader = IsLeader(r);
        return (r.Words.Has(ReferenceTag.Current) && leader ? 1u : 0u)
            | (r.Words.Has(ReferenceTag.ProvidesReflectiveSupervision) ? 2u : 0u)
            | (leader || r.Words.Has(RaterRole.Colleague) || (r.Words.Has(RaterRole.Supervisee) && supervisesOthers) ? 4u : 0u);
    }
}
