using Imh.Dsl.Tests.Advice;
using Imh.Requirements;

namespace Imh.Dsl.Tests.Mutation;

/// <summary>
/// Each rule kind's description and summary (the documentation's words, and the comparison table's),
/// on rules built in the test as MI-AIMH's Level III declares them, and hours of sessions with a
/// window, source limits and parts. The committed pages show the same words, but the catalog words
/// each rule once per process, so a change of wording made later in the same process (as mutation
/// testing makes) is seen only by rules built afresh.
/// </summary>
public class RuleDescriptionTests
{
    private static (string Describe, string Summarize) Words(RuleAttribute rule, params RulePartAttribute[] parts)
    {
        var wording = Advised.Level([rule], parts).Wording;
        return (rule.Describe(wording), rule.Summarize(wording));
    }

    private static MinHoursAttribute HoursOfSessions(double hours) => new(hours) { Evidence = Evidence.Sessions };

    [Fact]
    public void A_window_with_a_minimum_span_and_rules_about_sources_are_described_and_summarized()
    {
        var rule = HoursOfSessions(50);
        rule.WithinYears = 2;
        rule.MinSpanYears = 1;
        rule.MaxProviders = 2;
        rule.MajorityFromOne = true;

        Words(rule).Describe.ShouldBe("at least 50 clock hours of reflective supervision/consultation, within 1 to 2 years, from at most 2 providers, more than 25 clock hours from one provider");
        Words(rule).Summarize.ShouldBe("50 h RS/C in 1–2 years, ≤ 2 providers, majority from one");
    }

    [Fact]
    public void A_window_without_a_minimum_span_and_a_majority_without_a_limit_are_summarized()
    {
        var rule = HoursOfSessions(24);
        rule.WithinMonths = 18;
        rule.MajorityFromOne = true;

        Words(rule).Describe.ShouldBe("at least 24 clock hours of reflective supervision/consultation, within less than 18 months, more than 12 clock hours from one provider");
        Words(rule).Summarize.ShouldBe("24 h RS/C in < 18 months, majority from one");
    }

    [Fact]
    public void Parts_are_described_and_summarized_with_their_hours()
    {
        var rule = HoursOfSessions(48);
        var part = new HoursPartAttribute(30) { Where = [SessionTag.ProviderApproved] };

        Words(rule, part).Describe.ShouldBe("at least 48 clock hours of reflective supervision/consultation, of which at least 30 with an approved provider (each hour counted once)");
        Words(rule, part).Summarize.ShouldBe("48 h RS/C (30 approved provider)");
    }

    [Fact]
    public void A_credential_of_some_types_with_a_flag()
        => Words(new CredentialAttribute(CredentialType.Master | CredentialType.Doctorate) { Where = [CredentialTag.OfficialTranscript] })
            .ShouldBe(("a master's or doctorate with an official transcript", "master's or doctorate with official transcript"));

    [Fact]
    public void A_credential_of_any_type_with_a_flag()
        => Words(new CredentialAttribute { Where = [CredentialTag.ImhCoursework] }).ShouldBe(("a credential with infant mental health coursework", "credential with infant mental health coursework"));

    [Fact]
    public void A_number_of_training_entries_with_a_flag()
        => Words(new MinEntriesAttribute(1) { Evidence = Evidence.Training, Where = [TrainingTag.InServiceCoursework] }).ShouldBe(("at least 1 training entry of intensive in-service training", "1 training entry of intensive in-service training"));

    [Fact]
    public void Years_of_work_after_a_degree()
        => Words(new ExperienceAttribute(2) { Where = [WorkKind.ImhServices, WorkTag.Supervised], After = CredentialType.PostGraduate }).ShouldBe(("at least 2 years of post-graduate supervised infant mental health services work", "2 years post-graduate supervised infant mental health services work"));

    [Fact]
    public void Ratings_with_numbered_items_and_an_endorsed_rater()
        => Words(new RatingsAttribute(3),
                new RatingItemAttribute(1) { Where = [ReferenceTag.Current, RaterRole.Supervisor | RaterRole.Teacher] },
                new RatingItemAttribute(2) { Where = [ReferenceTag.ProvidesReflectiveSupervision] },
                new RatingItemAttribute(3) { Where = [RaterRole.Supervisee], When = ApplicantTag.SupervisesOthers },
                new EndorsedRaterAttribute("II", "III", "IV"))
            .ShouldBe(("3 ratings from different raters: (1) a current teacher or supervisor; (2) a rater providing the applicant's reflective supervision/consultation; (3) a supervisee (if the applicant supervises others); at least one from a rater endorsed at II, III or IV", "3 numbered ratings, one endorsed at II, III or IV"));

    [Fact]
    public void Ratings_from_roles_with_one_from_a_current_rater()
        => Words(new RatingsAttribute(3) { Where = [RaterRole.Teacher | RaterRole.Supervisor] },
                new AtLeastOneRatingAttribute { Where = [ReferenceTag.Current, RaterRole.Supervisor] })
            .ShouldBe(("at least 3 ratings from different raters, each a teacher or supervisor; at least one from a current supervisor", "3 ratings"));

    [Fact]
    public void Documents_signed()
        => Words(new SignedAttribute(Document.CodeOfEthics | Document.EndorsementAgreement)).ShouldBe(("code of ethics statement and endorsement agreement signed", "signed"));

    [Fact]
    public void An_assessment_passed()
        => Words(new PassedAttribute(Assessment.Exam)).ShouldBe(("the written examination passed", "passed"));

    [Fact]
    public void A_membership()
        => Words(new MembershipAttribute { Where = [MembershipTag.ImhAssociation] }).ShouldBe(("a current membership of an infant mental health association", "current"));

    [Fact]
    public void A_membership_covering_the_renewal_year()
        => Words(new MembershipAttribute { Covers = MembershipDate.EndOfRenewalYear, Where = [MembershipTag.ImhAssociation] }).ShouldBe(("a membership of an infant mental health association covering 31 December of the renewal year", "covers 31 December"));
}
