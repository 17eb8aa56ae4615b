using System.Collections.Immutable;
using Imh.Dsl.Portfolios;

namespace Imh.Dsl.Evaluation;

/// <summary>
/// A portfolio seen at one date: evidence dated after it is left out (and counted in
/// <see cref="Ignored"/>), degree milestones are resolved once, so that rules stay small.
/// </summary>
/// <remarks>
/// Creating a context reads each list once and allocates nothing when no evidence is left out.
/// The rules read the portfolio's lists in place, skipping entries dated after <see cref="AsOf"/>;
/// the filtered arrays (<see cref="Training"/> and the like) are built only when asked for.
/// </remarks>
public sealed class EvaluationContext
{
    private TrainingEntry[]? training;
    private ReflectiveSupervisionSession[]? sessions;
    private WorkEntry[]? work;
    private Credential[]? credentials;

    private EvaluationContext(Portfolio portfolio, DateOnly asOf, int? renewalYear)
    {
        Portfolio = portfolio;
        AsOf = asOf;
        RenewalYear = renewalYear;

        int lateTraining = 0, lateSessions = 0, lateWork = 0, lateCredentials = 0;
        var trainingList = portfolio.Training;
        for (int i = 0; i < trainingList.Count; i++) lateTraining += trainingList[i].Date > asOf ? 1 : 0;
        var sessionList = portfolio.ReflectiveSupervision;
        for (int i = 0; i < sessionList.Count; i++) lateSessions += sessionList[i].Date > asOf ? 1 : 0;
        var workList = portfolio.Work;
        for (int i = 0; i < workList.Count; i++) lateWork += workList[i].Start > asOf ? 1 : 0;
        var credentialList = portfolio.Credentials;
        for (int i = 0; i < credentialList.Count; i++)
        {
            var c = credentialList[i];
            if (c.Awarded > asOf) { lateCredentials++; continue; }
            if (c.Type == CredentialType.Bachelor && (EarliestBachelor is null || c.Awarded < EarliestBachelor)) EarliestBachelor = c.Awarded;
            if (c.Type is CredentialType.Master or CredentialType.Doctorate && (EarliestGraduate is null || c.Awarded < EarliestGraduate)) EarliestGraduate = c.Awarded;
        }

        bool lateEthics = portfolio.CodeOfEthicsSigned > asOf;
        bool lateAgreement = portfolio.EndorsementAgreementSigned > asOf;
        bool lateExam = portfolio.Exam?.Date > asOf;
        if (lateTraining + lateSessions + lateWork + lateCredentials == 0 && !lateEthics && !lateAgreement && !lateExam)
        {
            Ignored = [];
            return;
        }

        var ignored = ImmutableArray.CreateBuilder<string>();
        var cutoff = renewalYear is null ? "the as-of date" : $"31 December {renewalYear}";
        Note(ignored, lateTraining, "training entry", "training entries", $"dated after {cutoff}");
        Note(ignored, lateSessions, "reflectiveSupervision entry", "reflectiveSupervision entries", $"dated after {cutoff}");
        Note(ignored, lateWork, "work entry", "work entries", $"starting after {cutoff}");
        Note(ignored, lateCredentials, "credential", "credentials", $"awarded after {cutoff}");
        if (lateEthics) ignored.Add($"codeOfEthicsSigned dated after {cutoff}");
        if (lateAgreement) ignored.Add($"endorsementAgreementSigned dated after {cutoff}");
        if (lateExam) ignored.Add($"exam dated after {cutoff}");
        Ignored = ignored.ToImmutable();
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
    public TrainingEntry[] Training => training ??= Keep(Portfolio.Training, AsOf, static (t, asOf) => t.Date <= asOf);
    /// <summary>RS/C sessions dated on or before <see cref="AsOf"/>.</summary>
    public ReflectiveSupervisionSession[] Sessions => sessions ??= Keep(Portfolio.ReflectiveSupervision, AsOf, static (s, asOf) => s.Date <= asOf);
    /// <summary>Work started on or before <see cref="AsOf"/>.</summary>
    public WorkEntry[] Work => work ??= Keep(Portfolio.Work, AsOf, static (w, asOf) => w.Start <= asOf);
    /// <summary>Credentials awarded on or before <see cref="AsOf"/>.</summary>
    public Credential[] Credentials => credentials ??= Keep(Portfolio.Credentials, AsOf, static (c, asOf) => c.Awarded <= asOf);
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

    private static T[] Keep<T>(IReadOnlyList<T> items, DateOnly asOf, Func<T, DateOnly, bool> keep)
    {
        var kept = new List<T>(items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            if (keep(items[i], asOf)) kept.Add(items[i]);
        }
        return kept.ToArray();
    }

    private static void Note(ImmutableArray<string>.Builder ignored, int count, string one, string many, string why)
    {
        if (count > 0) ignored.Add($"{count} {(count == 1 ? one : many)} {why}");
    }
}
