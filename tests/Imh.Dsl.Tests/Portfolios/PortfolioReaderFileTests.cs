using System.IO;
using System.Text;
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

        PortfolioReadResult result = PortfolioReader.ReadFile(path);

        result.Problems.ShouldBeEmpty(Show(result.Problems));
        result.Portfolio.ShouldNotBeNull().Applicant.Name.ShouldBe("Jordan Rivera");
    }

    [Fact]
    public void ReadFile_reports_problems_with_positions_like_Read()
    {
        string path = Path.Combine(_directory, "bad.json");
        File.WriteAllText(path, "{\n  \"applicant\": { \"name\": \"A\" },\n  \"exam\": { \"passed\": 1 }\n}\n");

        PortfolioProblem problem = Single(PortfolioReader.ReadFile(path));

        problem.ShouldBeAt("$.exam.passed", 3, 23);
    }

    [Fact]
    public void ReadFile_on_a_missing_file_is_a_problem_naming_the_file()
    {
        string path = Path.Combine(_directory, "missing.json");

        PortfolioProblem problem = Single(PortfolioReader.ReadFile(path));

        problem.ShouldBeAt("$", null, null);
        problem.Message.ShouldBe($"portfolio file '{path}' does not exist");
    }

    [Fact]
    public void ReadFile_in_a_missing_directory_is_a_problem_naming_the_file()
    {
        string path = Path.Combine(_directory, "no-such-dir", "portfolio.json");

        PortfolioProblem problem = Single(PortfolioReader.ReadFile(path));

        problem.ShouldBeAt("$", null, null);
        problem.Message.ShouldContain(path);
    }

    [Fact]
    public void ReadFile_on_a_directory_is_a_problem_naming_it()
    {
        PortfolioProblem problem = Single(PortfolioReader.ReadFile(_directory));

        problem.ShouldBeAt("$", null, null);
        problem.Message.ShouldBe($"portfolio file '{_directory}' is a directory, not a file");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void ReadFile_without_a_file_name_is_a_problem(string path)
    {
        PortfolioProblem problem = Single(PortfolioReader.ReadFile(path));

        problem.ShouldBeAt("$", null, null);
        problem.Message.ShouldBe("no portfolio file name was given");
    }

    [Fact]
    public void ReadFile_with_an_invalid_path_is_a_problem_not_an_exception()
    {
        PortfolioProblem problem = Single(PortfolioReader.ReadFile("bad\0name.json"));

        problem.Path.ShouldBe("$");
        problem.Message.ShouldContain("bad\0name.json");
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

        PortfolioProblem problem = Single(PortfolioReader.ReadFile(path));

        problem.ShouldBeAt("$", null, null);
        problem.Message.ShouldBe($"portfolio file '{path}' is 16777217 bytes; the limit is 16 MiB (16777216 bytes)");
    }

    [Fact]
    public void ReadFile_on_a_file_that_is_not_utf8_is_rejected()
    {
        string path = Path.Combine(_directory, "latin1.json");
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes("{ \"applicant\": { \"name\": \"Zoë\" } }"));

        PortfolioProblem problem = Single(PortfolioReader.ReadFile(path));

        problem.ShouldBeAt("$", 1, 29);
        problem.Message.ShouldStartWith("the file is not valid UTF-8");
    }
}
