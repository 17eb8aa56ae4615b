using System.Collections.Immutable;
using Imh.Dsl.Portfolios;

namespace Imh.Dsl.Planning;

/// <summary>
/// Entries a plan expects the applicant to add at their pace: one a month, dated <see cref="First"/>
/// and the same day of each later month up to <see cref="Last"/>, each of <see cref="HoursPerMonth"/>
/// clock hours (in several entries on that day when one entry may not hold so many).
/// </summary>
public sealed record Projection
{
    /// <summary>The kind of entry.</summary>
    public required Evidence Evidence { get; init; }

    /// <summary>The words the entries carry (those that count for the rule).</summary>
    public required EntryWords Words { get; init; }

    /// <summary>Clock hours a month.</summary>
    public required decimal HoursPerMonth { get; init; }

    /// <summary>The pace is the applicant's own average of the last 12 months (false: set by the user).</summary>
    public bool Observed { get; init; }

    /// <summary>The first entry's date.</summary>
    public required DateOnly First { get; init; }

    /// <summary>No entry is dated after this day.</summary>
    public required DateOnly Last { get; init; }

    /// <summary>The sessions' provider; null for the one the applicant has.</summary>
    public string? Provider { get; init; }

    /// <summary>Level ids the sessions' provider is endorsed at (when the rule asks).</summary>
    public ImmutableArray<string> ProviderEndorsedIn { get; init; } = [];

    /// <summary>The dates of the entries.</summary>
    public IEnumerable<DateOnly> Dates
    {
        get
        {
            for (int k = 0; First.AddMonths(k) <= Last; k++) yield return First.AddMonths(k);
        }
    }

    /// <summary>The same entries up to an earlier last day.</summary>
    public Projection Until(DateOnly last) => this with { Last = last < Last ? last : Last };

    /// <summary>The most clock hours one entry of a kind may hold (the portfolio format's limit).</summary>
    public static decimal MostPerEntry(Evidence evidence) => evidence == Evidence.Sessions ? 24m : 200m;

    /// <summary>The portfolio with the projected entries added.</summary>
    public static Portfolio Apply(Portfolio portfolio, IEnumerable<Projection> projections)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        ArgumentNullException.ThrowIfNull(projections);
        var training = portfolio.Training.ToList();
        var sessions = portfolio.Sessions.ToList();
        foreach (var p in projections)
        {
            foreach (var date in p.Dates)
            {
                for (decimal left = p.HoursPerMonth; left > 0; left -= MostPerEntry(p.Evidence))
                {
                    decimal hours = Math.Min(left, MostPerEntry(p.Evidence));
                    if (p.Evidence == Evidence.Sessions)
                    {
                        sessions.Add(new Session
                        {
                            Date = date, Hours = hours, Provider = p.Provider ?? "", Words = p.Words,
                            ProviderEndorsements = p.ProviderEndorsedIn.IsDefaultOrEmpty ? [] : [p.ProviderEndorsedIn[0]],
                        });
                    }
                    else training.Add(new TrainingEntry { Date = date, Hours = hours, Title = "", Words = p.Words });
                }
            }
        }
        return new Portfolio
        {
            SchemaVersion = portfolio.SchemaVersion, Applicant = portfolio.Applicant, Words = portfolio.Words, ApplicationDate = portfolio.ApplicationDate,
            Credentials = portfolio.Credentials, Training = training, Work = portfolio.Work, Sessions = sessions, References = portfolio.References,
            Memberships = portfolio.Memberships, Signatures = portfolio.Signatures, Assessments = portfolio.Assessments, Endorsements = portfolio.Endorsements,
        };
    }
}
