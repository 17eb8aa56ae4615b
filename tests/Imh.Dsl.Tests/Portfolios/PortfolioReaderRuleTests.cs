using Imh.Dsl.Portfolios;
using static Imh.Dsl.Tests.Portfolios.PortfolioTestJson;

namespace Imh.Dsl.Tests.Portfolios;

/// <summary>
/// One test per rule of the format. Documents put the offending entry on line 4 as
/// <c>    { "prop": value, ... }</c>, so a value starts at column <c>prop.Length + 11</c>
/// and the entry's brace at column 5.
/// </summary>
public sealed class PortfolioReaderRuleTests
{
    private static string WithEntry(string list, string entry) => $$"""
        {
          "applicant": { "name": "A" },
          "{{list}}": [
            {{entry}}
          ]
        }
        """;

    private static string WithRootProperty(string name, string value) => $$"""
        {
          "applicant": { "name": "A" },
          "{{name}}": {{value}}
        }
        """;

    private const string Training = """{ "date": "2021-03-06", "hours": 1, "title": "T" }""";

    // ---- ranges ----

    [Fact]
    public void Hours_above_0_as_written_but_too_small_for_a_decimal_are_rejected_as_too_small()
    {
        PortfolioProblem problem = Single(WithEntry("training", """{ "hours": 1e-400, "date": "2021-03-06", "title": "T" }"""));
        problem.ShouldBeAt("$.training[0].hours", 4, 16);
        problem.Message.ShouldBe("'1e-400' is too small to count: write it with at most 28 decimal places");
    }

    [Fact]
    public void Training_hours_above_200_are_rejected_with_their_path()
    {
        PortfolioProblem problem = Single(WithEntry("training", """{ "hours": 201, "date": "2021-03-06", "title": "T" }"""));
        problem.ShouldBeAt("$.training[0].hours", 4, 16);
        problem.Message.ShouldBe("must be greater than 0 and at most 200, found 201");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("-0.5")]
    public void Training_hours_of_zero_or_less_are_rejected_with_their_path(string hours)
    {
        PortfolioProblem problem = Single(WithEntry("training", $$"""{ "hours": {{hours}}, "date": "2021-03-06", "title": "T" }"""));
        problem.ShouldBeAt("$.training[0].hours", 4, 16);
        problem.Message.ShouldContain("greater than 0");
    }

