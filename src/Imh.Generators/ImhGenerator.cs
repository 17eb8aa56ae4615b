using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Imh.Generators.Declarations;
using Imh.Generators.Emitting;
using Imh.Generators.Model;
using Imh.Generators.Modeling;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Imh.Generators;

/// <summary>
/// Generates a validator, a typed report and a renewal validator for every declared level and
/// track, and the catalog and vocabulary that list them. Declarations become equatable models in
/// the first step, so later steps cache; rules are constructed as the author wrote them, so the
/// generator knows no rule kind. Bad declarations produce no output and the analyzers say why.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ImhGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var levels = Read(context, LanguageSymbols.Namespace + ".LevelAttribute", TrackingNames.Levels);
        var tracks = Read(context, LanguageSymbols.Namespace + ".TrackAttribute", TrackingNames.Tracks);

        var catalog = context.CompilationProvider
            .Select(static (compilation, _) => LanguageSymbols.For(compilation) is { } symbols ? ModelBuilder.Catalog(compilation.Assembly, symbols) : null)
            .WithTrackingName(TrackingNames.Catalog);

        // One source file per level or track: its validators depend on its own declarations and on the catalog's name only.
        context.RegisterSourceOutput(
            levels.Where(static m => m.IsEvaluated).Combine(catalog).WithTrackingName(TrackingNames.LevelOutputs),
            static (spc, pair) => EmitLevel(spc, pair.Left, pair.Right));
        context.RegisterSourceOutput(
            tracks.Where(static m => m.IsEvaluated).Combine(catalog).WithTrackingName(TrackingNames.TrackOutputs),
            static (spc, pair) => EmitLevel(spc, pair.Left, pair.Right));

        var entries = levels.Collect().Combine(tracks.Collect())
            .Select(static (pair, _) => new EquatableArray<LevelEntry>(pair.Left.AddRange(pair.Right).Select(EntryOf)))
            .WithTrackingName(TrackingNames.CatalogEntries);

        var sets = WordSets(context, "TagsAttribute").Combine(WordSets(context, "ChoiceAttribute"))
            .Select(static (p, _) => p.Left.AddRange(p.Right))
            .Combine(WordSets(context, "NumbersAttribute")).Select(static (p, _) => p.Left.AddRange(p.Right))
            .Combine(WordSets(context, "DocumentsAttribute")).Select(static (p, _) => p.Left.AddRange(p.Right))
            .Combine(WordSets(context, "AssessmentsAttribute")).Select(static (p, _) => p.Left.AddRange(p.Right))
            .Select(static (all, _) => new EquatableArray<WordSetModel>(all))
            .WithTrackingName(TrackingNames.WordSets);

        context.RegisterSourceOutput(catalog.Combine(entries).Combine(sets), static (spc, input) =>
        {
            var ((model, all), words) = input;
            if (model is null) return;
            // Two declarations with one id or alias would make the catalog ambiguous; the analyzers report it.
            // The vocabulary is still emitted: every level's code refers to it.
            var ids = all.SelectMany(e => e.Aliases.Prepend(e.Id)).ToList();
            bool distinct = ids.Count == ids.Distinct(System.StringComparer.OrdinalIgnoreCase).Count();
            spc.AddSource($"{model.Name}Catalog.g.cs", CatalogEmitter.Emit(model, all, words, withCatalog: distinct));
        });
    }

    // Each pipeline keeps its models for the next compilation (ReusedModels); a new generator, as a new build makes, starts empty.
    private static IncrementalValuesProvider<LevelModel> Read(IncrementalGeneratorInitializationContext context, string attribute, string name)
    {
        var models = new ConditionalWeakTable<SyntaxNode, ReusedModels.Entry<LevelModel?>>();
        return context.SyntaxProvider
            .ForAttributeWithMetadataName(attribute, static (node, _) => node is TypeDeclarationSyntax,
                (c, ct) => ReusedModels.Get(models, c.TargetNode, c.SemanticModel.Compilation, () => Read(c, ct)))
            .Where(static m => m is not null)
            .Select(static (m, _) => m!)
            .WithTrackingName(name);
    }

    private static LevelModel? Read(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type || LanguageSymbols.For(context.SemanticModel.Compilation) is not { } symbols) return null;
        cancellationToken.ThrowIfCancellationRequested();
        if (LevelDeclaration.Read(type, symbols) is not { } declaration) return null;
        // A type marked both [Level] and [Track] is read once, as a level; IMH004 reports it.
        if (declaration.IsLevel && context.Attributes.FirstOrDefault()?.AttributeClass?.Name == "TrackAttribute") return null;
        return ModelBuilder.Level(declaration, symbols);
    }

    private static IncrementalValueProvider<ImmutableArray<WordSetModel>> WordSets(IncrementalGeneratorInitializationContext context, string attribute)
    {
        var models = new ConditionalWeakTable<SyntaxNode, ReusedModels.Entry<ImmutableArray<WordSetModel>>>();
        return context.SyntaxProvider
            .ForAttributeWithMetadataName(LanguageSymbols.Namespace + "." + attribute, static (node, _) => node is EnumDeclarationSyntax,
                (c, _) => ReusedModels.Get(models, c.TargetNode, c.SemanticModel.Compilation, () => WordSets(c, attribute)))
            .SelectMany(static (sets, _) => sets)
            .Collect();
    }

    private static ImmutableArray<WordSetModel> WordSets(GeneratorAttributeSyntaxContext context, string attribute)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type || LanguageSymbols.For(context.SemanticModel.Compilation) is not { } symbols) return ImmutableArray<WordSetModel>.Empty;
        // An enum with several markers comes once per marker kind: keep the sets of this one.
        return WordSetDeclaration.Read(type, symbols)
            .Where(s => s.Marker.AttributeClass?.Name == attribute)
            .Select(ModelBuilder.WordSet).Where(m => m is not null).Select(m => m!).ToImmutableArray();
    }

    private static void EmitLevel(SourceProductionContext context, LevelModel level, CatalogModel? catalog)
    {
        if (catalog is null) return;
        context.AddSource(HintName(level), LevelEmitter.Emit(level, catalog));
    }

    private static string HintName(LevelModel level) => (level.Target.Namespace is null ? "" : level.Target.Namespace + ".") + level.Target.Name + ".g.cs";

    private static LevelEntry EntryOf(LevelModel level) => new(
        level.Id, level.Name, level.LevelId, level.Aliases, level.IsEvaluated, level.Rank, level.Order,
        level.IsEvaluated ? level.QualifiedPrefix + level.ValidatorName : null,
        level.IsEvaluated && level.Continuing.Any(r => !r.IsNotRequired) ? level.QualifiedPrefix + level.RenewalValidatorName : null,
        level.Facets, level.Provisional?.Id);
}

/// <summary>Names of the pipeline steps, for incremental-caching tests.</summary>
public static class TrackingNames
{
    /// <summary>Levels as read (abstract ones included).</summary>
    public const string Levels = nameof(Levels);
    /// <summary>Tracks as read.</summary>
    public const string Tracks = nameof(Tracks);
    /// <summary>A level and the catalog, for its source file.</summary>
    public const string LevelOutputs = nameof(LevelOutputs);
    /// <summary>A track and the catalog, for its source file.</summary>
    public const string TrackOutputs = nameof(TrackOutputs);
    /// <summary>The catalog registration.</summary>
    public const string Catalog = nameof(Catalog);
    /// <summary>What the catalog lists.</summary>
    public const string CatalogEntries = nameof(CatalogEntries);
    /// <summary>The vocabulary's sets of words.</summary>
    public const string WordSets = nameof(WordSets);
}
