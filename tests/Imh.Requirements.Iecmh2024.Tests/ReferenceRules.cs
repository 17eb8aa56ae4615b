namespace Imh.Requirements.Iecmh2024.Tests;

/// <summary>
/// Reference ratings (iecmh-2024.md, "Reference ratings", decision 16): a rating with 6 or more
/// "not enough information" answers is not counted at all; every category needs one counted rating
/// (for numbered items: one that fills an item) from a rater endorsed in FS, FRS, MHS or MHM.
/// </summary>
public class ReferenceRules
{
    public static TheoryData<string> Categories => [.. Eligible.Ids];

    private static LevelReport Check(string id, Action<List<ReferenceRating>> edit)
        => Evaluate.Level(id, Eligible.For(id).With(d => edit(d.References)));

    private static ReferenceRating WithAnswers(ReferenceRating r, int insufficient)
        => Make.Rating(r.Rater, Roles(r), Tags(r), [.. r.RaterEndorsements], insufficient);

    private static RaterRole Roles(ReferenceRating r) => (RaterRole)r.Words.Bits(typeof(RaterRole));

    private static ReferenceTag Tags(ReferenceRating r) => (ReferenceTag)r.Words.Bits(typeof(ReferenceTag));

    [Theory]
    [MemberData(nameof(Categories))]
    public void A_rating_with_5_not_enough_information_answers_is_counted(string id)
        => Expect.Eligible(Check(id, refs => { for (int i = 0; i < refs.Count; i++) refs[i] = WithAnswers(refs[i], 5); }));

    [Theory]
    [MemberData(nameof(Categories))]
    public void A_rating_with_6_not_enough_information_answers_is_not_counted(string id)
    {
        var report = Check(id, refs => refs[2] = WithAnswers(refs[2], 6));

        var references = Expect.FailsOnly(report, "references", "");
        references.Detail.ShouldContain("6 or more");
    }

    [Theory]
    [MemberData(nameof(Categories))]
    public void The_endorsed_rater_must_be_a_counted_rating(string id)
    {
        // The eligible portfolios' one endorsed rater answers "not enough information" 6 times.
        var report = Check(id, refs =>
        {
            int endorsed = refs.FindIndex(r => r.RaterEndorsements.Length > 0);
            refs[endorsed] = WithAnswers(refs[endorsed], 6);
            refs.Add(Make.Rating("Morgan Ellis", RaterRole.Colleague));
        });

        Expect.NotMet(report, "references", "endorsed");
    }

    [Theory]
    [InlineData("IFS", "IMHM")]
    [InlineData("IMHS", "ECMHM")]
    [InlineData("IMHM-Policy", "ECFRS")]
    [InlineData("ECMHM-ResearchFaculty", "IFS")]
    [InlineData("ECFA", "ECMHS")]
    public void A_rater_endorsed_in_FS_FRS_MHS_or_MHM_is_an_endorsed_rater(string id, string endorsement)
        => Expect.Eligible(Check(id, refs =>
        {
            int endorsed = refs.FindIndex(r => r.RaterEndorsements.Length > 0);
            refs[endorsed] = Make.Rating(refs[endorsed].Rater, Roles(refs[endorsed]), Tags(refs[endorsed]), [endorsement]);
        }));

    [Theory]
    [InlineData("IFS", "IFA")]
    [InlineData("IMHM-Clinical", "ECFA")]
    public void A_rater_endorsed_as_an_associate_is_not_an_endorsed_rater(string id, string endorsement)
        => Expect.FailsOnly(Check(id, refs =>
        {
            int endorsed = refs.FindIndex(r => r.RaterEndorsements.Length > 0);
            refs[endorsed] = Make.Rating(refs[endorsed].Rater, Roles(refs[endorsed]), Tags(refs[endorsed]), [endorsement]);
        }), "references", "endorsed");

    [Fact]
    public void The_associate_s_endorsed_rater_must_have_an_accepted_role()
    {
        // An IFS-endorsed student rates: not an accepted role, so neither a rating nor the endorsed rater.
        var report = Check("IFA", refs =>
        {
            refs[1] = Make.Rating("Alex Kim", RaterRole.Colleague);
            refs.Add(Make.Rating("Jo Banks", RaterRole.Student, endorsed: ["IFS"]));
        });

        Expect.FailsOnly(report, "references", "endorsed");
    }

    [Fact]
    public void The_numbered_items_endorsed_rater_must_fill_an_item()
    {
        // A fourth, endorsed rater who fills no item (a second supervisor) does not stand in.
        var report = Check("IFS", refs =>
        {
            refs[1] = Make.Rating(Make.Provider, RaterRole.Consultant, ReferenceTag.ProvidesReflectiveSupervision);
            refs.Add(Make.Rating("Pat Doyle", RaterRole.Student, endorsed: ["IMHS"]));
        });

        Expect.FailsOnly(report, "references", "endorsed");
    }
}
