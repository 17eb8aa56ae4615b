using System.IO;
using System.Text;

namespace Imh.Dsl.Portfolios;

/// <summary>
/// The JSON Schema (draft 2020-12) of the portfolio format, for editors and external validators.
/// <see cref="PortfolioReader"/> enforces the same rules and a few no schema can express.
/// </summary>
public static class PortfolioSchema
{
    private const string ResourceName = "Imh.Dsl.Portfolios.portfolio.schema.json";

    /// <summary>The schema text exactly as shipped (UTF-8, <c>\n</c> line endings), so it can be written out unchanged.</summary>
    public static string Json { get; } = Load();

    private static string Load()
    {
        // An embedded resource rather than a C# string keeps the schema a plain .json file that tools can open directly.
        using Stream stream = typeof(PortfolioSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from {typeof(PortfolioSchema).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        return reader.ReadToEnd();
    }
}
