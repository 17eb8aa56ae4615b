using System.Text;
using Imh.Dsl.Portfolios;

namespace Imh.Dsl.Tests.Portfolios;

/// <summary>Shared documents and assertions for the portfolio reader tests.</summary>
internal static class PortfolioTestJson
{
    /// <summary>The full example of the spec (portfolio-format.md), verbatim.</summary>
    public const string SpecExample = """
        {
          "schemaVersion": 1,
          "applicant": { "name": "Jordan Rivera", "id": "A-1024" },
          "supervisesOthers": false,
          "providesReflectiveSupervision": false,
          "credentials": [
            { "type": "bachelor", "title": "BSW", "awarded": "2012-05-12", "officialTranscript": true },
            { "type": "master", "title": "MSW", "awarded": "2016-05-14", "officialTranscript": true, "imhCoursework": true }
          ],
          "training": [
            { "date": "2021-03-06", "hours": 6, "title": "Attachment in the first year", "relationshipBased": true, "infantMentalHealth": true, "approved": true }
          ],
          "work": [
            { "role": "Infant mental health therapist", "employer": "County CMH", "kind": "imhServices",
              "start": "2016-06-01", "end": null, "fte": 1.0, "paid": true, "supervised": true }
          ],
          "reflectiveSupervision": [
            { "date": "2023-01-10", "hours": 1.5, "format": "individual", "provider": "Dr. A. Morgan",
              "providerApproved": true, "relationshipBased": true, "whileServing": true }
          ],
          "references": [
            { "rater": "Sam Lee", "role": "supervisor", "current": true, "providesReflectiveSupervision": false,
              "raterEndorsement": "III", "familiarWithImh": false }
          ],
          "codeOfEthicsSigned": "2024-01-05",
          "endorsementAgreementSigned": "2024-01-05",
          "exam": { "passed": true, "date": "2024-03-02" },
          "portfolioReview": { "passed": true },
          "memberships": [ { "organization": "MI-AIMH", "imhAssociation": true, "from": "2024-01-01", "to": "2024-12-31" } ],
          "endorsement": { "level": "III", "since": "2024-06-01" }
        }
        """;

    /// <summary>The smallest valid portfolio.</summary>
    public const string Minimal = """{ "applicant": { "name": "A" } }""";

    /// <summary>The vocabulary the reader tests read with: the MI-AIMH catalog's (portfolio-format.md).</summary>
    public static Vocabulary Words => Imh.Requirements.MiAimhVocabulary.Instance;

    public static PortfolioReadResult Read(string json) => PortfolioReader.Read(Encoding.UTF8.GetBytes(json), Words);

    public static PortfolioReadResult Read(byte[] bytes) => PortfolioReader.Read(bytes, Words);

    /// <summary>Reads a document that must be accepted.</summary>
    public static Portfolio Valid(string json)
    {
        PortfolioReadResult result = Read(json);
        result.Problems.ShouldBeEmpty(Show(result.Problems));
        return result.Portfolio.ShouldNotBeNull();
    }

    /// <summary>Reads a document that must be rejected; nothing of it may be returned.</summary>
    public static IReadOnlyList<PortfolioProblem> Problems(string json) => Rejected(Read(json));

    public static IReadOnlyList<PortfolioProblem> Rejected(PortfolioReadResult result)
    {
        result.Portfolio.ShouldBeNull();
        result.Problems.ShouldNotBeEmpty();
        return result.Problems;
    }

    /// <summary>Reads a document that must be rejected for exactly one problem.</summary>
    public static PortfolioProblem Single(string json) => Single(Read(json));

    public static PortfolioProblem Single(PortfolioReadResult result)
    {
        IReadOnlyList<PortfolioProblem> problems = Rejected(result);
        problems.Count.ShouldBe(1, Show(problems));
        return problems[0];
    }

    public static void ShouldBeAt(this PortfolioProblem problem, string path, int? line, int? column)
    {
        problem.Path.ShouldBe(path, Show([problem]));
        problem.Line.ShouldBe(line, Show([problem]));
        problem.Column.ShouldBe(column, Show([problem]));
    }

    /// <summary>The words of the catalog enum <typeparamref name="T"/> an entry carries, as one value (0 when none).</summary>
    public static T Of<T>(this EntryWords words) where T : struct, Enum
        => (T)Enum.ToObject(typeof(T), words.Bits(typeof(T)));

    public static string Show(IEnumerable<PortfolioProblem> problems)
        => string.Join("\n", problems.Select(p => $"{p.Path} ({p.Line}:{p.Column}) {p.Message}"));
}
