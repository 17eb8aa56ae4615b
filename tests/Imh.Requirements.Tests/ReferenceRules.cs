namespace Imh.Requirements.Tests;

/// <summary>
/// Reference ratings: numbered items (Levels III, IV) are a matching of different raters; "at least
/// one" conditions (Levels I, II) may share a rating; ratings from the same person are one rater;
/// the endorsed rater must be among the counted ratings and endorsed at a level the level accepts.
/// </summary>
public class ReferenceRules
{
    private static ReferenceRating CurrentSupervisor(string? endorsed = null) => Make.Rating("Sam Lee", RaterRole.Supervisor, current: true, endorsed: endorsed);

    private static ReferenceRating Provider(string? endorsed = "IV", RaterRole role = RaterRole.Consultant) => Make.Rating(Make.Provider, role, providesReflectiveSupervision: true, endorsed: endorsed);

    private static LevelIIIReport LevelIII(params ReferenceRating[] ratings) => Evaluate.LevelIII(Eligible.LevelIII().WithReferences(ratings));

    // ---- matching (Level III) ----

    [Fact]
    public void Level_III_a_current_supervisor_who_is_also_the_RSC_provider_fills_only_one_item()
    {
        var both = Make.Rating(Make.Provider, RaterRole.Supervisor, current: true, providesReflectiveSupervision: true, endorsed: "IV");

        var report = LevelIII(both, Make.Rating("Chris Park", RaterRole.Colleague));

        Expect.FailsOnly(report, "references", "a rating for item");
    }

    [Fact]
    public void Level_III_a_current_supervisor_who_is_also_the_RSC_provider_needs_a_third_distinct_rating()
    {
        var both = Make.Rating(Make.Provider, RaterRole.Supervisor, current: true, providesReflectiveSupervision: true, endorsed: "IV");

        var report = LevelIII(both, Make.Rating("Chris Park", RaterRole.Colleague), Make.Rating("Robin Diaz", RaterRole.Teacher, current: true));

        Expect.EveryRequirementMet(report);
        var filled = report.References.Findings.Single().Ratings;
        filled.Select(a => a.Rater).Distinct().Count().ShouldBe(3);
        filled.Single(a => a.Item == "2").Rater.ShouldBe(Make.Provider);
    }

    [Fact]
    public void Level_III_the_matching_moves_a_rater_to_another_item_so_that_all_three_are_filled()
    {
        // Listed first, the supervisor-and-provider could take item 1; only a matching that gives
        // item 1 to the teacher and item 2 to the provider fills every item.
        var report = Evaluate.LevelIII(Eligible.LevelIII().With(d => d.SupervisesOthers = true).WithReferences(
            Make.Rating(Make.Provider, RaterRole.Supervisor, current: true, providesReflectiveSupervision: true, endorsed: "IV"),
            Make.Rating("Robin Diaz", RaterRole.Teacher, current: true),
            Make.Rating("Taylor Reed", RaterRole.Supervisee)));

        Expect.EveryRequirementMet(report);
        report.References.Findings.Single().Ratings.Select(a => (a.Item, a.Rater)).ShouldBe(
            [("1", "Robin Diaz"), ("2", Make.Provider), ("3", "Taylor Reed")]);
    }

    [Fact]
    public void Level_III_two_ratings_from_the_same_person_differing_in_case_and_spaces_are_one_rater()
    {
        var report = LevelIII(CurrentSupervisor(), Provider(), Make.Rating("  SAM LEE ", RaterRole.Colleague));

        Expect.FailsOnly(report, "references", "a rating for item 3");
    }

    [Fact]
    public void Level_III_item_3_accepts_a_supervisee_only_when_the_applicant_supervises_others()
    {
        var ratings = new[] { CurrentSupervisor(), Provider(), Make.Rating("Taylor Reed", RaterRole.Supervisee) };

        var notSupervising = Evaluate.LevelIII(Eligible.LevelIII().WithReferences(ratings).With(d => d.SupervisesOthers = false));
        var supervising = Evaluate.LevelIII(Eligible.LevelIII().WithReferences(ratings).With(d => d.SupervisesOthers = true));

        Expect.FailsOnly(notSupervising, "references", "a rating for item 3");
        Expect.EveryRequirementMet(supervising);
        supervising.References.Findings.Single().Ratings.Single(a => a.Item == "3").Role.ShouldBe("supervisee");
    }

