namespace Imh.Requirements.Iecmh2024.Tests.Support;

/// <summary>
/// Runs the generated validators as of <see cref="Dates.AsOf"/> (unless told otherwise), finding
/// each category through the catalog, and checks on every call that the generated verdict-only
/// <c>IsEligible</c> agrees with <c>Validate(...).Eligible</c>.
/// </summary>
public static class Evaluate
{
    private static readonly Dictionary<string, Func<Portfolio, DateOnly, bool>> Verdicts = new(StringComparer.Ordinal)
    {
        ["IFA"] = IfaValidator.IsEligible,
        ["ECFA"] = EcfaValidator.IsEligible,
        ["IFS"] = IfsValidator.IsEligible,
        ["ECFS"] = EcfsValidator.IsEligible,
        ["IFRS"] = IfrsValidator.IsEligible,
        ["ECFRS"] = EcfrsValidator.IsEligible,
        ["IMHS"] = ImhsValidator.IsEligible,
        ["ECMHS"] = EcmhsValidator.IsEligible,
        ["IMHM-Clinical"] = ImhmClinicalValidator.IsEligible,
        ["IMHM-Policy"] = ImhmPolicyValidator.IsEligible,
        ["IMHM-ResearchFaculty"] = ImhmResearchFacultyValidator.IsEligible,
        ["ECMHM-Clinical"] = EcmhmClinicalValidator.IsEligible,
        ["ECMHM-Policy"] = EcmhmPolicyValidator.IsEligible,
        ["ECMHM-ResearchFaculty"] = EcmhmResearchFacultyValidator.IsEligible,
    };

    /// <summary>A category by id or alias, through the catalog.</summary>
    public static LevelReport Level(string id, Portfolio p, DateOnly? asOf = null)
    {
        var validator = Iecmh2024Catalog.Instance.FindLevel(id).ShouldNotBeNull($"category {id}");
        var report = validator.Validate(p, asOf ?? AsOf);
        Verdicts[report.LevelId](p, asOf ?? AsOf).ShouldBe(report.Eligible, $"IsEligible must agree with Validate(...).Eligible; report: {Expect.Summary(report)}");
        return report;
    }

    /// <summary>The renewal of a category for a calendar year, through the catalog.</summary>
    public static RenewalReport Renewal(string id, Portfolio p, int year)
        => Iecmh2024Catalog.Instance.FindRenewal(id).ShouldNotBeNull($"renewal of {id}").Validate(p, year);
}
