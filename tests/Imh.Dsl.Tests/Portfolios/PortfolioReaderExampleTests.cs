using Imh.Dsl.Portfolios;
using static Imh.Dsl.Tests.Portfolios.PortfolioTestJson;

namespace Imh.Dsl.Tests.Portfolios;

public sealed class PortfolioReaderExampleTests
{
    [Fact]
    public void The_spec_example_maps_every_field()
    {
        Portfolio p = Valid(SpecExample);

        p.SchemaVersion.ShouldBe(1);
        p.Applicant.Name.ShouldBe("Jordan Rivera");
        p.Applicant.Id.ShouldBe("A-1024");
        p.SupervisesOthers.ShouldBeFalse();
        p.ProvidesReflectiveSupervision.ShouldBeFalse();

        p.Credentials.Count.ShouldBe(2);
        Credential bsw = p.Credentials[0];
        bsw.Type.ShouldBe(CredentialType.Bachelor);
        bsw.Title.ShouldBe("BSW");
        bsw.Field.ShouldBeNull();
        bsw.RelatedField.ShouldBeFalse();
        bsw.Awarded.ShouldBe(new DateOnly(2012, 5, 12));
        bsw.OfficialTranscript.ShouldBeTrue();
        bsw.ImhCoursework.ShouldBeFalse();
        Credential msw = p.Credentials[1];
        msw.Type.ShouldBe(CredentialType.Master);
        msw.Title.ShouldBe("MSW");
        msw.Awarded.ShouldBe(new DateOnly(2016, 5, 14));
        msw.OfficialTranscript.ShouldBeTrue();
        msw.ImhCoursework.ShouldBeTrue();

        TrainingEntry training = p.Training.ShouldHaveSingleItem();
        training.Date.ShouldBe(new DateOnly(2021, 3, 6));
        training.Hours.ShouldBe(6m);
        training.Title.ShouldBe("Attachment in the first year");
        training.RelationshipBased.ShouldBeTrue();
        training.InfantMentalHealth.ShouldBeTrue();
        training.AboutReflectiveSupervision.ShouldBeFalse();
        training.Approved.ShouldBeTrue();
        training.InServiceCoursework.ShouldBeFalse();

        WorkEntry work = p.Work.ShouldHaveSingleItem();
        work.Role.ShouldBe("Infant mental health therapist");
        work.Employer.ShouldBe("County CMH");
        work.Kind.ShouldBe(WorkKind.ImhServices);
        work.Start.ShouldBe(new DateOnly(2016, 6, 1));
        work.End.ShouldBeNull();
        work.Fte.ShouldBe(1m);
        work.Paid.ShouldBeTrue();
        work.Supervised.ShouldBeTrue();

        ReflectiveSupervisionSession session = p.ReflectiveSupervision.ShouldHaveSingleItem();
        session.Date.ShouldBe(new DateOnly(2023, 1, 10));
        session.Hours.ShouldBe(1.5m);
        session.Format.ShouldBe(SessionFormat.Individual);
        session.Provider.ShouldBe("Dr. A. Morgan");
        session.ProviderApproved.ShouldBeTrue();
        session.RelationshipBased.ShouldBeTrue();
        session.WhileServing.ShouldBeTrue();

        ReferenceRating reference = p.References.ShouldHaveSingleItem();
        reference.Rater.ShouldBe("Sam Lee");
        reference.Role.ShouldBe(RaterRole.Supervisor);
        reference.Current.ShouldBeTrue();
        reference.ProvidesReflectiveSupervision.ShouldBeFalse();
        reference.RaterEndorsement.ShouldBe("III");
        reference.FamiliarWithImh.ShouldBeFalse();

        p.CodeOfEthicsSigned.ShouldBe(new DateOnly(2024, 1, 5));
        p.EndorsementAgreementSigned.ShouldBe(new DateOnly(2024, 1, 5));
        Exam exam = p.Exam.ShouldNotBeNull();
        exam.Passed.ShouldBeTrue();
        exam.Date.ShouldBe(new DateOnly(2024, 3, 2));
        p.PortfolioReview.ShouldNotBeNull().Passed.ShouldBeTrue();

        Membership membership = p.Memberships.ShouldHaveSingleItem();
        membership.Organization.ShouldBe("MI-AIMH");
        membership.ImhAssociation.ShouldBeTrue();
        membership.From.ShouldBe(new DateOnly(2024, 1, 1));
        membership.To.ShouldBe(new DateOnly(2024, 12, 31));

        Endorsement endorsement = p.Endorsement.ShouldNotBeNull();
        endorsement.Level.ShouldBe("III");
        endorsement.Since.ShouldBe(new DateOnly(2024, 6, 1));
    }

