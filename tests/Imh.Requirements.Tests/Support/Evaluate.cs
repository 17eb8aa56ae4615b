namespace Imh.Requirements.Tests.Support;

/// <summary>
/// Runs the generated validators as of <see cref="Dates.AsOf"/> (unless told otherwise) and checks
/// on every call that the verdict-only <c>IsEligible</c> agrees with <c>Validate(...).Eligible</c>.
/// </summary>
public static class Evaluate
{
    public static LevelIReport LevelI(Portfolio p, DateOnly? asOf = null)
        => Agree(LevelIValidator.Validate(p, asOf ?? AsOf), LevelIValidator.IsEligible(p, asOf ?? AsOf));

    public static LevelIIReport LevelII(Portfolio p, DateOnly? asOf = null)
        => Agree(LevelIIValidator.Validate(p, asOf ?? AsOf), LevelIIValidator.IsEligible(p, asOf ?? AsOf));

    public static LevelIIIReport LevelIII(Portfolio p, DateOnly? asOf = null)
        => Agree(LevelIIIValidator.Validate(p, asOf ?? AsOf), LevelIIIValidator.IsEligible(p, asOf ?? AsOf));

    public static LevelIVClinicalReport LevelIVClinical(Portfolio p, DateOnly? asOf = null)
        => Agree(LevelIVClinicalValidator.Validate(p, asOf ?? AsOf), LevelIVClinicalValidator.IsEligible(p, asOf ?? AsOf));

    public static LevelIVPolicyReport LevelIVPolicy(Portfolio p, DateOnly? asOf = null)
        => Agree(LevelIVPolicyValidator.Validate(p, asOf ?? AsOf), LevelIVPolicyValidator.IsEligible(p, asOf ?? AsOf));

    public static LevelIVResearchFacultyReport LevelIVResearchFaculty(Portfolio p, DateOnly? asOf = null)
        => Agree(LevelIVResearchFacultyValidator.Validate(p, asOf ?? AsOf), LevelIVResearchFacultyValidator.IsEligible(p, asOf ?? AsOf));

    /// <summary>Any level by id, through the catalog, with the same agreement check.</summary>
    public static LevelReport Level(string id, Portfolio p, DateOnly? asOf = null)
    {
        var validator = MiAimhCatalog.Instance.FindLevel(id).ShouldNotBeNull($"level {id}");
        return id switch
        {
            "I" => LevelI(p, asOf),
            "II" => LevelII(p, asOf),
            "III" => LevelIII(p, asOf),
            "IV-Clinical" => LevelIVClinical(p, asOf),
            "IV-Policy" => LevelIVPolicy(p, asOf),
            "IV-ResearchFaculty" => LevelIVResearchFaculty(p, asOf),
            _ => validator.Validate(p, asOf ?? AsOf),
        };
    }

    private static T Agree<T>(T report, bool verdict) where T : LevelReport
    {
        verdict.ShouldBe(report.Eligible, $"IsEligible must agree with Validate(...).Eligible; report: {Expect.Summary(report)}");
        return report;
    }
}
