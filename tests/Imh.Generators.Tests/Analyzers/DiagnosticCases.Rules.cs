using static Imh.Generators.Tests.Analyzers.Snippets;

namespace Imh.Generators.Tests.Analyzers;

internal static partial class DiagnosticCases
{
    /// <summary>Impossible numbers (IMH015-IMH018).</summary>
    private static IEnumerable<DiagnosticCase> Numbers() =>
    [
        new("IMH015 hours, years, sessions, ratings and windows not positive",
            Level(
                Requirement("training", "Training", "MinHours({|IMH015:0|})") +
                Requirement("work", "Work", "Experience({|IMH015:-2|})") +
                Requirement("sessions", "Sessions", "MinSessions({|IMH015:0|})") +
                Requirement("references", "References", "Ratings({|IMH015:0|})") +
                Requirement("recent", "Recent", "MinHours(10, {|IMH015:WithinYears = -1|})")),
            Level(
                Requirement("training", "Training", "MinHours(30)") +
                Requirement("work", "Work", "Experience(2)") +
                Requirement("sessions", "Sessions", "MinSessions(1)") +
                Requirement("references", "References", "Ratings(3)") +
                Requirement("recent", "Recent", "MinHours(10, WithinYears = 1)"))),

        new("IMH016 window minimum above its maximum",
            Level(Requirement("supervision", "Supervision", "MinHours(50, Evidence = HoursEvidence.ReflectiveSupervision, WithinYears = 1, {|IMH016:MinSpanYears = 2|})")),
            Level(Requirement("supervision", "Supervision", "MinHours(50, Evidence = HoursEvidence.ReflectiveSupervision, WithinYears = 2, MinSpanYears = 1)"))),

        new("IMH017 part larger than its whole",
            Level(
                Continuing("training", "Training", "MinHours(15, InRenewalYear = true)") +
                Continuing("reflective", "Reflective", "MinHours({|IMH017:20|}, InRenewalYear = true, Where = EvidenceFilter.AboutReflectiveSupervision, PartOf = \"training\")")),
            Level(
                Continuing("training", "Training", "MinHours(15, InRenewalYear = true)") +
                Continuing("reflective", "Reflective", "MinHours(3, InRenewalYear = true, Where = EvidenceFilter.AboutReflectiveSupervision, PartOf = \"training\")"))),

        new("IMH018 part of nothing, of itself, or of other evidence",
            Level(
                Continuing("training", "Training", "MinHours(15, InRenewalYear = true)") +
                Continuing("missing", "Missing", "MinHours(3, InRenewalYear = true, {|IMH018:PartOf = \"nothing\"|})") +
                Continuing("itself", "Itself", "MinHours(3, InRenewalYear = true, {|IMH018:PartOf = \"itself\"|})") +
                Continuing("sessions", "Sessions", "MinHours(3, Evidence = HoursEvidence.ReflectiveSupervision, InRenewalYear = true, {|IMH018:PartOf = \"training\"|})")),
            Level(
                Continuing("training", "Training", "MinHours(15, InRenewalYear = true)") +
                Continuing("reflective", "Reflective", "MinHours(3, InRenewalYear = true, PartOf = \"training\")"))),
    ];

