namespace Imh.Requirements.Tests.Support;

/// <summary>Assertions on reports, with a summary of every requirement in the failure message.</summary>
public static class Expect
{
    /// <summary>Eligible, and every requirement met (or not applicable) with nothing missing.</summary>
    public static void EveryRequirementMet(LevelReport report)
    {
        report.Eligible.ShouldBeTrue(Summary(report));
        report.UnmetKeys.ShouldBeEmpty(Summary(report));
        foreach (var r in report.Requirements)
        {
            r.Status.ShouldBe(RequirementStatus.Met, $"{r.Key}: {r.Detail} / missing: {r.Missing}");
            r.Missing.ShouldBeNull(r.Key);
        }
        report.Ignored.ShouldBeEmpty();
    }

    /// <summary>Not eligible, <paramref name="key"/> is the only requirement not met, and its Missing names <paramref name="missing"/>.</summary>
    public static RequirementResult FailsOnly(LevelReport report, string key, string missing)
    {
        report.Eligible.ShouldBeFalse(Summary(report));
        report.UnmetKeys.ShouldBe([key], Summary(report));
        report.Requirements.Where(r => r.Status == RequirementStatus.NotMet).Select(r => r.Key).ShouldBe([key], Summary(report));
        var result = report.Requirements.Single(r => r.Key == key);
        result.Required.ShouldBeTrue();
        result.Missing.ShouldNotBeNull(Summary(report)).ShouldContain(missing, Case.Sensitive, Summary(report));
        return result;
    }

    /// <summary>
    /// Not eligible, <paramref name="key"/> is the only requirement not met, its evidence says what
    /// the best window lacks (<paramref name="lacks"/>), and it advises what to add from the as-of date on.
    /// </summary>
    public static RequirementResult FailsOnlyLacking(LevelReport report, string key, string lacks)
    {
        var result = FailsOnly(report, key, "more");
        result.Detail.ShouldContain(lacks, Case.Sensitive, Summary(report));
        result.Advice.ShouldNotBeNull(Summary(report)).Steps.ShouldNotBeEmpty();
        return result;
    }

    /// <summary>The requirement is met.</summary>
    public static RequirementResult Met(LevelReport report, string key)
    {
        var result = Find(report, key);
        result.Status.ShouldBe(RequirementStatus.Met, $"{key}: {result.Detail} / missing: {result.Missing}");
        return result;
    }

    /// <summary>The requirement is not met; its Missing names <paramref name="missing"/>.</summary>
    public static RequirementResult NotMet(LevelReport report, string key, string? missing = null)
    {
        var result = Find(report, key);
        result.Status.ShouldBe(RequirementStatus.NotMet, $"{key}: {result.Detail}");
        if (missing is not null) result.Missing.ShouldNotBeNull().ShouldContain(missing, Case.Sensitive, result.Detail);
        return result;
    }

    /// <summary>A requirement of the report by key.</summary>
    public static RequirementResult Find(LevelReport report, string key)
        => report.Requirements.SingleOrDefault(r => r.Key == key).ShouldNotBeNull($"no requirement {key} in {Summary(report)}");

    /// <summary>One line per requirement, for failure messages.</summary>
    public static string Summary(LevelReport report)
        => $"{report.LevelId} eligible={report.Eligible}: " + string.Join(" | ", report.Requirements.Select(r => $"{r.Key}={r.Status} ({r.Detail}; missing: {r.Missing})"));

    /// <summary>One line per rule, for failure messages.</summary>
    public static string Summary(RenewalReport report)
        => $"{report.LevelId} {report.Year} eligible={report.Eligible}: " + string.Join(" | ", report.Requirements.Select(r => $"{r.Key}={r.Status} ({r.Detail}; missing: {r.Missing})"));
}
