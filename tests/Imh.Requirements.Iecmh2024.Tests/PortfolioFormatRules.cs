namespace Imh.Requirements.Iecmh2024.Tests;

/// <summary>
/// Portfolio format version 2 read with this catalog (iecmh-2024.md, "Evidence the portfolio must
/// carry" and "Input spellings"): version 1 files read with the defaults (ages infant, no provider
/// endorsement, one exam of the IMH version, one endorsement held), aliases read as canonical ids
/// wherever an id is read, and the bad input version 2 adds.
/// </summary>
public class PortfolioFormatRules
{
    // A version 1 Level II portfolio of the first catalog, as MI-AIMH applicants write it.
    private const string Version1 = """
        {
          "schemaVersion": 1,
          "applicant": { "name": "Jordan Rivera" },
          "credentials": [ { "type": "bachelor", "title": "BSW", "awarded": "2016-05-14", "officialTranscript": true } ],
          "training": [ { "date": "2024-03-06", "hours": 32, "title": "Attachment in the first year", "relationshipBased": true, "approved": true } ],
          "work": [ { "role": "Home visitor", "kind": "infantFamily", "start": "2016-08-22", "paid": true, "supervised": true } ],
          "reflectiveSupervision": [
            { "date": "2024-01-10", "hours": 13, "format": "individual", "provider": "Dr. A. Morgan", "providerApproved": true },
            { "date": "2025-01-10", "hours": 13, "format": "individual", "provider": "Dr. A. Morgan", "providerApproved": true }
          ],
          "references": [
            { "rater": "Sam Lee", "role": "supervisor", "current": true },
            { "rater": "Dr. A. Morgan", "role": "consultant", "providesReflectiveSupervision": true, "raterEndorsement": "III" },
            { "rater": "Chris Park", "role": "colleague" }
          ],
          "codeOfEthicsSigned": "2026-01-05",
          "endorsementAgreementSigned": "2026-01-05",
          "exam": { "passed": true, "date": "2026-03-02" },
          "memberships": [ { "organization": "MI-AIMH", "imhAssociation": true, "from": "2026-01-01", "to": "2026-12-31" } ],
          "endorsement": { "level": "II", "since": "2024-06-01" }
        }
        """;

    // ---- version 1 files ----

    [Fact]
    public void A_version_1_file_is_read_with_the_version_2_defaults()
    {
        var p = Read.Portfolio(Version1);

        p.Work[0].Words.Has(AgeBand.Infant).ShouldBeTrue();
        p.Work[0].Words.Has(AgeBand.EarlyChildhood).ShouldBeFalse();
        p.Work[0].Numbers.ShouldBeEmpty();
        p.Sessions[0].ProviderEndorsements.ShouldBeEmpty();
        p.Sessions[0].Words.Has(SessionKind.Reflective).ShouldBeTrue();
        p.Sessions[0].Words.Has(AgeBand.Infant).ShouldBeTrue();
        p.References[1].RaterEndorsements.ShouldBe(["IMHS"]);
        p.Assessments.ShouldHaveSingleItem().Words.Has(ExamVersion.Imh).ShouldBeTrue();
        p.Signatures.Count(s => s.Document.Equals(Document.CodeOfEthics)).ShouldBe(1);
        p.Endorsements.ShouldHaveSingleItem().Level.ShouldBe("IFS");
        p.Endorsements[0].Provisional.ShouldBeNull();
    }

    [Fact]
    public void A_version_1_session_never_qualifies_because_its_provider_endorsement_is_empty()
    {
        var report = Evaluate.Level("IFS", Read.Portfolio(Version1));

        // No families served either: version 1 has no familiesServed.
        report.UnmetKeys.ShouldBe(["workExperience", "reflectiveSupervision"]);
        Expect.NotMet(report, "reflectiveSupervision", "24 more clock hours").Detail.ShouldContain("2 provider not endorsed as");
    }

    [Fact]
    public void A_version_1_file_s_work_counts_for_the_infant_band_only()
    {
        var p = Read.Portfolio(Version1);

        Expect.Met(Evaluate.Level("IFA", p), "education");
        Expect.NotMet(Evaluate.Level("ECFS", p), "workExperience").Detail.ShouldContain("not in the level's age band");
    }

