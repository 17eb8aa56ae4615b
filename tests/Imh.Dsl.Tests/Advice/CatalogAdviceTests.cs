using CsCheck;
using Imh.Dsl.Planning;
using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;
using Imh.Requirements;

namespace Imh.Dsl.Tests.Advice;

/// <summary>
/// Advice over a real catalog: MI-AIMH's levels and renewals, on the sample portfolios with random
/// entries taken out and random as-of dates. Every requirement not met that advises is met once
/// its advice is followed; the not-yet Level III sample becomes eligible by following all of it.
/// </summary>
public class CatalogAdviceTests
{
    private const int Iterations = 600;

    private static Portfolio[] Samples => SamplePortfolios.All;

    [Fact]
    public void Followed_advice_meets_every_MI_AIMH_requirement_it_is_given_for()
    {
        int advised = 0;
        Gen.Select(Gen.Int[0, Samples.Length - 1], Gen.Int[0, 2200], Gen.Int[0, 7].Array[8], Gen.Int).Sample((sample, days, keep, seed) =>
        {
            var portfolio = SamplePortfolios.Thin(Samples[sample], keep);
            var asOf = new DateOnly(2024, 1, 1).AddDays(days);
            foreach (var level in MiAimhCatalog.Instance.Levels)
            {
                foreach (var result in level.Definition.Evaluate(portfolio, asOf).Results())
                {
                    if (result.Status != RequirementStatus.NotMet) continue;
                    var advice = result.Advice.ShouldNotBeNull($"{level.Definition.Id} {result.Key}: {result.Missing}");
                    foreach (var way in Advised.Ways(advice))
                    {
                        var (followed, checkOn) = new Follow(new Random(seed)).Apply(portfolio, way, asOf);
                        var after = level.Definition.Evaluate(followed, checkOn).Results().Single(r => r.Key == result.Key);
                        after.Status.ShouldBe(RequirementStatus.Met, $"{level.Definition.Id} {result.Key} as of {asOf}, checked on {checkOn}: {result.Missing} -> {after.Detail} / {after.Missing}");
                    }
                    advised++;
                }
            }
        }, iter: Iterations, threads: 1);
        advised.ShouldBeGreaterThan(Iterations);
    }

    [Fact]
    public void Followed_advice_meets_every_MI_AIMH_renewal_rule_it_is_given_for()
    {
        int advised = 0;
        Gen.Select(Gen.Int[0, Samples.Length - 1], Gen.Int[2024, 2028], Gen.Int[0, 7].Array[8], Gen.Int).Sample((sample, year, keep, seed) =>
        {
            var portfolio = SamplePortfolios.Thin(Samples[sample], keep);
            foreach (var renewal in MiAimhCatalog.Instance.Renewals)
            {
                foreach (var result in renewal.Definition.Renew(portfolio, year).Results())
                {
                    if (result.Status != RequirementStatus.NotMet) continue;
                    var advice = result.Advice.ShouldNotBeNull($"{renewal.Definition.Id} {result.Key}: {result.Missing}");
                    var (followed, _) = new Follow(new Random(seed)).Apply(portfolio, [.. advice.Steps], new DateOnly(year, 12, 31));
                    var after = renewal.Definition.Renew(followed, year).Results().Single(r => r.Key == result.Key);
                    after.Status.ShouldBe(RequirementStatus.Met, $"{renewal.Definition.Id} {result.Key} in {year}: {result.Missing} -> {after.Detail}");
                    advised++;
                }
            }
        }, iter: Iterations / 2, threads: 1);
        advised.ShouldBeGreaterThan(Iterations / 2);
    }

    [Fact]
    public void The_not_yet_Level_III_sample_is_eligible_once_its_advice_as_of_2026_11_24_is_followed()
    {
        var portfolio = SamplePortfolios.Named("not-yet-level-iii.json");
        var asOf = new DateOnly(2026, 11, 24);
        var report = LevelIIIValidator.Validate(portfolio, asOf);
        report.UnmetKeys.ShouldBe(["reflectiveSupervision", "exam"]);
        var rsc = report.ReflectiveSupervision.Advice!.Steps.OfType<AddHours>().Single();
        (rsc.Hours, rsc.From, rsc.By).ShouldBe((27m, asOf, (DateOnly?)new DateOnly(2026, 12, 5)));

        var steps = report.Requirements.Where(r => r.Advice is not null).SelectMany(r => r.Advice!.Steps).ToList();
        var (followed, checkOn) = new Follow(new Random(17)).Apply(portfolio, steps, asOf);

        LevelIIIValidator.Validate(followed, checkOn).Eligible.ShouldBeTrue();
    }
}