    [Fact]
    public void Omitted_booleans_are_false_lists_empty_and_objects_absent()
    {
        Portfolio p = Valid(Minimal);

        p.SchemaVersion.ShouldBeNull();
        p.Applicant.Name.ShouldBe("A");
        p.Applicant.Id.ShouldBeNull();
        p.SupervisesOthers.ShouldBeFalse();
        p.ProvidesReflectiveSupervision.ShouldBeFalse();
        p.Credentials.ShouldBeEmpty();
        p.Training.ShouldBeEmpty();
        p.Work.ShouldBeEmpty();
        p.ReflectiveSupervision.ShouldBeEmpty();
        p.References.ShouldBeEmpty();
        p.Memberships.ShouldBeEmpty();
        p.CodeOfEthicsSigned.ShouldBeNull();
        p.EndorsementAgreementSigned.ShouldBeNull();
        p.Exam.ShouldBeNull();
        p.PortfolioReview.ShouldBeNull();
        p.Endorsement.ShouldBeNull();
    }

    [Fact]
    public void Omitted_entry_booleans_are_false_and_fte_defaults_to_one()
    {
        Portfolio p = Valid("""
            {
              "applicant": { "name": "A" },
              "credentials": [ { "type": "cda", "awarded": "2010-01-01" } ],
              "training": [ { "date": "2021-03-06", "hours": 2, "title": "T" } ],
              "work": [ { "role": "R", "kind": "earlyChildhood", "start": "2016-06-01" } ],
              "references": [ { "rater": "S", "role": "colleague" } ],
              "exam": {},
              "portfolioReview": {}
            }
            """);

        Credential credential = p.Credentials.ShouldHaveSingleItem();
        (credential.Title, credential.Field, credential.RelatedField, credential.OfficialTranscript, credential.ImhCoursework)
            .ShouldBe((null, null, false, false, false));
        TrainingEntry training = p.Training.ShouldHaveSingleItem();
        (training.RelationshipBased, training.InfantMentalHealth, training.AboutReflectiveSupervision, training.Approved, training.InServiceCoursework)
            .ShouldBe((false, false, false, false, false));
        WorkEntry work = p.Work.ShouldHaveSingleItem();
        work.Fte.ShouldBe(1m);
        (work.Employer, work.End, work.Paid, work.Supervised).ShouldBe((null, null, false, false));
        ReferenceRating reference = p.References.ShouldHaveSingleItem();
        (reference.Current, reference.ProvidesReflectiveSupervision, reference.RaterEndorsement, reference.FamiliarWithImh)
            .ShouldBe((false, false, null, false));
        p.Exam.ShouldNotBeNull().Passed.ShouldBeFalse();
        p.Exam.Date.ShouldBeNull();
        p.PortfolioReview.ShouldNotBeNull().Passed.ShouldBeFalse();
    }

    [Fact]
    public void Rs_relationshipBased_and_whileServing_default_to_true()
    {
        Portfolio p = Valid("""
            {
              "applicant": { "name": "A" },
              "reflectiveSupervision": [ { "date": "2023-01-10", "hours": 1, "format": "group", "provider": "P" } ]
            }
            """);

        ReflectiveSupervisionSession session = p.ReflectiveSupervision.ShouldHaveSingleItem();
        session.RelationshipBased.ShouldBeTrue();
        session.WhileServing.ShouldBeTrue();
        session.ProviderApproved.ShouldBeFalse();
        session.Format.ShouldBe(SessionFormat.Group);
    }

    [Fact]
    public void Rs_relationshipBased_and_whileServing_given_as_false_are_false()
    {
        Portfolio p = Valid("""
            {
              "applicant": { "name": "A" },
              "reflectiveSupervision": [
                { "date": "2023-01-10", "hours": 1, "format": "group", "provider": "P", "relationshipBased": false, "whileServing": false }
              ]
            }
            """);

        ReflectiveSupervisionSession session = p.ReflectiveSupervision.ShouldHaveSingleItem();
        session.RelationshipBased.ShouldBeFalse();
        session.WhileServing.ShouldBeFalse();
    }