    [Fact]
    public void Rs_hours_above_24_are_rejected_with_their_path()
    {
        PortfolioProblem problem = Single("""
            {
              "applicant": { "name": "A" },
              "reflectiveSupervision": [
                { "date": "2023-01-10", "hours": 1, "format": "individual", "provider": "P" },
                { "date": "2023-01-11", "hours": 1, "format": "individual", "provider": "P" },
                { "date": "2023-01-12", "hours": 1, "format": "group", "provider": "P" },
                { "date": "2023-01-13", "hours": 25, "format": "group", "provider": "P" }
              ]
            }
            """);
        problem.ShouldBeAt("$.reflectiveSupervision[3].hours", 7, 38);
        problem.Message.ShouldBe("must be greater than 0 and at most 24, found 25");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public void Rs_hours_of_zero_or_less_are_rejected_with_their_path(string hours)
    {
        PortfolioProblem problem = Single(WithEntry("reflectiveSupervision", $$"""{ "hours": {{hours}}, "date": "2023-01-10", "format": "group", "provider": "P" }"""));
        problem.ShouldBeAt("$.reflectiveSupervision[0].hours", 4, 16);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0.5")]
    [InlineData("1.01")]
    [InlineData("2")]
    public void Fte_outside_0_exclusive_to_1_is_rejected_with_its_path(string fte)
    {
        PortfolioProblem problem = Single(WithEntry("work", $$"""{ "fte": {{fte}}, "role": "R", "kind": "imhServices", "start": "2016-06-01" }"""));
        problem.ShouldBeAt("$.work[0].fte", 4, 14);
        problem.Message.ShouldBe($"must be greater than 0 and at most 1, found {fte}");
    }

    [Fact]
    public void Hours_beyond_the_decimal_range_are_rejected_not_thrown()
    {
        PortfolioProblem problem = Single(WithEntry("training", """{ "hours": 1e400, "date": "2021-03-06", "title": "T" }"""));
        problem.ShouldBeAt("$.training[0].hours", 4, 16);
        problem.Message.ShouldContain("1e400");
    }

    [Theory]
    [InlineData("2")]
    [InlineData("0")]
    [InlineData("1.5")]
    public void Schema_version_other_than_1_is_rejected(string version)
    {
        PortfolioProblem problem = Single(WithRootProperty("schemaVersion", version));
        problem.ShouldBeAt("$.schemaVersion", 3, 20);
        problem.Message.ShouldBe($"unsupported schemaVersion '{version}'; only version 1 is supported");
    }

    [Fact]
    public void Schema_version_as_a_string_is_a_type_error()
    {
        PortfolioProblem problem = Single(WithRootProperty("schemaVersion", "\"1\""));
        problem.ShouldBeAt("$.schemaVersion", 3, 20);
        problem.Message.ShouldBe("expected the number 1, found a string");
    }

    // ---- contradictions ----

    [Fact]
    public void Work_end_before_start_is_rejected_at_the_end()
    {
        PortfolioProblem problem = Single(WithEntry("work", """{ "end": "2016-05-31", "role": "R", "kind": "imhServices", "start": "2016-06-01" }"""));
        problem.ShouldBeAt("$.work[0].end", 4, 14);
        problem.Message.ShouldBe("end 2016-05-31 is before start 2016-06-01");
    }

    [Fact]
    public void Membership_to_before_from_is_rejected_at_to()
    {
        PortfolioProblem problem = Single(WithEntry("memberships", """{ "to": "2023-12-31", "organization": "O", "from": "2024-01-01" }"""));
        problem.ShouldBeAt("$.memberships[0].to", 4, 13);
        problem.Message.ShouldBe("to 2023-12-31 is before from 2024-01-01");
    }

    // ---- dates ----

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2023-04-31")]
    [InlineData("2023-13-01")]
    [InlineData("2023-00-10")]
    [InlineData("0000-01-01")]
    public void A_date_that_does_not_exist_is_rejected(string date)
    {
        PortfolioProblem problem = Single(WithEntry("training", $$"""{ "date": "{{date}}", "hours": 1, "title": "T" }"""));
        problem.ShouldBeAt("$.training[0].date", 4, 15);
        problem.Message.ShouldBe($"'{date}' is not a date that exists");
    }

    [Theory]
    [InlineData("2023-2-1")]
    [InlineData("2023/02/01")]
    [InlineData("01-02-2023")]
    [InlineData("2023-02-01T00:00:00")]
    [InlineData(" 2023-02-01")]
    [InlineData("")]
    [InlineData("2023-0a-01")]
    [InlineData("2023-02-0١")]
    public void A_date_not_in_yyyy_mm_dd_form_is_rejected(string date)
    {
        PortfolioProblem problem = Single(WithRootProperty("codeOfEthicsSigned", $"\"{date}\""));
        problem.ShouldBeAt("$.codeOfEthicsSigned", 3, 25);
        problem.Message.ShouldBe($"'{date}' is not a date in the form YYYY-MM-DD");
    }

    [Fact]
    public void A_date_given_as_a_number_is_a_type_error()
    {
        PortfolioProblem problem = Single(WithEntry("credentials", """{ "awarded": 20100101, "type": "cda" }"""));
        problem.ShouldBeAt("$.credentials[0].awarded", 4, 18);
        problem.Message.ShouldBe("expected a date (\"YYYY-MM-DD\"), found a number");
    }

    // ---- enums ----

    [Theory]
    [InlineData("credentials", "type", "phd", """ "awarded": "2010-01-01" """, "cda, associate, bachelor, master, doctorate, certificate")]
    [InlineData("work", "kind", "therapy", """ "role": "R", "start": "2016-06-01" """, "earlyChildhood, infantFamily, imhServices, imhInternship, practiceLeader, policyLeader, researchFacultyLeader")]
    [InlineData("reflectiveSupervision", "format", "pair", """ "date": "2023-01-10", "hours": 1, "provider": "P" """, "individual, group")]
    [InlineData("references", "role", "boss", """ "rater": "S" """, "teacher, cdaMentor, instructor, trainer, supervisor, consultant, colleague, supervisee, consultee, departmentChair, student")]
    public void An_unknown_enum_value_is_rejected_listing_the_allowed_values(string list, string property, string value, string rest, string allowed)
    {
        PortfolioProblem problem = Single(WithEntry(list, $$"""{ "{{property}}": "{{value}}",{{rest}}}"""));
        problem.ShouldBeAt($"$.{list}[0].{property}", 4, property.Length + 11);
        problem.Message.ShouldContain($"'{value}'");
        problem.Message.ShouldEndWith("allowed: " + allowed);
    }

    [Theory]
    [InlineData("credentials", "type", "Bachelor", """ "awarded": "2010-01-01" """)]
    [InlineData("credentials", "type", "CDA", """ "awarded": "2010-01-01" """)]
    [InlineData("work", "kind", "imh_services", """ "role": "R", "start": "2016-06-01" """)]
    [InlineData("work", "kind", "ImhServices", """ "role": "R", "start": "2016-06-01" """)]
    [InlineData("reflectiveSupervision", "format", "Individual", """ "date": "2023-01-10", "hours": 1, "provider": "P" """)]
    [InlineData("references", "role", "department-chair", """ "rater": "S" """)]
    [InlineData("references", "role", "departmentchair", """ "rater": "S" """)]
    public void Enum_values_must_match_the_camel_case_spelling_exactly(string list, string property, string value, string rest)
    {
        PortfolioProblem problem = Single(WithEntry(list, $$"""{ "{{property}}": "{{value}}",{{rest}}}"""));
        problem.ShouldBeAt($"$.{list}[0].{property}", 4, property.Length + 11);
        problem.Message.ShouldContain("allowed: ");
    }

    [Fact]
    public void An_enum_value_given_as_a_number_is_a_type_error()
    {
        PortfolioProblem problem = Single(WithEntry("credentials", """{ "type": 2, "awarded": "2010-01-01" }"""));
        problem.ShouldBeAt("$.credentials[0].type", 4, 15);
        problem.Message.ShouldBe("expected a string, found a number");
    }

    [Theory]
    [InlineData("V")]
    [InlineData("Level III")]
    [InlineData("IV-Research")]
    [InlineData("IIII")]
    public void Rater_endorsement_that_is_not_a_level_or_track_id_of_the_catalog_is_rejected(string value)
    {
        PortfolioProblem problem = Single(WithEntry("references", $$"""{ "raterEndorsement": "{{value}}", "rater": "S", "role": "supervisor" }"""));
        problem.ShouldBeAt("$.references[0].raterEndorsement", 4, 27);
        problem.Message.ShouldStartWith($"unknown level '{value}'");
        problem.Message.ShouldEndWith("allowed: I, II, III, IV, IV-Clinical, IV-Policy, IV-ResearchFaculty or null");
    }

    [Fact]
    public void A_misspelt_rater_endorsement_suggests_the_id_meant()
    {
        PortfolioProblem problem = Single(WithEntry("references", """{ "raterEndorsement": "IV-Clinic", "rater": "S", "role": "supervisor" }"""));
        problem.Message.ShouldStartWith("unknown level 'IV-Clinic'; did you mean 'IV-Clinical'?");
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\" \"")]
    public void An_empty_rater_endorsement_is_rejected_not_read_as_none(string value)
    {
        PortfolioProblem problem = Single(WithEntry("references", $$"""{ "raterEndorsement": {{value}}, "rater": "S", "role": "supervisor" }"""));
        problem.ShouldBeAt("$.references[0].raterEndorsement", 4, 27);
        problem.Message.ShouldBe("must not be empty");
    }

    [Fact]
    public void Rater_endorsement_as_a_list_needs_format_version_2_so_a_version_1_catalog_rejects_it()
    {
        PortfolioProblem problem = Single(WithEntry("references", """{ "raterEndorsement": ["III"], "rater": "S", "role": "supervisor" }"""));
        problem.ShouldBeAt("$.references[0].raterEndorsement", 4, 27);
        problem.Message.ShouldBe("expected a string or null, found an array");
    }

    [Fact]
    public void Rater_endorsement_given_as_a_number_is_a_type_error()
    {
        PortfolioProblem problem = Single(WithEntry("references", """{ "raterEndorsement": 3, "rater": "S", "role": "supervisor" }"""));
        problem.ShouldBeAt("$.references[0].raterEndorsement", 4, 27);
        problem.Message.ShouldBe("expected a string or null, found a number");
    }

    // ---- endorsement level ----

    [Theory]
    [InlineData("V")]
    [InlineData("IV")]
    [InlineData("Level III")]
    public void Endorsement_level_that_is_not_an_evaluated_level_or_track_id_is_rejected_listing_them(string level)
    {
        // IV alone is not a level one holds: the endorsement is held in one of its tracks (requirements.md, decision 4).
        PortfolioProblem problem = Single(WithRootProperty("endorsement", $$"""{ "level": "{{level}}", "since": "2024-06-01" }"""));
        problem.ShouldBeAt("$.endorsement.level", 3, 29);
        problem.Message.ShouldStartWith($"unknown level '{level}'");
        problem.Message.ShouldEndWith("allowed: I, II, III, IV-Clinical, IV-Policy, IV-ResearchFaculty");
    }

    [Fact]
    public void Endorsement_level_given_as_a_number_is_a_type_error()
    {
        PortfolioProblem problem = Single(WithRootProperty("endorsement", """{ "level": 3, "since": "2024-06-01" }"""));
        problem.ShouldBeAt("$.endorsement.level", 3, 29);
        problem.Message.ShouldBe("expected a string, found a number");
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"  \"")]
    public void Endorsement_level_must_not_be_empty(string level)
    {
        PortfolioProblem problem = Single(WithRootProperty("endorsement", $$"""{ "level": {{level}}, "since": "2024-06-01" }"""));
        problem.ShouldBeAt("$.endorsement.level", 3, 29);
        problem.Message.ShouldBe("must not be empty");
    }

