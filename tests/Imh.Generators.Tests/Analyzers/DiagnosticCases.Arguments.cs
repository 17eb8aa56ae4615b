using static Imh.Generators.Tests.Analyzers.Snippets;

namespace Imh.Generators.Tests.Analyzers;

internal static partial class DiagnosticCases
{
    /// <summary>The checks rule kinds declare on their arguments, on the language's kinds (IMH009, IMH015-IMH024, IMH032, IMH033).</summary>
    private static IEnumerable<DiagnosticCase> Arguments() =>
    [
        new("IMH009 minimum span without a window",
            Level(Requirement("training", "Training", "MinHours(10, {|IMH009:MinSpanYears = 1|})")),
            Level(Requirement("training", "Training", "MinHours(10, WithinYears = 2, MinSpanYears = 1)"))),

        new("IMH015 amounts and lists not positive",
            Level(
                Requirement("training", "Training", "MinHours({|IMH015:0|})") +
                Requirement("work", "Work", "Experience({|IMH015:-2|})") +
                Requirement("references", "References", "Ratings({|IMH015:0|})") +
                Requirement("raters", "Raters", "Ratings(1)", "{|IMH015:EndorsedRater|}")),
            Level(
                Requirement("training", "Training", "MinHours(30)") +
                Requirement("work", "Work", "Experience(2)") +
                Requirement("references", "References", "Ratings(3)") +
                Requirement("raters", "Raters", "Ratings(1)", "EndorsedRater(\"A\")"))),

        new("IMH016 window minimum above its maximum",
            Level(Requirement("supervision", "Supervision", "MinHours(50, Evidence = Evidence.Sessions, WithinYears = 1, {|IMH016:MinSpanYears = 2|})")),
            Level(Requirement("supervision", "Supervision", "MinHours(50, Evidence = Evidence.Sessions, WithinYears = 2, MinSpanYears = 1)"))),

        new("IMH017 parts of a minimum adding up to more than the minimum",
            Level(Requirement("training", "Training", "MinHours(40)", "HoursPart(30, Where = [TrainingTag.Approved])", "HoursPart({|IMH017:15|}, Where = [TrainingTag.RelationshipBased])")),
            Level(Requirement("training", "Training", "MinHours(45)", "HoursPart(30, Where = [TrainingTag.Approved])", "HoursPart(15, Where = [TrainingTag.RelationshipBased])"))),

        new("IMH033 a part's words are those of the entries its rule counts",
            Level(Requirement("supervision", "Supervision", "MinHours(20, Evidence = Evidence.Sessions)", "HoursPart(5, Where = [{|IMH033:TrainingTag.Approved|}])")),
            Level(Requirement("supervision", "Supervision", "MinHours(20, Evidence = Evidence.Sessions)", "HoursPart(5, Where = [SessionTag.WhileServing])"))),

        new("IMH021 providers of a minimum out of range",
            Level(Requirement("supervision", "Supervision", "MinHours(20, Evidence = Evidence.Sessions, {|IMH021:MaxProviders = 6|})")),
            Level(Requirement("supervision", "Supervision", "MinHours(20, Evidence = Evidence.Sessions, MaxProviders = 2, MajorityFromOne = true)"))),

        new("IMH023 provider endorsed at an undeclared level",
            Level(Requirement("supervision", "Supervision", "MinHours(20, Evidence = Evidence.Sessions, ProviderEndorsedIn = [\"A\", {|IMH023:\"Z\"|}])")),
            Level(Requirement("supervision", "Supervision", "MinHours(20, Evidence = Evidence.Sessions, ProviderEndorsedIn = [\"A\"])"))),

        new("IMH019 more numbered items than ratings",
            Level(Requirement("references", "References", "Ratings(2)", "RatingItem(1)", "RatingItem(2)", "RatingItem({|IMH019:3|})")),
            Level(Requirement("references", "References", "Ratings(3)", "RatingItem(1)", "RatingItem(2)", "RatingItem(3)"))),

        new("IMH020 numbered item missing",
            Level(Requirement("references", "References", "{|IMH020:Ratings(3)|}", "RatingItem(1)", "RatingItem(3)")),
            Level(Requirement("references", "References", "Ratings(3)", "RatingItem(1)", "RatingItem(2)", "RatingItem(3)"))),

        new("IMH021 values out of their range",
            Level(Requirement("references", "References", "Ratings(2)", "RatingItem(1)", "RatingItem(2, {|IMH021:0|})") +
                Requirement("training", "Training", "MinHours(10, {|IMH021:WithinYears = 101|})")),
            Level(Requirement("references", "References", "Ratings(2)", "RatingItem(1)", "RatingItem(2)") +
                Requirement("training", "Training", "MinHours(10, WithinYears = 100)"))),

        new("IMH022 item only open to supervisors",
            Level(Requirement("references", "References", "Ratings(2)", "RatingItem(1)",
                "RatingItem(2, Where = [RaterRole.Supervisee], {|IMH022:When = ApplicantTag.SupervisesOthers|})")),
            // Fine with an open option, or when the whole requirement has the same condition.
            Level(Requirement("references", "References", "Ratings(2)", "RatingItem(1)",
                    "RatingItem(2, Where = [RaterRole.Supervisee], When = ApplicantTag.SupervisesOthers)", "RatingItem(2, Where = [RaterRole.Colleague])") +
                Requirement("supervisees", "Supervisees", "When(ApplicantTag.SupervisesOthers)", "Ratings(1)",
                    "RatingItem(1, Where = [RaterRole.Supervisee], When = ApplicantTag.SupervisesOthers)"))),

        new("IMH023 endorsed rater at an undeclared level",
            Level(Requirement("references", "References", "Ratings(3)", "EndorsedRater(\"A\", {|IMH023:\"Z\"|})")),
            Level(Requirement("references", "References", "Ratings(3)", "EndorsedRater(\"A\", \"a\")"))),

        new("IMH024 window in years and in months",
            Level(Requirement("training", "Training", "MinHours(10, {|IMH024:WithinYears = 1|}, WithinMonths = 6)")),
            Level(Requirement("training", "Training", "MinHours(10, WithinMonths = 6)"))),

        new("IMH024 counted-rating part with numbered items",
            Level(Requirement("references", "References", "Ratings(2)", "{|IMH024:AtLeastOneRating(Where = [ReferenceTag.Current])|}", "RatingItem(1)", "RatingItem(2)")),
            Level(Requirement("references", "References", "Ratings(2)", "RatingItem(1, Where = [ReferenceTag.Current])", "RatingItem(2)"))),

        new("IMH032 any-of with one alternative",
            Level(Requirement("education", "Education", "Credential(CredentialType.Master, {|IMH032:Alternative = \"a\"|})")),
            Level(Requirement("education", "Education", "Credential(CredentialType.Master, Alternative = \"a\")", "Experience(2, Alternative = \"b\")"))),

        new("IMH033 words the counted entries never carry",
            Level(
                Requirement("training", "Training", "MinHours(30, Where = [{|IMH033:SessionTag.WhileServing|}])") +
                Requirement("supervision", "Supervision", "MinHours(24, Evidence = Evidence.Sessions, {|IMH033:WhereAny = TrainingTag.Approved|})") +
                Requirement("work", "Work", "Experience(2, Matching = [{|IMH033:typeof(RaterRole)|}])") +
                Requirement("degree", "Degree", "Credential({|IMH033:(CredentialType)0|})") +
                Requirement("ethics", "Ethics", "Signed({|IMH033:Assessment.Exam|})")),
            Level(
                Requirement("training", "Training", "MinHours(30, Where = [TrainingTag.Approved])") +
                Requirement("supervision", "Supervision", "MinHours(24, Evidence = Evidence.Sessions, WhereAny = SessionTag.WhileServing)") +
                Requirement("work", "Work", "Experience(2, Matching = [typeof(AgeBand)])") +
                Requirement("degree", "Degree", "Credential(CredentialType.Bachelor)") +
                Requirement("ethics", "Ethics", "Signed(Document.CodeOfEthics)"))),

        new("IMH033 renewal year on an initial requirement",
            Level(Requirement("training", "Training", "MinHours(10, {|IMH033:InRenewalYear = true|})")),
            Level(Continuing("training", "Training", "MinHours(10, InRenewalYear = true)"))),

        new("IMH053 rule period that is not a date",
            Level(Requirement("training", "Training", "MinHours(10, {|IMH053:From = \"2024-13-01\"|})", "MinHours(20, From = \"2023-01-01\")")),
            Level(Requirement("training", "Training", "MinHours(10, From = \"2024-12-01\")", "MinHours(20, From = \"2023-01-01\")"))),
    ];

