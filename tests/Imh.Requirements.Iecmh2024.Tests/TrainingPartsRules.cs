namespace Imh.Requirements.Iecmh2024.Tests;

/// <summary>
/// The training parts rule (iecmh-2024.md, "Training parts"): IECMH, RS/C and DEI parts, each
/// clock hour counted in at most one part, an entry's hours divided between the parts its tags
/// allow; met when avail(P) >= the minimums of P for every non-empty P; C = min over P of
/// (avail(P) + the minimums of the parts not in P); when unmet, total - C more hours and, per part
/// short on its own, how many of them in that part. Checked on IFRS (48 = 30 + 15 + 3) and the
/// Mentor (Policy) 33 = 30 + 3.
/// </summary>
public class TrainingPartsRules
{
    private const TrainingTag Iecmh = TrainingTag.RelationshipBased;
    private const TrainingTag Rsc = TrainingTag.AboutReflectiveSupervision;
    private const TrainingTag Dei = TrainingTag.Dei;

    private static LevelReport Ifrs(params TrainingEntry[] training) => Evaluate.Level("IFRS", Eligible.For("IFRS").WithTraining(training));

    private static TrainingEntry T(decimal hours, TrainingTag tags) => Make.Training("2025-03-01", hours, tags);

    [Fact]
    public void The_spec_example_counts_30_and_asks_18_more_clock_hours_at_least_3_of_them_DEI()
    {
        var report = Ifrs(T(30m, Iecmh | Rsc), T(18m, default));

        var training = Expect.FailsOnly(report, "training", "18 more clock hours");
        training.Detail.ShouldContain("counted once across the parts: 30 of 48");
        Expect.Lacks(training).ShouldContain("at least 3 of them on diversity, equity and inclusion");
    }

    [Fact]
    public void The_spec_example_names_no_part_whose_own_tagged_hours_reach_its_minimum()
    {
        // avail(IECMH) = 30 >= 30 and avail(RS/C) = 30 >= 15: only DEI is short on its own.
        var missing = Expect.Lacks(Expect.NotMet(Ifrs(T(30m, Iecmh | Rsc), T(18m, default)), "training"));

        missing.ShouldNotContain("IECMH");
        missing.ShouldNotContain("about reflective supervision/consultation");
    }

    [Fact]
    public void Exactly_30_15_and_3_hours_meet_the_48()
        => Expect.Eligible(Ifrs(T(30m, Iecmh), T(15m, Rsc), T(3m, Dei)));

    [Fact]
    public void Forty_eight_hours_less_half_an_hour_in_one_part_fail_by_half_an_hour_in_that_part()
    {
        var training = Expect.FailsOnly(Ifrs(T(30m, Iecmh), T(14.5m, Rsc), T(3m, Dei), T(10m, Iecmh)), "training", "0.5 more clock hours");

        Expect.Lacks(training).ShouldContain("at least 0.5 of them about reflective supervision/consultation");
        training.Detail.ShouldContain("47.5 of 48");
    }

    [Fact]
    public void One_entry_tagged_for_every_part_is_divided_between_them()
        => Expect.Eligible(Ifrs(T(48m, Iecmh | Rsc | Dei)));

    [Fact]
    public void An_entry_tagged_for_two_parts_goes_where_it_is_needed()
        // Counted in IECMH first, the 15 h entry would leave RS/C empty; divided, 30 + 15 + 3.
        => Expect.Eligible(Ifrs(T(15m, Iecmh | Rsc), T(30m, Iecmh), T(3m, Dei)));

    [Fact]
    public void Forty_eight_hours_of_the_wrong_mix_are_not_48()
    {
        var training = Expect.FailsOnly(Ifrs(T(45m, Iecmh), T(3m, Dei)), "training", "15 more clock hours");

        training.Detail.ShouldContain("33 of 48");
        Expect.Lacks(training).ShouldContain("at least 15 of them about reflective supervision/consultation");
    }

    [Fact]
    public void An_hour_counts_in_one_part_only_so_48_hours_tagged_IECMH_and_RSC_lack_the_DEI_part()
    {
        var training = Expect.FailsOnly(Ifrs(T(48m, Iecmh | Rsc)), "training", "3 more clock hours");

        Expect.Lacks(training).ShouldContain("at least 3 of them on diversity, equity and inclusion");
    }

    [Fact]
    public void Hours_with_none_of_the_tags_never_count()
    {
        var training = Expect.FailsOnly(Ifrs(T(30m, Iecmh), T(15m, Rsc), T(3m, TrainingTag.Approved), T(20m, default)), "training", "3 more clock hours");

        training.Detail.ShouldContain("45 of 48");
    }

    [Fact]
    public void Infant_mental_health_training_counts_in_the_IECMH_part()
        => Expect.Eligible(Ifrs(T(30m, TrainingTag.InfantMentalHealth), T(15m, Rsc), T(3m, Dei)));

