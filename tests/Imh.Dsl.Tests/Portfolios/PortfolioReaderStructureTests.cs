using System.Text;
using CsCheck;
using Imh.Dsl.Portfolios;
using static Imh.Dsl.Tests.Portfolios.PortfolioTestJson;

namespace Imh.Dsl.Tests.Portfolios;

/// <summary>Structural limits: JSON syntax, nesting, encoding, size, and reporting all problems at once.</summary>
public sealed class PortfolioReaderStructureTests
{
    private const int SixteenMiB = 16 * 1024 * 1024;

    // ---- JSON syntax ----

    [Fact]
    public void Invalid_json_is_reported_at_the_readers_position()
    {
        PortfolioProblem problem = Single("""
            {
              "applicant": { "name": "A" }
              "supervisesOthers": true
            }
            """);
        problem.ShouldBeAt("$", 3, 3);
        problem.Message.ShouldStartWith("invalid JSON: ");
        problem.Message.ShouldNotContain("LineNumber");
    }

    [Fact]
    public void Invalid_json_inside_a_value_reports_the_path_known_so_far()
    {
        PortfolioProblem problem = Single("""
            {
              "applicant": { "name": "A" },
              "supervisesOthers": tru
            }
            """);
        problem.Path.ShouldBe("$.supervisesOthers");
        problem.Line.ShouldBe(3);
        problem.Column.ShouldNotBeNull().ShouldBeInRange(23, 26);
        problem.Message.ShouldStartWith("invalid JSON: ");

        // The reader quotes "tru\n}"; a message stays on one line.
        problem.Message.ShouldNotContain("\n");
    }

    [Fact]
    public void Invalid_json_columns_count_characters_not_bytes()
    {
        // "ë" is two bytes in UTF-8 but one column.
        PortfolioProblem problem = Single("""{ "applicant": { "name": "Zoë" } x }""");
        problem.ShouldBeAt("$", 1, 34);
        problem.Message.ShouldStartWith("invalid JSON: ");
    }

    [Fact]
    public void A_trailing_comma_is_invalid_json()
    {
        PortfolioProblem problem = Single("""{ "applicant": { "name": "A" }, }""");
        problem.Path.ShouldBe("$");
        problem.Line.ShouldBe(1);
        problem.Message.ShouldStartWith("invalid JSON: ");
    }

    [Fact]
    public void A_comment_is_invalid_json()
    {
        PortfolioProblem problem = Single("// portfolio\n" + Minimal);
        problem.ShouldBeAt("$", 1, 1);
        problem.Message.ShouldStartWith("invalid JSON: ");
    }

    [Fact]
    public void Content_after_the_portfolio_object_is_invalid_json()
    {
        PortfolioProblem problem = Single(Minimal + " {}");
        problem.ShouldBeAt("$", 1, Minimal.Length + 2);
        problem.Message.ShouldStartWith("invalid JSON: ");
    }

