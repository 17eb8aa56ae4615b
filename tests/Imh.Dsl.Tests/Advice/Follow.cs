using System.Collections.Immutable;
using Imh.Dsl.Planning;
using Imh.Dsl.Portfolios;

namespace Imh.Dsl.Tests.Advice;

/// <summary>
/// Follows advice to the letter, as an applicant would: adds exactly the evidence each step names,
/// with the words it gives, dated anywhere the step allows (chosen by a seeded random source, so
/// every run tries other dates and splits) or, with <paramref name="earliest"/>, on the first day
/// each step allows; and says on which day to check the portfolio again. Written from the steps'
/// documented meaning, not from the code that makes them.
/// </summary>
internal sealed class Follow(Random random, bool earliest = false)
{
    private int _raters;

    /// <summary>The portfolio with the steps' evidence added, and the first day all of it is dated by.</summary>
    public (Portfolio Portfolio, DateOnly CheckOn) Apply(Portfolio portfolio, IEnumerable<Step> steps, DateOnly asOf)
    {
        var training = portfolio.Training.ToList();
        var sessions = portfolio.Sessions.ToList();
        var work = portfolio.Work.ToList();
        var references = portfolio.References.ToList();
        var credentials = portfolio.Credentials.ToList();
        var memberships = portfolio.Memberships.ToList();
        var signatures = portfolio.Signatures.ToList();
        var assessments = portfolio.Assessments.ToList();
        var checkOn = asOf;
        void Dated(DateOnly day)
        {
            if (day > checkOn) checkOn = day;
        }

        foreach (var step in steps)
        {
            switch (step)
            {
                case AddHours h:
                    foreach (var (date, hours) in Pieces(h))
                    {
                        Add(h.Evidence, date, hours, h.Example, h.Provider, h.ProviderEndorsedIn, training, sessions);
                        Dated(date);
                    }
                    break;
                case AddEntries e:
                    for (int i = 0; i < e.Count; i++)
                    {
                        var date = Between(e.From, e.By ?? e.From.AddDays(300));
                        Add(e.Evidence, date, 0.25m * random.Next(1, 9), e.Example, e.Provider, e.ProviderEndorsedIn, training, sessions);
                        Dated(date);
                    }
                    break;
                case ContinueWork c:
                    Dated(c.Until);
                    break;
                case AddWork w:
                    work.Add(new WorkEntry
                    {
                        Role = "New work", Start = w.From, End = w.Until, Fte = w.Fte, Words = w.Example,
                        Numbers = w.Reports is { } n ? [n] : [],
                    });
                    Dated(w.Until);
                    break;
                case AddRating r:
                    references.Add(new ReferenceRating
                    {
                        Rater = $"New rater {++_raters}", Words = r.Example,
                        RaterEndorsements = r.RaterEndorsedIn.IsEmpty ? [] : [r.RaterEndorsedIn[random.Next(r.RaterEndorsedIn.Length)]],
                    });
                    break;
                case AddCredential c:
                    credentials.Add(new Credential { Title = "New credential", Awarded = c.By, Words = c.Example });
                    Dated(c.By);
                    break;
                case AddMembership m:
                    memberships.Add(new Membership { Organization = "New association", From = m.Covers.AddDays(-random.Next(0, 30)), To = m.Covers.AddDays(earliest ? 0 : random.Next(0, 30)), Words = m.Example });
                    Dated(m.Covers);
                    break;
                case Sign s:
                    foreach (var document in s.Documents) signatures.Add(new Signature(document, Between(s.From ?? s.By.AddDays(-30), s.By)));
                    Dated(s.By);
                    break;
                case Pass p:
                    assessments.Add(new AssessmentResult { Assessment = p.Assessment, Passed = true, Date = p.By, Words = p.Example, Level = p.Level });
                    Dated(p.By);
                    break;
                default:
                    throw new InvalidOperationException($"A step the tests do not know: {step}");
            }
        }
        var followed = new Portfolio
        {
            SchemaVersion = portfolio.SchemaVersion, Applicant = portfolio.Applicant, Words = portfolio.Words, ApplicationDate = portfolio.ApplicationDate,
            Credentials = credentials, Training = training, Work = work, Sessions = sessions, References = references,
            Memberships = memberships, Signatures = signatures, Assessments = assessments, Endorsements = portfolio.Endorsements,
        };
        return (followed, checkOn);
    }

    private static void Add(Evidence evidence, DateOnly date, decimal hours, EntryWords words, string? provider, ImmutableArray<string> endorsedIn,
        List<TrainingEntry> training, List<Session> sessions)
    {
        if (evidence == Evidence.Sessions)
        {
            sessions.Add(new Session
            {
                Date = date, Hours = hours, Provider = provider ?? "New provider", Words = words,
                ProviderEndorsements = endorsedIn.IsDefaultOrEmpty ? [] : [endorsedIn[0]],
            });
        }
        else training.Add(new TrainingEntry { Date = date, Hours = hours, Title = "New training", Words = words });
    }

    // The hours in pieces of whole cents, each within an entry's limit: one on From when the step
    // opens a window, one on or after Reach when it asks, the rest anywhere in the step's dates.
    private List<(DateOnly Date, decimal Hours)> Pieces(AddHours h)
    {
        decimal cents = h.Hours * 100;
        (cents % 1).ShouldBe(0m, $"advice asks for {h.Hours} hours, not whole cents");
        int limit = h.Evidence == Evidence.Sessions ? 2400 : 20000;
        var last = h.By ?? h.From.AddDays(400);
        var dates = new List<DateOnly>();
        if (h.StartsWindow) dates.Add(h.From);
        if (h.Reach is { } reach) dates.Add(Between(reach, last));
        int count = Math.Max(Math.Max(dates.Count, 1), (int)Math.Ceiling(cents / limit)) + random.Next(0, 3);
        count = (int)Math.Min(count, cents);
        var sizes = Split((int)cents, count, limit);
        while (dates.Count < sizes.Count) dates.Add(Between(h.From, last));
        return [.. sizes.Select((size, i) => (dates[i], size / 100m))];
    }

    // Positive parts of a total, each at most the limit.
    private List<int> Split(int total, int count, int limit)
    {
        var sizes = Enumerable.Repeat(1, count).ToList();
        int left = total - count;
        while (left > 0)
        {
            int i = random.Next(count);
            int add = Math.Min(left, Math.Min(limit - sizes[i], random.Next(1, Math.Max(2, left / count + 2))));
            if (add <= 0)
            {
                // This part is full: grow the first one that is not.
                i = sizes.FindIndex(s => s < limit);
                add = Math.Min(left, limit - sizes[i]);
            }
            sizes[i] += add;
            left -= add;
        }
        return sizes;
    }

    private DateOnly Between(DateOnly first, DateOnly last)
        => last <= first || earliest ? first : first.AddDays(random.Next(0, last.DayNumber - first.DayNumber + 1));
}
