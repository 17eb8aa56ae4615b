using System.IO;
using Imh.Dsl.Portfolios;

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
        var assembly = typeof(Portfolios).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("samples/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            yield return (name["samples/".Length..], Sample(name["samples/".Length..]));
        }
    }

    /// <summary>Reads an embedded sample with the product's reader; a rejected sample is a broken benchmark.</summary>
    public static Portfolio Sample(string fileName)
    {
        using var stream = typeof(Portfolios).Assembly.GetManifestResourceStream("samples/" + fileName)
            ?? throw new InvalidOperationException($"sample {fileName} is not embedded");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var read = PortfolioReader.Read(buffer.ToArray());
        return read.Portfolio ?? throw new InvalidOperationException(
            $"sample {fileName} was rejected: {string.Join("; ", read.Problems.Select(p => $"{p.Path}: {p.Message}"))}");
    }

    /// <summary>
    /// The typical applicant, but: 28 hours of relationship-based training, RS/C only from March to
    /// December 2024 (22.5 hours, under a year), no rating from the RS/C provider, and no exam.
    /// </summary>
    private static Portfolio Failing()
    {
        var typical = Sample("level-iii.json");
        return Copy(typical,
            training: typical.Training.Where(t => t.Hours != 6m || !t.Title.StartsWith("Working", StringComparison.Ordinal)).ToArray(),
            sessions: typical.ReflectiveSupervision.Where(s => s.Date >= new DateOnly(2024, 3, 1)).ToArray(),
            references: typical.References.Where(r => !r.ProvidesReflectiveSupervision).ToArray(),
            exam: null);
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

        var individual = new List<ReflectiveSupervisionSession>();
        var group = new List<ReflectiveSupervisionSession>();
        for (int i = 0; i < sessions; i++)
        {
            bool isGroup = random.Next(3) == 0;
            var session = new ReflectiveSupervisionSession
            {
                Date = DateOnly.FromDayNumber(random.Next(first, last + 1)),
                Hours = 0.25m * random.Next(2, 9),
                Format = isGroup ? SessionFormat.Group : SessionFormat.Individual,
                Provider = isGroup ? "Dr. Ruth Abernathy (group)" : "Dr. Ruth Abernathy",
                ProviderApproved = random.Next(10) != 0,
                WhileServing = random.Next(20) != 0,
            };
            (isGroup ? group : individual).Add(session);
        }

        var training = new List<TrainingEntry>(trainings);
        for (int i = 0; i < trainings; i++)
        {
            training.Add(new TrainingEntry
            {
                Date = DateOnly.FromDayNumber(random.Next(first, last + 1)),
                Hours = 0.5m * random.Next(1, 17),
                Title = $"Training {i}",
                RelationshipBased = random.Next(4) != 0,
                InfantMentalHealth = random.Next(2) == 0,
                AboutReflectiveSupervision = random.Next(10) == 0,
                Approved = random.Next(5) != 0,
            });
        }

        var work = new List<WorkEntry>(typical.Work);
        for (int i = 0; i < 20; i++)
        {
            var start = DateOnly.FromDayNumber(random.Next(first, last - 400));
            work.Add(new WorkEntry
            {
                Role = $"Consultation {i}",
                Kind = (WorkKind)random.Next(0, 4),
                Start = start,
                End = start.AddDays(random.Next(30, 400)),
                Fte = 0.25m * random.Next(1, 5),
                Paid = true,
                Supervised = random.Next(2) == 0,
            });
        }

        return Copy(typical,
            training: [.. training.OrderBy(t => t.Date)],
            sessions: [.. individual.OrderBy(s => s.Date), .. group.OrderBy(s => s.Date)],
            work: [.. work],
            references: typical.References,
            exam: typical.Exam);
    }

    private static Portfolio Copy(
        Portfolio p,
        IReadOnlyList<TrainingEntry> training,
        IReadOnlyList<ReflectiveSupervisionSession> sessions,
        IReadOnlyList<ReferenceRating> references,
        Exam? exam,
        IReadOnlyList<WorkEntry>? work = null) => new()
    {
        SchemaVersion = p.SchemaVersion,
        Applicant = p.Applicant,
        SupervisesOthers = p.SupervisesOthers,
        ProvidesReflectiveSupervision = p.ProvidesReflectiveSupervision,
        Credentials = p.Credentials,
        Training = training,
        Work = work ?? p.Work,
        ReflectiveSupervision = sessions,
        References = references,
        CodeOfEthicsSigned = p.CodeOfEthicsSigned,
        EndorsementAgreementSigned = p.EndorsementAgreementSigned,
        Exam = exam,
        PortfolioReview = p.PortfolioReview,
        Memberships = p.Memberships,
        Endorsement = p.Endorsement,
    };
}