    // ---- unknown properties ----

    [Fact]
    public void An_unknown_root_property_is_rejected_with_its_path()
    {
        PortfolioProblem problem = Single(WithRootProperty("extra", "{ \"deep\": [1, 2] }"));
        problem.ShouldBeAt("$.extra", 3, 3);
        problem.Message.ShouldStartWith("unknown property 'extra'; allowed: schemaVersion, applicant, ");
    }

    [Fact]
    public void A_misspelt_relationshipBased_is_an_error_not_false()
    {
        PortfolioProblem problem = Single(WithEntry("training", """{ "relationshipBsed": true, "date": "2021-03-06", "hours": 1, "title": "T" }"""));
        problem.ShouldBeAt("$.training[0].relationshipBsed", 4, 7);
        problem.Message.ShouldBe("unknown property 'relationshipBsed'; did you mean 'relationshipBased'?");
    }

    // "Did you mean": one edit for a name of up to five letters, two for a longer one, or the same name in
    // another case however far; otherwise the allowed names.
    [Theory]
    [InlineData("""{ "name": "A", "i": "B" }""", "i", "did you mean 'id'?")]
    [InlineData("""{ "name": "A", "na": "B" }""", "na", "allowed: name, id")]
    [InlineData("""{ "name": "A", "x": "B" }""", "x", "allowed: name, id")]
    [InlineData("""{ "name": "A", "NAME": "B" }""", "NAME", "did you mean 'name'?")]
    public void A_name_one_edit_from_a_short_property_or_in_another_case_is_suggested_and_a_farther_one_is_not(string applicant, string name, string advice)
    {
        PortfolioProblem problem = Single(Read($$"""{ "applicant": {{applicant}} }"""));
        problem.Path.ShouldBe("$.applicant." + name);
        problem.Message.ShouldBe($"unknown property '{name}'; {advice}");
    }

