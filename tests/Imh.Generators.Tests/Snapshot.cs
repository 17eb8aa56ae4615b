namespace Imh.Generators.Tests;

/// <summary>
/// Snapshots of generated sources as Shouldly approved files in Snapshots/ (named
/// <c>{Class}.{Test}.{name}.approved.cs</c>), laid out so that a switch to Verify is mechanical.
/// Call <c>text.ShouldMatchApproved(Snapshot.Named("X"))</c> from the test itself, so Shouldly
/// names the file after the test.
/// </summary>
internal static class Snapshot
{
    /// <summary>The generator version changes with every release; snapshots should not.</summary>
    public static string ScrubVersion(string generated)
        => System.Text.RegularExpressions.Regex.Replace(generated, "GeneratedCode\\(\"Imh.Generators\", \"[^\"]*\"\\)", "GeneratedCode(\"Imh.Generators\", \"{version}\")");

    public static Action<Shouldly.Configuration.ShouldMatchConfigurationBuilder> Named(string name)
        => b => b.SubFolder("Snapshots").WithDiscriminator(name).WithFileExtension("cs").NoDiff();
}
