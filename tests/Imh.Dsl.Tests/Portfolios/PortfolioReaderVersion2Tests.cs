using System.Text.Json;
using Imh.Dsl.Portfolios;
using Json.Schema;
using static Imh.Dsl.Tests.Portfolios.PortfolioTestJson;

namespace Imh.Dsl.Tests.Portfolios;

/// <summary>
/// Format version 2 (iecmh-2024.md, "Evidence the portfolio must carry") read with a catalog
/// vocabulary of version 2: a superset of version 1 whose fields need <c>"schemaVersion": 2</c>,
/// and the bad input it adds.
/// </summary>
public sealed class PortfolioReaderVersion2Tests
{
    private const string Full = """
        {
          "schemaVersion": 2,
          "applicant": { "name": "A" },
          "applicationDate": "2024-02-10",
          "training": [ { "date": "2023-03-06", "hours": 3, "title": "Equity in practice", "dei": true } ],
          "work": [ { "role": "R", "kind": "direct", "start": "2020-01-01", "ageBands": ["infant", "earlyChildhood"], "familiesServed": { "infant": 6, "earlyChildhood": 4 } } ],
          "sessions": [ { "date": "2023-01-10", "hours": 1.5, "provider": "P", "providerEndorsement": ["IMHM-C", "ifa"] } ],
          "references": [ { "rater": "S", "raterEndorsement": ["IMHM", "I", "IFA"] } ],
          "codeOfEthicsSigned": "2022-01-05",
          "codeOfEthicsSignatures": ["2023-01-05", "2024-01-05"],
          "exam": { "passed": false, "date": "2023-03-02" },
          "exams": [ { "passed": true, "date": "2024-03-02", "version": "ecmh", "category": "ECFA" } ],
          "endorsements": [
            { "category": "IFRS", "since": "2023-06-01", "status": "emerging", "applied": "2023-02-01" },
            { "category": "imhm-c", "since": "2021-06-01", "status": "endorsed" }
          ]
        }
        """;

    private static readonly JsonSchema Schema = JsonSchema.FromText(PortfolioSchema.For(Version2Vocabulary.Words));

    [Fact]
    public void A_version_2_portfolio_maps_every_version_2_field()
    {
        Portfolio p = Valid(Version2Vocabulary.Read(Full));

        p.SchemaVersion.ShouldBe(2);
        p.ApplicationDate.ShouldBe(new DateOnly(2024, 2, 10));
        p.Training[0].Words.Of<V2TrainingTag>().ShouldBe(V2TrainingTag.Dei);
        p.Work[0].Words.Of<V2Band>().ShouldBe(V2Band.Infant | V2Band.EarlyChildhood);
        p.Work[0].Numbers.ShouldBe([new EntryNumber(V2Number.FamiliesServed, V2Band.Infant, 6m), new EntryNumber(V2Number.FamiliesServed, V2Band.EarlyChildhood, 4m)]);
        p.Sessions[0].ProviderEndorsements.ShouldBe(["IMHM-Clinical", "IFA"]);
        p.References[0].RaterEndorsements.ShouldBe(["IMHM", "IFA"]);
        p.Signatures.Select(s => s.Date).ShouldBe([new DateOnly(2022, 1, 5), new DateOnly(2023, 1, 5), new DateOnly(2024, 1, 5)]);
        p.Assessments.Select(a => (a.Passed, a.Date, a.Level, a.Words.Of<V2Band>())).ShouldBe(
            [(false, new DateOnly(2023, 3, 2), null, V2Band.Infant), (true, new DateOnly(2024, 3, 2), "ECFA", V2Band.EarlyChildhood)]);
        p.Endorsements.Select(e => (e.Level, e.Since, e.Provisional, e.Applied)).ShouldBe(
        [
            ("IFRS", new DateOnly(2023, 6, 1), "emerging", new DateOnly(2023, 2, 1)),
            ("IMHM-Clinical", new DateOnly(2021, 6, 1), null, null),
        ]);
    }

