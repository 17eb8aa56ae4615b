using BenchmarkDotNet.Attributes;
using Imh.Benchmarks.Inputs;
using Imh.Dsl;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;
using Imh.Requirements;
using Imh.Requirements.Iecmh2024;

namespace Imh.Benchmarks;

/// <summary>
/// Every rule kind on 10,000 and 100,000 entries of the evidence it reads (references, RS/C sessions,
/// training, work, credentials, memberships), then every level and renewal of both catalogs as a whole
/// (issue 11: Levels I and II were once quadratic in the references). Each rule is a catalog's own
/// declaration, evaluated on <see cref="LargePortfolio"/>: the MI-AIMH rules on format version 1, and the
/// IECMH 2024 shapes the first catalog does not use (hour parts, RS/C from at most a few providers, work
/// matched per age band with families served summed) on format version 2. A near-linear rule takes at
/// most about 12 times longer on ten times the entries (flat ns/entry); a quadratic one 100 times.
/// </summary>
/// <remarks>
/// Both sizes walk the same entries: ten different portfolios of 10,000 entries taken in turn, or one of
/// 100,000. One portfolio of 10,000 evaluated again and again would stay in the core's cache and let the
/// branch predictor learn its outcomes, which one of 100,000 cannot; the ratio would then measure the
/// processor, not the algorithm. The floors read one field of every entry of a list: the least any rule
/// reading that list costs, and what "near-linear" is measured against on this machine.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(RuleScalingConfig))]
public class RuleScalingBenchmarks
{
    /// <summary>Entries per list walked by every size: ten portfolios of 10,000, or one of 100,000.</summary>
    private const int WorkingSet = 100_000;

    private static readonly Catalog MiAimh = MiAimhCatalog.Instance;
    private static readonly Catalog Iecmh = Iecmh2024Catalog.Instance;

    private static readonly Scoped<RatingsAttribute> RatingsCount = Find<RatingsAttribute>(MiAimh, "I", continuing: false, (_, _) => true);
    private static readonly Scoped<RatingsAttribute> RatingItems = Find<RatingsAttribute>(MiAimh, "III", continuing: false, (r, _) => r.Parts.OfType<RatingItemAttribute>().Any());
    private static readonly Scoped<MinHoursAttribute> Training = Find<MinHoursAttribute>(MiAimh, "I", continuing: false, (_, m) => m.Evidence == Evidence.Training);
    private static readonly Scoped<MinHoursAttribute> Window = Find<MinHoursAttribute>(MiAimh, "III", continuing: false, (_, m) => m.Evidence == Evidence.Sessions && m.WithinYears > 0);
    private static readonly Scoped<MinHoursAttribute> RenewalTraining = Find<MinHoursAttribute>(MiAimh, "III", continuing: true, (_, m) => m.Evidence == Evidence.Training);
    private static readonly Scoped<MinEntriesAttribute> RenewalSessions = Find<MinEntriesAttribute>(MiAimh, "III", continuing: true, (_, m) => m.Evidence == Evidence.Sessions);
    private static readonly Scoped<MinEntriesAttribute> Coursework = Find<MinEntriesAttribute>(MiAimh, "III", continuing: false, (_, m) => m.Evidence == Evidence.Training);
    private static readonly Scoped<ExperienceAttribute> Experience = Find<ExperienceAttribute>(MiAimh, "III", continuing: false, (_, _) => true);
    private static readonly Scoped<CredentialAttribute> Credential = Find<CredentialAttribute>(MiAimh, "II", continuing: false, (_, _) => true);
    private static readonly Scoped<MembershipAttribute> Membership = Find<MembershipAttribute>(MiAimh, "I", continuing: false, (_, _) => true);
    private static readonly Scoped<MinHoursAttribute> HourParts = Find<MinHoursAttribute>(Iecmh, null, continuing: false, (r, _) => r.Parts.OfType<HoursPartAttribute>().Any());
    private static readonly Scoped<MinHoursAttribute> FewProviders = Find<MinHoursAttribute>(Iecmh, null, continuing: false, (_, m) => m.MaxProviders > 0 && m.WithinYears > 0);
    private static readonly Scoped<ExperienceAttribute> FamiliesPerBand = Find<ExperienceAttribute>(Iecmh, null, continuing: false, (_, e) => e.Sum is not null && e.Matching is { Length: > 0 });

    private Portfolio[] version1 = [];
    private Portfolio[] version2 = [];
    private int turn;

    /// <summary>Entries in every list of the portfolio.</summary>
    [Params(10_000, 100_000)]
    public int N { get; set; }

    /// <summary>Builds the portfolios and checks that the rules have all their work to do.</summary>
    [GlobalSetup]
    public void Setup()
    {
        // Each its own data: ten copies of one would let the branch predictor learn 10,000 entries' outcomes.
        version1 = [.. Enumerable.Range(0, WorkingSet / N).Select(k => LargePortfolio.Build(MiAimh, N, seed: k))];
        version2 = [.. Enumerable.Range(0, WorkingSet / N).Select(k => LargePortfolio.Build(Iecmh, N, seed: k))];
        foreach (Portfolio portfolio in version1)
        {
            if (Credential.Evaluate(portfolio).Met || Membership.Evaluate(portfolio).Met || Coursework.Evaluate(portfolio).Met)
            {
                throw new InvalidOperationException("a credential, membership or coursework entry ends a scan early");
            }
        }
    }

    /// <summary>Levels I and II: ratings from different raters, with "at least one" conditions and an endorsed rater.</summary>
    [Benchmark]
    public bool RatingsFromDifferentRaters() => RatingsCount.Evaluate(V1()).Met;

