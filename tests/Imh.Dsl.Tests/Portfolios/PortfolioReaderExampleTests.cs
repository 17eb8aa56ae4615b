using Imh.Dsl.Portfolios;
using Imh.Requirements;
using static Imh.Dsl.Tests.Portfolios.PortfolioTestJson;
using AssessmentKind = Imh.Requirements.Assessment;

namespace Imh.Dsl.Tests.Portfolios;

/// <summary>What the reader makes of valid documents: every field of the format, its defaults, and the bounds that are still valid.</summary>
public sealed class PortfolioReaderExampleTests
{
    [Fact]
    public void The_spec_example_maps_every_field()
    {
        Portfolio p = Valid(SpecExample);

        p.SchemaVersion.ShouldBe(1);
        p.Applicant.Name.ShouldBe("Jordan Rivera");
        p.Applicant.Id.ShouldBe("A-1024");
        p.Words.Of<ApplicantTag>().ShouldBe((ApplicantTag)0);

        p.Credentials.Count.ShouldBe(2);
        Credential bsw = p.Credentials[0];
        bsw.Words.Of<CredentialType>().ShouldBe(CredentialType.Bachelor);
        bsw.Words.Of<CredentialTag>().ShouldBe(CredentialTag.OfficialTranscript);
        bsw.Title.ShouldBe("BSW");
        bsw.Field.ShouldBeNull();
        bsw.Awarded.ShouldBe(new DateOnly(2012, 5, 12));
        Credential msw = p.Credentials[1];
        msw.Words.Of<CredentialType>().ShouldBe(CredentialType.Master);
        msw.Words.Of<CredentialTag>().ShouldBe(CredentialTag.OfficialTranscript | CredentialTag.ImhCoursework);
        msw.Title.ShouldBe("MSW");
        msw.Awarded.ShouldBe(new DateOnly(2016, 5, 14));

        TrainingEntry training = p.Training.ShouldHaveSingleItem();
        training.Date.ShouldBe(new DateOnly(2021, 3, 6));
        training.Hours.ShouldBe(6m);
        training.Title.ShouldBe("Attachment in the first year");
        training.Words.Of<TrainingTag>().ShouldBe(TrainingTag.RelationshipBased | TrainingTag.InfantMentalHealth | TrainingTag.Approved);

        WorkEntry work = p.Work.ShouldHaveSingleItem();
        work.Role.ShouldBe("Infant mental health therapist");
        work.Employer.ShouldBe("County CMH");
        work.Words.Of<WorkKind>().ShouldBe(WorkKind.ImhServices);
        work.Words.Of<WorkTag>().ShouldBe(WorkTag.Paid | WorkTag.Supervised);
        work.Start.ShouldBe(new DateOnly(2016, 6, 1));
        work.End.ShouldBeNull();
        work.Fte.ShouldBe(1m);

        Session session = p.Sessions.ShouldHaveSingleItem();
        session.Date.ShouldBe(new DateOnly(2023, 1, 10));
        session.Hours.ShouldBe(1.5m);
        session.Words.Of<SessionFormat>().ShouldBe(SessionFormat.Individual);
        session.Provider.ShouldBe("Dr. A. Morgan");
        session.Words.Of<SessionTag>().ShouldBe(SessionTag.ProviderApproved | SessionTag.RelationshipBased | SessionTag.WhileServing);
        session.ProviderEndorsements.ShouldBeEmpty();

        ReferenceRating reference = p.References.ShouldHaveSingleItem();
        reference.Rater.ShouldBe("Sam Lee");
        reference.Words.Of<RaterRole>().ShouldBe(RaterRole.Supervisor);
        reference.Words.Of<ReferenceTag>().ShouldBe(ReferenceTag.Current);
        reference.RaterEndorsements.ShouldBe(["III"]);

        p.Signatures.ShouldBe(
        [
            new Signature(Document.CodeOfEthics, new DateOnly(2024, 1, 5)),
            new Signature(Document.EndorsementAgreement, new DateOnly(2024, 1, 5)),
        ]);
        p.Assessments.Count.ShouldBe(2);
        AssessmentResult exam = p.Assessments[0];
        exam.Assessment.ShouldBe(AssessmentKind.Exam);
        exam.Passed.ShouldBeTrue();
        exam.Date.ShouldBe(new DateOnly(2024, 3, 2));
        exam.Level.ShouldBeNull();
        AssessmentResult review = p.Assessments[1];
        review.Assessment.ShouldBe(AssessmentKind.PortfolioReview);
        review.Passed.ShouldBeTrue();
        review.Date.ShouldBeNull();

        Membership membership = p.Memberships.ShouldHaveSingleItem();
        membership.Organization.ShouldBe("MI-AIMH");
        membership.Words.Of<MembershipTag>().ShouldBe(MembershipTag.ImhAssociation);
        membership.From.ShouldBe(new DateOnly(2024, 1, 1));
        membership.To.ShouldBe(new DateOnly(2024, 12, 31));

        HeldEndorsement endorsement = p.Endorsements.ShouldHaveSingleItem();
        endorsement.Level.ShouldBe("III");
        endorsement.Since.ShouldBe(new DateOnly(2024, 6, 1));
        endorsement.Provisional.ShouldBeNull();
        endorsement.Applied.ShouldBeNull();
        p.ApplicationDate.ShouldBeNull();
    }

