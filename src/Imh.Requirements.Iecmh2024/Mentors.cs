namespace Imh.Requirements.Iecmh2024;

/// <summary>
/// Infant Mental Health Mentor (leadership, infant band), held through one of its tracks: what
/// every track shares. The Early Childhood Mentor takes these rules with its own text.
/// </summary>
[Level("IMHM", "Infant Mental Health Mentor", Aliases = ["IV"], Facets = [AgeBand.Infant, ExamVersion.Imh])]
public abstract partial record Imhm : Category
{
    /// <summary>A master's or doctorate with official transcript.</summary>
    [Requirement("education", "Education")]
    [Source("Education: Master's or post-graduate degree; official transcript(s) required.")]
    [SameAs(typeof(Imhs), nameof(Imhs.Education))]
    public Requirement Education { get; init; }

    /// <summary>Before 1 January 2024 (by the rule date): 30 clock hours of IECMH training for every track (decision 14).</summary>
    [Requirement("training", "Education and training", Until = "2023-12-31")]
    [Source("Training (all tracks): Applicants include as many hours of relationship-based training and/or continuing education as necessary to document that competencies have been met.")]
    [Source("Minimum 30 clock hours.")]
    [MinHours(30, WhereAny = TrainingTag.Iecmh)]
    public Requirement TrainingBefore2024 { get; init; }

    /// <summary>Three years of leadership in the band, not clipped to the degree (decision 17).</summary>
    [Requirement("leadership", "Leadership experience")]
    [Source("Leadership (all tracks): Minimum 3 years of practice leader experience relevant to the infant, young child and family field.")]
    [Note("[The list of examples was not available in the pages compiled.]",
        Says = "practice, policy and research/faculty leadership, leadership activities and providing RS/C count, paid or unpaid (decision 17)")]
    [Experience(3, Where = [WorkKind.Leadership], OrWhere = [WorkTag.ProvidingReflectiveSupervision], Matching = [typeof(AgeBand)])]
    public Requirement Leadership { get; init; }

    /// <summary>The written examination of the band, with the track's vignettes.</summary>
    [Requirement("exam", "Written examination")]
    [Source("Documentation of Competencies: Written examination, IMH version, with vignettes specific to the track (clinical, policy, research/teaching).")]
    [SameAs(typeof(Imhs), nameof(Imhs.Exam))]
    public Requirement Exam { get; init; }

    /// <summary>Membership of an infant mental health association.</summary>
    [Requirement("membership", "Professional membership")]
    [Source("Professional Membership: Membership in the association or another infant mental health association.")]
    [SameAs(typeof(Imhs), nameof(Imhs.Membership))]
    public Requirement Membership { get; init; }
}

/// <summary>Early Childhood Mental Health Mentor (leadership, early childhood band), held through one of its tracks: the IMHM rules, with this band's text.</summary>
[Level("ECMHM", "Early Childhood Mental Health Mentor", Facets = [AgeBand.EarlyChildhood, ExamVersion.Ecmh])]
public abstract partial record Ecmhm : Category
{
    /// <summary>A master's or doctorate with official transcripts.</summary>
    [Requirement("education", "Education")]
    [Source("Education: Master's or post-graduate degree; official transcripts from all degrees earned.")]
    [SameAs(typeof(Imhs), nameof(Imhs.Education))]
    public Requirement Education { get; init; }

    /// <summary>Before 1 January 2024: 30 clock hours of IECMH training (decision 14: ECMHM follows the IMHM dates).</summary>
    [Requirement("training", "Education and training", Until = "2023-12-31")]
    [Source("Training (all tracks): Minimum 30 clock hours of relationship-based training (average 75).")]
    [Note("(average 75).", Says = "an average, not a minimum: not checked")]
    [SameAs(typeof(Imhm), nameof(Imhm.TrainingBefore2024))]
    public Requirement TrainingBefore2024 { get; init; }

    /// <summary>Three years of leadership in the band.</summary>
    [Requirement("leadership", "Leadership experience")]
    [Source("Leadership (all tracks): Minimum 3 years of practice leader experience relevant to the young child and family field.")]
    [Note("[The list of examples was not available in the pages compiled.]",
        Says = "practice, policy and research/faculty leadership, leadership activities and providing RS/C count, paid or unpaid (decision 17)")]
    [SameAs(typeof(Imhm), nameof(Imhm.Leadership))]
    public Requirement Leadership { get; init; }

    /// <summary>The written examination, ECMH version, with the track's vignettes.</summary>
    [Requirement("exam", "Written examination")]
    [Source("Documentation of Competencies: Written examination, ECMH version, with vignettes specific to the track.")]
    [SameAs(typeof(Imhs), nameof(Imhs.Exam))]
    public Requirement Exam { get; init; }

    /// <summary>Membership of an infant mental health association.</summary>
    [Requirement("membership", "Professional membership")]
    [Source("Professional Membership: Required.")]
    [SameAs(typeof(Imhs), nameof(Imhs.Membership))]
    public Requirement Membership { get; init; }
}
