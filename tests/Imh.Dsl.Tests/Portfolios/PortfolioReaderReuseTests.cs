using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Threading.Tasks;
using CsCheck;
using Imh.Dsl.Portfolios;
using Imh.Dsl.Portfolios.Reading;
using Imh.Requirements;

namespace Imh.Dsl.Tests.Portfolios;

/// <summary>
/// What the reader keeps from one read to the next on a thread (its lists, the words of recent
/// entries, recent strings) and its fast paths for plain numbers and dates: each must give what
/// the slow way gives, and nothing of one portfolio may show in another.
/// </summary>
public class PortfolioReaderReuseTests
{
    private static readonly string[] Titles =
    [
        "Attachment", "Attachmenu", "Dr. A. Morgan", "x y", "Ω mega", "Child-parent psychotherapy",
        new string('x', 64), new string('x', 65), new string('y', 64), "a", "b", "Attachment ",
    ];

    private static readonly (string Json, TrainingTag Tag)[] Tags =
    [
        ("approved", TrainingTag.Approved), ("relationshipBased", TrainingTag.RelationshipBased),
        ("infantMentalHealth", TrainingTag.InfantMentalHealth), ("aboutReflectiveSupervision", TrainingTag.AboutReflectiveSupervision),
    ];

    private static readonly Gen<(int Tags, int Title, string Hours)> GenTraining =
        Gen.Select(Gen.Int[0, 15], Gen.Int[0, Titles.Length - 1], Gen.Int[1, 199], Gen.Int[0, 3])
            .Select((tags, title, whole, decimals) => (tags, title, decimals switch
            {
                0 => whole.ToString(CultureInfo.InvariantCulture),
                1 => whole.ToString(CultureInfo.InvariantCulture) + ".5",
                2 => whole.ToString(CultureInfo.InvariantCulture) + ".25",
                _ => whole.ToString(CultureInfo.InvariantCulture) + ".000",
            }));

    private static string Training((int Tags, int Title, string Hours)[] entries)
    {
        var json = new StringBuilder("""{"schemaVersion": 1, "applicant": {"name": "A"}, "training": [""");
        for (int i = 0; i < entries.Length; i++)
        {
            var (tags, title, hours) = entries[i];
            if (i > 0) json.Append(',');
            json.Append($$"""{"date": "2024-01-0{{1 + i % 9}}", "hours": {{hours}}, "title": {{System.Text.Json.JsonSerializer.Serialize(Titles[title])}}""");
            for (int t = 0; t < Tags.Length; t++) json.Append($", \"{Tags[t].Json}\": {((tags >> t & 1) == 1 ? "true" : "false")}");
            json.Append('}');
        }
        return json.Append("]}").ToString();
    }

    private static void ShouldHoldExactly(Portfolio portfolio, (int Tags, int Title, string Hours)[] entries)
    {
        portfolio.Training.Count.ShouldBe(entries.Length);
        for (int i = 0; i < entries.Length; i++)
        {
            var read = portfolio.Training[i];
            read.Title.ShouldBe(Titles[entries[i].Title]);
            read.Hours.ToString(CultureInfo.InvariantCulture).ShouldBe(entries[i].Hours, "a plain number keeps its written scale");
            for (int t = 0; t < Tags.Length; t++) read.Words.Has(Tags[t].Tag).ShouldBe((entries[i].Tags >> t & 1) == 1, $"entry {i}, {Tags[t].Json}");
        }
    }

    [Fact]
    public void Entries_with_more_word_combinations_than_are_remembered_each_keep_their_own_words_titles_and_hours()
        => GenTraining.Array[1, 40].Sample(entries => ShouldHoldExactly(PortfolioTestJson.Valid(Training(entries)), entries), iter: 300);

    [Fact]
    public void A_portfolio_read_earlier_on_the_thread_is_not_changed_by_the_next_read()
        => Gen.Select(GenTraining.Array[1, 20], GenTraining.Array[0, 20]).Sample((first, second) =>
        {
            var one = PortfolioTestJson.Valid(Training(first));
            var two = PortfolioTestJson.Valid(Training(second));
            ShouldHoldExactly(one, first);
            ShouldHoldExactly(two, second);
        }, iter: 200);

