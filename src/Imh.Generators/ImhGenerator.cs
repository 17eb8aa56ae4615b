using System.Linq;
using Imh.Generators.Emitting;
using Imh.Generators.Model;
using Imh.Generators.Parsing;
using Microsoft.CodeAnalysis;

namespace Imh.Generators;

/// <summary>
/// Generates a validator, a typed report and a renewal validator for every declared level and
/// track, and the catalog that lists them. Declarations become equatable models in the first
/// step, so later steps cache; bad declarations produce no output and the analyzers report them.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ImhGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var levels = context.SyntaxProvider
            .ForAttributeWithMetadataName(KnownNames.LevelAttribute, static (node, _) => IsType(node), DeclarationParser.ParseLevel)
            .WithTrackingName(TrackingNames.Levels)
            .Where(static m => m is not null)
            .Select(static (m, _) => m!)
            .WithTrackingName(TrackingNames.ConcreteLevels);

        var tracks = context.SyntaxProvider
            .ForAttributeWithMetadataName(KnownNames.TrackAttribute, static (node, _) => IsType(node), DeclarationParser.ParseTrack)
            .WithTrackingName(TrackingNames.Tracks)
            .Where(static m => m is not null)
            .Select(static (m, _) => m!)
            .WithTrackingName(TrackingNames.ConcreteTracks);

        context.RegisterSourceOutput(levels, static (spc, level) => spc.AddSource(HintName(level), ValidatorEmitter.Emit(level)));
        context.RegisterSourceOutput(tracks, static (spc, track) => spc.AddSource(HintName(track), ValidatorEmitter.Emit(track)));

        var catalog = context.CompilationProvider
            .Select(static (compilation, _) => DeclarationParser.ParseCatalog(compilation.Assembly))
            .WithTrackingName(TrackingNames.Catalog);

        var entries = levels.Select(static (l, _) => EntryOf(l)).Collect()
            .Combine(tracks.Select(static (t, _) => EntryOf(t)).Collect())
            .Select(static (pair, _) => new EquatableArray<CatalogEntry>(pair.Left.AddRange(pair.Right)))
            .WithTrackingName(TrackingNames.CatalogEntries);

        context.RegisterSourceOutput(catalog.Combine(entries), static (spc, pair) =>
        {
            if (pair.Left is not { } model) return;
            // Two declarations with one id would make the catalog ambiguous; the analyzers report it.
            if (pair.Right.GroupBy(e => e.Id, System.StringComparer.OrdinalIgnoreCase).Any(g => g.Count() > 1)) return;
            spc.AddSource($"{model.Name}Catalog.g.cs", CatalogEmitter.Emit(model, pair.Right));
        });
    }

    private static bool IsType(SyntaxNode node) => node is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax;

    private static string HintName(LevelModel level) => (level.Target.Namespace is null ? "" : level.Target.Namespace + ".") + level.Target.Name + ".g.cs";

    private static CatalogEntry EntryOf(LevelModel level) => new(
        level.Id,
        level.Rank,
        level.QualifiedPrefix + level.ValidatorName,
        level.Continuing.Any(r => !r.IsNotRequired) ? level.QualifiedPrefix + level.RenewalValidatorName : null);
}

/// <summary>Names of the pipeline steps, for incremental-caching tests.</summary>
public static class TrackingNames
{
    /// <summary>Levels as parsed (null for abstract ones).</summary>
    public const string Levels = nameof(Levels);
    /// <summary>Concrete levels.</summary>
    public const string ConcreteLevels = nameof(ConcreteLevels);
    /// <summary>Tracks as parsed.</summary>
    public const string Tracks = nameof(Tracks);
    /// <summary>Tracks with a level.</summary>
    public const string ConcreteTracks = nameof(ConcreteTracks);
    /// <summary>The catalog registration.</summary>
    public const string Catalog = nameof(Catalog);
    /// <summary>What the catalog lists.</summary>
    public const string CatalogEntries = nameof(CatalogEntries);
}
