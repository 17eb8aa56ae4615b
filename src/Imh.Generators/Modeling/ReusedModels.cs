using System;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Imh.Generators.Modeling;

/// <summary>
/// Models kept from one compilation to the next while no declaration changed. Roslyn runs every
/// <c>ForAttributeWithMetadataName</c> transform again on every new compilation, after an edit
/// inside a method body too, and reading a level into its model is most of a run; but a model is
/// made from declarations only (attributes, types, members, constants, enum values, references),
/// never from a body. So a node's model is reused while the compilation declares what the one that
/// made it did (<see cref="DeclarationSnapshot"/>); anything else makes it again.
/// </summary>
internal static class ReusedModels
{
    /// <summary>The model of a declaration node: <paramref name="make"/>'s, or the one made in a compilation with the same declarations.</summary>
    public static T Get<T>(ConditionalWeakTable<SyntaxNode, Entry<T>> cache, SyntaxNode declaration, Compilation compilation, Func<T> make)
    {
        var entry = cache.GetValue(declaration, static _ => new Entry<T>());
        lock (entry)
        {
            if (entry.Snapshot is { } snapshot && snapshot.DeclaresTheSame(compilation)) return entry.Model;
        }
        var model = make();
        lock (entry)
        {
            entry.Snapshot = DeclarationSnapshot.Of(compilation);
            entry.Model = model;
        }
        return model;
    }

    /// <summary>A node's last model and the declarations it was made from.</summary>
    internal sealed class Entry<T>
    {
        public DeclarationSnapshot? Snapshot { get; set; }

        public T Model { get; set; } = default!;
    }
}
