using Imh.Dsl.Portfolios;
using Imh.Dsl.Planning;
using Imh.Dsl.Reports;
using Imh.Requirements;

namespace Imh.Benchmarks.Validators;

/// <summary>
/// The benchmarks' fairness check: on an input, every Level III variant reaches the same verdict
/// and the same unmet keys, and the hand-written report equals the generated one field by field.
/// Throws with every difference found.
/// </summary>
public static class Equivalence
{
    /// <summary>
    /// Asserts that all variants reach the same verdict and unmet keys on one portfolio (throws
    /// otherwise), and returns where the hand-written report's wording differs from the generated
    /// one: a warning that the hand-written baseline needs the product's new wording, not a failure.
    /// </summary>
    public static IReadOnlyList<string> AssertLevelIII(string name, Portfolio portfolio, DateOnly asOf)
    {
        var problems = new List<string>();
        var wording = new List<string>();
        var generatedReport = LevelIIIValidator.Validate(portfolio, asOf);
        var expected = Verdict.Of(generatedReport);

        void Expect(string variant, Verdict actual)
        {
            if (!actual.SameAs(expected)) problems.Add($"{variant}: {actual}; generated: {expected}");
        }

        Expect("generated IsEligible", new Verdict(LevelIIIValidator.IsEligible(portfolio, asOf), expected.Unmet));
        Expect("reflection (cached)", ReflectiveValidator.CheckCached(typeof(LevelIII), portfolio, asOf));
        Expect("reflection (per call)", ReflectiveValidator.CheckUncached(typeof(LevelIII), portfolio, asOf));
        Expect("FluentValidation", Verdict.Of(FluentLevelIIIValidator.Instance.Validate(new LevelIIIApplication(portfolio, asOf))));
        var handReport = HandWrittenLevelIII.Validate(portfolio, asOf);
        Expect("hand-written Validate", Verdict.Of(handReport));
        Expect("hand-written IsEligible", new Verdict(HandWrittenLevelIII.IsEligible(portfolio, asOf), expected.Unmet));
        CompareReports(generatedReport, handReport, problems, wording);

        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"Level III variants disagree on {name}:\n  " + string.Join("\n  ", problems));
        }

        return wording;
    }

    /// <summary>Asserts that the reflection interpreter agrees with the generated validator of every level and track of the catalog.</summary>
    public static void AssertCatalog(string name, Portfolio portfolio, DateOnly asOf)
    {
        var problems = new List<string>();
        foreach (var validator in MiAimhCatalog.Instance.Levels)
        {
            var expected = Verdict.Of(validator.Validate(portfolio, asOf));
            // LevelIVClinicalValidator validates the declaration LevelIVClinical.
            var validatorType = validator.GetType();
            var type = validatorType.Assembly.GetType(validatorType.FullName![..^"Validator".Length], throwOnError: true)!;
            var actual = ReflectiveValidator.CheckCached(type, portfolio, asOf);
            if (!actual.SameAs(expected)) problems.Add($"{validator.Definition.Id}: reflection {actual}; generated {expected}");
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"the reflection interpreter disagrees with the generated validators on {name}:\n  " + string.Join("\n  ", problems));
        }
    }

    // Advice as facts: each step's kind and the day it is done by, and the words of the entries it asks for.
    private static string Steps(Advice? advice) => advice is null ? "none"
        : string.Join(", ", advice.Steps.Select(s => $"{s.GetType().Name} by {s.Done}{(s is EntryStep e ? " as " + string.Join("+", e.Example.Items.ToArray().Select(w => $"{w.Set.Name}:{w.Bits}")) : "")}"));

    /// <summary>Facts (statuses, outcomes, alternatives) must be equal; texts that differ are listed in <paramref name="wording"/>.</summary>
    private static void CompareReports(LevelReport generated, HandWrittenReport hand, List<string> problems, List<string> wording)
    {
        void Fact<T>(string what, T a, T b)
        {
            if (!EqualityComparer<T>.Default.Equals(a, b)) problems.Add($"hand-written report: {what} is '{b}', generated '{a}'");
        }

        void Words(string what, string? a, string? b)
        {
            if (!string.Equals(a, b, StringComparison.Ordinal)) wording.Add($"{what}: hand-written '{b}', generated '{a}'");
        }

        Fact("LevelId", generated.LevelId, hand.LevelId);
        Fact("Applicant", generated.Applicant, hand.Applicant);
        Fact("AsOf", generated.AsOf, hand.AsOf);
        Fact("Outcome", generated.Outcome, hand.Outcome);
        Fact("NeedsReview", string.Join(",", generated.NeedsReview), string.Join(",", hand.NeedsReview));
        Fact("Ignored.Length", generated.Ignored.Length, hand.Ignored.Length);
        Words("LevelName", generated.LevelName, hand.LevelName);
        Words("Ignored", string.Join(" | ", generated.Ignored), string.Join(" | ", hand.Ignored));
        Fact("Requirements.Length", generated.Requirements.Length, hand.Requirements.Length);
        for (int i = 0; i < Math.Min(generated.Requirements.Length, hand.Requirements.Length); i++)
        {
            var (g, h) = (generated.Requirements[i], hand.Requirements[i]);
            Fact($"requirement {i}", (g.Key, g.Obligation, g.Status, g.Alternative, g.Findings.Length), (h.Key, h.Obligation, h.Status, h.Alternative, h.Findings.Length));
            Words($"{g.Key}.Title", g.Title, h.Title);
            Words($"{g.Key}.Detail", g.Detail, h.Detail);
            Words($"{g.Key}.Missing", g.Missing, h.Missing);
            Words($"{g.Key}.Source", g.Source, h.Source);
            Words($"{g.Key}.Review", g.Review, h.Review);
            for (int f = 0; f < Math.Min(g.Findings.Length, h.Findings.Length); f++)
            {
                var (gf, hf) = (g.Findings[f], h.Findings[f]);
                Fact($"{g.Key}.Findings[{f}]", (gf.Met, gf.Alternative), (hf.Met, hf.Alternative));
                if (!OutcomeFacts.Same(gf.Outcome, hf.Outcome))
                {
                    problems.Add($"hand-written report: {g.Key}.Findings[{f}].Outcome is {OutcomeFacts.Describe(hf.Outcome)}, generated {OutcomeFacts.Describe(gf.Outcome)}");
                }

                Words($"{g.Key}.Findings[{f}].Rule", gf.Rule, hf.Rule);
                Words($"{g.Key}.Findings[{f}].Detail", gf.Detail, hf.Detail);
                Words($"{g.Key}.Findings[{f}].Missing", gf.Missing, hf.Missing);
                Words($"{g.Key}.Findings[{f}].Advice", Steps(gf.Advice), Steps(hf.Advice));
            }
        }
    }
}
