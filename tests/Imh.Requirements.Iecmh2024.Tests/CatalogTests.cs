namespace Imh.Requirements.Iecmh2024.Tests;

/// <summary>iecmh-2024.md, "Categories and identifiers": the 14 categories, their order, bands, aliases and keys.</summary>
public class CatalogTests
{
    public static TheoryData<string> Categories => [.. Eligible.Ids];

    [Fact]
    public void The_catalog_lists_the_fourteen_categories_in_the_order_of_the_spec_table()
        => Iecmh2024Catalog.Instance.LevelIds.ShouldBe(Eligible.Ids);

    [Fact]
    public void The_categories_are_not_a_ladder()
        => Iecmh2024Catalog.Instance.IsRanked.ShouldBeFalse();

    [Theory]
    [InlineData("I", "IFA")]
    [InlineData("II", "IFS")]
    [InlineData("III", "IMHS")]
    [InlineData("IV-Clinical", "IMHM-Clinical")]
    [InlineData("IV-Policy", "IMHM-Policy")]
    [InlineData("IV-ResearchFaculty", "IMHM-ResearchFaculty")]
    [InlineData("IMHM-C", "IMHM-Clinical")]
    [InlineData("IMHM-P", "IMHM-Policy")]
    [InlineData("IMHM-RF", "IMHM-ResearchFaculty")]
    [InlineData("IMHM-R/F", "IMHM-ResearchFaculty")]
    [InlineData("ECMHM-C", "ECMHM-Clinical")]
    [InlineData("ECMHM-P", "ECMHM-Policy")]
    [InlineData("ECMHM-RF", "ECMHM-ResearchFaculty")]
    [InlineData("ECMHM-R/F", "ECMHM-ResearchFaculty")]
    [InlineData("ecfs", "ECFS")]
    [InlineData("imhm-c", "IMHM-Clinical")]
    public void An_alias_or_any_casing_finds_the_canonical_category(string spelling, string canonical)
    {
        Iecmh2024Catalog.Instance.FindLevel(spelling).ShouldNotBeNull(spelling).Definition.Id.ShouldBe(canonical);
        Iecmh2024Vocabulary.Instance.Level(spelling).ShouldNotBeNull(spelling).Id.ShouldBe(canonical);
    }

    [Theory]
    [InlineData("IMHM")]
    [InlineData("ECMHM")]
    [InlineData("IV")]
    public void A_mentor_without_a_track_is_no_category_to_check(string id)
        => Iecmh2024Catalog.Instance.FindLevel(id).ShouldBeNull();

    [Theory]
    [MemberData(nameof(Categories))]
    public void Every_category_has_the_requirement_keys_the_spec_lists(string id)
    {
        string[] expected = id switch
        {
            "IFA" or "ECFA" => ["codeOfEthics", "education", "training", "reflectiveSupervision", "references", "exam", "membership"],
            "IFS" or "ECFS" => ["codeOfEthics", "education", "training", "workExperience", "reflectiveSupervision", "references", "exam", "membership"],
            "IFRS" or "ECFRS" => ["codeOfEthics", "education", "training", "workExperience", "reflectiveSupervisionExperience", "reflectiveSupervision", "leadership", "references", "exam", "membership"],
            "IMHS" or "ECMHS" => ["codeOfEthics", "education", "training", "specializedWork", "reflectiveSupervision", "references", "exam", "membership"],
            _ => ["codeOfEthics", "education", "training", "leadership", "exam", "membership", "specializedWork", "reflectiveSupervision", "references"],
        };
        Iecmh2024Catalog.Instance.FindLevel(id).ShouldNotBeNull().Definition.Requirements.Select(r => r.Key).Distinct().Order(StringComparer.Ordinal)
            .ShouldBe(expected.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Categories))]
    public void Every_category_names_its_band_as_a_facet(string id)
        => Iecmh2024Catalog.Instance.FindLevel(id).ShouldNotBeNull().Definition.Facets.ShouldContain(Eligible.Band(id));
}