    // The JSON reader's own words, without the position it appends ("LineNumber: 0 | BytePositionInLine: 32.")
    // and without its advice to programmers (" Change the reader options."); its position becomes the
    // problem's line and column, counted from the lines before it.
    [Theory]
    [InlineData("{ \"applicant\": { \"name\": \"A\" }, }", "$", 1, 33,
        "The JSON object contains a trailing comma at the end which is not supported in this mode.")]
    [InlineData("{ \"applicant\": { \"name\": \"A\" }, \"training\": [ {}, ] }", "$.training", 1, 51,
        "The JSON array contains a trailing comma at the end which is not supported in this mode.")]
    [InlineData("// portfolio\n{ \"applicant\": { \"name\": \"A\" } }", "$", 1, 1, "'/' is an invalid start of a value.")]
    [InlineData("{ \"applicant\": { \"name\": \"A\" } }\n\n  x", "$", 3, 3, "'x' is invalid after a single JSON value. Expected end of data.")]
    [InlineData("{\n  \"applicant\": { \"name\": \"A\" },\n  \"training\": [", "$.training", 3, 16,
        "Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed.")]
    [InlineData("{\n  \"applicant\": { \"name\": \"A\" },\n  \"supervisesOthers\": tru\n}", "$.supervisesOthers", 3, 26,
        "'tru\\n}' is an invalid JSON literal. Expected the literal 'true'.")]
    public void Invalid_json_is_worded_by_the_json_reader_without_its_position_or_advice(string json, string path, int line, int column, string message)
    {
        IReadOnlyList<PortfolioProblem> problems = Problems(json);
        PortfolioProblem problem = problems[^1];
        problem.ShouldBeAt(path, line, column);
        problem.Message.ShouldBe("invalid JSON: " + message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n  ")]
    public void An_empty_document_is_rejected(string json)
    {
        PortfolioProblem problem = Single(json);
        problem.ShouldBeAt("$", 1, 1);
        problem.Message.ShouldBe("the portfolio is empty; expected a JSON object");
    }

    [Fact]
    public void A_truncated_document_is_invalid_json_at_the_end()
    {
        PortfolioProblem problem = Single("{\n  \"applicant\": { \"name\": \"A\" },\n  \"training\": [");
        problem.Path.ShouldBe("$.training");
        problem.Line.ShouldBe(3);
        problem.Message.ShouldStartWith("invalid JSON: ");
    }

    [Fact]
    public void Problems_found_before_invalid_json_are_kept()
    {
        IReadOnlyList<PortfolioProblem> problems = Problems("""
            {
              "applicant": { "name": "A", "nick": "J" },
              "training": [ oops ]
            }
            """);
        problems.Select(p => (p.Path, p.Line)).ShouldBe([("$.applicant.nick", 2), ("$.training", 3)]);
        problems[1].Message.ShouldStartWith("invalid JSON: ");
    }

    [Fact]
    public void An_invalid_escape_in_a_string_is_a_problem_not_an_exception()
    {
        PortfolioProblem problem = Single("""{ "applicant": { "name": "\ud800" } }""");
        problem.ShouldBeAt("$.applicant.name", 1, 26);
        problem.Message.ShouldBe("the string contains an invalid escape sequence");
    }

    [Fact]
    public void An_invalid_escape_in_a_property_name_is_a_problem_not_an_exception()
    {
        PortfolioProblem problem = Single("""{ "applicant": { "name": "A" }, "\udc00": 1 }""");
        problem.ShouldBeAt("$", 1, 33);
        problem.Message.ShouldBe("the string contains an invalid escape sequence");
    }

    // ---- nesting ----

    [Fact]
    public void Nesting_deeper_than_32_is_rejected_at_the_33rd_level()
    {
        const string Prefix = """{ "applicant": { "name": "A" }, "extra": """;
        string json = Prefix + new string('[', 32) + new string(']', 32) + " }";
        IReadOnlyList<PortfolioProblem> problems = Problems(json);
        problems.Count.ShouldBe(2, Show(problems));
        problems[0].ShouldBeAt("$.extra", 1, 33);
        problems[1].ShouldBeAt("$.extra", 1, Prefix.Length + 32);
        problems[1].Message.ShouldBe("nesting is deeper than 32 levels");
    }

    [Fact]
    public void Nesting_too_deep_stops_the_reading_with_one_problem()
    {
        // Eight levels too deep: one problem at the 33rd, none for the levels under it.
        const string Prefix = """{ "applicant": { "name": "A" }, "extra": """;
        string json = Prefix + new string('[', 40) + new string(']', 40) + " }";
        IReadOnlyList<PortfolioProblem> problems = Problems(json);
        problems.Select(p => (p.Path, p.Column)).ShouldBe([("$.extra", 33), ("$.extra", Prefix.Length + 32)], Show(problems));
        problems[0].Message.ShouldStartWith("unknown property 'extra'; allowed: ");
        problems[1].Message.ShouldBe("nesting is deeper than 32 levels");
    }

    [Fact]
    public void Nesting_deeper_than_32_inside_a_known_list_is_rejected()
    {
        string json = "{\n\"training\": " + new string('[', 40) + new string(']', 40) + "\n}";
        IReadOnlyList<PortfolioProblem> problems = Problems(json);
        problems.ShouldContain(p => p.Message == "nesting is deeper than 32 levels" && p.Line == 2 && p.Column == 13 + 31);
    }

    [Fact]
    public void Absurdly_deep_nesting_is_reported_without_overflowing()
    {
        string json = new string('[', 1_000_000) + new string(']', 1_000_000);
        IReadOnlyList<PortfolioProblem> problems = Problems(json);
        problems.ShouldContain(p => p.Message == "nesting is deeper than 32 levels" && p.Column == 33);
    }

    // ---- encoding ----

    [Fact]
    public void A_file_that_is_not_utf8_is_rejected_at_the_first_bad_byte()
    {
        // Latin-1 "ë" (0xEB) followed by '"' is not valid UTF-8.
        byte[] bytes = [.. Encoding.ASCII.GetBytes("{\n  \"applicant\": { \"name\": \"Zo"), 0xEB, .. Encoding.ASCII.GetBytes("\" }\n}")];
        PortfolioProblem problem = Single(Read(bytes));
        problem.ShouldBeAt("$", 2, 29);
        problem.Message.ShouldBe("the file is not valid UTF-8 (byte 0xEB); save it as UTF-8");
    }

    [Theory]
    [InlineData(new byte[] { 0xC0, 0x80 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xF8, 0x88, 0x80, 0x80, 0x80 })]
    [InlineData(new byte[] { 0xE2, 0x82 })]
    public void Overlong_surrogate_and_truncated_utf8_sequences_are_rejected(byte[] bad)
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("{ \"applicant\": { \"name\": \""), .. bad, .. Encoding.ASCII.GetBytes("\" } }")];
        PortfolioProblem problem = Single(Read(bytes));
        problem.ShouldBeAt("$", 1, 27);
        problem.Message.ShouldStartWith("the file is not valid UTF-8");
    }

