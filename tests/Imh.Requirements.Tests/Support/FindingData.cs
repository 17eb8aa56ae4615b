namespace Imh.Requirements.Tests.Support;

/// <summary>What a rating filled, as the tests compare it: the item (or condition), the rater and the role's JSON name.</summary>
public sealed record Filled(string Item, string Rater, string Role);

/// <summary>The quantities of a finding's outcome, read the way the tests compare them.</summary>
public static class FindingData
{
    extension(Finding finding)
    {
        /// <summary>Clock hours counted (hours and entries rules).</summary>
        public decimal? Hours => finding.Outcome switch
        {
            HoursOutcome h => h.Hours,
            EntriesOutcome e => e.Hours,
            _ => null,
        };

        /// <summary>First date of the best window.</summary>
        public DateOnly? WindowStart => (finding.Outcome as HoursOutcome)?.Window?.First;

        /// <summary>Last date of the best window.</summary>
        public DateOnly? WindowEnd => (finding.Outcome as HoursOutcome)?.Window?.Last;

        /// <summary>Credited days of experience.</summary>
        public decimal? CreditedDays => (finding.Outcome as ExperienceOutcome)?.CreditedDays;

        /// <summary>Which rating filled which numbered item.</summary>
        public IReadOnlyList<Filled> Ratings => finding.Outcome is RatingsOutcome r
            ? [.. r.ItemNumbers.Zip(r.Items).Where(p => p.Second is not null).Select(p => new Filled(p.First.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Second!.Rater, Role(p.Second!)))]
            : [];
    }

    private static string Role(ReferenceRating rating)
    {
        var role = Enum.GetValues<RaterRole>().First(r => rating.Words.Has(r));
        return char.ToLowerInvariant(role.ToString()[0]) + role.ToString()[1..];
    }
}