    [Theory]
    [InlineData("pasesd", "did you mean 'passed'?")]
    [InlineData("PASSED", "did you mean 'passed'?")]
    [InlineData("pd", "allowed: passed, date")]
    public void A_name_two_edits_from_a_property_of_six_letters_is_suggested_and_a_farther_one_is_not(string name, string advice)
    {
        PortfolioProblem problem = Single(Read($$"""{ "applicant": { "name": "A" }, "exam": { "passed": true, "{{name}}": true } }"""));
        problem.Path.ShouldBe("$.exam." + name);
        problem.Message.ShouldBe($"unknown property '{name}'; {advice}");
    }

    [Fact]
    public void Of_two_words_within_reach_the_nearer_is_suggested()
    {
        // "supervisr" is one edit from "supervisor" and two from "supervisee".
        PortfolioProblem problem = Single(WithEntry("references", """{ "rater": "S", "role": "supervisr" }"""));
        problem.Message.ShouldStartWith("unknown role 'supervisr'; did you mean 'supervisor'?");
    }

    [Fact]
    public void A_name_two_edits_from_a_property_of_five_letters_is_not_suggested()
    {
        PortfolioProblem problem = Single(WithEntry("training", """{ "date": "2021-03-06", "hours": 1, "title": "T", "hrs": 1 }"""));
        problem.Message.ShouldStartWith("unknown property 'hrs'; allowed: date, hours, title, ");
    }