    [Fact]
    public void A_utf16_file_is_rejected_as_not_utf8()
    {
        byte[] bytes = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Minimal)];
        PortfolioProblem problem = Single(Read(bytes));
        problem.ShouldBeAt("$", 1, 1);
        problem.Message.ShouldBe("the file is not UTF-8 (it looks like UTF-16); save it as UTF-8");
    }

    // Either byte order mark of UTF-16 is named; any other first byte that is not UTF-8 is shown in hex.
    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE }, "the file is not UTF-8 (it looks like UTF-16); save it as UTF-8")]
    [InlineData(new byte[] { 0xFE, 0xFF }, "the file is not UTF-8 (it looks like UTF-16); save it as UTF-8")]
    [InlineData(new byte[] { 0xFF, 0x7B }, "the file is not valid UTF-8 (byte 0xFF); save it as UTF-8")]
    [InlineData(new byte[] { 0xFE, 0x7B }, "the file is not valid UTF-8 (byte 0xFE); save it as UTF-8")]
    [InlineData(new byte[] { 0xFF }, "the file is not valid UTF-8 (byte 0xFF); save it as UTF-8")]
    [InlineData(new byte[] { 0x7B, 0xFF, 0xFE }, "the file is not valid UTF-8 (byte 0xFF); save it as UTF-8")]
    public void Only_a_utf16_byte_order_mark_at_the_start_is_called_utf16(byte[] bytes, string message)
    {
        PortfolioProblem problem = Single(Read(bytes));
        problem.ShouldBeAt("$", 1, bytes[0] == 0x7B ? 2 : 1);
        problem.Message.ShouldBe(message);
    }

    [Fact]
    public void The_first_byte_that_is_not_utf8_is_located_by_line_and_character()
    {
        // Line 2 holds a two-byte "ë" before the bad byte: column 8, not 9.
        byte[] bytes = [.. Encoding.UTF8.GetBytes("{\n  \"ë\": "), 0xC3, 0x28];
        PortfolioProblem problem = Single(Read(bytes));
        problem.ShouldBeAt("$", 2, 8);
        problem.Message.ShouldBe("the file is not valid UTF-8 (byte 0xC3); save it as UTF-8");
    }

    [Fact]
    public void Problems_on_one_line_are_ordered_by_column_not_by_path()
    {
        IReadOnlyList<PortfolioProblem> problems = Problems("""{ "applicant": { "name": "A" }, "y": 1, "x": 2 }""");
        problems.Select(p => (p.Path, p.Line, p.Column)).ShouldBe([("$.y", 1, 33), ("$.x", 1, 41)], Show(problems));
    }

    // A value quoted in a message is shown whole up to 60 characters, longer ones as their first 57 and "...".
    [Theory]
    [InlineData(60, 60, "")]
    [InlineData(61, 57, "...")]
    public void A_long_name_is_quoted_shortened_to_60_characters(int length, int shown, string ellipsis)
    {
        string name = new('x', length);
        PortfolioProblem problem = Single($$"""{ "applicant": { "name": "A" }, "{{name}}": 1 }""");
        problem.Message.ShouldStartWith($"unknown property '{new string('x', shown)}{ellipsis}'; allowed: ");
    }

    [Fact]
    public void An_escaped_property_name_of_any_length_is_an_unknown_property()
    {
        // Unescaped on the stack only up to 256 bytes: a longer escaped name (here 2,500,000 characters of
        // "\u0078", 15 MB, more than a thread's stack) is compared as it is, which no property matches.
        string name = string.Concat(Enumerable.Repeat("\\u0078", 2_500_000));
        PortfolioProblem problem = Single("{ \"applicant\": { \"name\": \"A\" }, \"" + name + "\": 1 }");
        problem.Line.ShouldBe(1);
        problem.Column.ShouldBe(33);
        problem.Message.ShouldStartWith("unknown property 'xxxxxxxx");
    }

    [Fact]
    public void Columns_count_characters_not_bytes()
    {
        PortfolioProblem problem = Single("""{"applicant": {"name": "Zoë"}, "bad": 1}""");
        problem.ShouldBeAt("$.bad", 1, 32);
    }

    [Fact]
    public void Columns_after_a_bom_do_not_count_the_bom()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("""{ "applicant": { "name": "A" }, "bad": 1 }""")];
        PortfolioProblem problem = Single(Read(bytes));
        problem.ShouldBeAt("$.bad", 1, 33);
    }

    // ---- arguments ----

    [Fact]
    public void Reading_without_a_vocabulary_is_a_programming_error_not_a_problem()
        => Should.Throw<ArgumentNullException>(() => PortfolioReader.Read(Encoding.UTF8.GetBytes(Minimal), null!)).ParamName.ShouldBe("vocabulary");

    [Fact]
    public async System.Threading.Tasks.Task Reading_no_stream_is_a_programming_error_not_a_problem()
        => (await Should.ThrowAsync<ArgumentNullException>(() => PortfolioReader.ReadAsync(null!, Words, TestContext.Current.CancellationToken))).ParamName.ShouldBe("stream");

    // ---- size ----

    [Fact]
    public void Input_over_16_MiB_is_rejected_without_parsing()
    {
        byte[] bytes = new byte[SixteenMiB + 1];
        bytes.AsSpan().Fill((byte)'[');
        PortfolioProblem problem = Single(Read(bytes));
        problem.ShouldBeAt("$", null, null);
        problem.Message.ShouldBe("the portfolio is 16777217 bytes; the limit is 16 MiB (16777216 bytes)");
    }

    [Fact]
    public void Input_of_exactly_16_MiB_is_accepted()
    {
        byte[] json = Encoding.UTF8.GetBytes(Minimal);
        byte[] bytes = new byte[SixteenMiB];
        bytes.AsSpan().Fill((byte)' ');
        json.CopyTo(bytes, 0);
        PortfolioReadResult result = Read(bytes);
        result.Problems.ShouldBeEmpty(Show(result.Problems));
        result.Portfolio.ShouldNotBeNull();
    }

    // ---- reporting ----

    [Fact]
    public void A_file_with_several_problems_reports_all_of_them_in_position_order()
    {
        IReadOnlyList<PortfolioProblem> problems = Problems("""
            {
              "schemaVersion": 2,
              "applicant": { "name": "" },
              "training": [
                { "date": "2023-02-29", "hours": 0, "title": "T", "aproved": true }
              ],
              "work": [
                { "role": "R", "kind": "therapy", "start": "2016-06-01", "end": "2016-01-01" }
              ],
              "reflectiveSupervision": [
                { "date": "2023-01-10", "hours": 30, "format": "group" }
              ]
            }
            """);

        problems.Select(p => (p.Path, p.Line, p.Column)).ShouldBe(
        [
            ("$.schemaVersion", 2, 20),
            ("$.applicant.name", 3, 26),
            ("$.training[0].date", 5, 15),
            ("$.training[0].hours", 5, 38),
            ("$.training[0].aproved", 5, 55),
            ("$.work[0].kind", 8, 28),
            ("$.work[0].end", 8, 69),
            ("$.reflectiveSupervision[0].provider", 11, 5),
            ("$.reflectiveSupervision[0].hours", 11, 38),
        ], Show(problems));
    }

    [Fact]
    public void Problems_at_the_same_position_are_ordered_by_path()
    {
        IReadOnlyList<PortfolioProblem> problems = Problems("""
            {
              "applicant": { "name": "A" },
              "work": [ { "paid": true } ]
            }
            """);
        problems.Select(p => (p.Path, p.Line, p.Column)).ShouldBe(
        [
            ("$.work[0].kind", 3, 13),
            ("$.work[0].role", 3, 13),
            ("$.work[0].start", 3, 13),
        ], Show(problems));
    }

    [Fact]
    public void Reading_the_same_bad_input_twice_gives_the_same_problems()
    {
        const string Json = """{ "applicant": {}, "training": [ {}, {} ], "x": 1, "y": 2 }""";
        Problems(Json).ShouldBe(Problems(Json));
    }

    [Fact]
    public void No_exception_escapes_for_random_bytes()
        => Gen.Byte.Array[0, 200].Sample(bytes => CheckInvariants(Read(bytes)), iter: 5_000);

    [Fact]
    public void No_exception_escapes_for_mutations_of_the_spec_example()
    {
        byte[] example = Encoding.UTF8.GetBytes(SpecExample);
        Gen.Select(Gen.Int[0, example.Length - 1], Gen.Byte, Gen.Int[0, 3]).Sample((position, value, action) =>
        {
            List<byte> bytes = [.. example];
            switch (action)
            {
                case 0: bytes[position] = value; break;
                case 1: bytes.Insert(position, value); break;
                case 2: bytes.RemoveAt(position); break;
                default: bytes.RemoveRange(position, example.Length - position); break;
            }

            CheckInvariants(Read(bytes.ToArray()));
        }, iter: 5_000);
    }

    private static void CheckInvariants(PortfolioReadResult result)
    {
        (result.Portfolio is null).ShouldBe(result.Problems.Count > 0);
        foreach (PortfolioProblem problem in result.Problems)
        {
            problem.Path.ShouldStartWith("$");
            problem.Message.ShouldNotStartWith("internal error");
            (problem.Line is null).ShouldBe(problem.Column is null);
            if (problem.Line is { } line)
            {
                line.ShouldBeGreaterThanOrEqualTo(1);
                problem.Column.ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(1);
            }
        }

        result.Problems.ShouldBe(
            [.. result.Problems.OrderBy(p => p.Line ?? 0).ThenBy(p => p.Column ?? 0).ThenBy(p => p.Path, StringComparer.Ordinal)]);
    }
}
