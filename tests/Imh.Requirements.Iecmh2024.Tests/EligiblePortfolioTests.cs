namespace Imh.Requirements.Iecmh2024.Tests;

/// <summary>Every category's eligible portfolio meets every requirement of that category, and the report names the category's band.</summary>
public class EligiblePortfolioTests
{
    public static TheoryData<string> Categories => [.. Eligible.Ids];

    [Theory]
    [MemberData(nameof(Categories))]
    public void The_eligible_portfolio_of_a_category_meets_every_requirement(string id)
    {
        var report = Evaluate.Level(id, Eligible.For(id));

        report.LevelId.ShouldBe(id);
        Expect.Eligible(report);
    }

    /// <summary>Every category but the associates, whose CDA counts whatever the band.</summary>
    public static TheoryData<string> BandBound => [.. Eligible.Ids.Where(id => !id.EndsWith("FA", StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(BandBound))]
    public void Work_and_sessions_of_one_band_do_not_make_the_portfolio_eligible_for_the_twin_category(string id)
    {
        var report = Evaluate.Level(Twin(id), Eligible.For(id));

        report.Eligible.ShouldBeFalse(Expect.Summary(report));
    }

    [Theory]
    [MemberData(nameof(Categories))]
    public void The_title_of_a_category_names_its_band(string id)
    {
        var definition = Iecmh2024Catalog.Instance.FindLevel(id).ShouldNotBeNull().Definition;

        definition.Title.ShouldContain(Eligible.Band(id) == AgeBand.Infant ? "prenatal to 36 months" : "3 up to 6 years");
    }

    /// <summary>The category of the other band: IFS and ECFS, IMHM-Clinical and ECMHM-Clinical.</summary>
    public static string Twin(string id) => id switch
    {
        "IFA" => "ECFA", "ECFA" => "IFA", "IFS" => "ECFS", "ECFS" => "IFS", "IFRS" => "ECFRS", "ECFRS" => "IFRS",
        "IMHS" => "ECMHS", "ECMHS" => "IMHS",
        _ when id.StartsWith("IMHM", StringComparison.Ordinal) => "EC" + id[1..],
        _ => "I" + id[2..],
    };
}