    /// <summary>
    /// The same checks on the catalog's own rule kind (FewProviders in the prelude) and its parts:
    /// the analyzers treat it exactly like a kind of the language.
    /// </summary>
    private static IEnumerable<DiagnosticCase> CustomKind() =>
    [
        new("IMH009 a catalog's own kind: minimum span without a window",
            Level(Requirement("providers", "Providers", "FewProviders(3, {|IMH009:MinSpan = 6|})")),
            Level(Requirement("providers", "Providers", "FewProviders(3, Window = 12, MinSpan = 6)"))),

        new("IMH015 a catalog's own kind: nothing asked",
            Level(Requirement("providers", "Providers", "FewProviders({|IMH015:0|})", "FromProvider({|IMH015:0|})")),
            Level(Requirement("providers", "Providers", "FewProviders(1, Hours = 10)", "FromProvider(5)"))),

        new("IMH016 a catalog's own kind: span above its window",
            Level(Requirement("providers", "Providers", "FewProviders(3, Window = 6, {|IMH016:MinSpan = 12|})")),
            Level(Requirement("providers", "Providers", "FewProviders(3, Window = 12, MinSpan = 6)"))),

        new("IMH017 a catalog's own part: hours above its rule's",
            Level(Requirement("providers", "Providers", "FewProviders(3, Hours = 10)", "FromProvider(6)", "FromProvider({|IMH017:6|})")),
            Level(Requirement("providers", "Providers", "FewProviders(3, Hours = 12)", "FromProvider(6)", "FromProvider(6)"))),

        new("IMH019 a catalog's own part: more slots than providers",
            Level(Requirement("providers", "Providers", "FewProviders(1)", "ProviderSlot(1, {|IMH019:2|})")),
            Level(Requirement("providers", "Providers", "FewProviders(2)", "ProviderSlot(1, 2)"))),

        new("IMH020 a catalog's own part: slot missing",
            Level(Requirement("providers", "Providers", "{|IMH020:FewProviders(3)|}", "ProviderSlot(1)", "ProviderSlot(3)")),
            Level(Requirement("providers", "Providers", "FewProviders(3)", "ProviderSlot(1)", "ProviderSlot(2)", "ProviderSlot(3)"))),

        new("IMH021 a catalog's own kind: values out of range",
            Level(Requirement("providers", "Providers", "FewProviders(3, {|IMH021:Hours = 2000|})", "ProviderSlot(1, 2)", "ProviderSlot(3, {|IMH021:0|})")),
            Level(Requirement("providers", "Providers", "FewProviders(3, Hours = 20)", "ProviderSlot(1, 2)", "ProviderSlot(3)"))),

        new("IMH022 a catalog's own part: slot only under a condition",
            Level(Requirement("providers", "Providers", "FewProviders(1)", "ProviderSlot(1, {|IMH022:When = ApplicantTag.SupervisesOthers|})")),
            Level(Requirement("providers", "Providers", "FewProviders(1)", "ProviderSlot(1, When = ApplicantTag.SupervisesOthers)", "ProviderSlot(1)"))),

        new("IMH023 a catalog's own kind: unknown level id",
            Level(Requirement("providers", "Providers", "FewProviders(3, EndorsedAt = [\"A\", {|IMH023:\"Z\"|}])")),
            Level(Requirement("providers", "Providers", "FewProviders(3, EndorsedAt = [\"A\"])"))),

        new("IMH024 a catalog's own kind: excluded arguments and parts",
            Level(Continuing("providers", "Providers", "FewProviders(3, InRenewalYear = true, {|IMH024:Since = \"2024-01-01\"|})") +
                Requirement("slots", "Slots", "FewProviders(1, Hours = 10)", "{|IMH024:ProviderSlot(1)|}", "FromProvider(5)")),
            Level(Continuing("providers", "Providers", "FewProviders(3, InRenewalYear = true)") +
                Requirement("slots", "Slots", "FewProviders(1, Hours = 10)", "FromProvider(5)"))),

        new("IMH033 a catalog's own kind: words sessions never carry, renewal year on an initial requirement",
            Level(Requirement("providers", "Providers", "FewProviders(3, Where = [{|IMH033:TrainingTag.Approved|}], {|IMH033:InRenewalYear = true|})")),
            Level(Requirement("providers", "Providers", "FewProviders(3, Where = [SessionTag.WhileServing])"))),

        new("IMH053 a catalog's own kind: a [Date] that is not a date",
            Level(Requirement("providers", "Providers", "FewProviders(3, {|IMH053:Since = \"yesterday\"|})")),
            Level(Requirement("providers", "Providers", "FewProviders(3, Since = \"2024-02-29\")"))),
    ];
}
