using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Imh.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Imh.Generators.Analyzers;

/// <summary>The assembly's [Catalog] and the AdditionalFiles item holding the published text it names.</summary>
internal sealed class CatalogRegistration
{
    private readonly Lazy<string?> _textWithoutWhitespace;

    private CatalogRegistration(AttributeData attribute, string? sourceText, AdditionalText? file)
    {
        Attribute = attribute;
        SourceText = sourceText;
        File = file;
        _textWithoutWhitespace = new Lazy<string?>(() => file?.GetText()?.ToString() is { } text ? SourceQuotes.WithoutWhitespace(text) : null);
    }

    public AttributeData Attribute { get; }

    /// <summary>The registered file name, if any.</summary>
    public string? SourceText { get; }

    /// <summary>The AdditionalFiles item with that file name, if any.</summary>
    public AdditionalText? File { get; }

    /// <summary>The published text without whitespace, read once; null when there is none to compare with.</summary>
    public string? TextWithoutWhitespace => _textWithoutWhitespace.Value;

    public static CatalogRegistration? Find(Compilation compilation, LanguageSymbols symbols, ImmutableArray<AdditionalText> additionalFiles)
    {
        var attribute = compilation.Assembly.GetAttributes().FirstOrDefault(a => symbols.KindOf(a) == LanguageAttribute.Catalog);
        if (attribute is null) return null;
        var sourceText = AttributeArguments.String(AttributeArguments.Named(attribute, "SourceText"));
        var file = string.IsNullOrWhiteSpace(sourceText) ? null
            : additionalFiles.FirstOrDefault(f => string.Equals(Path.GetFileName(f.Path), sourceText, StringComparison.OrdinalIgnoreCase));
        return new CatalogRegistration(attribute, sourceText, file);
    }
}
