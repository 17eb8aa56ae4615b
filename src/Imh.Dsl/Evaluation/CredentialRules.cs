using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;

namespace Imh.Dsl.Evaluation;

/// <summary>A credential of given types, optionally with an official transcript or in a related field. From <see cref="CredentialAttribute"/>.</summary>
public sealed class CredentialRule : Rule
{
    /// <summary>Accepted types.</summary>
    public required CredentialTypes Types { get; init; }
    /// <summary>An official transcript is needed.</summary>
    public bool OfficialTranscript { get; init; }
    /// <summary>A related field is needed.</summary>
    public bool RelatedField { get; init; }

    /// <inheritdoc />
    public override string Describe()
    {
        var text = Words.WithArticle(Words.Credentials(Types));
        if (RelatedField) text += " in a related area";
        if (OfficialTranscript) text += " with an official transcript";
        return text;
    }

    /// <inheritdoc />
    public override string Summarize() => Words.Credentials(Types) + (RelatedField ? " (related)" : "") + (OfficialTranscript ? " + transcript" : "");

    /// <inheritdoc />
    public override Finding Evaluate(EvaluationContext context)
    {
        Credential? nearMiss = null;
        var credentials = context.Portfolio.Credentials;
        for (int i = 0; i < credentials.Count; i++)
        {
            var c = credentials[i];
            if (c.Awarded > context.AsOf) continue;
            if ((Types & TypeFlag(c.Type)) == 0) continue;
            bool transcriptOk = !OfficialTranscript || c.OfficialTranscript;
            bool fieldOk = !RelatedField || c.RelatedField;
            if (transcriptOk && fieldOk) return Found(true, $"{Name(c)}{(OfficialTranscript ? " with official transcript" : "")}", null);
            nearMiss ??= c;
        }
        if (nearMiss is { } miss)
        {
            var lacking = new List<string>();
            if (OfficialTranscript && !miss.OfficialTranscript) lacking.Add("an official transcript");
            if (RelatedField && !miss.RelatedField) lacking.Add("a related area of study");
            return Found(false, $"{Name(miss)} lacks {Words.AndList(lacking)}", $"{Words.AndList(lacking)} for {Words.WithArticle(Words.Credentials(Types))}");
        }
        return Found(false, $"no {Words.Credentials(Types)}", Describe());
    }

    /// <inheritdoc />
    public override bool IsMet(EvaluationContext context)
    {
        var credentials = context.Portfolio.Credentials;
        for (int i = 0; i < credentials.Count; i++)
        {
            var c = credentials[i];
            if (c.Awarded > context.AsOf) continue;
            if ((Types & TypeFlag(c.Type)) != 0 && (!OfficialTranscript || c.OfficialTranscript) && (!RelatedField || c.RelatedField)) return true;
        }
        return false;
    }

    internal static CredentialTypes TypeFlag(CredentialType type) => (CredentialTypes)(1 << (int)type);

    internal static string Name(Credential c)
    {
        var type = (uint)c.Type < (uint)TypeNames.Length ? TypeNames[(int)c.Type] : Words.Camel(c.Type.ToString());
        return $"{(string.IsNullOrEmpty(c.Title) ? type : c.Title)} ({type}, {Words.Date(c.Awarded)})";
    }

    /// <summary>The camelCase names of the credential types, as in the portfolio format.</summary>
    private static readonly string[] TypeNames = Enum.GetNames<CredentialType>().Select(Words.Camel).ToArray();
}

/// <summary>Evidence of infant mental health coursework. From <see cref="ImhCourseworkAttribute"/>.</summary>
public sealed class CourseworkRule : Rule
{
    /// <summary>A certificate credential counts.</summary>
    public bool AcceptCertificate { get; init; }
    /// <summary>In-service training counts.</summary>
    public bool AcceptInServiceTraining { get; init; }

    /// <inheritdoc />
    public override string Describe()
    {
        var ways = new List<string> { "a credential that included infant mental health coursework" };
        if (AcceptCertificate) ways.Add("a university certificate program");
        if (AcceptInServiceTraining) ways.Add("intensive in-service training in place of coursework");
        return $"coursework evidence: {Words.OrList(ways)}";
    }

    /// <inheritdoc />
    public override string Summarize() => "IMH coursework";

    /// <inheritdoc />
    public override Finding Evaluate(EvaluationContext context)
    {
        var credentials = context.Portfolio.Credentials;
        for (int i = 0; i < credentials.Count; i++)
        {
            var c = credentials[i];
            if (c.Awarded > context.AsOf) continue;
            if (c.ImhCoursework) return Found(true, $"IMH coursework in {CredentialRule.Name(c)}", null);
        }
        if (AcceptCertificate)
        {
            for (int i = 0; i < credentials.Count; i++)
            {
                var c = credentials[i];
                if (c.Awarded > context.AsOf) continue;
                if (c.Type == CredentialType.Certificate) return Found(true, $"certificate program {CredentialRule.Name(c)}", null);
            }
        }
        if (AcceptInServiceTraining)
        {
            decimal hours = 0;
            int count = 0;
            var training = context.Portfolio.Training;
            for (int i = 0; i < training.Count; i++)
            {
                var t = training[i];
                if (t.Date > context.AsOf) continue;
                if (t.InServiceCoursework) { hours += t.Hours; count++; }
            }
            if (count > 0) return Found(true, $"{count} in-service training {(count == 1 ? "entry" : "entries")} ({Words.Hours(hours)} clock hours) in place of coursework", null, hours: hours);
        }
        return Found(false, "no infant mental health coursework evidence", Describe());
    }

    /// <inheritdoc />
    public override bool IsMet(EvaluationContext context)
    {
        var credentials = context.Portfolio.Credentials;
        for (int i = 0; i < credentials.Count; i++)
        {
            var c = credentials[i];
            if (c.Awarded > context.AsOf) continue;
            if (c.ImhCoursework || (AcceptCertificate && c.Type == CredentialType.Certificate)) return true;
        }
        if (AcceptInServiceTraining)
        {
            var training = context.Portfolio.Training;
            for (int i = 0; i < training.Count; i++)
            {
                var t = training[i];
                if (t.Date > context.AsOf) continue;
                if (t.InServiceCoursework) return true;
            }
        }
        return false;
    }
}