    [Fact]
    public void Property_names_are_case_sensitive()
    {
        PortfolioProblem problem = Single(WithEntry("reflectiveSupervision", """{ "Hours": 1, "hours": 1, "date": "2023-01-10", "format": "group", "provider": "P" }"""));
        problem.ShouldBeAt("$.reflectiveSupervision[0].Hours", 4, 7);
        problem.Message.ShouldBe("unknown property 'Hours'; did you mean 'hours'?");
    }

    [Theory]
    [InlineData("applicant", """{ "name": "A", "email": "a@b" }""", "$.applicant.email", 31)]
    [InlineData("exam", """{ "passed": true, "score": 90 }""", "$.exam.score", 29)]
    [InlineData("portfolioReview", """{ "passed": true, "level": 2 }""", "$.portfolioReview.level", 40)]
    [InlineData("endorsement", """{ "level": "III", "since": "2024-06-01", "until": "2025-06-01" }""", "$.endorsement.until", 59)]
    public void An_unknown_property_in_a_nested_object_is_rejected_with_its_path(string name, string value, string path, int column)
    {
        string json = name == "applicant"
            ? $$"""
                {
                  "schemaVersion": 1,
                  "applicant": {{value}}
                }
                """
            : WithRootProperty(name, value);
        PortfolioProblem problem = Single(json);
        problem.ShouldBeAt(path, 3, column);
        problem.Message.ShouldStartWith("unknown property");
    }

    [Theory]
    [InlineData("credentials", """{ "transcript": true, "type": "cda", "awarded": "2010-01-01" }""", "transcript")]
    [InlineData("work", """{ "hours": 40, "role": "R", "kind": "imhServices", "start": "2016-06-01" }""", "hours")]
    [InlineData("reflectiveSupervision", """{ "minutes": 60, "date": "2023-01-10", "hours": 1, "format": "group", "provider": "P" }""", "minutes")]
    [InlineData("references", """{ "email": "x", "rater": "S", "role": "supervisor" }""", "email")]
    [InlineData("memberships", """{ "paid": true, "organization": "O", "from": "2024-01-01", "to": "2024-12-31" }""", "paid")]
    public void An_unknown_property_in_a_list_entry_is_rejected_with_its_path(string list, string entry, string property)
    {
        PortfolioProblem problem = Single(WithEntry(list, entry));
        problem.ShouldBeAt($"$.{list}[0].{property}", 4, 7);
        problem.Message.ShouldStartWith($"unknown property '{property}'");
    }

    [Theory]
    [InlineData("applicationDate", "\"2024-01-01\"")]
    [InlineData("endorsements", "[]")]
    [InlineData("codeOfEthicsSignatures", "[]")]
    [InlineData("exams", "[]")]
    public void A_property_of_a_later_format_version_is_unknown_to_a_version_1_catalog(string name, string value)
    {
        PortfolioProblem problem = Single(WithRootProperty(name, value));
        problem.ShouldBeAt("$." + name, 3, 3);
        problem.Message.ShouldStartWith($"unknown property '{name}'; ");
        problem.Message.ShouldNotContain("it needs");
    }

    [Theory]
    [InlineData("reflectiveSupervision", """{ "providerEndorsement": ["III"], "date": "2023-01-10", "hours": 1, "format": "group", "provider": "P" }""", "providerEndorsement")]
    [InlineData("reflectiveSupervision", """{ "kind": "peer", "date": "2023-01-10", "hours": 1, "format": "group", "provider": "P" }""", "kind")]
    [InlineData("work", """{ "ageBands": ["infant"], "role": "R", "kind": "imhServices", "start": "2016-06-01" }""", "ageBands")]
    [InlineData("training", """{ "dei": true, "date": "2021-03-06", "hours": 1, "title": "T" }""", "dei")]
    public void An_entry_property_of_a_later_format_version_is_unknown_to_a_version_1_catalog(string list, string entry, string property)
    {
        PortfolioProblem problem = Single(WithEntry(list, entry));
        problem.ShouldBeAt($"$.{list}[0].{property}", 4, 7);
        problem.Message.ShouldStartWith($"unknown property '{property}'; ");
        problem.Message.ShouldNotContain("it needs");
    }

