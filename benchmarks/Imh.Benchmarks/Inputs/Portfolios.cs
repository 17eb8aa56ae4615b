using System.IO;
using Imh.Dsl.Portfolios;
using Imh.Requirements;

namespace Imh.Benchmarks.Inputs;

/// <summary>The three portfolios the validators are compared on.</summary>
public enum PortfolioCase
{
    /// <summary>A typical Level III applicant: <c>samples/portfolios/level-iii.json</c>, eligible.</summary>
    Typical,
    /// <summary>The typical applicant with several requirements unmet (training, RS/C window, references, exam).</summary>
    Failing,
    /// <summary>A heavy record: 5,000 RS/C sessions and 2,000 trainings (seeded, not in date order), eligible.</summary>
    Heavy,
}

/// <summary>Builds the benchmark portfolios; the same input every time.</summary>
public static class Portfolios
{
    /// <summary>The as-of date every validator is run at.</summary>
    public static readonly DateOnly AsOf = new(2026, 6, 1);

    /// <summary>The portfolio of a case.</summary>
    public static Portfolio For(PortfolioCase portfolioCase) => portfolioCase switch
    {
        PortfolioCase.Typical => Sample("level-iii.json"),
        PortfolioCase.Failing => Failing(),
        PortfolioCase.Heavy => Heavy(sessions: 5_000, trainings: 2_000),
        _ => throw new ArgumentOutOfRangeException(nameof(portfolioCase), portfolioCase, null),
    };

    /// <summary>Every sample under <c>samples/portfolios</c>, by file name (embedded at build time).</summary>
    public static IEnumerable<(string Name, Portfolio Portfolio)> AllSamples()
    {
        foreach (var name in SampleNames()) yield return (name, Sample(name));
    }