    /// <summary>Reference rules no set of ratings can satisfy (IMH019-IMH024).</summary>
    private static IEnumerable<DiagnosticCase> References() =>
    [
        new("IMH019 more numbered items than ratings",
            Level(Requirement("references", "References", "Ratings({|IMH019:2|})", "RatingItem(1)", "RatingItem(2)", "RatingItem(3)")),
            Level(Requirement("references", "References", "Ratings(3)", "RatingItem(1)", "RatingItem(2)", "RatingItem(3)"))),

        new("IMH020 numbered item missing",
            Level(Requirement("references", "References", "{|IMH020:Ratings(3)|}", "RatingItem(1)", "RatingItem(3)")),
            Level(Requirement("references", "References", "Ratings(3)", "RatingItem(1)", "RatingItem(2)", "RatingItem(3)"))),

        new("IMH020 numbered item accepting no role",
            Level(Requirement("references", "References", "Ratings(2)", "RatingItem(1)", "RatingItem(2, {|IMH020:Roles = (RaterRoles)4096|})")),
            Level(Requirement("references", "References", "Ratings(2)", "RatingItem(1)", "RatingItem(2, Roles = RaterRoles.Colleague)"))),

        new("IMH021 item numbers out of range",
            Level(Requirement("references", "References", "Ratings(2)", "RatingItem(1)", "RatingItem(2, {|IMH021:0|})", "{|IMH021:RatingItem|}", "RatingItem({|IMH021:33|})")),
            Level(Requirement("references", "References", "Ratings(2)", "RatingItem(1)", "RatingItem(2)"))),

        new("IMH022 item only open to supervisors",
            Level(Requirement("references", "References", "Ratings(2)", "RatingItem(1)",
                "RatingItem(2, Roles = RaterRoles.Supervisee, {|IMH022:When = ApplicantCondition.SupervisesOthers|})")),
            // Fine with an open option, or when the whole requirement has the same condition.
            Level(Requirement("references", "References", "Ratings(2)", "RatingItem(1)",
                    "RatingItem(2, Roles = RaterRoles.Supervisee, When = ApplicantCondition.SupervisesOthers)", "RatingItem(2, Roles = RaterRoles.Colleague)") +
                Requirement("supervisees", "Supervisees", "When(ApplicantCondition.SupervisesOthers)", "Ratings(1)",
                    "RatingItem(1, Roles = RaterRoles.Supervisee, When = ApplicantCondition.SupervisesOthers)"))),

        new("IMH023 endorsed rater at an undeclared level",
            Level(Requirement("references", "References", "Ratings(3)", "EndorsedRater(\"A\", {|IMH023:\"Z\"|})") +
                Requirement("mentor", "Mentor", "Ratings(1)", "{|IMH023:EndorsedRater|}")),
            Level(Requirement("references", "References", "Ratings(3)", "EndorsedRater(\"A\")") +
                Requirement("mentor", "Mentor", "Ratings(1)", "EndorsedRater(\"a\")"))),

        new("IMH024 rating items without a count",
            Level(Requirement("references", "References", "{|IMH024:RatingItem(1)|}")),
            Level(Requirement("references", "References", "Ratings(1)", "RatingItem(1)"))),

        new("IMH024 counted-rating attributes with numbered items",
            Level(Requirement("references", "References", "Ratings(1, {|IMH024:Roles = RaterRoles.Colleague|})", "RatingItem(1)", "{|IMH024:AtLeastOneRating(Current = true)|}")),
            Level(Requirement("references", "References", "Ratings(1)", "RatingItem(1, Roles = RaterRoles.Colleague, Current = true)"))),

        new("IMH024 rating attributes with different labels",
            Level(Requirement("references", "References", "Ratings(2, Alternative = \"a\")", "{|IMH024:AtLeastOneRating(Current = true)|}",
                "Credential(CredentialTypes.Master, Alternative = \"b\")")),
            Level(Requirement("references", "References", "Ratings(2, Alternative = \"a\")", "AtLeastOneRating(Current = true, Alternative = \"a\")",
                "Credential(CredentialTypes.Master, Alternative = \"b\")"))),
    ];

    /// <summary>Alternatives and conditions (IMH032, IMH033).</summary>
    private static IEnumerable<DiagnosticCase> Logic() =>
    [
        new("IMH032 any-of with one alternative",
            Level(Requirement("education", "Education", "Credential(CredentialTypes.Master, {|IMH032:Alternative = \"a\"|})")),
            Level(Requirement("education", "Education", "Credential(CredentialTypes.Master, Alternative = \"a\")", "Experience(2, Alternative = \"b\")"))),

        new("IMH033 evidence filters no entry carries",
            Level(
                Requirement("training", "Training", "MinHours(30, {|IMH033:Where = EvidenceFilter.WhileServing|})") +
                Requirement("supervision", "Supervision", "MinHours(24, Evidence = HoursEvidence.ReflectiveSupervision, {|IMH033:WhereAny = EvidenceFilter.Approved|})") +
                Continuing("sessions", "Sessions", "MinSessions(1, InRenewalYear = true, {|IMH033:Where = EvidenceFilter.Approved|})")),
            Level(
                Requirement("training", "Training", "MinHours(30, Where = EvidenceFilter.Approved)") +
                Requirement("supervision", "Supervision", "MinHours(24, Evidence = HoursEvidence.ReflectiveSupervision, WhereAny = EvidenceFilter.WhileServing)") +
                Continuing("sessions", "Sessions", "MinSessions(1, InRenewalYear = true, Where = EvidenceFilter.ProviderApproved)"))),

        new("IMH033 kinds and types that name nothing",
            Level(
                Requirement("work", "Work", "Experience(2, {|IMH033:Kinds = WorkKinds.None|})") +
                Requirement("degree", "Degree", "Credential({|IMH033:CredentialTypes.None|})")),
            Level(
                Requirement("work", "Work", "Experience(2, Kinds = WorkKinds.InfantFamily)") +
                Requirement("degree", "Degree", "Credential(CredentialTypes.Bachelor)"))),

        new("IMH033 at-least-one roles outside the accepted ones",
            Level(Requirement("references", "References", "Ratings(3, Roles = RaterRoles.Colleague)", "AtLeastOneRating({|IMH033:Roles = RaterRoles.Supervisor|})")),
            Level(Requirement("references", "References", "Ratings(3, Roles = RaterRoles.Colleague | RaterRoles.Supervisor)", "AtLeastOneRating(Roles = RaterRoles.Supervisor)"))),

        new("IMH033 renewal year on an initial requirement",
            Level(Requirement("training", "Training", "MinHours(15, {|IMH033:InRenewalYear = true|})")),
            Level(Continuing("training", "Training", "MinHours(15, InRenewalYear = true)"))),
    ];
}
