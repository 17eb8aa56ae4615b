using System.IO;
using System.Reflection;
using Imh.Dsl.Evaluation;

namespace Imh.Requirements.Tests;

/// <summary>The catalog: ids, order, names, stable requirement keys, and quotes of the published text.</summary>
public class CatalogTests
{
    private static readonly Catalog Catalog = MiAimhCatalog.Instance;

    private static readonly string[] Ids = ["I", "II", "III", "IV-Clinical", "IV-Policy", "IV-ResearchFaculty"];

    public static TheoryData<string> LevelIds => new(Ids);

    [Fact]
    public void Levels_are_listed_in_order_I_II_III_IV_Clinical_IV_Policy_IV_ResearchFaculty()
    {
        Catalog.Levels.Select(l => l.Definition.Id).ShouldBe(["I", "II", "III", "IV-Clinical", "IV-Policy", "IV-ResearchFaculty"]);
        Catalog.Renewals.Select(l => l.Definition.Id).ShouldBe(["I", "II", "III", "IV-Clinical", "IV-Policy", "IV-ResearchFaculty"]);
    }

    [Fact]
    public void Levels_have_the_published_names()
    {
        Catalog.Levels.Select(l => l.Definition.Name).ShouldBe(
        [
            "Infant Family Associate", "Infant Family Specialist", "Infant Mental Health Specialist",
            "Infant Mental Health Mentor (Clinical)", "Infant Mental Health Mentor (Policy)", "Infant Mental Health Mentor (Research/Faculty)",
        ]);
    }

    [Theory]
    [InlineData("iv-policy", "IV-Policy")]
    [InlineData("IV-POLICY", "IV-Policy")]
    [InlineData("iii", "III")]
    [InlineData("Iv-ClInIcAl", "IV-Clinical")]
    [InlineData("iv-researchfaculty", "IV-ResearchFaculty")]
    [InlineData("i", "I")]
    public void Level_ids_are_found_case_insensitively(string typed, string id)
    {
        Catalog.FindLevel(typed).ShouldNotBeNull().Definition.Id.ShouldBe(id);
        Catalog.FindRenewal(typed).ShouldNotBeNull().Definition.Id.ShouldBe(id);
    }

    [Fact]
    public void An_unknown_level_id_is_not_found()
    {
        Catalog.FindLevel("V").ShouldBeNull();
        Catalog.FindLevel("IV-Clinic").ShouldBeNull();
    }

    [Fact]
    public void The_catalog_validators_agree_with_the_generated_ones()
    {
        foreach (var id in Ids)
        {
            var viaCatalog = Catalog.FindLevel(id)!.Validate(EligibleFor(id), AsOf);
            var typed = Evaluate.Level(id, EligibleFor(id));
            viaCatalog.Eligible.ShouldBeTrue(id);
            viaCatalog.Requirements.Select(r => (r.Key, r.Status)).ShouldBe(typed.Requirements.Select(r => (r.Key, r.Status)), id);
        }
    }

    [Theory]
    [InlineData("I", new[] { "education", "training", "references", "codeOfEthics", "exam", "membership" }, new[] { "continuingTraining", "membershipRenewal" })]
    [InlineData("II", new[] { "education", "training", "workExperience", "reflectiveSupervision", "references", "codeOfEthics", "exam", "membership" }, new[] { "continuingTraining", "membershipRenewal" })]
    [InlineData("III", new[] { "education", "training", "reflectiveSupervision", "specializedWork", "references", "codeOfEthics", "portfolioReview", "exam", "membership" },
        new[] { "continuingTraining", "continuingReflectiveTraining", "membershipRenewal", "reflectiveSupervisionRecommended", "reflectiveExperienceRecommended" })]
    [InlineData("IV-Clinical", new[] { "education", "training", "reflectiveSupervision", "specializedWork", "references", "codeOfEthics", "portfolioReview", "exam", "membership" },
        new[] { "continuingTraining", "continuingReflectiveTraining", "membershipRenewal", "reflectiveSupervisionRecommended", "reflectiveExperienceRecommended" })]
    [InlineData("IV-Policy", new[] { "education", "training", "reflectiveSupervision", "specializedWork", "references", "codeOfEthics", "portfolioReview", "exam", "membership" },
        new[] { "continuingTraining", "membershipRenewal", "reflectiveSupervisionRecommended", "reflectiveExperienceRecommended" })]
    [InlineData("IV-ResearchFaculty", new[] { "education", "training", "reflectiveSupervision", "specializedWork", "references", "codeOfEthics", "portfolioReview", "exam", "membership" },
        new[] { "continuingTraining", "membershipRenewal", "reflectiveSupervisionRecommended", "reflectiveExperienceRecommended" })]
    public void Each_level_declares_the_requirement_keys_of_the_spec(string id, string[] initial, string[] continuing)
    {
        var level = Catalog.FindLevel(id)!.Definition;

        level.Requirements.Select(r => r.Key).ShouldBe(initial, ignoreOrder: true);
        level.Continuing.Select(r => r.Key).ShouldBe(continuing, ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(LevelIds))]
    public void Every_requirement_quotes_at_least_one_source_sentence(string id)
    {
        foreach (var requirement in AllRequirements(id))
        {
            requirement.Sources.ShouldNotBeEmpty($"{id} {requirement.Key}");
            requirement.Sources.ShouldAllBe(quote => !string.IsNullOrWhiteSpace(quote));
        }
    }

