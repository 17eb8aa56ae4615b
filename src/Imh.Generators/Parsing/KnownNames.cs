namespace Imh.Generators.Parsing;

/// <summary>Metadata names of the language's attributes and runtime types.</summary>
internal static class KnownNames
{
    public const string Namespace = "Imh.Dsl";
    public const string LevelAttribute = "Imh.Dsl.LevelAttribute";
    public const string TrackAttribute = "Imh.Dsl.TrackAttribute";
    public const string CatalogAttribute = "Imh.Dsl.CatalogAttribute";
    public const string RequirementAttribute = "Imh.Dsl.RequirementAttribute";
    public const string ContinuingAttribute = "Imh.Dsl.ContinuingAttribute";
    public const string SourceAttribute = "Imh.Dsl.SourceAttribute";
    public const string WhenAttribute = "Imh.Dsl.WhenAttribute";
    public const string SameAsAttribute = "Imh.Dsl.SameAsAttribute";
    public const string TrackObligationAttribute = "Imh.Dsl.TrackObligationAttribute";
    public const string RuleAttribute = "Imh.Dsl.RuleAttribute";
    public const string RatingsAttribute = "Imh.Dsl.RatingsAttribute";
    public const string AtLeastOneRatingAttribute = "Imh.Dsl.AtLeastOneRatingAttribute";
    public const string RatingItemAttribute = "Imh.Dsl.RatingItemAttribute";
    public const string EndorsedRaterAttribute = "Imh.Dsl.EndorsedRaterAttribute";
    public const string RequirementType = "Imh.Dsl.Requirement";

    public const string Evaluation = "global::Imh.Dsl.Evaluation.";
    public const string Reports = "global::Imh.Dsl.Reports.";

    /// <summary>Rule attributes that map one to one onto a runtime rule: constructor parameters and named arguments become init properties of the same (PascalCase) name.</summary>
    public static string? RuleTypeOf(string attributeMetadataName) => attributeMetadataName switch
    {
        "Imh.Dsl.MinHoursAttribute" => "HoursRule",
        "Imh.Dsl.MinSessionsAttribute" => "SessionCountRule",
        "Imh.Dsl.ExperienceAttribute" => "ExperienceRule",
        "Imh.Dsl.CredentialAttribute" => "CredentialRule",
        "Imh.Dsl.ImhCourseworkAttribute" => "CourseworkRule",
        "Imh.Dsl.SignedAttribute" => "SignedRule",
        "Imh.Dsl.ExamPassedAttribute" => "ExamRule",
        "Imh.Dsl.PortfolioReviewPassedAttribute" => "PortfolioReviewRule",
        "Imh.Dsl.MembershipAttribute" => "MembershipRule",
        _ => null,
    };

    public static bool IsRatingPart(string attributeMetadataName)
        => attributeMetadataName is RatingsAttribute or AtLeastOneRatingAttribute or RatingItemAttribute or EndorsedRaterAttribute;
}
