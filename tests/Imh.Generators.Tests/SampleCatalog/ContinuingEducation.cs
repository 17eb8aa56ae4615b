// A small credential that is not MI-AIMH, declared with the same language and words of its own:
// the generator must serve any association's catalog without knowing it.
[assembly: Catalog("ContinuingEducation", Namespace = "Imh.Generators.Tests.SampleCatalog")]

namespace Imh.Generators.Tests.SampleCatalog;

/// <summary>What a course may say.</summary>
[Flags, Tags(Evidence.Training)]
public enum CourseTag
{
    /// <summary>Approved by the board.</summary>
    [Word("approved", "Approved by the board.")] Approved = 1,
}

/// <summary>Who gives a reference.</summary>
[Flags, Choice(Evidence.References, "role", Required = true, Names = true)]
public enum Referee
{
    /// <summary>A colleague.</summary>
    [Word("colleague", "A colleague.")] Colleague = 1,

    /// <summary>A supervisor.</summary>
    [Word("supervisor", "A supervisor.")] Supervisor = 2,
}

/// <summary>What a reference may say.</summary>
[Flags, Tags(Evidence.References)]
public enum ReferenceTag
{
    /// <summary>The referee holds the role now.</summary>
    [Word("current", "The referee holds the role now.")] Current = 1,
}

/// <summary>Practitioner: 20 hours of approved training within one year, and two references.</summary>
[Level("P", "Practitioner", Rank = 1)]
public sealed partial record Practitioner
{
    /// <summary>Hours.</summary>
    [Requirement("hours", "Approved training")]
    [Source("20 hours of approved training within one year.")]
    [MinHours(20, Where = [CourseTag.Approved], WithinYears = 1)]
    public Requirement Hours { get; init; }

    /// <summary>References.</summary>
    [Requirement("references", "References")]
    [Source("Two references from colleagues or supervisors.")]
    [Ratings(2, Where = [Referee.Colleague | Referee.Supervisor])]
    public Requirement References { get; init; }

    /// <summary>Renewal.</summary>
    [Continuing("renewalHours", "Annual training")]
    [Source("5 hours each year.")]
    [MinHours(5, InRenewalYear = true)]
    public Requirement RenewalHours { get; init; }
}

/// <summary>Senior practitioner: more hours, and a current supervisor's reference.</summary>
[Level("S", "Senior practitioner", Rank = 2)]
public sealed partial record SeniorPractitioner
{
    /// <summary>Hours.</summary>
    [Requirement("hours", "Approved training")]
    [Source("40 hours of approved training within two years.")]
    [MinHours(40, Where = [CourseTag.Approved], WithinYears = 2)]
    public Requirement Hours { get; init; }

    /// <summary>References.</summary>
    [Requirement("references", "References")]
    [Source("One from a current supervisor, one from a colleague.")]
    [Ratings(2)]
    [RatingItem(1, Where = [ReferenceTag.Current, Referee.Supervisor])]
    [RatingItem(2, Where = [Referee.Colleague])]
    public Requirement References { get; init; }

    /// <summary>Breadth, checked by the catalog's own rule kind.</summary>
    [Requirement("courses", "Breadth of training")]
    [Source("Training in at least two different courses.")]
    [DifferentCourses(2)]
    public Requirement Courses { get; init; }
}