    [Fact]
    public void A_rejected_read_leaves_no_problem_behind_for_the_next_read()
    {
        PortfolioTestJson.Problems("""{"applicant": {"name": "A"}, "training": [{"date": "2024-02-30", "hours": 300, "title": ""}]}""").Count.ShouldBe(3);
        PortfolioTestJson.Valid("""{"applicant": {"name": "A"}}""").Training.ShouldBeEmpty();
    }

    [Fact]
    public void A_read_stopped_deep_inside_a_file_leaves_no_path_behind_for_the_next_read()
    {
        PortfolioTestJson.Problems("""{"applicant": {"name": "A"}, "training": [{"date": "2024-01-01", "hours": """).ShouldNotBeEmpty();
        PortfolioTestJson.Single("""{"applicant": {"name": "A"}, "training": [{"date": "2024-01-01", "hours": 1, "title": " "}]}""")
            .Path.ShouldBe("$.training[0].title");
    }

    [Fact]
    public void Reads_on_many_threads_at_once_give_what_one_thread_gives()
    {
        var cases = Enumerable.Range(0, 64).Select(i => Enumerable.Range(0, 1 + i % 13).Select(j => ((i + j) % 16, (i * 7 + j) % Titles.Length, $"{1 + (i + j) % 150}.5")).ToArray()).ToArray();
        var bytes = cases.Select(c => Encoding.UTF8.GetBytes(Training(c))).ToArray();
        var read = new Portfolio?[cases.Length];
        Parallel.For(0, cases.Length * 8, new ParallelOptions { MaxDegreeOfParallelism = 4 }, k =>
        {
            var portfolio = PortfolioReader.Read(bytes[k % cases.Length], PortfolioTestJson.Words).Portfolio.ShouldNotBeNull();
            if (k < cases.Length) read[k] = portfolio;
            ShouldHoldExactly(portfolio, cases[k % cases.Length]);
        });
        for (int i = 0; i < cases.Length; i++) ShouldHoldExactly(read[i]!, cases[i]);
    }

    [Fact]
    public void A_repeated_text_is_the_same_string_and_a_text_of_the_same_length_is_not_mistaken_for_it()
    {
        var recent = new RecentStrings();
        string first = recent.Get("Dr. A. Morgan"u8);
        recent.Get("Dr. A. Morgan"u8).ShouldBeSameAs(first);
        recent.Get("Dr. B. Morgan"u8).ShouldBe("Dr. B. Morgan");
        recent.Get(""u8).ShouldBe("");
        recent.Get("Ω"u8).ShouldBe("Ω");
    }

    [Fact]
    public void Recent_strings_forget_the_oldest_of_nine_and_do_not_keep_texts_over_sixty_four_bytes()
    {
        var recent = new RecentStrings();
        string[] texts = [.. Enumerable.Range(0, 9).Select(i => $"text {i}")];
        var first = texts.Select(t => recent.Get(Encoding.UTF8.GetBytes(t))).ToArray();
        recent.Get("text 8"u8).ShouldBeSameAs(first[8]);
        var again = recent.Get("text 0"u8);
        again.ShouldBe("text 0");
        again.ShouldNotBeSameAs(first[0], "the ninth text took the first one's place");

        var at64 = Encoding.UTF8.GetBytes(new string('x', 64));
        recent.Get(at64).ShouldBeSameAs(recent.Get(at64));
        var at65 = Encoding.UTF8.GetBytes(new string('x', 65));
        recent.Get(at65).ShouldBe(new string('x', 65));
        recent.Get(at65).ShouldNotBeSameAs(recent.Get(at65));
    }

    private static readonly Gen<string> GenNumberText =
        Gen.Select(Gen.Char["0123456789"].Array[1, 22], Gen.Int[-1, 22], Gen.Bool)
            .Select((digits, point, lead) =>
            {
                string text = new(digits);
                if (lead && text.Length > 1) text = "0" + text[1..];
                return point > 0 && point < text.Length ? text[..point] + "." + text[point..] : text;
            });

