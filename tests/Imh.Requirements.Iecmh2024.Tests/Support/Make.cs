namespace Imh.Requirements.Iecmh2024.Tests.Support;

/// <summary>
/// Portfolio entries in this catalog's words, with realistic defaults; only what a test is about
/// needs saying. Entries carry what the reader gives a version 2 file that leaves a field out
/// (ages <c>[infant]</c>, sessions <c>reflective</c>, relationship-based and while serving), so a
/// test states a band or a kind only when it matters.
/// </summary>
public static class Make
{
    /// <summary>The RS/C provider every eligible portfolio uses.</summary>
    public const string Provider = "Dr. A. Morgan";

    /// <summary>The endorsement the eligible portfolios' provider holds: a Mentor (Clinical), who qualifies for every category.</summary>
    public const string ProviderEndorsement = "IMHM-Clinical";

    /// <summary>A degree, CDA or certificate (with an official transcript unless told otherwise).</summary>
    public static Credential Credential(CredentialType type, string awarded, string? title = null, bool transcript = true, bool relatedField = false)
        => new()
        {
            Title = title ?? type.ToString(), Awarded = D(awarded),
            Words = EntryWords.Of(type).With(CredentialTag.OfficialTranscript, transcript).With(CredentialTag.RelatedField, relatedField),
        };

    /// <summary>A training entry carrying exactly <paramref name="tags"/> (<c>default</c>: none).</summary>
    public static TrainingEntry Training(string date, decimal hours, TrainingTag tags, string title = "Social-emotional development in the early years")
        => new() { Date = D(date), Hours = hours, Title = title, Words = EntryWords.Of(tags) };

    /// <summary>
    /// A work entry in <paramref name="bands"/>; <paramref name="end"/> null is ongoing. Paid and
    /// supervised unless <paramref name="tags"/> says otherwise; <paramref name="families"/> per band.
    /// </summary>
    public static WorkEntry Work(WorkKind kind, string start, string? end, AgeBand bands = AgeBand.Infant,
        WorkTag tags = WorkTag.Paid | WorkTag.Supervised, decimal fte = 1m, (AgeBand Band, int Families)[]? families = null, string? role = null)
        => new()
        {
            Role = role ?? kind.ToString(), Employer = "Lakeshore Family Center", Start = D(start), End = end is null ? null : D(end), Fte = fte,
            Words = EntryWords.Of(kind, bands, tags),
            Numbers = [.. (families ?? []).Select(f => new EntryNumber(WorkNumber.FamiliesServed, f.Band, f.Families))],
        };

    /// <summary>
    /// One RS/C session: reflective, relationship-based, while serving, in <paramref name="bands"/>,
    /// from <paramref name="provider"/> endorsed as <paramref name="endorsement"/> (default <see cref="ProviderEndorsement"/>).
    /// </summary>
    public static Session Session(string date, decimal hours, string provider = Provider, string[]? endorsement = null, AgeBand bands = AgeBand.Infant,
        SessionKind kind = SessionKind.Reflective, SessionTag tags = SessionTag.RelationshipBased | SessionTag.WhileServing, SessionFormat format = SessionFormat.Individual)
        => new()
        {
            Date = D(date), Hours = hours, Provider = provider, ProviderEndorsements = [.. endorsement ?? [ProviderEndorsement]],
            Words = EntryWords.Of(format, kind, bands, tags),
        };

    /// <summary><paramref name="count"/> sessions of <paramref name="hours"/> on the same day of consecutive months from <paramref name="first"/>.</summary>
    public static List<Session> MonthlySessions(string first, int count, decimal hours, string provider = Provider, string[]? endorsement = null,
        AgeBand bands = AgeBand.Infant, SessionKind kind = SessionKind.Reflective, SessionTag tags = SessionTag.RelationshipBased | SessionTag.WhileServing)
    {
        var start = D(first);
        return [.. Enumerable.Range(0, count).Select(i => Session(Iso(start.AddMonths(i)), hours, provider, endorsement, bands, kind, tags))];
    }

    /// <summary>A reference rating; <paramref name="endorsed"/> lists the rater's endorsements (canonical ids).</summary>
    public static ReferenceRating Rating(string rater, RaterRole role, ReferenceTag tags = default, string[]? endorsed = null, int insufficientInformation = 0)
        => new()
        {
            Rater = rater, RaterEndorsements = [.. endorsed ?? []], Words = EntryWords.Of(role, tags),
            Numbers = insufficientInformation == 0 ? [] : [new EntryNumber(ReferenceNumber.InsufficientInformationAnswers, null, insufficientInformation)],
        };

    /// <summary>A membership of an infant mental health association (unless told otherwise).</summary>
    public static Membership Membership(string from, string to, bool imhAssociation = true, string organization = "Michigan Association for Infant Mental Health")
        => new() { Organization = organization, From = D(from), To = D(to), Words = imhAssociation ? EntryWords.Of(MembershipTag.ImhAssociation) : EntryWords.None };

    /// <summary>The words with <paramref name="word"/> set or cleared.</summary>
    public static EntryWords With(this EntryWords words, Enum word, bool on) => on ? words.With(word) : words.Without(word);
}