    [Fact]
    public void The_applicant_flags_given_as_true_are_carried()
    {
        Portfolio p = Valid("""{ "applicant": { "name": "A" }, "supervisesOthers": true, "providesReflectiveSupervision": true }""");

        p.Words.Of<ApplicantTag>().ShouldBe(ApplicantTag.SupervisesOthers | ApplicantTag.ProvidesReflectiveSupervision);
    }

    [Fact]
    public void Omitted_booleans_are_false_lists_empty_and_objects_absent()
    {
        Portfolio p = Valid(Minimal);

        p.SchemaVersion.ShouldBeNull();
        p.Applicant.Name.ShouldBe("A");
        p.Applicant.Id.ShouldBeNull();
        p.Words.ShouldBe(EntryWords.None);
        p.Credentials.ShouldBeEmpty();
        p.Training.ShouldBeEmpty();
        p.Work.ShouldBeEmpty();
        p.Sessions.ShouldBeEmpty();
        p.References.ShouldBeEmpty();
        p.Memberships.ShouldBeEmpty();
        p.Signatures.ShouldBeEmpty();
        p.Assessments.ShouldBeEmpty();
        p.Endorsements.ShouldBeEmpty();
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
              "memberships": [ { "organization": "O", "from": "2024-01-01", "to": "2024-12-31" } ],
              "exam": {},
              "portfolioReview": {}
            }
            """);

        Credential credential = p.Credentials.ShouldHaveSingleItem();
        (credential.Title, credential.Field).ShouldBe((null, null));
        credential.Words.ShouldBe(EntryWords.Of(CredentialType.Cda));
        p.Training.ShouldHaveSingleItem().Words.ShouldBe(EntryWords.None);
        WorkEntry work = p.Work.ShouldHaveSingleItem();
        work.Fte.ShouldBe(1m);
        (work.Employer, work.End).ShouldBe((null, null));
        work.Words.ShouldBe(EntryWords.Of(WorkKind.EarlyChildhood));
        ReferenceRating reference = p.References.ShouldHaveSingleItem();
        reference.Words.ShouldBe(EntryWords.Of(RaterRole.Colleague));
        reference.RaterEndorsements.ShouldBeEmpty();
        p.Memberships.ShouldHaveSingleItem().Words.ShouldBe(EntryWords.None);
        p.Assessments.Select(a => (a.Assessment, a.Passed, a.Date)).ShouldBe(
            [(AssessmentKind.Exam, false, null), (AssessmentKind.PortfolioReview, false, null)]);
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

        Session session = p.Sessions.ShouldHaveSingleItem();
        session.Words.Of<SessionTag>().ShouldBe(SessionTag.RelationshipBased | SessionTag.WhileServing);
        session.Words.Of<SessionFormat>().ShouldBe(SessionFormat.Group);
    }

    [Fact]
    public void Each_entry_starts_from_the_defaults_whatever_the_entries_before_it_said()
    {
        // The defaults are worked out once per vocabulary and shared by every entry read with it.
        Portfolio p = Valid("""
            {
              "applicant": { "name": "A" },
              "reflectiveSupervision": [
                { "date": "2023-01-10", "hours": 1, "format": "group", "provider": "P", "relationshipBased": false, "whileServing": false },
                { "date": "2023-01-11", "hours": 1, "format": "individual", "provider": "P" },
                { "date": "2023-01-12", "hours": 1, "format": "individual", "provider": "P", "providerApproved": true, "relationshipBased": false }
              ]
            }
            """);
        string again = """{ "applicant": { "name": "B" }, "reflectiveSupervision": [ { "date": "2023-01-13", "hours": 1, "format": "group", "provider": "Q" } ] }""";

        p.Sessions.Select(s => s.Words).ShouldBe(
        [
            EntryWords.Of(SessionFormat.Group),
            EntryWords.Of(SessionTag.RelationshipBased | SessionTag.WhileServing, SessionFormat.Individual),
            EntryWords.Of(SessionTag.ProviderApproved | SessionTag.WhileServing, SessionFormat.Individual),
        ]);
        p.Sessions[0].Words.Of<SessionTag>().ShouldBe((SessionTag)0);
        Valid(again).Sessions.ShouldHaveSingleItem().Words.Of<SessionTag>().ShouldBe(SessionTag.RelationshipBased | SessionTag.WhileServing);
    }

    [Theory]
    [InlineData("relationshipBased", SessionTag.WhileServing)]
    [InlineData("whileServing", SessionTag.RelationshipBased)]
    public void Rs_flags_that_default_to_true_given_as_false_are_false(string flag, SessionTag left)
    {
        Portfolio p = Valid($$"""
            {
              "applicant": { "name": "A" },
              "reflectiveSupervision": [ { "date": "2023-01-10", "hours": 1, "format": "group", "provider": "P", "{{flag}}": false } ]
            }
            """);

        p.Sessions.ShouldHaveSingleItem().Words.Of<SessionTag>().ShouldBe(left);
    }

    [Fact]
    public void Flags_given_as_false_are_false()
    {
        Portfolio p = Valid("""
            {
              "applicant": { "name": "A" },
              "supervisesOthers": false,
              "training": [ { "date": "2021-03-06", "hours": 2, "title": "T", "relationshipBased": false, "approved": true } ]
            }
            """);

        p.Words.Of<ApplicantTag>().ShouldBe((ApplicantTag)0);
        p.Training.ShouldHaveSingleItem().Words.Of<TrainingTag>().ShouldBe(TrainingTag.Approved);
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
        p.References[0].RaterEndorsements.ShouldBeEmpty();
        p.Signatures.ShouldBeEmpty();
    }

    [Fact]
    public void A_leap_day_that_exists_is_accepted()
        => Valid("""{ "applicant": { "name": "A" }, "codeOfEthicsSigned": "2024-02-29" }""")
            .Signatures.ShouldBe([new Signature(Document.CodeOfEthics, new DateOnly(2024, 2, 29))]);

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
        p.Sessions[0].Hours.ShouldBe(24m);
        p.Memberships[0].To.ShouldBe(new DateOnly(2024, 1, 1));
    }

    [Theory]
    [InlineData("200.0000000000000000000000000000")]
    [InlineData("2e2")]
    [InlineData("0.00000000000000000000000001")]
    public void Hours_are_compared_with_the_bounds_as_written(string hours)
        => Valid($$"""{ "applicant": { "name": "A" }, "training": [ { "date": "2021-03-06", "hours": {{hours}}, "title": "T" } ] }""")
            .Training[0].Hours.ShouldBe(decimal.Parse(hours, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("1.0")]
    [InlineData("1e0")]
    [InlineData("10E-1")]
    public void Schema_version_equal_to_one_is_accepted_in_any_number_spelling(string version)
        => Valid($$"""{ "schemaVersion": {{version}}, "applicant": { "name": "A" } }""").SchemaVersion.ShouldBe(1);

    [Theory]
    [InlineData("III", "III")]
    [InlineData("iv-clinical", "IV-Clinical")]
    [InlineData(" IV-Policy ", "IV-Policy")]
    public void Endorsement_level_is_normalised_to_the_catalogs_spelling_of_the_id(string given, string level)
        => Valid($$"""{ "applicant": { "name": "A" }, "endorsement": { "level": "{{given}}", "since": "2024-06-01" } }""")
            .Endorsements.ShouldHaveSingleItem().Level.ShouldBe(level);

    [Theory]
    [InlineData("I", "I")]
    [InlineData("IV", "IV")]
    [InlineData("IV-ResearchFaculty", "IV-ResearchFaculty")]
    [InlineData("ii", "II")]
    public void Rater_endorsement_is_any_level_or_track_id_or_IV_in_the_catalogs_spelling(string given, string level)
        => Valid($$"""{ "applicant": { "name": "A" }, "references": [ { "rater": "S", "role": "colleague", "raterEndorsement": "{{given}}" } ] }""")
            .References[0].RaterEndorsements.ShouldBe([level]);

    [Fact]
    public void The_schema_property_naming_the_files_schema_is_accepted_and_not_checked()
        => Valid("""{ "$schema": "anything at all", "applicant": { "name": "A" } }""").Applicant.Name.ShouldBe("A");

    [Fact]
    public void A_utf8_bom_is_accepted()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(SpecExample)];
        PortfolioReadResult result = Read(bytes);
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
    public void Escaped_property_names_and_values_are_read_as_their_text()
    {
        Portfolio p = Valid("""{ "applicant": { "n\u0061me": "A" }, "work": [ { "role": "R", "kind": "imh\u0053ervices", "start": "2016\u002d06-01" } ] }""");
        p.Work[0].Words.Of<WorkKind>().ShouldBe(WorkKind.ImhServices);
        p.Work[0].Start.ShouldBe(new DateOnly(2016, 6, 1));
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

    [Fact]
    public void A_valid_portfolio_reports_the_position_of_its_root_object()
    {
        PortfolioReadResult result = Read("\n\n   " + Minimal);
        result.Problems.ShouldBeEmpty();
        (result.RootLine, result.RootColumn).ShouldBe((3, 4));
    }
}