    [Fact]
    public void A_short_number_is_the_decimal_the_parser_gives_with_the_same_scale()
        => GenNumberText.Sample(text =>
        {
            var utf8 = Encoding.ASCII.GetBytes(text);
            bool parsed = Utf8Parser.TryParse(utf8, out decimal expected, out int consumed) && consumed == utf8.Length;
            bool shortened = ExactNumber.Short(utf8, out decimal value);
            if (text.Length > 20)
            {
                shortened.ShouldBeFalse();
                return;
            }
            shortened.ShouldBe(parsed, text);
            if (parsed) decimal.GetBits(value).ShouldBe(decimal.GetBits(expected), text);
        }, iter: 5000);

    [Theory]
    [InlineData("999999999999999999")] // 18 digits: read by the plain path
    [InlineData("9999999999999999999")] // 19 digits: past a ulong's 10^18 bound of the plain path, read by the parser
    [InlineData("99999999999999999999")] // 20
    [InlineData("1.000000000000000000")]
    [InlineData("0.0")]
    [InlineData("0")]
    [InlineData("200")]
    [InlineData("24.50")]
    public void Numbers_on_both_sides_of_the_plain_paths_eighteen_digits_keep_value_and_scale(string text)
    {
        ExactNumber.Short(Encoding.ASCII.GetBytes(text), out decimal value).ShouldBeTrue();
        value.ToString(CultureInfo.InvariantCulture).ShouldBe(text);
    }

    [Theory]
    [InlineData("7", "7")]
    [InlineData("24.50", "24.50")]
    [InlineData("0.0", "0.0")]
    [InlineData("007", "7")]
    [InlineData("1.5", "1.5")]
    [InlineData("12345678901234567.8", null)] // 19 characters
    [InlineData("123456789012345678", "123456789012345678")] // 18
    [InlineData("1234567890123456789", null)]
    [InlineData("4294967296", "4294967296")] // 2^32: the digits' high half
    [InlineData("-1", null)]
    [InlineData("1e2", null)]
    [InlineData("1.", null)]
    [InlineData(".5", null)]
    [InlineData("1.2.3", null)]
    [InlineData("", null)]
    [InlineData("1a", null)]
    public void Only_digits_with_at_most_one_inner_point_and_eighteen_characters_take_the_plain_path(string text, string? value)
    {
        ExactNumber.Plain(Encoding.ASCII.GetBytes(text), out decimal plain).ShouldBe(value is not null);
        if (value is not null) plain.ToString(CultureInfo.InvariantCulture).ShouldBe(value);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("1e2")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("1.2.3")]
    public void Signs_exponents_and_stray_points_are_not_plain_and_read_as_the_parser_reads_them(string text)
    {
        ExactNumber.Plain(Encoding.ASCII.GetBytes(text), out _).ShouldBeFalse();
        bool parsed = Utf8Parser.TryParse(Encoding.ASCII.GetBytes(text), out decimal expected, out int consumed) && consumed == text.Length && !text.Contains('e');
        ExactNumber.Short(Encoding.ASCII.GetBytes(text), out decimal value).ShouldBe(parsed);
        if (parsed) value.ShouldBe(expected);
    }

    private static readonly Gen<string> GenDateText =
        Gen.Select(Gen.Int[0, 10000], Gen.Int[0, 13], Gen.Int[0, 32], Gen.Int[0, 30])
            .Select((year, month, day, spoil) =>
            {
                var text = $"{year:0000}-{month:00}-{day:00}".ToCharArray();
                if (spoil < text.Length) text[spoil] = "0123456789-x/ "[spoil % 14];
                return new string(text);
            });

    [Fact]
    public void A_date_is_accepted_exactly_when_it_is_a_day_of_the_calendar_written_yyyy_mm_dd()
        => GenDateText.Sample(text =>
        {
            DateOnly expected = default;
            bool exists = text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out expected);
            var result = PortfolioTestJson.Read($$"""{"applicant": {"name": "A"}, "training": [{"date": "{{text}}", "hours": 1, "title": "T"}]}""");
            (result.Portfolio is not null).ShouldBe(exists, text);
            if (exists) result.Portfolio!.Training[0].Date.ShouldBe(expected);
        }, iter: 3000);
}