    [Fact]
    public void Null_is_accepted_where_the_spec_allows_it()
    {
        Portfolio p = Valid("""
            {
              "applicant": { "name": "A", "id": null },
              "credentials": [ { "type": "doctorate", "title": null, "field": null, "awarded": "2010-01-01" } ],
              "work": [ { "role": "R", "employer": null, "kind": "infantFamily", "start": "2016-06-01", "end": null } ],
              "references": [ { "rater": "S", "role": "student", "raterEndorsement": null } ],
              "codeOfEthicsSigned": null,
              "endorsementAgreementSigned": null
            }
            """);

        p.Applicant.Id.ShouldBeNull();
        p.Credentials[0].Title.ShouldBeNull();
        p.Credentials[0].Field.ShouldBeNull();
        p.Work[0].Employer.ShouldBeNull();
        p.Work[0].End.ShouldBeNull();
        p.References[0].RaterEndorsement.ShouldBeNull();
        p.CodeOfEthicsSigned.ShouldBeNull();
        p.EndorsementAgreementSigned.ShouldBeNull();
    }

    [Fact]
    public void A_leap_day_that_exists_is_accepted()
        => Valid("""{ "applicant": { "name": "A" }, "codeOfEthicsSigned": "2024-02-29" }""").CodeOfEthicsSigned.ShouldBe(new DateOnly(2024, 2, 29));

    [Fact]
    public void Range_bounds_themselves_are_accepted()
    {
        Portfolio p = Valid("""
            {
              "applicant": { "name": "A" },
              "training": [ { "date": "2021-03-06", "hours": 200, "title": "T" }, { "date": "2021-03-06", "hours": 0.25, "title": "T" } ],
              "work": [ { "role": "R", "kind": "policyLeader", "start": "2016-06-01", "end": "2016-06-01", "fte": 0.01 } ],
              "reflectiveSupervision": [ { "date": "2023-01-10", "hours": 24, "format": "group", "provider": "P" } ],
              "memberships": [ { "organization": "O", "from": "2024-01-01", "to": "2024-01-01" } ]
            }
            """);

        p.Training.Select(t => t.Hours).ShouldBe([200m, 0.25m]);
        p.Work[0].Fte.ShouldBe(0.01m);
        p.Work[0].End.ShouldBe(new DateOnly(2016, 6, 1));
        p.ReflectiveSupervision[0].Hours.ShouldBe(24m);
        p.Memberships[0].To.ShouldBe(new DateOnly(2024, 1, 1));
    }

    [Fact]
    public void Schema_version_equal_to_one_is_accepted_in_any_number_spelling()
        => Valid("""{ "schemaVersion": 1.0, "applicant": { "name": "A" } }""").SchemaVersion.ShouldBe(1);

    [Fact]
    public void Endorsement_level_is_any_non_empty_string_without_level_ids()
        => Valid("""{ "applicant": { "name": "A" }, "endorsement": { "level": "Whatever-7", "since": "2024-06-01" } }""")
            .Endorsement.ShouldNotBeNull().Level.ShouldBe("Whatever-7");

    [Fact]
    public void Endorsement_level_is_normalised_to_the_spelling_of_the_level_ids()
    {
        var options = new PortfolioReaderOptions { LevelIds = ["I", "II", "III", "IV-Clinical"] };
        Valid("""{ "applicant": { "name": "A" }, "endorsement": { "level": "iv-clinical", "since": "2024-06-01" } }""", options)
            .Endorsement.ShouldNotBeNull().Level.ShouldBe("IV-Clinical");
    }

    [Fact]
    public void A_utf8_bom_is_accepted()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(SpecExample)];
        PortfolioReadResult result = PortfolioReader.Read(bytes);
        result.Problems.ShouldBeEmpty(Show(result.Problems));
        result.Portfolio.ShouldNotBeNull().Applicant.Name.ShouldBe("Jordan Rivera");
    }

    [Fact]
    public void Crlf_line_endings_and_escaped_strings_are_accepted()
    {
        Portfolio p = Valid("{\r\n  \"applicant\": { \"name\": \"Zo\\u00eb \\\"Z\\\"\" }\r\n}\r\n");
        p.Applicant.Name.ShouldBe("Zoë \"Z\"");
    }

    [Fact]
    public void Nesting_of_exactly_32_levels_is_not_a_nesting_problem()
    {
        // Root object is level 1; 31 arrays under the unknown property make 32 levels in all.
        string json = """{ "applicant": { "name": "A" }, "extra": """ + new string('[', 31) + new string(']', 31) + " }";
        PortfolioProblem problem = Single(json);
        problem.ShouldBeAt("$.extra", 1, 33);
        problem.Message.ShouldContain("unknown property");
    }
}
