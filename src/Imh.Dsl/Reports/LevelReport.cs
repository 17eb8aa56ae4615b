using System.Collections.Immutable;

namespace Imh.Dsl.Reports;

/// <summary>The evaluation of a portfolio against one level or track. Generated reports derive from it with one typed property per requirement.</summary>
public class LevelReport
{
    /// <summary>Creates a report; eligibility is derived from the requirements.</summary>
    public LevelReport(string levelId, string levelName, string applicant, DateOnly asOf, ImmutableArray<RequirementResult> requirements, ImmutableArray<string> ignored)
    {
        LevelId = levelId;
        LevelName = levelName;
        Applicant = applicant;
        AsOf = asOf;
        Requirements = requirements;
        Ignored = ignored;
        Eligible = EligibilityOf(requirements);
    }

    /// <summary>Level id, e.g. <c>IV-Clinical</c>.</summary>
    public string LevelId { get; }
    /// <summary>Level name.</summary>
    public string LevelName { get; }
    /// <summary>Applicant's name.</summary>
    public string Applicant { get; }
    /// <summary>The date the evidence was evaluated at.</summary>
    public DateOnly AsOf { get; }
    /// <summary>Every required requirement is met or not applicable.</summary>
    public bool Eligible { get; }
    /// <summary>Results in declaration order.</summary>
    public ImmutableArray<RequirementResult> Requirements { get; }
    /// <summary>Evidence left out, and why ("2 reflectiveSupervision entries dated after the as-of date").</summary>
    public ImmutableArray<string> Ignored { get; }

    /// <summary>Keys of the required requirements that are not met.</summary>
    public IEnumerable<string> UnmetKeys => LevelReport.UnmetKeysOf(Requirements);

    internal static IEnumerable<string> UnmetKeysOf(ImmutableArray<RequirementResult> requirements)
    {
        foreach (var r in requirements)
        {
            if (r.Required && r.Status == RequirementStatus.NotMet) yield return r.Key;
        }
    }

    internal static bool EligibilityOf(ImmutableArray<RequirementResult> requirements)
    {
        foreach (var r in requirements)
        {
            if (r.Required && r.Status == RequirementStatus.NotMet) return false;
        }
        return true;
    }
}

/// <summary>The continuing-endorsement check of a portfolio for one calendar year.</summary>
public class RenewalReport
{
    /// <summary>Creates a report; eligibility is derived from the requirements.</summary>
    public RenewalReport(string levelId, string levelName, string applicant, int year, ImmutableArray<RequirementResult> requirements, ImmutableArray<string> ignored)
    {
        LevelId = levelId;
        LevelName = levelName;
        Applicant = applicant;
        Year = year;
        Requirements = requirements;
        Ignored = ignored;
        Eligible = LevelReport.EligibilityOf(requirements);
    }

    /// <summary>Level id of the endorsement being renewed.</summary>
    public string LevelId { get; }
    /// <summary>Level name.</summary>
    public string LevelName { get; }
    /// <summary>Applicant's name.</summary>
    public string Applicant { get; }
    /// <summary>The calendar year checked.</summary>
    public int Year { get; }
    /// <summary>Every required rule is met or not applicable.</summary>
    public bool Eligible { get; }
    /// <summary>Results in declaration order.</summary>
    public ImmutableArray<RequirementResult> Requirements { get; }
    /// <summary>Evidence left out, and why.</summary>
    public ImmutableArray<string> Ignored { get; }

    /// <summary>Keys of the required rules that are not met.</summary>
    public IEnumerable<string> UnmetKeys => LevelReport.UnmetKeysOf(Requirements);
}