    [Fact]
    public void A_version_1_portfolio_is_read_by_a_version_2_catalog_with_the_defaults()
    {
        Portfolio p = Valid(Version2Vocabulary.Read("""
            {
              "applicant": { "name": "A" },
              "work": [ { "role": "R", "kind": "direct", "start": "2020-01-01" } ],
              "references": [ { "rater": "S", "raterEndorsement": "IFA" } ],
              "exam": { "passed": true },
              "endorsement": { "level": "I", "since": "2024-06-01" }
            }
            """));

        p.SchemaVersion.ShouldBeNull();
        p.Work[0].Words.Of<V2Band>().ShouldBe(V2Band.Infant);
        p.Work[0].Numbers.ShouldBeEmpty();
        p.References[0].RaterEndorsements.ShouldBe(["IFA"]);
        p.Assessments[0].Words.Of<V2Band>().ShouldBe(V2Band.Infant);
        p.Endorsements.ShouldHaveSingleItem().Level.ShouldBe("IFA");
    }

    [Theory]
    [InlineData("""{ "applicant": { "name": "A" }, "applicationDate": "2024-02-10" }""", "$.applicationDate", 33, "applicationDate")]
    [InlineData("""{ "applicant": { "name": "A" }, "codeOfEthicsSignatures": [] }""", "$.codeOfEthicsSignatures", 33, "codeOfEthicsSignatures")]
    [InlineData("""{ "applicant": { "name": "A" }, "endorsements": [] }""", "$.endorsements", 33, "endorsements")]
    [InlineData("""{ "applicant": { "name": "A" }, "training": [ { "date": "2023-03-06", "hours": 3, "title": "T", "dei": true } ] }""", "$.training[0].dei", 97, "dei")]
    [InlineData("""{ "applicant": { "name": "A" }, "work": [ { "role": "R", "kind": "direct", "start": "2020-01-01", "ageBands": ["infant"] } ] }""", "$.work[0].ageBands", 99, "ageBands")]
    [InlineData("""{ "applicant": { "name": "A" }, "exam": { "passed": true, "version": "imh" } }""", "$.exam.version", 59, "version")]
    public void A_version_2_property_in_a_file_without_schemaVersion_2_is_unknown(string json, string path, int column, string name)
    {
        PortfolioProblem problem = Single(Version2Vocabulary.Read(json));

        problem.ShouldBeAt(path, 1, column);
        problem.Message.ShouldBe($"unknown property '{name}' in a version 1 portfolio; it needs \"schemaVersion\": 2");
    }

    [Fact]
    public void A_list_of_levels_in_a_file_without_schemaVersion_2_is_rejected()
    {
        PortfolioProblem problem = Single(Version2Vocabulary.Read("""{ "applicant": { "name": "A" }, "references": [ { "rater": "S", "raterEndorsement": ["IFA"] } ] }"""));

        problem.ShouldBeAt("$.references[0].raterEndorsement", 1, 85);
        problem.Message.ShouldBe("a list of levels needs \"schemaVersion\": 2; a version 1 portfolio gives one value");
    }

