namespace Imh.Requirements.Iecmh2024.Tests.Support;

/// <summary>Assertions on reports: the outcome, and each requirement's status, with a summary of the report in every failure message.</summary>
public static class Expect
{
    /// <summary>Outcome <c>eligible</c>: every required requirement met or not applicable with nothing missing, nothing waived or left out.</summary>
    public static void Eligible(LevelReport report)
    {
        Outcome(report, "eligible");
        report.Waived.ShouldBeEmpty();
        report.Requirements.Where(r => r.Required && (r.Status == RequirementStatus.NotMet || r.Missing is not null)).ShouldBeEmpty(Summary(report));
        report.Ignored.ShouldBeEmpty();
    }

    /// <summary>Outcome <c>notYet</c> with <paramref name="key"/> the only requirement not met (required or not), its Missing naming <paramref name="missing"/>.</summary>
    public static RequirementResult FailsOnly(LevelReport report, string key, string missing)
    {
        Outcome(report, "notYet");
        report.Requirements.Where(r => r.Status == RequirementStatus.NotMet).Select(r => r.Key).ShouldBe([key], Summary(report));
        var result = Is(report, key, RequirementStatus.NotMet, missing);
        result.Required.ShouldBeTrue();
        return result;
    }

    /// <summary>The report's outcome id (<c>eligible</c>, <c>emerging</c>, <c>notYet</c>), and <c>Eligible</c> agreeing with it.</summary>
    public static void Outcome(LevelReport report, string outcome)
    {
        report.Outcome.Id.ShouldBe(outcome, Summary(report));
        report.Eligible.ShouldBe(outcome != "notYet", Summary(report));
    }

    /// <summary>The requirement is met.</summary>
    public static RequirementResult Met(LevelReport report, string key) => Is(report, key, RequirementStatus.Met);

    /// <summary>The requirement is not met; its Missing names <paramref name="missing"/> when given.</summary>
    public static RequirementResult NotMet(LevelReport report, string key, string? missing = null) => Is(report, key, RequirementStatus.NotMet, missing);

    /// <summary>The requirement is not applicable.</summary>
    public static RequirementResult NotApplicable(LevelReport report, string key) => Is(report, key, RequirementStatus.NotApplicable);

    /// <summary>The requirement has <paramref name="status"/>; when not met, its Missing names <paramref name="missing"/> (when given).</summary>
    public static RequirementResult Is(LevelReport report, string key, RequirementStatus status, string? missing = null)
    {
        var result = report.Requirements.SingleOrDefault(r => r.Key == key).ShouldNotBeNull($"no requirement {key} in {Summary(report)}");
        result.Status.ShouldBe(status, $"{key}: {result.Detail} / missing: {result.Missing}");
        if (missing is not null) Lacks(result).ShouldContain(missing, Case.Sensitive, $"{key}: {result.Detail} / missing: {result.Missing}");
        if (status != RequirementStatus.NotMet) result.Missing.ShouldBeNull(key);
        return result;
    }

    /// <summary>
    /// What the evidence lacks, in the spec's words: the detail after "it lacks" when the rule says so
    /// there (sets of hours: parts, sources, windows), otherwise the missing line. The missing line
    /// itself is the advice (what to add, dated), proved by the language's advice tests.
    /// </summary>
    public static string Lacks(RequirementResult result)
    {
        const string lacks = "; it lacks ";
        int at = result.Detail.IndexOf(lacks, StringComparison.Ordinal);
        return at >= 0 ? result.Detail[(at + lacks.Length)..] : result.Missing.ShouldNotBeNull(result.Detail);
    }

    /// <summary>An initial requirement declared with <paramref name="obligation"/> and no rule: nothing is checked, so the report has no result for it.</summary>
    public static void Unchecked(LevelReport report, string key, Obligation obligation)
    {
        var declared = report.Definition.Requirements.Single(r => r.Key == key && !r.IsContinuing);
        declared.Obligation.ShouldBe(obligation);
        declared.Rules.ShouldBeEmpty();
        report.Result(key).ShouldBeNull();
    }

    /// <summary>One line per requirement, for failure messages.</summary>
    public static string Summary(LevelReport report)
        => $"{report.LevelId} {report.Outcome.Id}: " + string.Join(" | ", report.Requirements.Select(r => $"{r.Key}={r.Status} ({r.Detail}; missing: {r.Missing})"));
}

/// <summary>Reading a report's results.</summary>
public static class ReportResults
{
    /// <summary>The result of <paramref name="key"/>, which the report must have.</summary>
    public static RequirementResult Results(this LevelReport report, string key) => report.Result(key).ShouldNotBeNull($"no requirement {key} in {Expect.Summary(report)}");
}
