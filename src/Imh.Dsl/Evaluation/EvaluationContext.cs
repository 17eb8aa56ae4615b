using System.Collections.Immutable;
using Imh.Dsl.Portfolios;

namespace Imh.Dsl.Evaluation;

/// <summary>
/// A portfolio seen at one date: evidence dated after it is left out (and counted in
/// <see cref="Ignored"/>), degree milestones are resolved once, so that rules stay small.
/// </summary>
public sealed class EvaluationContext
{
    private EvaluationContext(Portfolio portfolio, DateOnly asOf, int? renewalYear)
    {
        Portfolio = portfolio;
        AsOf = asOf;
        RenewalYear = renewalYear;
        var ignored = ImmutableArray.CreateBuilder<string>();
        var cutoff = renewalYear is null ? "the as-of date" : $"31 December {renewalYear}";

        Training = Keep(portfolio.Training, t => t.Date <= asOf, out var lateTraining);
        Note(ignored, lateTraining, "training entry", "training entries", $"dated after {cutoff}");
        Sessions = Keep(portfolio.ReflectiveSupervision, s => s.Date <= asOf, out var lateSessions);
        Note(ignored, lateSessions, "reflectiveSupervision entry", "reflectiveSupervision entries", $"dated after {cutoff}");
        Work = Keep(portfolio.Work, w => w.Start <= asOf, out var lateWork);
        Note(ignored, lateWork, "work entry", "work entries", $"starting after {cutoff}");
        Credentials = Keep(portfolio.Credentials, c => c.Awarded <= asOf, out var lateCredentials);
        Note(ignored, lateCredentials, "credential", "credentials", $"awarded after {cutoff}");
        if (portfolio.CodeOfEthicsSigned > asOf) ignored.Add($"codeOfEthicsSigned dated after {cutoff}");
        if (portfolio.EndorsementAgreementSigned > asOf) ignored.Add($"endorsementAgreementSigned dated after {cutoff}");
        if (portfolio.Exam?.Date > asOf) ignored.Add($"exam dated after {cutoff}");
        Ignored = ignored.ToImmutable();

        foreach (var c in Credentials)
        {
            if (c.Type == CredentialType.Bachelor && (EarliestBachelor is null || c.Awarded < EarliestBachelor)) EarliestBachelor = c.Awarded;
            if (c.Type is CredentialType.Master or CredentialType.Doctorate && (EarliestGraduate is null || c.Awarded < EarliestGraduate)) EarliestGraduate = c.Awarded;
        }
    }

    /// <summary>Evaluates initial endorsement as of a date.</summary>
    public static EvaluationContext AsOfDate(Portfolio portfolio, DateOnly asOf) => new(portfolio, asOf, null);

    /// <summary>Evaluates continuing endorsement for a calendar year (evidence up to 31 December).</summary>
    public static EvaluationContext ForRenewal(Portfolio portfolio, int year) => new(portfolio, new DateOnly(year, 12, 31), year);

    /// <summary>The portfolio.</summary>
    public Portfolio Portfolio { get; }
    /// <summary>Evidence dated after this is not counted.</summary>
    public DateOnly AsOf { get; }
    /// <summary>The renewal year, for continuing rules.</summary>
    public int? RenewalYear { get; }
    /// <summary>Training dated on or before <see cref="AsOf"/>.</summary>
    public TrainingEntry[] Training { get; }
    /// <summary>RS/C sessions dated on or before <see cref="AsOf"/>.</summary>
    public ReflectiveSupervisionSession[] Sessions { get; }
    /// <summary>Work started on or before <see cref="AsOf"/>.</summary>
    public WorkEntry[] Work { get; }
    /// <summary>Credentials awarded on or before <see cref="AsOf"/>.</summary>
    public Credential[] Credentials { get; }
    /// <summary>Award date of the earliest bachelor's degree.</summary>
    public DateOnly? EarliestBachelor { get; }
    /// <summary>Award date of the earliest master's or doctorate.</summary>
    public DateOnly? EarliestGraduate { get; }
    /// <summary>Evidence left out, and why.</summary>
    public ImmutableArray<string> Ignored { get; }

    /// <summary>The date a milestone was reached, or null when it was not.</summary>
    public DateOnly? DateOf(Milestone milestone) => milestone switch
    {
        Milestone.Bachelor => EarliestBachelor,
        Milestone.Graduate => EarliestGraduate,
        _ => null,
    };

    /// <summary>The applicant meets a condition.</summary>
    public bool Holds(ApplicantCondition condition) => condition switch
    {
        ApplicantCondition.ProvidesReflectiveSupervision => Portfolio.ProvidesReflectiveSupervision,
        ApplicantCondition.SupervisesOthers => Portfolio.SupervisesOthers,
        _ => true,
    };

    private static T[] Keep<T>(IReadOnlyList<T> items, Func<T, bool> keep, out int dropped)
    {
        var kept = new List<T>(items.Count);
        foreach (var item in items)
        {
            if (keep(item)) kept.Add(item);
        }
        dropped = items.Count - kept.Count;
        return kept.ToArray();
    }

    private static void Note(ImmutableArray<string>.Builder ignored, int count, string one, string many, string why)
    {
        if (count > 0) ignored.Add($"{count} {(count == 1 ? one : many)} {why}");
    }
}