    // Version 2's dates and lists say what they expect of a value of the wrong kind; a date that is
    // required may not be null.
    [Theory]
    [InlineData("\"schemaVersion\": 2, \"applicationDate\": null", "$.applicationDate", "expected a date (\"YYYY-MM-DD\"), found null")]
    [InlineData("\"schemaVersion\": 2, \"codeOfEthicsSignatures\": \"2024-01-05\"", "$.codeOfEthicsSignatures", "expected an array of dates, found a string")]
    [InlineData("\"schemaVersion\": 2, \"codeOfEthicsSignatures\": [null]", "$.codeOfEthicsSignatures[0]", "expected a date (\"YYYY-MM-DD\"), found null")]
    [InlineData("\"schemaVersion\": 2, \"exams\": {}", "$.exams", "expected an array, found an object")]
    [InlineData("\"schemaVersion\": 2, \"endorsements\": {}", "$.endorsements", "expected an array, found an object")]
    [InlineData("\"schemaVersion\": \"2\"", "$.schemaVersion", "expected a number from 1 to 2, found a string")]
    public void A_version_2_value_of_the_wrong_kind_says_what_was_expected(string properties, string path, string message)
    {
        PortfolioProblem problem = Single(Version2Vocabulary.Read($$"""{ {{properties}}, "applicant": { "name": "A" } }"""));
        problem.Path.ShouldBe(path);
        problem.Message.ShouldBe(message);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("0")]
    [InlineData("2.5")]
    public void Schema_versions_beyond_those_the_catalog_reads_are_rejected(string version)
    {
        PortfolioProblem problem = Single(Version2Vocabulary.Read($$"""{ "schemaVersion": {{version}}, "applicant": { "name": "A" } }"""));

        problem.ShouldBeAt("$.schemaVersion", 1, 20);
        problem.Message.ShouldBe($"unsupported schemaVersion '{version}'; versions 1 to 2 are supported");
    }

    [Theory]
    [InlineData("""{ "category": "IFB", "since": "2024-01-01" }""", "$.endorsements[0].category", "unknown level 'IFB'; did you mean 'IFA'? allowed: IFA, ECFA, IFRS, IMHM-Clinical")]
    [InlineData("""{ "category": "IMHM", "since": "2024-01-01" }""", "$.endorsements[0].category", "unknown level 'IMHM'; allowed: IFA, ECFA, IFRS, IMHM-Clinical")]
    [InlineData("""{ "category": "ECFA", "since": "2024-01-01", "status": "emerging" }""", "$.endorsements[0].status", "unknown status 'emerging' for 'ECFA'; allowed: endorsed")]
    [InlineData("""{ "category": "IFRS", "since": "2024-01-01", "status": "provisional" }""", "$.endorsements[0].status", "unknown status 'provisional' for 'IFRS'; allowed: endorsed, emerging")]
    public void An_endorsement_held_names_an_evaluated_level_and_a_status_that_level_has(string endorsement, string path, string message)
    {
        PortfolioProblem problem = Single(Version2Vocabulary.Read($$"""{ "schemaVersion": 2, "applicant": { "name": "A" }, "endorsements": [ {{endorsement}} ] }"""));

        problem.Path.ShouldBe(path);
        problem.Message.ShouldBe(message);
    }

    [Fact]
    public void Two_endorsements_of_one_category_are_rejected_whatever_their_spelling()
    {
        PortfolioProblem problem = Single(Version2Vocabulary.Read("""
            { "schemaVersion": 2, "applicant": { "name": "A" }, "endorsements": [
              { "category": "IFA", "since": "2020-01-01" },
              { "category": "i", "since": "2024-01-01" } ] }
            """));

        problem.ShouldBeAt("$.endorsements[1].category", 3, 17);
        problem.Message.ShouldBe("'IFA' is listed twice; an endorsement is held once");
    }

