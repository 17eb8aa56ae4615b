using CsCheck;
using Imh.Dsl.Planning;
using Imh.Dsl.Portfolios;
using Imh.Requirements;

namespace Imh.Dsl.Tests.Advice;

/// <summary>
/// The advice of the rule kinds that ask for one thing (a credential, entries whatever their hours,
/// a membership, signatures, a result passed) over random portfolios, in initial and renewal
/// evaluations: followed to the letter it meets the rule, and entries are asked exactly as many as lack.
/// </summary>
public class OneOffAdviceTests
{
    private const int Iterations = 2_000;
    private static readonly DateOnly AsOf = new(2026, 11, 24);

    /// <summary>Something dated: days before (or, when negative, after) the as-of date, a type or role bit, flags.</summary>
    internal sealed record Dated(int DaysBefore, int Kind, int Flags);

    private static readonly Gen<Dated[]> GenDated =
        Gen.Select(Gen.Int[-200, 900], Gen.Int[0, 5], Gen.Int[0, 7]).Select((d, k, f) => new Dated(d, k, f)).Array[0, 5];

    private static readonly Gen<(int Variant, bool Renewal, Dated[] Items, int Seed)> GenCase =
        Gen.Select(Gen.Int[0, 7], Gen.Bool, GenDated, Gen.Int);

    private static void Holds(Func<int, bool, RuleAttribute> rule, Func<Dated[], Portfolio> portfolio, bool renewals = true, Action<Reports.RequirementResult>? also = null)
    {
        int advised = 0;
        GenCase.Sample((variant, renewal, items, seed) =>
        {
            renewal &= renewals;
            var r = rule(variant, renewal);
            var level = Advised.Level([r], continuing: renewal);
            var p = portfolio(items);
            if (!Advised.FollowedMeets(level, p, AsOf, renewal ? AsOf.Year : null, seed, r.Describe(level.Wording))) return;
            advised++;
            also?.Invoke(Advised.Result(level, p, AsOf, renewal ? AsOf.Year : null));
        }, iter: Iterations, threads: 1);
        advised.ShouldBeGreaterThan(Iterations / 5);
    }

    [Fact]
    public void Followed_advice_meets_a_credential_rule()
        => Holds(
            (v, _) => v % 2 == 0 ? new CredentialAttribute(CredentialType.PostGraduate) { Where = [(CredentialTag)(v % 4)] } : new CredentialAttribute { Where = [CredentialTag.ImhCoursework] },
            items => new Portfolio
            {
                Applicant = new Applicant { Name = "Test" },
                Credentials = [.. items.Select(c => new Credential { Title = "C", Awarded = AsOf.AddDays(-c.DaysBefore), Words = EntryWords.Of((CredentialType)(1 << c.Kind)).With(typeof(CredentialTag), (ulong)c.Flags) })],
            },
            renewals: false);

    [Fact]
    public void Followed_advice_meets_a_minimum_of_entries_and_asks_exactly_the_entries_that_lack()
        => Holds(
            (v, renewal) => new MinEntriesAttribute(1 + v % 3) { InRenewalYear = renewal && v % 3 == 0, Evidence = v < 4 ? Evidence.Sessions : Evidence.Training, Where = v % 2 == 0 ? null : [v < 4 ? SessionTag.RelationshipBased : TrainingTag.Approved] },
            items => new Portfolio
            {
                Applicant = new Applicant { Name = "Test" },
                Sessions = [.. items.Select(s => new Session { Date = AsOf.AddDays(-s.DaysBefore), Hours = 1m, Provider = "P", Words = EntryWords.None.With(typeof(SessionTag), (ulong)s.Flags) })],
                Training = [.. items.Select(t => new TrainingEntry { Date = AsOf.AddDays(-t.DaysBefore), Hours = 1m, Words = EntryWords.None.With(typeof(TrainingTag), (ulong)t.Flags) })],
            },
            also: result =>
            {
                var outcome = (EntriesOutcome)result.Findings.Single().Outcome;
                result.Advice!.Steps.OfType<AddEntries>().Single().Count.ShouldBe(outcome.Required - outcome.Count);
            });

    [Fact]
    public void Followed_advice_meets_a_membership_rule_on_the_day_it_must_cover()
        => Holds(
            (v, _) => new MembershipAttribute { Where = v % 2 == 0 ? [MembershipTag.ImhAssociation] : null, Covers = v < 4 ? MembershipDate.AsOf : MembershipDate.EndOfRenewalYear },
            items => new Portfolio
            {
                Applicant = new Applicant { Name = "Test" },
                Memberships = [.. items.Select(m => new Membership { Organization = "M", From = AsOf.AddDays(-m.DaysBefore), To = AsOf.AddDays(-m.DaysBefore + 200 * m.Kind), Words = EntryWords.None.With(typeof(MembershipTag), (ulong)(m.Flags & 1)) })],
            });

    [Fact]
    public void Followed_advice_meets_a_rule_of_signed_documents()
        => Holds(
            (v, renewal) => new SignedAttribute((Document)(1 + v % 3)) { InRenewalYear = renewal && v >= 4 },
            items => new Portfolio
            {
                Applicant = new Applicant { Name = "Test" },
                Signatures = [.. items.Select(s => new Signature((Document)(1 + s.Kind % 2), AsOf.AddDays(-s.DaysBefore)))],
            });

    [Fact]
    public void Followed_advice_meets_a_rule_of_a_result_passed()
        => Holds(
            (v, _) => new PassedAttribute(v % 2 == 0 ? Assessment.Exam : Assessment.PortfolioReview) { ForLevel = v >= 4 },
            items => new Portfolio
            {
                Applicant = new Applicant { Name = "Test" },
                Assessments = [.. items.Select(a => new AssessmentResult
                {
                    Assessment = a.Kind % 2 == 0 ? Assessment.Exam : Assessment.PortfolioReview, Passed = a.Flags % 2 == 1,
                    Date = a.Flags >= 4 ? null : AsOf.AddDays(-a.DaysBefore), Level = a.Kind >= 4 ? "II" : null,
                })],
            },
            renewals: false);
}
