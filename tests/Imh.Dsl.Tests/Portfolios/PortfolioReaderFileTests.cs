using System.IO;
using System.Text;
using System.Threading.Tasks;
using Imh.Dsl.Portfolios;
using static Imh.Dsl.Tests.Portfolios.PortfolioTestJson;

namespace Imh.Dsl.Tests.Portfolios;

public sealed class PortfolioReaderFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("imh-portfolio-tests-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void ReadFile_reads_a_valid_file()
    {
        string path = Path.Combine(_directory, "portfolio.json");
        File.WriteAllText(path, SpecExample, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        PortfolioReadResult result = PortfolioReader.ReadFile(path, Words);

        result.Problems.ShouldBeEmpty(Show(result.Problems));
        result.Portfolio.ShouldNotBeNull().Applicant.Name.ShouldBe("Jordan Rivera");
    }

    [Fact]
    public void ReadFile_reports_problems_with_positions_like_Read()
    {
        string path = Path.Combine(_directory, "bad.json");
        File.WriteAllText(path, "{\n  \"applicant\": { \"name\": \"A\" },\n  \"exam\": { \"passed\": 1 }\n}\n");

        PortfolioProblem problem = Single(PortfolioReader.ReadFile(path, Words));

        problem.ShouldBeAt("$.exam.passed", 3, 23);
    }

    [Fact]
    public void ReadFile_on_a_missing_file_is_a_problem_naming_the_file()
    {
        string path = Path.Combine(_directory, "missing.json");

        PortfolioProblem problem = Single(PortfolioReader.ReadFile(path, Words));

        problem.ShouldBeAt("$", null, null);
        problem.Message.ShouldBe($"portfolio file '{path}' does not exist");
    }

    [Fact]
    public void ReadFile_in_a_missing_directory_is_a_problem_naming_the_file()
    {
        string path = Path.Combine(_directory, "no-such-dir", "portfolio.json");

        PortfolioProblem problem = Single(PortfolioReader.ReadFile(path, Words));

        problem.ShouldBeAt("$", null, null);
        problem.Message.ShouldContain(path);
    }

    [Fact]
    public void ReadFile_on_a_directory_is_a_problem_naming_it()
    {
        PortfolioProblem problem = Single(PortfolioReader.ReadFile(_directory, Words));

        problem.ShouldBeAt("$", null, null);
        problem.Message.ShouldBe($"portfolio file '{_directory}' is a directory, not a file");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void ReadFile_without_a_file_name_is_a_problem(string path)
    {
        PortfolioProblem problem = Single(PortfolioReader.ReadFile(path, Words));

        problem.ShouldBeAt("$", null, null);
        problem.Message.ShouldBe("no portfolio file name was given");
    }

    [Fact]
    public void ReadFile_with_an_invalid_path_is_a_problem_not_an_exception()
    {
        PortfolioProblem problem = Single(PortfolioReader.ReadFile("bad\0name.json", Words));

        problem.Path.ShouldBe("$");
        problem.Message.ShouldContain("bad\\u0000name.json");
    }

    [Fact]
    public void ReadFile_on_an_oversized_file_is_rejected_by_its_size()
    {
        string path = Path.Combine(_directory, "huge.json");
        using (var stream = new FileStream(path, FileMode.CreateNew))
        {
            // A sparse file: the size check must not need to read it.
            stream.SetLength(16L * 1024 * 1024 + 1);
        }

        PortfolioProblem problem = Single(PortfolioReader.ReadFile(path, Words));

        problem.ShouldBeAt("$", null, null);
        problem.Message.ShouldBe($"portfolio file '{path}' is 16777217 bytes; the limit is 16 MiB (16777216 bytes)");
    }

    [Fact]
    public void ReadFile_on_a_file_of_exactly_16_MiB_reads_it()
    {
        string path = Path.Combine(_directory, "large.json");
        byte[] bytes = new byte[16 * 1024 * 1024];
        bytes.AsSpan().Fill((byte)' ');
        Encoding.UTF8.GetBytes(Minimal).CopyTo(bytes, 0);
        File.WriteAllBytes(path, bytes);

        PortfolioReadResult result = PortfolioReader.ReadFile(path, Words);

        result.Problems.ShouldBeEmpty(Show(result.Problems));
        result.Portfolio.ShouldNotBeNull();
    }

    [Fact]
    public void ReadFile_on_a_file_that_is_not_utf8_is_rejected()
    {
        string path = Path.Combine(_directory, "latin1.json");
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes("{ \"applicant\": { \"name\": \"Zoë\" } }"));

        PortfolioProblem problem = Single(PortfolioReader.ReadFile(path, Words));

        problem.ShouldBeAt("$", 1, 29);
        problem.Message.ShouldStartWith("the file is not valid UTF-8");
    }

    [Fact]
    public void ReadFile_on_a_device_is_rejected_without_reading_it()
    {
        // /dev/zero never ends: reading it would only stop at the size limit, after 16 MiB of zeros.
        PortfolioProblem problem = Single(PortfolioReader.ReadFile("/dev/zero", Words));

        problem.ShouldBeAt("$", null, null);
        problem.Message.ShouldBe("portfolio file '/dev/zero' is a device; only regular files are read");
    }

    [Fact]
    public void ReadFile_on_a_file_that_reports_no_size_reads_it_to_its_end()
    {
        // The kernel's files say they hold 0 bytes and still hold text: they are read as a stream, not taken as empty.
        PortfolioProblem problem = Single(PortfolioReader.ReadFile("/proc/self/status", Words));

        problem.ShouldBeAt("$", 1, 1);
        problem.Message.ShouldBe("invalid JSON: 'N' is an invalid start of a value.");
    }

    [Fact]
    public void ReadFile_on_a_file_that_reports_no_size_and_refuses_one_byte_reads_reads_it_as_a_stream()
    {
        // /proc/self/pagemap says it holds 0 bytes, answers a read of one byte with "Invalid argument" and
        // holds far more than 16 MiB: read as a stream from the start, it stops at the limit.
        PortfolioProblem problem = Single(PortfolioReader.ReadFile("/proc/self/pagemap", Words));

        problem.ShouldBeAt("$", null, null);
        problem.Message.ShouldBe("portfolio file '/proc/self/pagemap' is larger than the limit of 16 MiB (16777216 bytes)");
    }

    [Fact]
    public void ReadFile_on_a_file_whose_reading_fails_is_a_problem_with_the_systems_reason()
    {
        // /proc/self/mem is a regular file that answers a read at offset 0 with an I/O error.
        PortfolioProblem problem = Single(PortfolioReader.ReadFile("/proc/self/mem", Words));

        problem.ShouldBeAt("$", null, null);
        problem.Message.ShouldStartWith("cannot read portfolio file '/proc/self/mem': Input/output error");
    }

    [Fact]
    public void A_file_name_with_control_characters_is_escaped_in_the_message()
    {
        string path = Path.Combine(_directory, "a\u001b[31mred.json");

        PortfolioProblem problem = Single(PortfolioReader.ReadFile(path, Words));

        problem.Message.ShouldNotContain("\u001b");
        problem.Message.ShouldContain("a\\u001b[31mred.json");
    }

    [Fact]
    public async Task ReadAsync_reads_a_stream_like_Read()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(SpecExample));

        PortfolioReadResult result = await PortfolioReader.ReadAsync(stream, Words, TestContext.Current.CancellationToken);

        result.Problems.ShouldBeEmpty(Show(result.Problems));
        result.Portfolio.ShouldNotBeNull().Applicant.Name.ShouldBe("Jordan Rivera");
    }

    [Fact]
    public async Task ReadAsync_reports_problems_with_positions_like_Read()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("{\n  \"applicant\": { \"name\": \"A\" },\n  \"exam\": { \"passed\": 1 }\n}\n"));

        PortfolioProblem problem = Single(await PortfolioReader.ReadAsync(stream, Words, TestContext.Current.CancellationToken));

        problem.ShouldBeAt("$.exam.passed", 3, 23);
    }

    [Fact]
    public async Task ReadAsync_stops_an_endless_stream_at_16_MiB()
    {
        using var stream = new EndlessStream();

        PortfolioProblem problem = Single(await PortfolioReader.ReadAsync(stream, Words, TestContext.Current.CancellationToken));

        problem.ShouldBeAt("$", null, null);
        problem.Message.ShouldBe("the portfolio is larger than the limit of 16 MiB (16777216 bytes)");
        stream.Served.ShouldBeLessThanOrEqualTo(16L * 1024 * 1024 + 81920);
    }

    [Fact]
    public async Task ReadAsync_accepts_a_stream_of_exactly_16_MiB()
    {
        byte[] bytes = new byte[16 * 1024 * 1024];
        bytes.AsSpan().Fill((byte)' ');
        Encoding.UTF8.GetBytes(Minimal).CopyTo(bytes, 0);
        using var stream = new MemoryStream(bytes);

        PortfolioReadResult result = await PortfolioReader.ReadAsync(stream, Words, TestContext.Current.CancellationToken);

        result.Problems.ShouldBeEmpty(Show(result.Problems));
    }

    /// <summary>A stream that never ends and says nothing of its length, like a pipe.</summary>
    private sealed class EndlessStream : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            Served += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
