using System.IO;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;
using Imh.Requirements;

namespace Imh.Requirements.Tests.Checking;

/// <summary>A portfolio built in code is checked by the reader's rules: written as portfolio JSON, then read.</summary>
public class PortfolioCheckTests
{
    private static readonly Catalog MiAimh = MiAimhCatalog.Instance;
    private static readonly DateOnly AsOf = new(2026, 11, 24);

    public static TheoryData<string> Samples() => [.. Directory.GetFiles(SamplesFolder, "*.json").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Samples))]
    public void A_sample_written_and_read_back_gives_the_same_reports(string sample)
    {
        var read = PortfolioReader.ReadFile(Path.Combine(SamplesFolder, sample), MiAimh.Vocabulary);
        read.Problems.ShouldBeEmpty();

        var check = PortfolioReader.Check(read.Portfolio!, MiAimh.Vocabulary);

        check.Problems.ShouldBeEmpty();
        AllLevels(check.Portfolio!).ShouldBe(AllLevels(read.Portfolio!));
        Renewals(check.Portfolio!).ShouldBe(Renewals(read.Portfolio!));
        Encoding.UTF8.GetString(PortfolioWriter.Write(check.Portfolio!, MiAimh.Vocabulary))
            .ShouldBe(Encoding.UTF8.GetString(PortfolioWriter.Write(read.Portfolio!, MiAimh.Vocabulary)));
    }

    [Fact]
    public void What_binding_a_request_body_let_through_is_rejected_with_json_paths()
    {
        // The list: an empty name, a 500-hour session, an FTE of 7, an end before its start.
        var portfolio = new Portfolio
        {
            Applicant = new Applicant { Name = "" },
            Work = [new WorkEntry { Role = "Home visitor", Start = new(2020, 5, 1), End = new(2019, 1, 1), Fte = 7m, Words = EntryWords.Of(WorkKind.ImhServices) }],
            Sessions = [new Session { Date = new(2024, 1, 10), Hours = 500m, Provider = "Dr. Lee", Words = EntryWords.Of(SessionFormat.Individual) }],
        };

        var check = PortfolioReader.Check(portfolio, MiAimh.Vocabulary);

        check.Portfolio.ShouldBeNull();
        check.Problems.Select(p => p.Path).ShouldBe(["$.applicant.name", "$.work[0].end", "$.work[0].fte", "$.reflectiveSupervision[0].hours"], ignoreOrder: true);
        check.Problems.ShouldAllBe(p => p.Line > 0 && p.Column > 0);
        check.Problems.Single(p => p.Path == "$.work[0].fte").Message.ShouldBe("must be greater than 0 and at most 1, found 7");
    }

    [Fact]
    public void Line_and_column_point_into_the_written_text()
    {
        var portfolio = new Portfolio { Applicant = new Applicant { Name = " " } };

        var problem = PortfolioReader.Check(portfolio, MiAimh.Vocabulary).Problems.ShouldHaveSingleItem();

        string[] lines = Encoding.UTF8.GetString(PortfolioWriter.Write(portfolio, MiAimh.Vocabulary)).Split('\n');
        lines[problem.Line!.Value - 1][(problem.Column!.Value - 1)..].ShouldStartWith("\" \"");
    }

    [Fact]
    public void A_required_choice_left_unset_and_a_word_of_another_kind_of_entry_are_named()
    {
        var portfolio = new Portfolio
        {
            Applicant = new Applicant { Name = "Sam" },
            Training = [new TrainingEntry { Date = new(2024, 1, 1), Hours = 2m, Title = "Course", Words = EntryWords.Of(WorkKind.ImhServices) }],
            Credentials = [new Credential { Title = "MSW", Awarded = new(2016, 5, 1) }],
        };

        var problems = PortfolioReader.Check(portfolio, MiAimh.Vocabulary).Problems;

        problems.ShouldContain(p => p.Path == "$.credentials[0].type" && p.Message.Contains("required property 'type' is missing"));
        problems.ShouldContain(p => p.Path == "$.training[0].workKind" && p.Message.StartsWith("unknown property 'workKind'"));
    }

    [Fact]
    public void A_null_list_is_a_problem_not_an_exception()
    {
        var portfolio = new Portfolio { Applicant = new Applicant { Name = "Sam" }, Training = null! };

        var problem = PortfolioReader.Check(portfolio, MiAimh.Vocabulary).Problems.ShouldHaveSingleItem();

        problem.Path.ShouldBe("$.training");
        problem.Message.ShouldBe("expected an array, found null");
    }

    [Fact]
    public void A_valid_portfolio_gets_the_verdict_it_gets_in_code()
    {
        var read = PortfolioReader.ReadFile(Path.Combine(SamplesFolder, "level-ii.json"), MiAimh.Vocabulary).Portfolio!;
        var inCode = new Portfolio
        {
            Applicant = read.Applicant, Words = read.Words, Credentials = read.Credentials, Training = read.Training, Work = read.Work,
            Sessions = read.Sessions, References = read.References, Memberships = read.Memberships, Signatures = read.Signatures,
            Assessments = read.Assessments, Endorsements = read.Endorsements,
        };

        var check = PortfolioReader.Check(inCode, MiAimh.Vocabulary);

        check.Problems.ShouldBeEmpty();
        AllLevels(check.Portfolio!).ShouldBe(AllLevels(inCode));
        check.Portfolio!.SchemaVersion.ShouldBeNull();
    }

    [Fact]
    public async Task Reading_a_stream_stops_at_the_size_limit()
    {
        using var stream = new EndlessStream();

        var result = await PortfolioReader.ReadAsync(stream, MiAimh.Vocabulary, TestContext.Current.CancellationToken);

        result.Problems.ShouldHaveSingleItem().Message.ShouldBe("the portfolio is larger than the limit of 16 MiB (16777216 bytes)");
        stream.Position.ShouldBeLessThan(PortfolioReader.MaxBytes + 200_000);
    }

    [Fact]
    public async Task Reading_a_stream_can_be_cancelled()
    {
        using var stream = new EndlessStream();
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        await Should.ThrowAsync<OperationCanceledException>(() => PortfolioReader.ReadAsync(stream, MiAimh.Vocabulary, cancel.Token));
    }

    private static string AllLevels(Portfolio portfolio)
        => ReportJson.Write(ReportJson.AllLevels(MiAimh, portfolio.Applicant.Name, AsOf, [.. MiAimh.Levels.Select(l => l.Validate(portfolio, AsOf))]));

    private static string Renewals(Portfolio portfolio)
        => string.Concat(MiAimh.Renewals.Select(r => ReportJson.Write(ReportJson.Renewal(r.Validate(portfolio, 2025)))));

    private static string SamplesFolder { get; } = Path.Combine(
        typeof(PortfolioCheckTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!,
        "samples", "portfolios");

    /// <summary>A stream of spaces that never ends, as a client that keeps sending would be.</summary>
    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get; set; }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            Position += count;
            return count;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