    /// <summary>Levels III and IV: numbered rating items filled by different raters (a matching).</summary>
    [Benchmark]
    public bool RatingItemsMatched() => RatingItems.Evaluate(V1()).Met;

    /// <summary>Clock hours of training, no window.</summary>
    [Benchmark]
    public bool TrainingHours() => Training.Evaluate(V1()).Met;

    /// <summary>RS/C hours within a window of 1 to 2 years (the window search).</summary>
    [Benchmark]
    public bool SessionHoursInAWindow() => Window.Evaluate(V1()).Met;

    /// <summary>Training hours in the renewal year.</summary>
    [Benchmark]
    public bool RenewalTrainingHours() => RenewalTraining.Renew(V1()).Met;

    /// <summary>A number of RS/C sessions in the renewal year.</summary>
    [Benchmark]
    public bool RenewalSessionCount() => RenewalSessions.Renew(V1()).Met;

    /// <summary>An in-service coursework entry among the training, none of which is one.</summary>
    [Benchmark]
    public bool CourseworkEntry() => Coursework.Evaluate(V1()).Met;

    /// <summary>Years of work (credited days over overlapping entries), after a credential.</summary>
    [Benchmark]
    public bool WorkExperience() => Experience.Evaluate(V1()).Met;

    /// <summary>A credential of given types with a transcript, none of which is there.</summary>
    [Benchmark]
    public bool CredentialHeld() => Credential.Evaluate(V1()).Met;

    /// <summary>A membership covering the as-of date, none of which does.</summary>
    [Benchmark]
    public bool MembershipCovering() => Membership.Evaluate(V1()).Met;

    /// <summary>IECMH 2024: training hours in parts (a flow over the entries that count for several parts).</summary>
    [Benchmark]
    public bool TrainingHourParts() => HourParts.Evaluate(V2()).Met;

    /// <summary>IECMH 2024: RS/C hours in a window, from at most a few providers, most from one.</summary>
    [Benchmark]
    public bool SessionHoursFromFewProviders() => FewProviders.Evaluate(V2()).Met;

    /// <summary>IECMH 2024: work matched per age band, with the families served summed.</summary>
    [Benchmark]
    public bool WorkPerAgeBandWithFamilies() => FamiliesPerBand.Evaluate(V2()).Met;

    /// <summary>Every MI-AIMH level and track, as <c>imh check --level all</c> evaluates them.</summary>
    [Benchmark]
    public int EveryMiAimhLevel() => Every(MiAimh, V1());

    /// <summary>Every MI-AIMH renewal, as <c>imh renew</c> evaluates one.</summary>
    [Benchmark]
    public int EveryMiAimhRenewal() => MiAimh.Renewals.Count(renewal => renewal.Validate(V1(), 2025).Eligible);

    /// <summary>Every IECMH 2024 category, as <c>imh check --catalog iecmh-2024</c> evaluates them.</summary>
    [Benchmark]
    public int EveryIecmhLevel() => Every(Iecmh, V2());

    // The floors: one field of every entry of a list, nothing else.

    /// <summary>Reads every reference once.</summary>
    [Benchmark]
    public int FloorReferences() => Floor(V1().References, static r => r.Rater.Length);

    /// <summary>Reads every RS/C session once.</summary>
    [Benchmark]
    public int FloorSessions() => Floor(V1().Sessions, static s => s.Date.DayNumber & 1);

    /// <summary>Reads every work entry once.</summary>
    [Benchmark]
    public int FloorWork() => Floor(V1().Work, static w => w.Start.DayNumber & 1);

    private Portfolio V1() => version1[turn = (turn + 1) % version1.Length];

    private Portfolio V2() => version2[turn = (turn + 1) % version2.Length];

    private static int Every(Catalog catalog, Portfolio portfolio) => catalog.Levels.Count(level => level.Validate(portfolio, LargePortfolio.AsOf).Eligible);

    /// <summary>Indexed, as the rules read their lists.</summary>
    private static int Floor<T>(IReadOnlyList<T> entries, Func<T, int> field)
    {
        int sum = 0;
        for (int i = 0; i < entries.Count; i++)
        {
            sum += field(entries[i]);
        }

        return sum;
    }

    /// <summary>The first rule of a kind a level (or, with a null id, any level) of the catalog declares.</summary>
    private static Scoped<T> Find<T>(Catalog catalog, string? levelId, bool continuing, Func<RequirementDefinition, T, bool> which)
        where T : RuleAttribute
        => catalog.Levels.Select(l => l.Definition)
            .Where(l => levelId is null || l.Id == levelId)
            .SelectMany(l => (continuing ? l.Continuing : l.Requirements).SelectMany(r => r.Rules.OfType<T>().Where(rule => which(r, rule)).Select(rule => new Scoped<T>(l, rule))))
            .First();

    /// <summary>A rule with the level it is declared on, which its evaluation context needs.</summary>
    private sealed record Scoped<T>(LevelDefinition Level, T Rule)
        where T : RuleAttribute
    {
        public RuleOutcome Evaluate(Portfolio portfolio) => Rule.Evaluate(new EvaluationContext(portfolio, Level, LargePortfolio.AsOf));

        public RuleOutcome Renew(Portfolio portfolio) => Rule.Evaluate(new EvaluationContext(portfolio, Level, new DateOnly(2025, 12, 31), 2025));
    }

    private sealed class RuleScalingConfig : BenchmarkDotNet.Configs.ManualConfig
    {
        public RuleScalingConfig() => AddColumn(PerUnitColumn.PerEntry);
    }
}