    [Theory]
    [MemberData(nameof(LevelIds))]
    public void Every_quote_occurs_in_the_published_text_ignoring_layout(string id)
    {
        // Layout of the PDF extraction: whitespace, line-break hyphenation ("per- taining"), and
        // footnote markers glued to a word ("Level III1 plus"), none of which a quote reproduces.
        var text = Normalized(System.Text.RegularExpressions.Regex.Replace(PublishedText.Value, @"(?<=\p{L})\d(?=\s)", ""));

        foreach (var requirement in AllRequirements(id))
        {
            var quotes = requirement.Sources.Concat(requirement.Notes.Select(n => n.Quote)).Concat(requirement.Reviews.Select(r => r.Quote));
            foreach (var quote in quotes)
            {
                text.ShouldContain(Normalized(quote), Case.Sensitive, $"{id} {requirement.Key} quotes \"{quote}\"");
            }
        }
    }

    private static string Normalized(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c) && c != '-')]);

    [Theory]
    [MemberData(nameof(LevelIds))]
    public void Every_result_has_its_key_title_obligation_status_detail_and_source(string id)
    {
        var report = Catalog.FindLevel(id)!.Validate(EligibleFor(id).WithTraining(), AsOf);

        foreach (var r in report.Requirements)
        {
            r.Key.ShouldNotBeNullOrWhiteSpace();
            r.Title.ShouldNotBeNullOrWhiteSpace(r.Key);
            r.Detail.ShouldNotBeNullOrWhiteSpace(r.Key);
            r.Source.ShouldNotBeNullOrWhiteSpace(r.Key);
            r.Findings.ShouldNotBeEmpty(r.Key);
            if (r.Status == RequirementStatus.NotMet) r.Missing.ShouldNotBeNullOrWhiteSpace(r.Key);
        }
        report.UnmetKeys.ShouldBe(["training"]);
    }

    [Fact]
    public void The_catalog_names_the_published_text_it_quotes()
    {
        Catalog.SourceText.ShouldBe("mi-aimh-endorsement-requirements.txt");
    }

    private static IEnumerable<RequirementDefinition> AllRequirements(string id)
    {
        var level = Catalog.FindLevel(id)!.Definition;
        return level.Requirements.Concat(level.Continuing);
    }

    private static Portfolio EligibleFor(string id) => id switch
    {
        "I" => Eligible.LevelI(),
        "II" => Eligible.LevelII(),
        "III" => Eligible.LevelIII(),
        "IV-Clinical" => Eligible.LevelIVClinical(),
        "IV-Policy" => Eligible.LevelIVPolicy(),
        _ => Eligible.LevelIVResearchFaculty(),
    };

    private static string WithoutWhitespace(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    private static readonly Lazy<string> PublishedText = new(() =>
        File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "Imh.Requirements", "mi-aimh-endorsement-requirements.txt")));

    /// <summary>
    /// The folder holding Imh.sln: up from the test binaries, else (when they are built outside the
    /// repository) from the build-time RepositoryRoot metadata or this source file's path.
    /// </summary>
    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string sourceFile = "")
    {
        var starts = new List<string?> { AppContext.BaseDirectory };
        starts.AddRange(typeof(CatalogTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Where(a => a.Key == "RepositoryRoot").Select(a => a.Value));
        starts.Add(Path.GetDirectoryName(sourceFile));
        foreach (var start in starts.Where(s => !string.IsNullOrEmpty(s)))
        {
            for (var dir = new DirectoryInfo(start!); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Imh.sln"))) return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No folder containing Imh.sln above any of: {string.Join(", ", starts)}.");
    }
}
