using System.Text.Json;

namespace Imh.Cli.Tests.Support;

/// <summary>Reading the <c>--format json</c> reports of cli.md.</summary>
internal static class JsonReports
{
    /// <summary>The property names of an object, in document order.</summary>
    public static string[] PropertyNames(this JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    /// <summary>The one-level objects of a <c>--level all</c> report, by level id.</summary>
    public static Dictionary<string, JsonElement> Levels(this JsonElement all)
        => all.GetProperty("levels").EnumerateArray().ToDictionary(l => l.GetProperty("level").GetString()!);

    /// <summary>Keys of the required requirements that are not met, in report order.</summary>
    public static string[] UnmetKeys(this JsonElement level) =>
    [
        .. level.GetProperty("requirements").EnumerateArray()
            .Where(r => r.GetProperty("required").GetBoolean() && r.GetProperty("status").GetString() == "notMet")
            .Select(r => r.GetProperty("key").GetString()!),
    ];

    /// <summary>One requirement of a one-level object.</summary>
    public static JsonElement Requirement(this JsonElement level, string key)
        => level.GetProperty("requirements").EnumerateArray().Single(r => r.GetProperty("key").GetString() == key);
}
