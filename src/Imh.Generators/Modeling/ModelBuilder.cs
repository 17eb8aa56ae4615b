using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Imh.Generators.Declarations;
using Imh.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Imh.Generators.Modeling;

/// <summary>
/// Maps declarations to the equatable models the emitters write from. Never throws on bad user
/// code: what cannot be modelled gives no model, and the analyzers say why.
/// </summary>
internal static class ModelBuilder
{
    /// <summary>A level or track; null when it cannot be generated (no level, an id or name missing, an argument in error).</summary>
    public static LevelModel? Level(LevelDeclaration declaration, LanguageSymbols symbols)
    {
        if (declaration.Id is not { } id || string.IsNullOrWhiteSpace(declaration.LevelId) || declaration.Name is not { } name) return null;
        if (declaration.IsTrack && string.IsNullOrWhiteSpace(declaration.TrackId)) return null;
        var facets = new List<string>();
        foreach (var facet in declaration.Facets)
        {
            if (Literals.Render(facet) is not { } rendered) return null;
            facets.Add(rendered);
        }
        var requirements = new List<RequirementModel>();
        var continuing = new List<RequirementModel>();
        var fields = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var r in declaration.Requirements)
        {
            if (Requirement(r, fields, symbols) is not { } model) return null;
            (r.IsContinuing ? continuing : requirements).Add(model);
        }
        return new LevelModel(
            Target(declaration.Type), id, name, declaration.Rank, declaration.IsTrack ? declaration.LevelId : null, declaration.TrackId,
            new EquatableArray<string>(declaration.Aliases), new EquatableArray<string>(facets), declaration.From, declaration.Until,
            Provisional(declaration.Provisional), new EquatableArray<RequirementModel>(requirements), new EquatableArray<RequirementModel>(continuing),
            declaration.IsEvaluated, Order(declaration.Type));
    }

    /// <summary>A catalog enum's set of words; null when a word cannot be read.</summary>
    public static WordSetModel? WordSet(WordSetDeclaration set)
    {
        var words = new List<WordModel>();
        foreach (var member in set.Members)
        {
            if (member.Word is not { } word) continue;
            var display = AttributeArguments.String(AttributeArguments.Constructor(word, 0));
            var meaning = AttributeArguments.String(AttributeArguments.Constructor(word, 1));
            if (display is null || meaning is null) return null;
            string json = AttributeArguments.String(AttributeArguments.Named(word, "Json")) ?? Camel(member.Field.Name);
            words.Add(new WordModel(
                member.Field.Name, json, display, meaning, Bits(member.Value),
                AttributeArguments.String(AttributeArguments.Named(word, "Phrase")),
                AttributeArguments.Flag(word, "Default"),
                (int)(AttributeArguments.Integer(AttributeArguments.Named(word, "Version")) ?? 1),
                AttributeArguments.String(AttributeArguments.Named(word, "List")),
                AttributeArguments.Named(word, "Dated") is not { Value: false },
                AttributeArguments.Flag(word, "Whole"),
                Literals.Decimal(AttributeArguments.Number(AttributeArguments.Named(word, "Min")) ?? 0),
                AttributeArguments.Number(AttributeArguments.Named(word, "Max")) is { } max && max > 0 ? Literals.Decimal(max) : null,
                AttributeArguments.Named(word, "Per") is { Value: ITypeSymbol per } ? Literals.Name(per) : null,
                AttributeArguments.Number(AttributeArguments.Named(word, "NotCountedFrom")) is { } limit && limit > 0 ? Literals.Decimal(limit) : null));
        }
        var marker = set.Marker;
        long defaults = AttributeArguments.Named(marker, "Default") is { } d ? AttributeArguments.Integer(d) ?? 0 : 0;
        if (set.Kind == LanguageAttribute.Tags)
        {
            // Flags on by default are said word by word.
            foreach (var member in set.Members)
            {
                if (member.Word is { } w && AttributeArguments.Flag(w, "Default")) defaults |= member.Value;
            }
        }
        return new WordSetModel(
            Literals.Name(set.Enum),
            set.Kind.ToString(), set.Evidence, set.Property, AttributeArguments.String(AttributeArguments.Named(marker, "Noun")),
            AttributeArguments.Named(marker, "InTitle") is not { Value: false },
            AttributeArguments.Flag(marker, "Required"), AttributeArguments.Flag(marker, "Many"), AttributeArguments.Flag(marker, "Names"),
            Bits(defaults), (int)(AttributeArguments.Integer(AttributeArguments.Named(marker, "Version")) ?? 1),
            new EquatableArray<WordModel>(words), Order(set.Enum) + "/" + set.Property);
    }

    /// <summary>The assembly's [Catalog] and [EvidenceList]s; null without a usable [Catalog].</summary>
    public static CatalogModel? Catalog(IAssemblySymbol assembly, LanguageSymbols symbols)
    {
        AttributeData? catalog = null;
        var lists = new List<EvidenceListModel>();
        foreach (var a in assembly.GetAttributes())
        {
            var kind = symbols.KindOf(a);
            if (kind == LanguageAttribute.Catalog) catalog ??= a;
            if (kind == LanguageAttribute.EvidenceList
                && AttributeArguments.Constructor(a, 0) is { } e && AttributeArguments.EnumMemberName(e) is { } evidence
                && AttributeArguments.String(AttributeArguments.Constructor(a, 1)) is { } json)
            {
                lists.Add(new EvidenceListModel(evidence, json,
                    AttributeArguments.String(AttributeArguments.Named(a, "Singular")), AttributeArguments.String(AttributeArguments.Named(a, "Plural")),
                    AttributeArguments.String(AttributeArguments.Named(a, "Noun")), AttributeArguments.String(AttributeArguments.Named(a, "Short"))));
            }
        }
        if (catalog is null || AttributeArguments.String(AttributeArguments.Constructor(catalog, 0)) is not { } name || !SyntaxFacts.IsValidIdentifier(name)) return null;
        var ns = AttributeArguments.String(AttributeArguments.Named(catalog, "Namespace"));
        // Keywords are valid identifier characters but not namespace names (IMH011 reports both).
        if (ns is not null && !ns.Split('.').All(part => SyntaxFacts.IsValidIdentifier(part) && SyntaxFacts.GetKeywordKind(part) == SyntaxKind.None)) ns = null;
        return new CatalogModel(name, AttributeArguments.String(AttributeArguments.Named(catalog, "Id")) ?? name.ToLowerInvariant(), ns,
            AttributeArguments.String(AttributeArguments.Named(catalog, "SourceText")), AttributeArguments.String(AttributeArguments.Named(catalog, "Title")),
            (int)(AttributeArguments.Integer(AttributeArguments.Named(catalog, "FormatVersion")) ?? 1), new EquatableArray<EvidenceListModel>(lists),
            AttributeArguments.String(AttributeArguments.Named(catalog, "LevelNoun")), AttributeArguments.Flag(catalog, "ReportsLeftOut"));
    }

    /// <summary>An attribute as written, to construct in generated code; null when the generated code could not construct it.</summary>
    public static ConstructedModel? Constructed(AttributeData attribute, Compilation compilation)
    {
        if (attribute.AttributeClass is not { } type || Construction.Problem(attribute, compilation) is not null) return null;
        var arguments = new List<string>();
        foreach (var argument in attribute.ConstructorArguments)
        {
            if (Literals.Render(argument) is not { } rendered) return null;
            arguments.Add(rendered);
        }
        var named = new List<NamedValue>();
        foreach (var pair in attribute.NamedArguments)
        {
            if (Literals.Render(pair.Value) is not { } rendered) return null;
            named.Add(new NamedValue(pair.Key, rendered));
        }
        return new ConstructedModel(Literals.Name(type), new EquatableArray<string>(arguments), new EquatableArray<NamedValue>(named));
    }

    private static RequirementModel? Requirement(RequirementDeclaration r, HashSet<string> fields, LanguageSymbols symbols)
    {
        if (r.Key is not { } key || r.Title is not { } title) return null;
        var conditions = new List<ConstructedModel>();
        var rules = new List<ConstructedModel>();
        var parts = new List<ConstructedModel>();
        foreach (var use in r.Constructed)
        {
            if (Constructed(use.Attribute, symbols.Compilation) is not { } model) return null;
            (use.Kind == LanguageAttribute.Condition ? conditions : use.Kind == LanguageAttribute.Rule ? rules : parts).Add(model);
        }
        var sources = r.Own(LanguageAttribute.Source).Select(a => AttributeArguments.String(AttributeArguments.Constructor(a, 0))).OfType<string>();
        var notes = NotesOf(r.Property, symbols, 0)
            .Select(a => (Quote: AttributeArguments.String(AttributeArguments.Constructor(a, 0)), Says: AttributeArguments.String(AttributeArguments.Named(a, "Says"))))
            .Where(n => n.Quote is not null).GroupBy(n => n.Quote).Select(g => new NoteModel(g.Key!, g.First().Says));
        var reviews = r.Own(LanguageAttribute.Review)
            .Select(a => new[] { 0, 1, 2 }.Select(i => AttributeArguments.String(AttributeArguments.Constructor(a, i))).ToArray())
            .Where(v => v.All(s => s is not null)).Select(v => new ReviewModel(v[0]!, v[1]!, v[2]!));
        string field = r.Property.Name;
        for (int i = 2; !fields.Add(field); i++) field = r.Property.Name + i.ToString(CultureInfo.InvariantCulture);
        return new RequirementModel(field, r.Property.Name, key, title, r.Obligation, r.IsContinuing, r.From, r.Until,
            new EquatableArray<string>(sources), new EquatableArray<NoteModel>(notes), new EquatableArray<ReviewModel>(reviews),
            new EquatableArray<ConstructedModel>(conditions), new EquatableArray<ConstructedModel>(rules), new EquatableArray<ConstructedModel>(parts));
    }

    // A requirement that is the same as another ("criteria as specified at another level") with WithNotes carries
    // that one's notes first, so its page shows the whole criterion without the catalog copying the sentences.
    private static IEnumerable<AttributeData> NotesOf(IPropertySymbol property, LanguageSymbols symbols, int depth)
    {
        var attributes = property.GetAttributes();
        foreach (var a in attributes)
        {
            if (depth < RequirementDeclaration.MaxSameAsDepth && symbols.KindOf(a) == LanguageAttribute.SameAs && AttributeArguments.Flag(a, "WithNotes")
                && RequirementDeclaration.SameAsTarget(a) is { } target)
            {
                foreach (var note in NotesOf(target, symbols, depth + 1)) yield return note;
            }
        }
        foreach (var a in attributes)
        {
            if (symbols.KindOf(a) == LanguageAttribute.Note) yield return a;
        }
    }

    private static ProvisionalModel? Provisional(AttributeData? attribute)
    {
        if (attribute is null) return null;
        var id = AttributeArguments.String(AttributeArguments.Constructor(attribute, 0));
        var name = AttributeArguments.String(AttributeArguments.Constructor(attribute, 1));
        if (id is null || name is null) return null;
        var waives = AttributeArguments.Elements(AttributeArguments.Named(attribute, "Waives")) is { } items
            ? items.Select(i => AttributeArguments.String(i)).OfType<string>()
            : [];
        return new ProvisionalModel(id, name, new EquatableArray<string>(waives), AttributeArguments.String(AttributeArguments.Named(attribute, "Says")));
    }

    private static TypeTarget Target(INamedTypeSymbol type)
    {
        string keyword = type.IsRecord
            ? (type.TypeKind == TypeKind.Struct ? "record struct" : "record")
            : (type.TypeKind == TypeKind.Struct ? "struct" : "class");
        string accessibility = type.DeclaredAccessibility == Accessibility.Public ? "public" : "internal";
        bool isPartial = type.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is TypeDeclarationSyntax t && t.Modifiers.Any(m => m.IsKind(SyntaxKind.PartialKeyword)));
        var ns = type.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() : null;
        return new TypeTarget(ns, type.Name, keyword, accessibility, isPartial, type.ContainingType is not null);
    }

    /// <summary>
    /// Declaration order across files: the file path, then the type's place among the file's type
    /// declarations (not its character position, so that an edit inside a body changes nothing).
    /// </summary>
    private static string Order(ISymbol symbol)
    {
        var reference = symbol.DeclaringSyntaxReferences.FirstOrDefault();
        if (reference is null) return symbol.ToDisplayString();
        var node = reference.GetSyntax();
        int index = node.SyntaxTree.GetRoot().DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax)
            .OfType<BaseTypeDeclarationSyntax>().TakeWhile(t => t != node).Count();
        return $"{reference.SyntaxTree.FilePath}:{index.ToString("D4", CultureInfo.InvariantCulture)}";
    }

    private static string Bits(long value) => unchecked((ulong)value).ToString(CultureInfo.InvariantCulture) + "UL";

    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);
}