    [Fact]
    public void A_version_1_exam_is_the_IMH_version()
    {
        var p = Read.Portfolio(Version1);

        Expect.Met(Evaluate.Level("IMHS", p), "exam");
        Expect.NotMet(Evaluate.Level("ECMHS", p), "exam");
    }

    [Fact]
    public void A_version_1_endorsement_is_renewed_as_its_category()
    {
        var due = Renewals.Due(Iecmh2024Catalog.Instance, Read.Portfolio(Version1), 2026);

        due.Due.ShouldHaveSingleItem().Held.Level.ShouldBe("IFS");
    }

    [Fact]
    public void Version_2_fields_in_a_file_without_schema_version_2_are_unknown_properties()
    {
        var problems = Read.Problems(Version1.Replace("\"schemaVersion\": 1,", "\"applicationDate\": \"2026-02-10\",", StringComparison.Ordinal));

        problems.ShouldHaveSingleItem().Path.ShouldBe("$.applicationDate");
    }

    // ---- aliases ----

    private static string V2(string body) => "{ \"schemaVersion\": 2, \"applicant\": { \"name\": \"A\" }, " + body + " }";

    private static string Sessions(string endorsement)
        => V2($"\"reflectiveSupervision\": [ {{ \"date\": \"2024-01-10\", \"hours\": 2, \"format\": \"group\", \"provider\": \"P\", \"providerEndorsement\": [\"{endorsement}\"] }} ]");

    [Theory]
    [InlineData("IMHM-C", "IMHM-Clinical")]
    [InlineData("iv-clinical", "IMHM-Clinical")]
    [InlineData("ECMHM-R/F", "ECMHM-ResearchFaculty")]
    [InlineData("III", "IMHS")]
    [InlineData("ii", "IFS")]
    [InlineData("I", "IFA")]
    [InlineData("ecfrs", "ECFRS")]
    public void A_provider_endorsement_alias_is_read_as_the_canonical_id(string alias, string canonical)
        => Read.Portfolio(Sessions(alias)).Sessions[0].ProviderEndorsements.ShouldBe([canonical]);

    [Theory]
    [InlineData("IMHM")]
    [InlineData("ECMHM")]
    [InlineData("IV")]
    public void A_mentor_without_a_track_is_accepted_as_a_provider_s_endorsement(string id)
        => Read.Portfolio(Sessions(id)).Sessions[0].ProviderEndorsements.ShouldHaveSingleItem();

    [Theory]
    [InlineData("IMHM")]
    [InlineData("IV")]
    [InlineData("ECMHM")]
    public void A_mentor_without_a_track_never_counts_as_Mentor_Clinical(string id)
    {
        var mentor = Read.Portfolio(Sessions(id)).Sessions[0].ProviderEndorsements[0];
        var p = Eligible.For("IFS").WithSessions([.. Make.MonthlySessions("2024-01-10", 13, 2m, endorsement: [mentor])]);

        Expect.FailsOnly(Evaluate.Level("IFS", p), "reflectiveSupervision", "24 more clock hours");
    }

    [Theory]
    [InlineData("IV")]
    [InlineData("IMHM")]
    [InlineData("ECMHM")]
    public void A_mentor_without_a_track_counts_as_an_endorsed_rater(string id)
    {
        var rater = Read.Portfolio(V2($"\"references\": [ {{ \"rater\": \"R\", \"role\": \"colleague\", \"raterEndorsement\": \"{id}\" }} ]")).References[0].RaterEndorsements[0];
        var p = Eligible.For("IFS").With(d => d.References[1] = Make.Rating(Make.Provider, RaterRole.Consultant, ReferenceTag.ProvidesReflectiveSupervision, endorsed: [rater]));

        Expect.Eligible(Evaluate.Level("IFS", p));
    }

    [Fact]
    public void Aliases_are_read_in_endorsements_held_rater_endorsements_and_exam_categories()
    {
        var p = Read.Portfolio(V2("""
            "references": [ { "rater": "R", "role": "colleague", "raterEndorsement": ["IMHM-P", "II"] } ],
            "exams": [ { "passed": true, "date": "2024-03-02", "version": "imh", "category": "IMHM-C" } ],
            "endorsements": [ { "category": "iv-policy", "since": "2020-06-01" }, { "category": "II", "since": "2015-06-01" } ]
            """));

        p.References[0].RaterEndorsements.ShouldBe(["IMHM-Policy", "IFS"]);
        p.Assessments[0].Level.ShouldBe("IMHM-Clinical");
        p.Endorsements.Select(e => e.Level).ShouldBe(["IMHM-Policy", "IFS"]);
    }