    [Theory]
    [InlineData("""{ "infant": -1 }""", "$.work[0].familiesServed.infant", "must be a whole number at least 0, found -1")]
    [InlineData("""{ "infant": 2.5 }""", "$.work[0].familiesServed.infant", "must be a whole number at least 0, found 2.5")]
    [InlineData("""{ "infant": "6" }""", "$.work[0].familiesServed.infant", "expected a whole number, found a string")]
    [InlineData("""{ "toddler": 6 }""", "$.work[0].familiesServed.toddler", "unknown ageBands 'toddler'; allowed: infant, earlyChildhood")]
    [InlineData("""{ "infant": 1, "infant": 2 }""", "$.work[0].familiesServed.infant", "duplicate property 'infant'")]
    [InlineData("""6""", "$.work[0].familiesServed", "expected an object keyed by ageBands, found a number")]
    [InlineData("""{ "toddler": [6, 7] }""", "$.work[0].familiesServed.toddler", "unknown ageBands 'toddler'; allowed: infant, earlyChildhood")]
    [InlineData("""{ "infant": 1, "infant": [2, 3] }""", "$.work[0].familiesServed.infant", "duplicate property 'infant'")]
    [InlineData("""{ "infant": 1, "infant": "x" }""", "$.work[0].familiesServed.infant", "duplicate property 'infant'")]
    [InlineData("""{ "infnt": 1 }""", "$.work[0].familiesServed.infnt", "unknown ageBands 'infnt'; did you mean 'infant'? allowed: infant, earlyChildhood")]
    public void Families_served_are_whole_numbers_of_at_least_0_per_band(string families, string path, string message)
    {
        PortfolioProblem problem = Single(Version2Vocabulary.Read($$"""
            { "schemaVersion": 2, "applicant": { "name": "A" },
              "work": [ { "role": "R", "kind": "direct", "start": "2020-01-01", "familiesServed": {{families}} } ] }
            """));

        problem.Path.ShouldBe(path);
        problem.Message.ShouldBe(message);
    }

    [Theory]
    [InlineData("6", "must be a number from 1 to 5, found 6")]
    [InlineData("0.5", "must be a number from 1 to 5, found 0.5")]
    [InlineData("\"4\"", "expected a number, found a string")]
    public void A_number_given_once_lies_within_its_bounds(string rating, string message)
    {
        PortfolioProblem problem = Single(Version2Vocabulary.Read($$"""
            { "schemaVersion": 2, "applicant": { "name": "A" }, "training": [ { "date": "2023-03-06", "hours": 3, "title": "T", "rating": {{rating}} } ] }
            """));

        problem.Path.ShouldBe("$.training[0].rating");
        problem.Message.ShouldBe(message);
    }

    [Theory]
    [InlineData("5", 5)]
    [InlineData("2.5", 2.5)]
    public void A_number_given_once_is_kept_with_no_key(string rating, double value)
        => Valid(Version2Vocabulary.Read($$"""
            { "schemaVersion": 2, "applicant": { "name": "A" }, "training": [ { "date": "2023-03-06", "hours": 3, "title": "T", "rating": {{rating}} } ] }
            """)).Training[0].Numbers.ShouldBe([new EntryNumber(V2TrainingNumber.Rating, null, (decimal)value)]);

    [Fact]
    public void Whole_families_may_be_written_with_a_fraction_of_zeros()
        => Valid(Version2Vocabulary.Read("""
            { "schemaVersion": 2, "applicant": { "name": "A" },
              "work": [ { "role": "R", "kind": "direct", "start": "2020-01-01", "familiesServed": { "infant": 6.0, "earlyChildhood": 0 } } ] }
            """)).Work[0].Numbers.Select(n => n.Value).ShouldBe([6m, 0m]);

    [Theory]
    [InlineData("\"infant\"", "expected a list of strings, found a string")]
    [InlineData("[\"infnt\"]", "unknown ageBands 'infnt'; did you mean 'infant'? allowed: infant, earlyChildhood")]
    public void Age_bands_are_a_list_of_the_catalogs_bands(string bands, string message)
    {
        PortfolioProblem problem = Single(Version2Vocabulary.Read($$"""
            { "schemaVersion": 2, "applicant": { "name": "A" },
              "work": [ { "role": "R", "kind": "direct", "start": "2020-01-01", "ageBands": {{bands}} } ] }
            """));

        problem.Message.ShouldBe(message);
    }