    [Fact]
    public void Level_III_item_3_accepts_another_supervisor_teacher_trainer_or_consultant()
    {
        Expect.EveryRequirementMet(LevelIII(CurrentSupervisor(), Provider(), Make.Rating("Robin Diaz", RaterRole.Trainer)));
    }

    [Fact]
    public void Level_III_item_3_does_not_accept_a_student()
    {
        Expect.FailsOnly(LevelIII(CurrentSupervisor(), Provider(), Make.Rating("Riley Stone", RaterRole.Student)), "references", "a rating for item 3");
    }

    // ---- endorsed rater ----

    [Fact]
    public void Level_I_accepts_a_rater_endorsed_at_II_III_or_IV()
    {
        foreach (var level in new[] { "II", "III", "IV" })
        {
            var report = Evaluate.LevelI(Eligible.LevelI().WithReferences(
                Make.Rating("Pat Quinn", RaterRole.Teacher, current: true),
                Make.Rating("Alex Kim", RaterRole.Colleague, endorsed: level),
                Make.Rating("Jamie Fox", RaterRole.Consultant)));
            Expect.EveryRequirementMet(report);
        }
    }

    [Fact]
    public void Level_I_does_not_accept_a_rater_endorsed_at_I()
    {
        var report = Evaluate.LevelI(Eligible.LevelI().WithReferences(
            Make.Rating("Pat Quinn", RaterRole.Teacher, current: true),
            Make.Rating("Alex Kim", RaterRole.Colleague, endorsed: "I"),
            Make.Rating("Jamie Fox", RaterRole.Consultant)));

        Expect.FailsOnly(report, "references", "a rater endorsed at II, III or IV");
    }

    [Fact]
    public void Level_II_does_not_accept_a_rater_endorsed_at_II()
    {
        var report = Evaluate.LevelII(Eligible.LevelII().WithReferences(CurrentSupervisor(), Provider(endorsed: "II"), Make.Rating("Chris Park", RaterRole.Colleague)));

        Expect.FailsOnly(report, "references", "a rater endorsed at III or IV");
    }

    [Fact]
    public void Level_II_accepts_a_rater_endorsed_at_III_or_IV()
    {
        foreach (var level in new[] { "III", "IV" })
        {
            var report = Evaluate.LevelII(Eligible.LevelII().WithReferences(CurrentSupervisor(), Provider(endorsed: level), Make.Rating("Chris Park", RaterRole.Colleague)));
            Expect.EveryRequirementMet(report);
        }
    }

    [Fact]
    public void Level_III_accepts_a_rater_endorsed_at_II()
    {
        Expect.EveryRequirementMet(LevelIII(CurrentSupervisor(), Provider(endorsed: "II"), Make.Rating("Chris Park", RaterRole.Colleague)));
    }

    [Fact]
    public void Level_III_does_not_accept_a_rater_endorsed_at_I()
    {
        Expect.FailsOnly(LevelIII(CurrentSupervisor(), Provider(endorsed: "I"), Make.Rating("Chris Park", RaterRole.Colleague)), "references", "endorsed at II, III or IV");
    }

    [Fact]
    public void Level_I_the_endorsed_rater_must_be_among_the_counted_ratings()
    {
        // A student is not an accepted Level I rater, so the student's endorsement does not count.
        var report = Evaluate.LevelI(Eligible.LevelI().WithReferences(
            Make.Rating("Pat Quinn", RaterRole.Teacher, current: true),
            Make.Rating("Alex Kim", RaterRole.Colleague),
            Make.Rating("Jamie Fox", RaterRole.Consultant),
            Make.Rating("Drew Hale", RaterRole.Student, endorsed: "IV")));

        Expect.FailsOnly(report, "references", "a rater endorsed at II, III or IV");
    }