    [Fact]
    public void An_exam_category_given_as_an_alias_counts_for_its_track()
    {
        var exam = Read.Portfolio(V2("\"exams\": [ { \"passed\": true, \"date\": \"2026-03-02\", \"category\": \"IV-Clinical\" } ]")).Assessments[0];
        var p = Eligible.For("IMHM-Clinical").With(d => d.Exams = [new ExamResult(true, exam.Date, ExamVersion.Imh, exam.Level)]);

        Expect.Eligible(Evaluate.Level("IMHM-Clinical", p));
    }

    // ---- bad input of version 2 ----

    public static TheoryData<string, string, string> BadInput => new()
    {
        { "unknown alias", """ "reflectiveSupervision": [ { "date": "2024-01-10", "hours": 2, "format": "group", "provider": "P", "providerEndorsement": ["IMHM-X"] } ] """, "$.reflectiveSupervision[0].providerEndorsement[0]" },
        { "unknown rater endorsement", """ "references": [ { "rater": "R", "role": "colleague", "raterEndorsement": ["V"] } ] """, "$.references[0].raterEndorsement[0]" },
        { "unknown category held", """ "endorsements": [ { "category": "IFX", "since": "2020-06-01" } ] """, "$.endorsements[0].category" },
        { "emerging on a non-FRS category", """ "endorsements": [ { "category": "IFS", "since": "2020-06-01", "status": "emerging" } ] """, "$.endorsements[0].status" },
        { "two endorsements of one category", """ "endorsements": [ { "category": "IFS", "since": "2020-06-01" }, { "category": "II", "since": "2021-06-01" } ] """, "$.endorsements[1].category" },
        { "negative families", """ "work": [ { "role": "R", "kind": "infantFamily", "start": "2020-01-01", "familiesServed": { "infant": -1 } } ] """, "$.work[0].familiesServed.infant" },
        { "fractional families", """ "work": [ { "role": "R", "kind": "infantFamily", "start": "2020-01-01", "familiesServed": { "earlyChildhood": 2.5 } } ] """, "$.work[0].familiesServed.earlyChildhood" },
        { "empty ageBands on work", """ "work": [ { "role": "R", "kind": "infantFamily", "start": "2020-01-01", "ageBands": [] } ] """, "$.work[0].ageBands" },
        { "empty ageBands on a session", """ "reflectiveSupervision": [ { "date": "2024-01-10", "hours": 2, "format": "group", "provider": "P", "ageBands": [] } ] """, "$.reflectiveSupervision[0].ageBands" },
        { "exam category of the other band", """ "exams": [ { "passed": true, "date": "2024-03-02", "version": "ecmh", "category": "IMHS" } ] """, "$.exams[0].category" },
        { "exam category of the other band by default version", """ "exams": [ { "passed": true, "date": "2024-03-02", "category": "ECMHM-P" } ] """, "$.exams[0].category" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public void Bad_input_of_version_2_is_rejected_with_its_path(string what, string body, string path)
    {
        var problems = Read.Problems(V2(body));

        problems.Select(p => p.Path).ShouldContain(path, what + ": " + string.Join("; ", problems.Select(p => $"{p.Path}: {p.Message}")));
    }

    [Theory]
    [InlineData("IFRS")]
    [InlineData("ecfrs")]
    public void Emerging_is_accepted_on_IFRS_and_ECFRS(string category)
        => Read.Portfolio(V2($"\"endorsements\": [ {{ \"category\": \"{category}\", \"since\": \"2020-06-01\", \"status\": \"emerging\" }} ]"))
            .Endorsements[0].Provisional.ShouldBe("emerging");

    [Fact]
    public void Families_served_of_zero_are_accepted()
        => Read.Portfolio(V2("\"work\": [ { \"role\": \"R\", \"kind\": \"infantFamily\", \"start\": \"2020-01-01\", \"familiesServed\": { \"infant\": 0 } } ]"))
            .Work[0].Numbers.ShouldHaveSingleItem().Value.ShouldBe(0m);
}
