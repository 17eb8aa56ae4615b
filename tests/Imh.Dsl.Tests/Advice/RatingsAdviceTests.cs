using CsCheck;
using Imh.Dsl.Planning;
using Imh.Dsl.Portfolios;
using Imh.Requirements;

namespace Imh.Dsl.Tests.Advice;

/// <summary>
/// The advice of the ratings rule (<see cref="RatingsAttribute"/>, counted or with numbered items,
/// with "at least one" conditions and an endorsed rater) over random portfolios: followed to the
/// letter it meets the rule; numbered items are advised one new rating per item left unfilled.
/// </summary>
public class RatingsAdviceTests
{
    private const int Iterations = 3_000;
    private static readonly DateOnly AsOf = new(2026, 11, 24);
    private static readonly string[] Raters = ["Ann", "Bo", "ann ", "Cai", "Dee"];
    private static readonly string[] Endorsements = ["II", "III", "IV-Policy", "I"];

    /// <summary>A rating: rater, role (a bit of the role enum), flags, endorsement (4: none).</summary>
    internal sealed record RatingCase(int Rater, int Role, int Flags, int Endorsement);

    /// <summary>A way of filling (or a condition): the roles it accepts, the flags it asks, and whether it needs the applicant's flag.</summary>
    internal sealed record OptionCase(int Roles, int Flags, bool When);

    private static readonly Gen<RatingCase[]> GenRatings =
        Gen.Select(Gen.Int[0, 4], Gen.Int[0, 10], Gen.Int[0, 7], Gen.Int[0, 4]).Select((r, role, flags, e) => new RatingCase(r, role, flags, e)).Array[0, 6];

    private static readonly Gen<OptionCase> GenOption =
        Gen.Select(Gen.Int[1, 2047], Gen.Int[0, 3], Gen.Int[0, 4]).Select((roles, flags, when) => new OptionCase(roles, flags, when == 0));

    private static Portfolio Portfolio(RatingCase[] ratings, bool supervises) => new()
    {
        Applicant = new Applicant { Name = "Test" },
        Words = supervises ? Advised.Flags(ApplicantTag.SupervisesOthers) : EntryWords.None,
        References = [.. ratings.Select(r => new ReferenceRating
        {
            Rater = Raters[r.Rater], RaterEndorsements = r.Endorsement < 4 ? [Endorsements[r.Endorsement]] : [],
            Words = EntryWords.Of((RaterRole)(1 << r.Role)).With(typeof(ReferenceTag), (ulong)r.Flags),
        })],
    };

    private static object[] Where(OptionCase o) => o.Flags == 0 ? [(RaterRole)o.Roles] : [(RaterRole)o.Roles, (ReferenceTag)o.Flags];

    [Fact]
    public void Followed_advice_meets_counted_ratings_with_conditions_and_an_endorsed_rater()
    {
        int advised = 0;
        Gen.Select(Gen.Int[1, 4], GenOption, GenOption.Array[0, 2], Gen.Bool, GenRatings, Gen.Int).Sample((count, accepted, conditions, endorsed, ratings, seed) =>
        {
            var rule = new RatingsAttribute(count) { Where = [(RaterRole)accepted.Roles] };
            // A condition asks for roles the rule counts (else no rating could ever meet both, and there is nothing to advise).
            List<RulePartAttribute> parts = [.. conditions.Select(c => new AtLeastOneRatingAttribute
            {
                Where = Where(c with { Roles = (c.Roles & accepted.Roles) is 0 ? accepted.Roles : c.Roles & accepted.Roles }),
            })];
            if (endorsed) parts.Add(new EndorsedRaterAttribute("III", "IV"));
            var level = Advised.Level([rule], parts);
            if (Advised.FollowedMeets(level, Portfolio(ratings, false), AsOf, null, seed, rule.Describe(level.Wording))) advised++;
        }, iter: Iterations, threads: 1);
        advised.ShouldBeGreaterThan(Iterations / 4);
    }

    [Fact]
    public void Followed_advice_fills_numbered_items_one_new_rating_for_each_item_left_unfilled()
    {
        int advised = 0;
        Gen.Select(Gen.Int[1, 3], GenOption.Array[1, 5], Gen.Bool, Gen.Bool, GenRatings, Gen.Int).Sample((items, options, endorsed, supervises, ratings, seed) =>
        {
            var rule = new RatingsAttribute(items);
            // Every item has an option open to everyone (the first for it); the others may need the applicant's flag.
            List<RulePartAttribute> parts = [];
            for (int item = 1; item <= items; item++)
            {
                var open = options[(item - 1) % options.Length];
                parts.Add(new RatingItemAttribute(item) { Where = Where(open) });
            }
            parts.AddRange(options.Skip(1).Select((o, i) => new RatingItemAttribute(1 + i % items) { Where = Where(o), When = o.When ? ApplicantTag.SupervisesOthers : null }));
            if (endorsed) parts.Add(new EndorsedRaterAttribute("II", "III"));
            var level = Advised.Level([rule], parts);
            var portfolio = Portfolio(ratings, supervises);
            if (!Advised.FollowedMeets(level, portfolio, AsOf, null, seed, rule.Describe(level.Wording))) return;
            advised++;
            var outcome = (RatingsOutcome)Advised.Result(level, portfolio, AsOf).Findings.Single().Outcome;
            int unfilled = outcome.Items.Count(i => i is null);
            Advised.Result(level, portfolio, AsOf).Advice!.Steps.OfType<AddRating>().Count().ShouldBe(Math.Max(unfilled, 1));
        }, iter: Iterations, threads: 1);
        advised.ShouldBeGreaterThan(Iterations / 4);
    }

    [Fact]
    public void Items_filled_by_no_endorsed_rater_are_advised_an_endorsed_rater_for_one_of_them()
    {
        var rule = new RatingsAttribute(2);
        var level = Advised.Level([rule], [
            new RatingItemAttribute(1) { Where = [RaterRole.Supervisor] },
            new RatingItemAttribute(2) { Where = [RaterRole.Colleague] },
            new EndorsedRaterAttribute("III")]);
        var portfolio = Portfolio([new RatingCase(0, 4, 0, 4), new RatingCase(1, 6, 0, 4)], false);

        var result = Advised.Result(level, portfolio, AsOf);
        var step = result.Advice!.Steps.OfType<AddRating>().Single();

        (step.Item, step.RaterEndorsedIn.Single()).ShouldBe((1, "III"));
        result.Missing.ShouldBe("a rating for item 1 from a rater endorsed at III: a supervisor (it may take the place of Ann's)");
    }
}