    [Fact]
    public void A_band_listed_twice_is_one_band()
        => Valid(Version2Vocabulary.Read("""
            { "schemaVersion": 2, "applicant": { "name": "A" },
              "work": [ { "role": "R", "kind": "direct", "start": "2020-01-01", "ageBands": ["infant", "infant"] } ] }
            """)).Work[0].Words.Of<V2Band>().ShouldBe(V2Band.Infant);

    [Theory]
    [InlineData("""["IFA", "XYZ"]""", "$.references[0].raterEndorsement[1]", "unknown level 'XYZ'; allowed: IFA, ECFA, IFRS, IMHM, IMHM-Clinical")]
    [InlineData("""["IFA", null]""", "$.references[0].raterEndorsement[1]", "expected a string, found null")]
    public void Each_level_of_a_list_of_levels_is_checked_at_its_own_index(string levels, string path, string message)
    {
        PortfolioProblem problem = Single(Version2Vocabulary.Read($$"""{ "schemaVersion": 2, "applicant": { "name": "A" }, "references": [ { "rater": "S", "raterEndorsement": {{levels}} } ] }"""));

        problem.Path.ShouldBe(path);
        problem.Message.ShouldBe(message);
    }

    [Fact]
    public void An_empty_list_of_age_bands_is_rejected()
    {
        PortfolioProblem problem = Single(Version2Vocabulary.Read("""
            { "schemaVersion": 2, "applicant": { "name": "A" },
              "work": [ { "role": "R", "kind": "direct", "start": "2020-01-01", "ageBands": [] } ] }
            """));

        problem.ShouldBeAt("$.work[0].ageBands", 2, 81);
        problem.Message.ShouldBe("must list at least one value; allowed: infant, earlyChildhood");
    }

    [Theory]
    [InlineData("imh", "ECFA", "'ECFA' takes version 'ecmh', not 'imh'")]
    [InlineData("ecmh", "IMHM-C", "'IMHM-Clinical' takes version 'imh', not 'ecmh'")]
    public void An_exam_category_of_the_other_band_than_its_version_is_rejected(string version, string category, string message)
    {
        PortfolioProblem problem = Single(Version2Vocabulary.Read($$"""
            { "schemaVersion": 2, "applicant": { "name": "A" },
              "exams": [ { "passed": true, "version": "{{version}}", "category": "{{category}}" } ] }
            """));

        problem.Path.ShouldBe("$.exams[0].category");
        problem.Message.ShouldBe(message);
    }

    [Fact]
    public void The_version_2_schema_accepts_the_version_2_portfolio_spelt_with_the_catalogs_ids()
    {
        // The reader matches ids case-insensitively; the schema lists them as the catalog spells them.
        string canonical = Full.Replace("\"imhm-c\"", "\"IMHM-C\"", StringComparison.Ordinal).Replace("\"ifa\"", "\"IFA\"", StringComparison.Ordinal);
        var result = Schema.Evaluate(JsonDocument.Parse(canonical).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        result.IsValid.ShouldBeTrue(string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Theory]
    [InlineData("\"ageBands\": []")]
    [InlineData("\"ageBands\": [\"toddler\"]")]
    [InlineData("\"familiesServed\": { \"infant\": -1 }")]
    [InlineData("\"familiesServed\": { \"infant\": 2.5 }")]
    [InlineData("\"familiesServed\": { \"toddler\": 1 }")]
    public void The_version_2_schema_rejects_bad_bands_and_families_as_the_reader_does(string property)
    {
        string json = $$"""
            { "schemaVersion": 2, "applicant": { "name": "A" },
              "work": [ { "role": "R", "kind": "direct", "start": "2020-01-01", {{property}} } ] }
            """;

        Rejected(Version2Vocabulary.Read(json));
        Schema.Evaluate(JsonDocument.Parse(json).RootElement).IsValid.ShouldBeFalse();
    }

    private static Portfolio Valid(PortfolioReadResult result)
    {
        result.Problems.ShouldBeEmpty(Show(result.Problems));
        return result.Portfolio.ShouldNotBeNull();
    }
}