    [Fact]
    public void Level_II_the_endorsed_rater_must_be_among_the_counted_ratings()
    {
        // A trainer is not an accepted Level II rater.
        var report = Evaluate.LevelII(Eligible.LevelII().WithReferences(
            CurrentSupervisor(), Provider(endorsed: null), Make.Rating("Chris Park", RaterRole.Colleague),
            Make.Rating("Drew Hale", RaterRole.Trainer, endorsed: "IV")));

        Expect.FailsOnly(report, "references", "a rater endorsed at III or IV");
    }

    [Fact]
    public void Level_III_the_endorsed_rater_must_fill_a_numbered_item()
    {
        var report = LevelIII(CurrentSupervisor(), Provider(endorsed: null), Make.Rating("Chris Park", RaterRole.Colleague), Make.Rating("Riley Stone", RaterRole.Student, endorsed: "IV"));

        Expect.FailsOnly(report, "references", "endorsed at II, III or IV");
    }

    [Fact]
    public void Level_III_the_matching_chooses_the_endorsed_rater_when_two_could_fill_an_item()
    {
        // Chris Park and Robin Diaz can both fill item 3; only Robin is endorsed.
        var report = LevelIII(CurrentSupervisor(), Provider(endorsed: null), Make.Rating("Chris Park", RaterRole.Colleague), Make.Rating("Robin Diaz", RaterRole.Colleague, endorsed: "III"));

        Expect.EveryRequirementMet(report);
        report.References.Findings.Single().Ratings.Single(a => a.Item == "3").Rater.ShouldBe("Robin Diaz");
    }

    [Fact]
    public void Level_IV_Clinical_the_endorsed_rater_may_fill_any_item()
    {
        var report = Evaluate.LevelIVClinical(Eligible.LevelIVClinical().WithReferences(
            CurrentSupervisor(), Provider(endorsed: null), Make.Rating("Taylor Reed", RaterRole.Supervisee, endorsed: "II")));

        Expect.EveryRequirementMet(report);
    }

    // ---- "at least one" conditions (Levels I and II) ----

    [Fact]
    public void Level_I_one_rating_may_be_both_the_current_teacher_and_the_endorsed_rater()
    {
        var report = Evaluate.LevelI(Eligible.LevelI().WithReferences(
            Make.Rating("Pat Quinn", RaterRole.Teacher, current: true, endorsed: "II"),
            Make.Rating("Alex Kim", RaterRole.Colleague),
            Make.Rating("Jamie Fox", RaterRole.Colleague)));

        Expect.EveryRequirementMet(report);
    }

    [Fact]
    public void Level_II_one_rating_may_be_the_current_supervisor_the_RSC_provider_and_the_endorsed_rater()
    {
        var report = Evaluate.LevelII(Eligible.LevelII().WithReferences(
            Make.Rating(Make.Provider, RaterRole.Supervisor, current: true, providesReflectiveSupervision: true, endorsed: "III"),
            Make.Rating("Alex Kim", RaterRole.Colleague),
            Make.Rating("Chris Park", RaterRole.Colleague)));

        Expect.EveryRequirementMet(report);
    }

    [Fact]
    public void Level_I_two_ratings_from_the_same_person_differing_in_case_and_spaces_are_one_rater()
    {
        var report = Evaluate.LevelI(Eligible.LevelI().WithReferences(
            Make.Rating("Pat Quinn", RaterRole.Teacher, current: true),
            Make.Rating(" PAT QUINN  ", RaterRole.Colleague, endorsed: "II"),
            Make.Rating("Jamie Fox", RaterRole.Consultant)));

        Expect.FailsOnly(report, "references", "1 more rating from a different");
    }

    // ---- Level IV tracks ----

    [Fact]
    public void Level_IV_Policy_three_colleagues_suffice()
    {
        var report = Evaluate.LevelIVPolicy(Eligible.LevelIVPolicy().WithReferences(
            Make.Rating("Chris Park", RaterRole.Colleague),
            Make.Rating("Alex Kim", RaterRole.Colleague, endorsed: "III"),
            Make.Rating("Jamie Fox", RaterRole.Colleague)));

        Expect.EveryRequirementMet(report);
    }

