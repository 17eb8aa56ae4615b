using Imh.Dsl.Evaluation;
using Imh.Dsl.Planning;
using Imh.Dsl.Portfolios;

namespace Imh.Dsl;

/// <summary>Which day a membership must cover.</summary>
public enum MembershipDate
{
    /// <summary>The as-of date.</summary>
    AsOf,
    /// <summary>31 December of the renewal year.</summary>
    EndOfRenewalYear,
}

/// <summary>A membership (carrying the <c>Where</c> flags, e.g. of an infant mental health association) that covers a day.</summary>
[Imh.Dsl.Checks.Counts(Evidence.Memberships)]
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class MembershipAttribute : EntriesRuleAttribute<MembershipOutcome>
{
    /// <summary>The day to cover.</summary>
    public MembershipDate Covers { get; set; }

    /// <inheritdoc />
    protected override Evidence Counted => Evidence.Memberships;

    /// <inheritdoc />
    public override string Describe(Wording wording) => Covers == MembershipDate.AsOf
        ? $"a current {wording.Entries(FilterFor(wording))}"
        : $"{Prose.WithArticle(wording.Entries(FilterFor(wording)))} covering 31 December of the renewal year";

    /// <inheritdoc />
    public override string Summarize(Wording wording) => Covers == MembershipDate.AsOf ? "current" : "covers 31 December";

    /// <inheritdoc />
    protected override MembershipOutcome Assess(EvaluationContext context)
    {
        // Plain locals, no pattern variables, here and below: see PassedAttribute.Reason.
        int? year = context.RenewalYear;
        var day = Covers == MembershipDate.EndOfRenewalYear && year is not null ? new DateOnly(year.Value, 12, 31) : context.AsOf;
        var filter = FilterFor(context);
        var memberships = context.Portfolio.Memberships;
        for (int i = 0; i < memberships.Count; i++)
        {
            var m = memberships[i];
            if (m.From <= day && day <= m.To && filter.Accepts(m)) return new MembershipOutcome(true, m, day);
        }
        return new MembershipOutcome(false, null, day);
    }

    /// <inheritdoc />
    protected override Explanation Explain(MembershipOutcome outcome, Wording wording)
    {
        var memberships = wording.Entries(FilterFor(wording));
        var m = outcome.Membership;
        if (m is not null) return new($"{m.Organization} member {Prose.Date(m.From)} to {Prose.Date(m.To)}", null);
        return new($"no {memberships} covering {Prose.Date(outcome.Day)}", $"{Prose.WithArticle(memberships)} covering {Prose.Date(outcome.Day)}");
    }

    /// <inheritdoc />
    protected override Advice? Advise(MembershipOutcome outcome, EvaluationContext context)
    {
        var filter = FilterFor(context);
        var words = filter.Example();
        if (words is null) return null;
        var memberships = context.Level.Wording.Entries(filter);
        return new Advice($"{Prose.WithArticle(memberships)} covering {Prose.Date(outcome.Day)}",
            [new AddMembership { Evidence = Evidence.Memberships, Example = words.Value, Accepts = [filter], Covers = outcome.Day }]);
    }
}

/// <summary>What a <see cref="MembershipAttribute"/> found.</summary>
/// <param name="Met">A membership covers the day.</param>
/// <param name="Membership">The membership that covers it.</param>
/// <param name="Day">The day that had to be covered.</param>
public sealed record MembershipOutcome(bool Met, Membership? Membership, DateOnly Day) : RuleOutcome(Met);