    [Fact]
    public void The_exam_category_of_a_later_format_version_is_unknown_to_a_version_1_catalog()
    {
        PortfolioProblem problem = Single(WithRootProperty("exam", """{ "passed": true, "category": "III" }"""));
        problem.ShouldBeAt("$.exam.category", 3, 29);
        problem.Message.ShouldStartWith("unknown property 'category'; ");
    }

    [Fact]
    public void A_property_name_that_is_not_an_identifier_is_bracket_quoted_in_the_path()
    {
        PortfolioProblem problem = Single("""{ "applicant": { "name": "A" }, "it's odd": 1 }""");
        problem.ShouldBeAt("$['it\\'s odd']", 1, 33);
    }

    [Fact]
    public void A_duplicate_property_is_rejected_at_its_second_occurrence()
    {
        PortfolioProblem problem = Single("""
            {
              "applicant": { "name": "A" },
              "supervisesOthers": false,
              "supervisesOthers": true
            }
            """);
        problem.ShouldBeAt("$.supervisesOthers", 4, 3);
        problem.Message.ShouldBe("duplicate property 'supervisesOthers'");
    }

    [Fact]
    public void A_duplicate_property_in_an_entry_is_rejected_with_its_path()
    {
        PortfolioProblem problem = Single(WithEntry("training", """{ "hours": 1, "hours": 500, "date": "2021-03-06", "title": "T" }"""));
        problem.ShouldBeAt("$.training[0].hours", 4, 19);
        problem.Message.ShouldBe("duplicate property 'hours'");
    }

    // ---- required ----

    [Theory]
    [InlineData("credentials", """{ "awarded": "2010-01-01" }""", "type")]
    [InlineData("credentials", """{ "type": "master" }""", "awarded")]
    [InlineData("training", """{ "hours": 1, "title": "T" }""", "date")]
    [InlineData("training", """{ "date": "2021-03-06", "title": "T" }""", "hours")]
    [InlineData("training", """{ "date": "2021-03-06", "hours": 1 }""", "title")]
    [InlineData("work", """{ "kind": "imhServices", "start": "2016-06-01" }""", "role")]
    [InlineData("work", """{ "role": "R", "start": "2016-06-01" }""", "kind")]
    [InlineData("work", """{ "role": "R", "kind": "imhServices" }""", "start")]
    [InlineData("reflectiveSupervision", """{ "hours": 1, "format": "group", "provider": "P" }""", "date")]
    [InlineData("reflectiveSupervision", """{ "date": "2023-01-10", "format": "group", "provider": "P" }""", "hours")]
    [InlineData("reflectiveSupervision", """{ "date": "2023-01-10", "hours": 1, "provider": "P" }""", "format")]
    [InlineData("reflectiveSupervision", """{ "date": "2023-01-10", "hours": 1, "format": "group" }""", "provider")]
    [InlineData("references", """{ "role": "supervisor" }""", "rater")]
    [InlineData("references", """{ "rater": "S" }""", "role")]
    [InlineData("memberships", """{ "from": "2024-01-01", "to": "2024-12-31" }""", "organization")]
    [InlineData("memberships", """{ "organization": "O", "to": "2024-12-31" }""", "from")]
    [InlineData("memberships", """{ "organization": "O", "from": "2024-01-01" }""", "to")]
    public void A_missing_required_entry_field_is_reported_at_its_entry(string list, string entry, string property)
    {
        PortfolioProblem problem = Single(WithEntry(list, entry));
        problem.ShouldBeAt($"$.{list}[0].{property}", 4, 5);
        problem.Message.ShouldBe($"required property '{property}' is missing");
    }