    [Fact]
    public void Training_dated_after_the_as_of_date_does_not_count()
    {
        var report = Evaluate.Level("IFRS", Eligible.For("IFRS").WithTraining(T(30m, Iecmh), T(15m, Rsc), Make.Training("2026-11-25", 3m, Dei)));

        Expect.FailsOnly(report, "training", "3 more clock hours");
        report.Ignored.ShouldNotBeEmpty();
    }

    [Fact]
    public void The_report_gives_per_part_hours_tagged_and_minimums()
    {
        var detail = Expect.Met(Ifrs(T(31m, Iecmh), T(16m, Rsc | Dei), T(2m, Dei)), "training").Detail;

        detail.ShouldContain("31 IECMH (at least 30)");
        detail.ShouldContain("16 about reflective supervision/consultation (at least 15)");
        detail.ShouldContain("18 on diversity, equity and inclusion (at least 3)");
        detail.ShouldContain("48 of 48");
    }

    [Fact]
    public void The_mentor_policy_33_hours_are_30_IECMH_and_3_DEI_counted_once()
    {
        var ok = Evaluate.Level("IMHM-Policy", Eligible.For("IMHM-Policy").WithTraining(T(30m, Iecmh), T(3m, Dei)));
        Expect.Eligible(ok);

        var overlap = Evaluate.Level("IMHM-Policy", Eligible.For("IMHM-Policy").WithTraining(T(32m, Iecmh | Dei)));
        var training = Expect.FailsOnly(overlap, "training", "1 more clock hour");
        training.Detail.ShouldContain("32 of 33");
    }

    /// <summary>The spec's formula, written as it reads: C over every subset P of the parts, the empty set included.</summary>
    private static decimal Countable((decimal Hours, TrainingTag Tags)[] entries, (TrainingTag Tags, decimal Minimum)[] parts)
    {
        decimal best = decimal.MaxValue;
        for (int p = 0; p < 1 << parts.Length; p++)
        {
            decimal avail = entries.Where(e => Enumerable.Range(0, parts.Length).Any(i => (p & (1 << i)) != 0 && (e.Tags & parts[i].Tags) != 0)).Sum(e => e.Hours);
            decimal rest = Enumerable.Range(0, parts.Length).Where(i => (p & (1 << i)) == 0).Sum(i => parts[i].Minimum);
            best = Math.Min(best, avail + rest);
        }
        return best;
    }

    [Fact]
    public void The_hours_counted_once_and_the_parts_named_short_follow_the_spec_formula_for_many_mixes()
    {
        (TrainingTag, decimal)[] parts = [(TrainingTag.Iecmh, 30m), (Rsc, 15m), (Dei, 3m)];
        TrainingTag[] tags = [default, Iecmh, TrainingTag.InfantMentalHealth, Rsc, Dei, Iecmh | Rsc, Iecmh | Dei, Rsc | Dei, Iecmh | Rsc | Dei];
        var random = new Random(2024);
        for (int run = 0; run < 300; run++)
        {
            var entries = Enumerable.Range(0, random.Next(1, 5)).Select(_ => (Hours: random.Next(1, 41) / 2m, Tags: tags[random.Next(tags.Length)])).ToArray();
            decimal c = Countable(entries, parts);

            var training = Evaluate.Level("IFRS", Eligible.For("IFRS").WithTraining([.. entries.Select(e => T(e.Hours, e.Tags))])).Results("training");
            string described = string.Join(", ", entries.Select(e => $"{e.Hours} h {e.Tags}"));
            training.Detail.ShouldContain($"counted once across the parts: {Math.Min(c, 48m):0.##} of 48", Case.Sensitive, described);
            (training.Status == RequirementStatus.Met).ShouldBe(c >= 48m, described);
            if (c >= 48m) continue;
            training.Missing.ShouldNotBeNull(described);
            var missing = Expect.Lacks(training);
            missing.ShouldStartWith($"{48m - c:0.##} more clock hour", Case.Sensitive, described);
            // Every part short on its own, with its own shortfall; no other part.
            foreach (var (partTags, minimum, words) in new[] { (TrainingTag.Iecmh, 30m, "IECMH"), (Rsc, 15m, "about reflective supervision/consultation"), (Dei, 3m, "on diversity, equity and inclusion") })
            {
                decimal avail = entries.Where(e => (e.Tags & partTags) != 0).Sum(e => e.Hours);
                if (avail < minimum) missing.ShouldContain($"at least {minimum - avail:0.##} of them {words}", Case.Sensitive, described);
                else missing.ShouldNotContain($"of them {words}", Case.Sensitive, described);
            }
            missing.ShouldNotContain(" or ", Case.Sensitive, described);
        }
    }
}
