using System.Globalization;
using System.Text;

namespace Imh.Dsl.Evaluation;

/// <summary>Numbers, dates and lists in the plain words reports and documentation use.</summary>
public static class Words
{
    /// <summary>Clock hours without trailing zeros: 50, 8.5, 23.25.</summary>
    public static string Hours(decimal hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>ISO date.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"a master's", "an associate's degree".</summary>
    public static string WithArticle(string noun) => (noun.Length > 0 && "aeiouAEIOU".Contains(noun[0]) ? "an " : "a ") + noun;

    /// <summary>"1 year", "2 years".</summary>
    public static string Years(int years) => years == 1 ? "1 year" : $"{years} years";

    /// <summary>Days as years of 365 days and days: "1 year 40 days", "200 days", "2 years".</summary>
    public static string YearsAndDays(int days)
    {
        int years = days / 365, rest = days % 365;
        if (years == 0) return rest == 1 ? "1 day" : $"{rest} days";
        return rest == 0 ? Years(years) : $"{Years(years)} {(rest == 1 ? "1 day" : $"{rest} days")}";
    }

    /// <summary>"a", "a or b", "a, b or c".</summary>
    public static string OrList(IReadOnlyList<string> items) => JoinList(items, "or");

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string AndList(IReadOnlyList<string> items) => JoinList(items, "and");

    private static string JoinList(IReadOnlyList<string> items, string conjunction)
    {
        if (items.Count == 0) return "";
        if (items.Count == 1) return items[0];
        var text = new StringBuilder();
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0) text.Append(i == items.Count - 1 ? $" {conjunction} " : ", ");
            text.Append(items[i]);
        }
        return text.ToString();
    }

    /// <summary>The camelCase name of a role as in the portfolio format.</summary>
    public static string Role(Portfolios.RaterRole role) => Camel(role.ToString());

    /// <summary>Plain names of the roles in a set: "teacher, CDA mentor or supervisor".</summary>
    public static string Roles(RaterRoles roles) => OrList(RoleNames(roles));

    internal static List<string> RoleNames(RaterRoles roles)
    {
        var names = new List<string>();
        foreach (var (flag, name) in s_roleNames)
        {
            if ((roles & flag) != 0) names.Add(name);
        }
        return names;
    }

    /// <summary>Work of the kinds in a set, as a noun phrase: "imhServices work", "work of any kind except imhInternship".</summary>
    public static string WorkKinds(Dsl.WorkKinds kinds)
    {
        if (kinds == Dsl.WorkKinds.All) return "work of any kind";
        var present = new List<string>();
        var absent = new List<string>();
        foreach (var (flag, name) in s_workKindNames) ((kinds & flag) != 0 ? present : absent).Add(name);
        if (absent.Count == 1) return $"work of any kind except {absent[0]}";
        return OrList(present) + " work";
    }

    /// <summary>Plain names of credential types: "master's or doctorate".</summary>
    public static string Credentials(CredentialTypes types)
    {
        var names = new List<string>();
        foreach (var (flag, name) in s_credentialNames)
        {
            if ((types & flag) != 0) names.Add(name);
        }
        return OrList(names);
    }

    internal static string Camel(string pascal) => pascal.Length == 0 ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);

    private static readonly (RaterRoles, string)[] s_roleNames =
    [
        (RaterRoles.Teacher, "teacher"), (RaterRoles.CdaMentor, "CDA mentor"), (RaterRoles.Instructor, "instructor"),
        (RaterRoles.Trainer, "trainer"), (RaterRoles.Supervisor, "supervisor"), (RaterRoles.Consultant, "consultant"),
        (RaterRoles.Colleague, "colleague"), (RaterRoles.Supervisee, "supervisee"), (RaterRoles.Consultee, "consultee"),
        (RaterRoles.DepartmentChair, "department supervisor or chair"), (RaterRoles.Student, "student"),
    ];

    private static readonly (Dsl.WorkKinds, string)[] s_workKindNames =
    [
        (Dsl.WorkKinds.EarlyChildhood, "earlyChildhood"), (Dsl.WorkKinds.InfantFamily, "infantFamily"),
        (Dsl.WorkKinds.ImhServices, "imhServices"), (Dsl.WorkKinds.ImhInternship, "imhInternship"),
        (Dsl.WorkKinds.PracticeLeader, "practiceLeader"), (Dsl.WorkKinds.PolicyLeader, "policyLeader"),
        (Dsl.WorkKinds.ResearchFacultyLeader, "researchFacultyLeader"),
    ];

    private static readonly (CredentialTypes, string)[] s_credentialNames =
    [
        (CredentialTypes.Cda, "CDA"), (CredentialTypes.Associate, "associate's degree"), (CredentialTypes.Bachelor, "bachelor's"),
        (CredentialTypes.Master, "master's"), (CredentialTypes.Doctorate, "doctorate"), (CredentialTypes.Certificate, "certificate"),
    ];
}