    [Fact]
    public void Level_IV_Policy_two_colleagues_are_not_three_ratings()
    {
        var report = Evaluate.LevelIVPolicy(Eligible.LevelIVPolicy().WithReferences(
            Make.Rating("Chris Park", RaterRole.Colleague),
            Make.Rating("Alex Kim", RaterRole.Colleague, endorsed: "III"),
            Make.Rating("chris park", RaterRole.Colleague)));

        Expect.FailsOnly(report, "references", "a rating for item");
    }

    [Fact]
    public void Level_IV_Policy_the_RSC_provider_and_two_current_supervisors_suffice()
    {
        var report = Evaluate.LevelIVPolicy(Eligible.LevelIVPolicy().WithReferences(
            Provider(),
            Make.Rating("Sam Lee", RaterRole.Supervisor, current: true),
            Make.Rating("Robin Diaz", RaterRole.Trainer, current: true)));

        Expect.EveryRequirementMet(report);
    }

    [Fact]
    public void Level_IV_ResearchFaculty_department_chair_not_familiar_with_IMH_does_not_fill_item_1()
    {
        var report = Evaluate.LevelIVResearchFaculty(Eligible.LevelIVResearchFaculty().WithReferences(
            Make.Rating("Prof. Dana Whit", RaterRole.DepartmentChair, current: true, familiarWithImh: false),
            Provider(),
            Make.Rating("Riley Stone", RaterRole.Student)));

        Expect.FailsOnly(report, "references", "a rating for item 1");
    }

    [Fact]
    public void Level_IV_ResearchFaculty_a_colleague_fills_item_1_instead_of_the_chair()
    {
        var report = Evaluate.LevelIVResearchFaculty(Eligible.LevelIVResearchFaculty().WithReferences(
            Make.Rating("Chris Park", RaterRole.Colleague),
            Provider(),
            Make.Rating("Riley Stone", RaterRole.Student)));

        Expect.EveryRequirementMet(report);
    }

    [Fact]
    public void Level_IV_ResearchFaculty_a_colleague_fills_item_2_instead_of_the_RSC_provider()
    {
        var report = Evaluate.LevelIVResearchFaculty(Eligible.LevelIVResearchFaculty().WithReferences(
            Make.Rating("Prof. Dana Whit", RaterRole.DepartmentChair, current: true, familiarWithImh: true, endorsed: "III"),
            Make.Rating("Chris Park", RaterRole.Colleague),
            Make.Rating("Riley Stone", RaterRole.Student)));

        Expect.EveryRequirementMet(report);
    }

    [Fact]
    public void Level_IV_ResearchFaculty_item_1_needs_the_chair_to_be_current()
    {
        // "One from current department supervisor or chair": a former chair fills no item, and a
        // colleague cannot fill items 1 and 2 at once.
        var report = Evaluate.LevelIVResearchFaculty(Eligible.LevelIVResearchFaculty().WithReferences(
            Make.Rating("Prof. Dana Whit", RaterRole.DepartmentChair, current: false, familiarWithImh: true, endorsed: "III"),
            Make.Rating("Chris Park", RaterRole.Colleague),
            Make.Rating("Riley Stone", RaterRole.Student)));

        Expect.FailsOnly(report, "references", "a rating for item");
    }

    [Fact]
    public void Level_IV_ResearchFaculty_a_current_chair_not_familiar_with_IMH_does_not_fill_item_1()
    {
        var report = Evaluate.LevelIVResearchFaculty(Eligible.LevelIVResearchFaculty().WithReferences(
            Make.Rating("Prof. Dana Whit", RaterRole.DepartmentChair, current: true, familiarWithImh: false),
            Make.Rating(Make.Provider, RaterRole.Consultant, providesReflectiveSupervision: true, endorsed: "IV"),
            Make.Rating("Riley Stone", RaterRole.Student)));

        Expect.FailsOnly(report, "references", "a rating for item 1");
    }
}
