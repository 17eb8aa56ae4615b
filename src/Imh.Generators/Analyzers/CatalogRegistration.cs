using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Imh.Generators.Declarations;
using Microsoft.CodeAnalysis;

namespace Imh.Generators.Analyzers;

/// <summary>The assembly's [Catalog] and the AdditionalFiles item holding the published text it names.</summary>
internal sealed class CatalogRegistration
{
    private readonly Lazy<string?> _normalizedText;

    private CatalogRegistration(AttributeData attribute, string? sourceText, AdditionalText? file)
    {
        Attribute = attribute;
        SourceText = sourceText;
        File = file;
        _normalizedText = new Lazy<string?>(() => file?.GetText()?.ToString() is { } text ? SourceQuotes.NormalizeSource(text) : null);
    }

    public AttributeData Attribute { get; }

    /// <summary>The registered file name, if any.</summary>
    public string? SourceText { get; }

    /// <summary>The AdditionalFiles item with that file name, if any.</summary>
    public AdditionalText? File { get; }

    /// <summary>The published text as quotes are looked up in it, read once; null when there is none to compare with.</summary>
    public string? NormalizedText => _normalizedText.Value;

    public static CatalogRegistration? Find(CatalogIndex index, ImmutableArray<AdditionalText> additionalFiles)
    {
        if (index.Catalog is not { } attribute) return null;
        var sourceText = AttributeArguments.String(AttributeArguments.Named(attribute, "SourceText"));
        var file = string.IsNullOrWhiteSpace(sourceText) ? null
            : additionalFiles.FirstOrDefault(f => string.Equals(Path.GetFileName(f.Path), sourceText, StringComparison.OrdinalIgnoreCase));
        return new CatalogRegistration(attribute, sourceText, file);
    }
}
