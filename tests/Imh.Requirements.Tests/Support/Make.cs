namespace Imh.Requirements.Tests.Support;

/// <summary>Portfolio entries with realistic defaults; only what a test is about needs saying.</summary>
public static class Make
{
    /// <summary>The RS/C provider every eligible portfolio uses.</summary>
    public const string Provider = "Dr. A. Morgan";

    /// <summary>A degree, CDA or certificate.</summary>
    public static Credential Credential(CredentialType type, string awarded, string? title = null, bool transcript = true, bool imhCoursework = false, bool relatedField = false)
        => new()
        {
            Title = title ?? type.ToString(), Awarded = D(awarded),
            Words = Words(type).With(CredentialTag.OfficialTranscript, transcript).With(CredentialTag.ImhCoursework, imhCoursework).With(CredentialTag.RelatedField, relatedField),
        };

    /// <summary>An education or training entry (relationship-based unless told otherwise).</summary>
    public static TrainingEntry Training(string date, decimal hours, bool relationshipBased = true, bool infantMentalHealth = false,
        bool aboutReflectiveSupervision = false, bool approved = false, bool inServiceCoursework = false, string title = "Attachment in the first year")
        => new()
        {
            Date = D(date), Hours = hours, Title = title,
            Words = EntryWords.None.With(TrainingTag.RelationshipBased, relationshipBased).With(TrainingTag.InfantMentalHealth, infantMentalHealth)
                .With(TrainingTag.AboutReflectiveSupervision, aboutReflectiveSupervision).With(TrainingTag.Approved, approved)
                .With(TrainingTag.InServiceCoursework, inServiceCoursework),
        };

    /// <summary>A work entry; <paramref name="end"/> null is ongoing.</summary>
    public static WorkEntry Work(WorkKind kind, string start, string? end, decimal fte = 1m, bool paid = true, bool supervised = true, string? role = null)
        => new()
        {
            Role = role ?? kind.ToString(), Employer = "County CMH", Start = D(start), End = end is null ? null : D(end), Fte = fte,
            Words = Words(kind).With(WorkTag.Paid, paid).With(WorkTag.Supervised, supervised),
        };

    /// <summary>One RS/C session (approved provider, relationship-based, while serving unless told otherwise).</summary>
    public static Session Session(string date, decimal hours, bool providerApproved = true, bool relationshipBased = true,
        bool whileServing = true, string provider = Provider)
        => new()
        {
            Date = D(date), Hours = hours, Provider = provider,
            Words = Words(SessionFormat.Individual).With(SessionTag.ProviderApproved, providerApproved)
                .With(SessionTag.RelationshipBased, relationshipBased).With(SessionTag.WhileServing, whileServing),
        };

    /// <summary><paramref name="count"/> sessions of <paramref name="hours"/> on the same day of consecutive months from <paramref name="first"/>.</summary>
    public static List<Session> MonthlySessions(string first, int count, decimal hours, bool providerApproved = true)
    {
        var start = D(first);
        return Enumerable.Range(0, count)
            .Select(i => Session(start.AddMonths(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), hours, providerApproved))
            .ToList();
    }

    /// <summary>A professional reference rating.</summary>
    public static ReferenceRating Rating(string rater, RaterRole role, bool current = false, bool providesReflectiveSupervision = false,
        string? endorsed = null, bool familiarWithImh = false)
        => new()
        {
            Rater = rater, RaterEndorsements = endorsed is null ? [] : [endorsed],
            Words = Words(role).With(ReferenceTag.Current, current).With(ReferenceTag.ProvidesReflectiveSupervision, providesReflectiveSupervision)
                .With(ReferenceTag.FamiliarWithImh, familiarWithImh),
        };

    /// <summary>A membership of an infant mental health association (unless told otherwise).</summary>
    public static Membership Membership(string from, string to, bool imhAssociation = true, string organization = "MI-AIMH")
        => new() { Organization = organization, From = D(from), To = D(to), Words = EntryWords.None.With(MembershipTag.ImhAssociation, imhAssociation) };

    private static EntryWords Words(Enum word) => EntryWords.Of(word);

    /// <summary>The words with <paramref name="word"/> set or cleared.</summary>
    public static EntryWords With(this EntryWords words, Enum word, bool on) => on ? words.With(word) : words.Without(word);
}