    /// <summary>The file names of the embedded samples, in ordinal order.</summary>
    public static IEnumerable<string> SampleNames()
        => typeof(Portfolios).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("samples/", StringComparison.Ordinal))
            .Select(n => n["samples/".Length..])
            .Order(StringComparer.Ordinal);

    /// <summary>The bytes of an embedded sample.</summary>
    public static byte[] SampleBytes(string fileName)
    {
        using var stream = typeof(Portfolios).Assembly.GetManifestResourceStream("samples/" + fileName)
            ?? throw new InvalidOperationException($"sample {fileName} is not embedded");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>Reads portfolio bytes with the product's reader; a rejected input is a broken benchmark.</summary>
    public static Portfolio Read(string name, byte[] json)
    {
        var read = PortfolioReader.Read(json, MiAimhVocabulary.Instance);
        return read.Portfolio ?? throw new InvalidOperationException(
            $"{name} was rejected: {string.Join("; ", read.Problems.Select(p => $"{p.Path}: {p.Message}"))}");
    }

    /// <summary>Reads an embedded sample.</summary>
    public static Portfolio Sample(string fileName) => Read(fileName, SampleBytes(fileName));

    /// <summary>
    /// The typical applicant, but: 28 hours of relationship-based training, RS/C only from March to
    /// December 2024 (22.5 hours, under a year), no rating from the RS/C provider, and no exam.
    /// </summary>
    private static Portfolio Failing()
    {
        var typical = Sample("level-iii.json");
        return Copy(typical,
            training: [.. typical.Training.Where(t => t.Hours != 6m || !t.Title.StartsWith("Working", StringComparison.Ordinal))],
            sessions: [.. typical.Sessions.Where(s => s.Date >= new DateOnly(2024, 3, 1))],
            references: [.. typical.References.Where(r => !r.Words.Has(ReferenceTag.ProvidesReflectiveSupervision))],
            assessments: [.. typical.Assessments.Where(a => !a.Assessment.Equals(Assessment.Exam))]);
    }

    /// <summary>
    /// The typical applicant's record grown to a long career: seeded random RS/C sessions and
    /// trainings over 2014-2026, individual sessions first then group sessions (each list in date
    /// order, the whole not), a tenth of them not with an approved provider, and more work entries.
    /// </summary>
    public static Portfolio Heavy(int sessions, int trainings)
    {
        var typical = Sample("level-iii.json");
        var random = new Random(20260601);
        var first = new DateOnly(2014, 6, 1).DayNumber;
        var last = new DateOnly(2026, 5, 31).DayNumber;

        var individual = new List<Session>();
        var group = new List<Session>();
        for (int i = 0; i < sessions; i++)
        {
            bool isGroup = random.Next(3) == 0;
            var words = EntryWords.Of(isGroup ? SessionFormat.Group : SessionFormat.Individual, SessionTag.RelationshipBased);
            if (random.Next(10) != 0) words = words.With(SessionTag.ProviderApproved);
            if (random.Next(20) != 0) words = words.With(SessionTag.WhileServing);
            var session = new Session
            {
                Date = DateOnly.FromDayNumber(random.Next(first, last + 1)),
                Hours = 0.25m * random.Next(2, 9),
                Provider = isGroup ? "Dr. Ruth Abernathy (group)" : "Dr. Ruth Abernathy",
                Words = words,
            };
            (isGroup ? group : individual).Add(session);
        }

        var training = new List<TrainingEntry>(trainings);
        for (int i = 0; i < trainings; i++)
        {
            var date = DateOnly.FromDayNumber(random.Next(first, last + 1));
            var hours = 0.5m * random.Next(1, 17);
            var words = EntryWords.None;
            if (random.Next(4) != 0) words = words.With(TrainingTag.RelationshipBased);
            if (random.Next(2) == 0) words = words.With(TrainingTag.InfantMentalHealth);
            if (random.Next(10) == 0) words = words.With(TrainingTag.AboutReflectiveSupervision);
            if (random.Next(5) != 0) words = words.With(TrainingTag.Approved);
            training.Add(new TrainingEntry { Date = date, Hours = hours, Title = $"Training {i}", Words = words });
        }

        WorkKind[] kinds = [WorkKind.EarlyChildhood, WorkKind.InfantFamily, WorkKind.ImhServices, WorkKind.ImhInternship];
        var work = new List<WorkEntry>(typical.Work);
        for (int i = 0; i < 20; i++)
        {
            var start = DateOnly.FromDayNumber(random.Next(first, last - 400));
            var kind = kinds[random.Next(kinds.Length)];
            var end = start.AddDays(random.Next(30, 400));
            var fte = 0.25m * random.Next(1, 5);
            var words = EntryWords.Of(kind, WorkTag.Paid);
            if (random.Next(2) == 0) words = words.With(WorkTag.Supervised);
            work.Add(new WorkEntry { Role = $"Consultation {i}", Start = start, End = end, Fte = fte, Words = words });
        }

        return Copy(typical,
            training: [.. training.OrderBy(t => t.Date)],
            sessions: [.. individual.OrderBy(s => s.Date), .. group.OrderBy(s => s.Date)],
            work: [.. work]);
    }

    private static Portfolio Copy(
        Portfolio p,
        IReadOnlyList<TrainingEntry>? training = null,
        IReadOnlyList<Session>? sessions = null,
        IReadOnlyList<ReferenceRating>? references = null,
        IReadOnlyList<AssessmentResult>? assessments = null,
        IReadOnlyList<WorkEntry>? work = null) => new()
    {
        SchemaVersion = p.SchemaVersion,
        Applicant = p.Applicant,
        Words = p.Words,
        ApplicationDate = p.ApplicationDate,
        Credentials = p.Credentials,
        Training = training ?? p.Training,
        Work = work ?? p.Work,
        Sessions = sessions ?? p.Sessions,
        References = references ?? p.References,
        Memberships = p.Memberships,
        Signatures = p.Signatures,
        Assessments = assessments ?? p.Assessments,
        Endorsements = p.Endorsements,
    };
}
