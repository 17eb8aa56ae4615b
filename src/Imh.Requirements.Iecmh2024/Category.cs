namespace Imh.Requirements.Iecmh2024;

/// <summary>
/// What every category of the 2024 edition shares, declared once: the code of ethics, and the
/// continuing-endorsement rules of "CONTINUING ENDORSEMENT (ANNUAL RENEWAL), ALL CATEGORIES". The
/// renewal is exempt, all but the membership, in a year with a new application (decision 24).
/// </summary>
public abstract partial record Category
{
    /// <summary>Code of ethics and endorsement agreement signed.</summary>
    [Requirement("codeOfEthics", "Code of ethics and endorsement agreement")]
    [Source("Code of Ethics & Endorsement® Agreement: Signed.")]
    [Signed(Document.CodeOfEthics | Document.EndorsementAgreement)]
    public Requirement CodeOfEthics { get; init; }

    /// <summary>15 clock hours of IECMH, RS/C or DEI training a year (decision 18).</summary>
    [Continuing("continuingTraining", "Annual training")]
    [Source("Education and Training: 15 clock hours of training a year related to culturally sensitive, relationship-focused practice promoting infant and early childhood mental health.")]
    [UnlessNewApplication]
    [MinHours(15, InRenewalYear = true, WhereAny = TrainingTag.Renewal)]
    public Requirement ContinuingTraining { get; init; }

    /// <summary>One hour of DEI a year, from the 2023 renewal.</summary>
    [Continuing("continuingDei", "Annual training on diversity, equity and inclusion", From = "2023-01-01")]
    [Source("At least 1 hour of the 15 must cover diversity, equity and inclusion (DEI); the topic need not appear in the title of the training.")]
    [Source("This is required beginning with the 2023 renewal, due December 31, 2023.")]
    [UnlessNewApplication]
    [MinHours(1, InRenewalYear = true, Where = [TrainingTag.Dei])]
    public Requirement ContinuingDei { get; init; }

    /// <summary>Three hours about RS/C a year for providers of RS/C (decision 19).</summary>
    [Continuing("continuingReflectiveTraining", "Annual training about reflective supervision/consultation")]
    [Source("If you are a provider of RSC, at least 3 of the 15 hours need to be about the provision of RSC.")]
    [UnlessNewApplication]
    [When(ApplicantTag.ProvidesReflectiveSupervision)]
    [MinHours(3, InRenewalYear = true, Where = [TrainingTag.AboutReflectiveSupervision])]
    public Requirement ContinuingReflectiveTraining { get; init; }

    /// <summary>Membership covering 31 December of the renewal year; never exempt.</summary>
    [Continuing("membershipRenewal", "Annual membership renewal")]
    [Source("Membership: On-going membership in the association or another infant mental health association.")]
    [Note("Anyone who submitted a new Endorsement® application during the year does not submit renewal hours or pay the renewal fee for that year; only the membership must stay current.",
        Says = "a new application in the year exempts every other renewal requirement (decision 24)")]
    [Membership(Covers = MembershipDate.EndOfRenewalYear, Where = [MembershipTag.ImhAssociation])]
    public Requirement MembershipRenewal { get; init; }

    /// <summary>The code of ethics signed again within the renewal year (decision 23).</summary>
    [Continuing("codeOfEthicsRenewal", "Code of ethics re-signed")]
    [Source("Code of Ethics: Re-sign the Code of Ethics each year before submitting the renewal.")]
    [Note("Renewal is due December 31 of each year.", Says = "a signature dated from 1 January to 31 December of the renewal year")]
    [UnlessNewApplication]
    [Signed(Document.CodeOfEthics, InRenewalYear = true)]
    public Requirement CodeOfEthicsRenewal { get; init; }
}
