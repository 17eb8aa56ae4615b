using System.Collections.Immutable;
using Imh.Dsl.Evaluation;
using Imh.Dsl.Portfolios;

namespace Imh.Dsl.Planning;

/// <summary>
/// One thing to add to a portfolio so that a rule is met: what it is, how much, and in which
/// dates. Steps are data: a person reads the advice's sentence, a program reads the steps. Entries
/// a step adds carry <see cref="EntryStep.Example"/> (words that count) and may carry any words
/// <see cref="EntryStep.Accepts"/> all accept.
/// </summary>
public abstract record Step
{
    /// <summary>The latest date the step's evidence needs (the day to check the portfolio again on); null when it is undated.</summary>
    public abstract DateOnly? Done { get; }
}

/// <summary>A step that adds entries of one list, carrying words a filter accepts.</summary>
public abstract record EntryStep : Step
{
    /// <summary>The kind of entry added.</summary>
    public required Evidence Evidence { get; init; }

    /// <summary>Words an added entry may carry: the fewest that count (every flag asked, the first value of each choice).</summary>
    public required EntryWords Example { get; init; }

    /// <summary>The filters an added entry must pass, all of them (its accepted roles, kinds and flags).</summary>
    public required ImmutableArray<EntryFilter> Accepts { get; init; }
}

/// <summary>
/// Clock hours of training or sessions dated from <see cref="From"/> to <see cref="By"/> (any
/// number of entries). With <see cref="Reach"/> at least one of them is dated on or after it; with
/// <see cref="StartsWindow"/> one is dated on <see cref="From"/> (it opens a new window).
/// </summary>
public sealed record AddHours : EntryStep
{
    /// <summary>The clock hours to add.</summary>
    public required decimal Hours { get; init; }

    /// <summary>The first day they may be dated.</summary>
    public required DateOnly From { get; init; }

    /// <summary>The last day they may be dated; null for no deadline.</summary>
    public DateOnly? By { get; init; }

    /// <summary>At least one of the entries is dated on or after this day (a window's minimum span); null when any date will do.</summary>
    public DateOnly? Reach { get; init; }

    /// <summary>One entry is dated on <see cref="From"/>: the entries open a window of their own.</summary>
    public bool StartsWindow { get; init; }

    /// <summary>The provider the sessions come from (the one whose hours they join); null for any provider.</summary>
    public string? Provider { get; init; }

    /// <summary>The provider holds an endorsement that counts as one of these level ids; empty when it does not matter.</summary>
    public ImmutableArray<string> ProviderEndorsedIn { get; init; } = [];

    /// <inheritdoc />
    public override DateOnly? Done => Reach ?? From;
}

/// <summary>Entries of training or sessions, whatever their hours, dated from <see cref="From"/> to <see cref="By"/>.</summary>
public sealed record AddEntries : EntryStep
{
    /// <summary>How many entries.</summary>
    public required int Count { get; init; }

    /// <summary>The first day they may be dated.</summary>
    public required DateOnly From { get; init; }

    /// <summary>The last day they may be dated; null for no deadline.</summary>
    public DateOnly? By { get; init; }

    /// <summary>The provider the sessions come from; null for any provider.</summary>
    public string? Provider { get; init; }

    /// <summary>The provider holds an endorsement that counts as one of these level ids; empty when it does not matter.</summary>
    public ImmutableArray<string> ProviderEndorsedIn { get; init; } = [];

    /// <inheritdoc />
    public override DateOnly? Done => From;
}

/// <summary>Nothing to add: the counted work that goes on past the as-of date reaches the minimum on <see cref="Until"/>.</summary>
/// <param name="Until">The first day the minimum is reached, if that work goes on.</param>
/// <param name="Days">The credited days still missing on the as-of date.</param>
public sealed record ContinueWork(DateOnly Until, decimal Days) : Step
{
    /// <inheritdoc />
    public override DateOnly? Done => Until;
}

/// <summary>
/// A new work entry from <see cref="From"/> to <see cref="Until"/> at <see cref="Fte"/>, crediting
/// <see cref="Days"/> days (days times FTE); it may report a number (families served) as well.
/// </summary>
public sealed record AddWork : EntryStep
{
    /// <summary>The first day of the work.</summary>
    public required DateOnly From { get; init; }

    /// <summary>The last day of the work.</summary>
    public required DateOnly Until { get; init; }

    /// <summary>The full-time equivalent.</summary>
    public required decimal Fte { get; init; }

    /// <summary>Calendar days of the work (From to Until, both included).</summary>
    public int Days => Until.DayNumber - From.DayNumber + 1;

    /// <summary>A number the entry reports, when the rule sums one; null otherwise.</summary>
    public EntryNumber? Reports { get; init; }

    /// <inheritdoc />
    public override DateOnly? Done => Until;
}

/// <summary>A reference rating from a rater not yet in the portfolio (for a numbered item, when <see cref="Item"/> is set).</summary>
public sealed record AddRating : EntryStep
{
    /// <summary>The numbered item the rating fills; null for a rating counted without items.</summary>
    public int? Item { get; init; }

    /// <summary>The ways of filling the item, of which the rating passes one (besides <see cref="EntryStep.Accepts"/>); empty when there are none.</summary>
    public ImmutableArray<EntryFilter> Options { get; init; } = [];

    /// <summary>The rater holds an endorsement that counts as one of these level ids; empty when it does not matter.</summary>
    public ImmutableArray<string> RaterEndorsedIn { get; init; } = [];

    /// <inheritdoc />
    public override DateOnly? Done => null;
}

/// <summary>A credential awarded on or before <see cref="By"/>.</summary>
public sealed record AddCredential : EntryStep
{
    /// <summary>The latest award date that counts.</summary>
    public required DateOnly By { get; init; }

    /// <inheritdoc />
    public override DateOnly? Done => By;
}

/// <summary>A membership covering <see cref="Covers"/>.</summary>
public sealed record AddMembership : EntryStep
{
    /// <summary>The day it must cover.</summary>
    public required DateOnly Covers { get; init; }

    /// <inheritdoc />
    public override DateOnly? Done => Covers;
}

/// <summary>Documents signed from <paramref name="From"/> to <paramref name="By"/>.</summary>
/// <param name="Documents">The documents (values of the catalog's documents enum).</param>
/// <param name="From">The first day a signature counts (1 January of a renewal year), or null.</param>
/// <param name="By">The last day a signature counts.</param>
public sealed record Sign(ImmutableArray<Enum> Documents, DateOnly? From, DateOnly By) : Step
{
    /// <inheritdoc />
    public override DateOnly? Done => By;
}

/// <summary>An examination or review passed on or before <paramref name="By"/>.</summary>
/// <param name="Assessment">The assessment (a value of the catalog's assessments enum).</param>
/// <param name="By">The last day a result counts.</param>
/// <param name="Accepts">What the result must carry (its version), when the rule asks.</param>
/// <param name="Example">Words of a result that counts.</param>
/// <param name="Level">The level or track the result must name, when it names one; null when any.</param>
public sealed record Pass(Enum Assessment, DateOnly By, EntryFilter Accepts, EntryWords Example, string? Level) : Step
{
    /// <inheritdoc />
    public override DateOnly? Done => By;
}
