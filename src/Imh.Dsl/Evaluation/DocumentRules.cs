using Imh.Dsl.Reports;

namespace Imh.Dsl.Evaluation;

/// <summary>Documents signed on or before the as-of date. From <see cref="SignedAttribute"/>.</summary>
public sealed class SignedRule : Rule
{
    /// <summary>The documents to sign.</summary>
    public required Documents Documents { get; init; }

    /// <inheritdoc />
    public override string Describe() => $"{Words.AndList(Names())} signed";

    /// <inheritdoc />
    public override string Summarize() => "signed";

    /// <inheritdoc />
    public override Finding Evaluate(EvaluationContext context)
    {
        var p = context.Portfolio;
        bool askEthics = (Documents & Documents.CodeOfEthics) != 0, askAgreement = (Documents & Documents.EndorsementAgreement) != 0;
        bool ethics = askEthics && p.CodeOfEthicsSigned <= context.AsOf, agreement = askAgreement && p.EndorsementAgreementSigned <= context.AsOf;
        string? ethicsText = ethics ? $"code of ethics statement signed {Words.Date(p.CodeOfEthicsSigned!.Value)}" : null;
        string? agreementText = agreement ? $"endorsement agreement signed {Words.Date(p.EndorsementAgreementSigned!.Value)}" : null;
        var detail = ethicsText is null ? agreementText ?? "nothing signed" : agreementText is null ? ethicsText : $"{ethicsText}; {agreementText}";
        bool unsignedEthics = askEthics && !ethics, unsignedAgreement = askAgreement && !agreement;
        bool met = !unsignedEthics && !unsignedAgreement;
        string? missing = met ? null
            : unsignedEthics && unsignedAgreement ? "a signed code of ethics statement and endorsement agreement"
            : unsignedEthics ? "a signed code of ethics statement"
            : "a signed endorsement agreement";
        return Found(met, detail, missing);
    }

    /// <inheritdoc />
    public override bool IsMet(EvaluationContext context)
    {
        var p = context.Portfolio;
        return ((Documents & Documents.CodeOfEthics) == 0 || p.CodeOfEthicsSigned <= context.AsOf)
            && ((Documents & Documents.EndorsementAgreement) == 0 || p.EndorsementAgreementSigned <= context.AsOf);
    }

    private List<string> Names()
    {
        var names = new List<string>();
        if ((Documents & Documents.CodeOfEthics) != 0) names.Add("code of ethics statement");
        if ((Documents & Documents.EndorsementAgreement) != 0) names.Add("endorsement agreement");
        return names;
    }
}

/// <summary>The written examination passed. From <see cref="ExamPassedAttribute"/>.</summary>
public sealed class ExamRule : Rule
{
    /// <inheritdoc />
    public override string Describe() => "the written examination passed";

    /// <inheritdoc />
    public override string Summarize() => "passed";

    /// <inheritdoc />
    public override Finding Evaluate(EvaluationContext context)
    {
        var exam = context.Portfolio.Exam;
        if (exam is null) return Found(false, "no examination recorded", "a passed written examination");
        if (exam.Date > context.AsOf) return Found(false, $"examination dated {Words.Date(exam.Date.Value)}, after the as-of date", "a passed written examination");
        if (!exam.Passed) return Found(false, "examination not passed", "a passed written examination");
        return Found(true, exam.Date is { } d ? $"passed {Words.Date(d)}" : "passed", null);
    }

    /// <inheritdoc />
    public override bool IsMet(EvaluationContext context)
        => context.Portfolio.Exam is { Passed: true } exam && !(exam.Date > context.AsOf);
}

/// <summary>The two-level portfolio review passed. From <see cref="PortfolioReviewPassedAttribute"/>.</summary>
public sealed class PortfolioReviewRule : Rule
{
    /// <inheritdoc />
    public override string Describe() => "the two-level portfolio review passed";

    /// <inheritdoc />
    public override string Summarize() => "passed";