    [Theory]
    [InlineData("""{ "since": "2024-06-01" }""", "level")]
    [InlineData("""{ "level": "III" }""", "since")]
    public void A_missing_required_endorsement_field_is_reported_at_the_endorsement(string endorsement, string property)
    {
        PortfolioProblem problem = Single(WithRootProperty("endorsement", endorsement));
        problem.ShouldBeAt($"$.endorsement.{property}", 3, 18);
        problem.Message.ShouldBe($"required property '{property}' is missing");
    }

    [Fact]
    public void A_missing_applicant_is_reported_at_the_root()
    {
        PortfolioProblem problem = Single("""{ "supervisesOthers": true }""");
        problem.ShouldBeAt("$.applicant", 1, 1);
        problem.Message.ShouldBe("required property 'applicant' is missing");
    }

    [Fact]
    public void A_missing_applicant_name_is_reported_at_the_applicant()
    {
        PortfolioProblem problem = Single("""{ "applicant": { "id": "A-1" } }""");
        problem.ShouldBeAt("$.applicant.name", 1, 16);
        problem.Message.ShouldBe("required property 'name' is missing");
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\" \\t \"")]
    public void An_empty_applicant_name_is_rejected(string name)
    {
        PortfolioProblem problem = Single($$"""{ "applicant": { "name": {{name}} } }""");
        problem.ShouldBeAt("$.applicant.name", 1, 26);
        problem.Message.ShouldBe("must not be empty");
    }

    [Theory]
    [InlineData("training", "title", """ "date": "2021-03-06", "hours": 1 """)]
    [InlineData("work", "role", """ "kind": "imhServices", "start": "2016-06-01" """)]
    [InlineData("reflectiveSupervision", "provider", """ "date": "2023-01-10", "hours": 1, "format": "group" """)]
    [InlineData("references", "rater", """ "role": "supervisor" """)]
    [InlineData("memberships", "organization", """ "from": "2024-01-01", "to": "2024-12-31" """)]
    public void An_empty_required_entry_string_is_rejected(string list, string property, string rest)
    {
        PortfolioProblem problem = Single(WithEntry(list, $$"""{ "{{property}}": "",{{rest}}}"""));
        problem.ShouldBeAt($"$.{list}[0].{property}", 4, property.Length + 11);
        problem.Message.ShouldBe("must not be empty");
    }

    // ---- JSON types and null ----

    [Theory]
    [InlineData("supervisesOthers", "null", "expected true or false, found null")]
    [InlineData("providesReflectiveSupervision", "\"true\"", "expected true or false, found a string")]
    [InlineData("supervisesOthers", "1", "expected true or false, found a number")]
    [InlineData("schemaVersion", "null", "expected the number 1, found null")]
    [InlineData("credentials", "null", "expected an array, found null")]
    [InlineData("training", "{}", "expected an array, found an object")]
    [InlineData("work", "\"none\"", "expected an array, found a string")]
    [InlineData("exam", "null", "expected an object, found null")]
    [InlineData("portfolioReview", "true", "expected an object, found a boolean")]
    [InlineData("endorsement", "null", "expected an object, found null")]
    [InlineData("endorsement", "\"III\"", "expected an object, found a string")]
    [InlineData("codeOfEthicsSigned", "true", "expected a date (\"YYYY-MM-DD\") or null, found a boolean")]
    [InlineData("endorsementAgreementSigned", "[]", "expected a date (\"YYYY-MM-DD\") or null, found an array")]
    public void A_root_property_of_the_wrong_json_type_is_rejected_with_its_path(string name, string value, string message)
    {
        PortfolioProblem problem = Single(WithRootProperty(name, value));
        problem.ShouldBeAt("$." + name, 3, name.Length + 7);
        problem.Message.ShouldBe(message);
    }

    [Theory]
    [InlineData("training", """{ "hours": "6", "date": "2021-03-06", "title": "T" }""", "hours", "expected a number, found a string")]
    [InlineData("training", """{ "hours": null, "date": "2021-03-06", "title": "T" }""", "hours", "expected a number, found null")]
    [InlineData("training", """{ "title": null, "date": "2021-03-06", "hours": 1 }""", "title", "expected a non-empty string, found null")]
    [InlineData("training", """{ "title": 7, "date": "2021-03-06", "hours": 1 }""", "title", "expected a non-empty string, found a number")]
    [InlineData("training", """{ "approved": "yes", "date": "2021-03-06", "hours": 1, "title": "T" }""", "approved", "expected true or false, found a string")]
    [InlineData("credentials", """{ "title": ["MSW"], "type": "master", "awarded": "2016-05-14" }""", "title", "expected a string or null, found an array")]
    [InlineData("credentials", """{ "awarded": null, "type": "master" }""", "awarded", "expected a date (\"YYYY-MM-DD\"), found null")]
    [InlineData("work", """{ "fte": "1", "role": "R", "kind": "imhServices", "start": "2016-06-01" }""", "fte", "expected a number, found a string")]
    [InlineData("work", """{ "fte": null, "role": "R", "kind": "imhServices", "start": "2016-06-01" }""", "fte", "expected a number, found null")]
    [InlineData("work", """{ "paid": null, "role": "R", "kind": "imhServices", "start": "2016-06-01" }""", "paid", "expected true or false, found null")]
    [InlineData("work", """{ "kind": null, "role": "R", "start": "2016-06-01" }""", "kind", "expected a string, found null")]
    [InlineData("work", """{ "start": null, "role": "R", "kind": "imhServices" }""", "start", "expected a date (\"YYYY-MM-DD\"), found null")]
    [InlineData("reflectiveSupervision", """{ "whileServing": null, "date": "2023-01-10", "hours": 1, "format": "group", "provider": "P" }""", "whileServing", "expected true or false, found null")]
    [InlineData("references", """{ "current": "true", "rater": "S", "role": "supervisor" }""", "current", "expected true or false, found a string")]
    [InlineData("memberships", """{ "to": null, "organization": "O", "from": "2024-01-01" }""", "to", "expected a date (\"YYYY-MM-DD\"), found null")]
    public void An_entry_field_of_the_wrong_json_type_is_rejected_with_its_path(string list, string entry, string property, string message)
    {
        PortfolioProblem problem = Single(WithEntry(list, entry));
        problem.ShouldBeAt($"$.{list}[0].{property}", 4, property.Length + 11);
        problem.Message.ShouldBe(message);
    }

    [Theory]
    [InlineData("""{ "name": 5 }""", "$.applicant.name", 26, "expected a non-empty string, found a number")]
    [InlineData("""{ "name": null }""", "$.applicant.name", 26, "expected a non-empty string, found null")]
    [InlineData("""{ "name": "A", "id": 1024 }""", "$.applicant.id", 37, "expected a string or null, found a number")]
    [InlineData("null", "$.applicant", 16, "expected an object, found null")]
    [InlineData("\"Jordan\"", "$.applicant", 16, "expected an object, found a string")]
    public void Applicant_of_the_wrong_json_type_is_rejected_with_its_path(string applicant, string path, int column, string message)
    {
        PortfolioProblem problem = Single($$"""{ "applicant": {{applicant}} }""");
        problem.ShouldBeAt(path, 1, column);
        problem.Message.ShouldBe(message);
    }

    [Fact]
    public void Exam_date_null_is_rejected_because_the_spec_does_not_allow_it()
    {
        PortfolioProblem problem = Single(WithRootProperty("exam", """{ "passed": true, "date": null }"""));
        problem.ShouldBeAt("$.exam.date", 3, 37);
        problem.Message.ShouldBe("expected a date (\"YYYY-MM-DD\"), found null");
    }

    [Theory]
    [InlineData("1", "a number")]
    [InlineData("\"x\"", "a string")]
    [InlineData("[]", "an array")]
    [InlineData("null", "null")]
    public void A_list_element_that_is_not_an_object_is_rejected_with_its_index(string element, string found)
    {
        PortfolioProblem problem = Single(WithEntry("training", $"{Training}, {element}"));
        problem.ShouldBeAt("$.training[1]", 4, Training.Length + 7);
        problem.Message.ShouldBe($"expected an object, found {found}");
    }

    [Theory]
    [InlineData("[]", "an array")]
    [InlineData("42", "a number")]
    [InlineData("\"portfolio\"", "a string")]
    [InlineData("null", "null")]
    public void A_root_that_is_not_an_object_is_rejected_at_the_root(string root, string found)
    {
        PortfolioProblem problem = Single(root);
        problem.ShouldBeAt("$", 1, 1);
        problem.Message.ShouldBe($"expected an object, found {found}");
    }
}