    /// <inheritdoc />
    public override Finding Evaluate(EvaluationContext context)
        => context.Portfolio.PortfolioReview is { Passed: true }
            ? Found(true, "both levels of the review passed", null)
            : Found(false, context.Portfolio.PortfolioReview is null ? "no portfolio review recorded" : "portfolio review not passed", "a passed two-level portfolio review");

    /// <inheritdoc />
    public override bool IsMet(EvaluationContext context) => context.Portfolio.PortfolioReview is { Passed: true };
}

/// <summary>An infant mental health association membership covering a day. From <see cref="MembershipAttribute"/>.</summary>
public sealed class MembershipRule : Rule
{
    /// <summary>The day to cover.</summary>
    public MembershipDate Covers { get; init; }

    /// <inheritdoc />
    public override string Describe() => Covers == MembershipDate.AsOf
        ? "a current membership of an infant mental health association"
        : "a membership of an infant mental health association covering 31 December of the renewal year";

    /// <inheritdoc />
    public override string Summarize() => Covers == MembershipDate.AsOf ? "current" : "covers 31 December";

    /// <inheritdoc />
    public override Finding Evaluate(EvaluationContext context)
    {
        var day = Day(context);
        var memberships = context.Portfolio.Memberships;
        for (int i = 0; i < memberships.Count; i++)
        {
            var m = memberships[i];
            if (m.ImhAssociation && m.From <= day && day <= m.To)
                return Found(true, $"{m.Organization} member {Words.Date(m.From)} to {Words.Date(m.To)}", null);
        }
        return Found(false, $"no infant mental health association membership covering {Words.Date(day)}", $"a membership of an infant mental health association covering {Words.Date(day)}");
    }

    /// <inheritdoc />
    public override bool IsMet(EvaluationContext context)
    {
        var day = Day(context);
        var memberships = context.Portfolio.Memberships;
        for (int i = 0; i < memberships.Count; i++)
        {
            var m = memberships[i];
            if (m.ImhAssociation && m.From <= day && day <= m.To) return true;
        }
        return false;
    }

    private DateOnly Day(EvaluationContext context)
        => Covers == MembershipDate.EndOfRenewalYear && context.RenewalYear is { } year ? new DateOnly(year, 12, 31) : context.AsOf;
}

/// <summary>A minimum number of RS/C sessions. From <see cref="MinSessionsAttribute"/>.</summary>
public sealed class SessionCountRule : Rule
{
    /// <summary>Minimum sessions.</summary>
    public required int Count { get; init; }
    /// <summary>Flags every counted session carries.</summary>
    public EvidenceFilter Where { get; init; }
    /// <summary>Only sessions in the renewal year count.</summary>
    public bool InRenewalYear { get; init; }

    /// <inheritdoc />
    public override string Describe()
        => $"at least {Count} reflective supervision/consultation {(Count == 1 ? "session" : "sessions")}{(InRenewalYear ? " dated in the renewal year" : "")}";

    /// <inheritdoc />
    public override string Summarize() => $"{Count} RS/C {(Count == 1 ? "session" : "sessions")}{(InRenewalYear ? " per year" : "")}";

    /// <inheritdoc />
    public override Finding Evaluate(EvaluationContext context)
    {
        int n = Counted(context);
        return Found(n >= Count, $"{n} RS/C {(n == 1 ? "session" : "sessions")}{(InRenewalYear ? $" in {context.RenewalYear}" : "")}", $"{Count - n} more RS/C {(Count - n == 1 ? "session" : "sessions")}{(InRenewalYear ? $" in {context.RenewalYear}" : "")}");
    }

    /// <inheritdoc />
    public override bool IsMet(EvaluationContext context) => Counted(context) >= Count;

    private int Counted(EvaluationContext context)
    {
        int n = 0;
        var sessions = context.Portfolio.ReflectiveSupervision;
        for (int i = 0; i < sessions.Count; i++)
        {
            var s = sessions[i];
            if (s.Date > context.AsOf) continue;
            if (InRenewalYear && s.Date.Year != context.RenewalYear) continue;
            if ((HoursRule.FlagsOf(s) & Where) != Where) continue;
            n++;
        }
        return n;
    }
}
