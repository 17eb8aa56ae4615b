using Imh.Dsl.Evaluation;

namespace Imh.Dsl.Tests.Evaluation;

/// <summary>
/// The slot rules keep their per-level filters and phrases in: a value is made once per key and found
/// again for the same key (by reference); another key replaces it.
/// </summary>
public class KeptForTests
{
    private sealed class Key;

    private static string Make(Key key, List<Key> made)
    {
        made.Add(key);
        return $"made #{made.Count}";
    }

    [Fact]
    public void The_same_key_finds_the_value_made_for_it_without_making_it_again()
    {
        Kept<Key, string>? slot = null;
        var key = new Key();
        var made = new List<Key>();

        var first = KeptFor.Get(ref slot, key, made, Make);
        var second = KeptFor.Get(ref slot, key, made, Make);

        second.ShouldBeSameAs(first);
        made.ShouldBe([key]);
    }

    [Fact]
    public void Another_key_makes_its_own_value_and_takes_the_slot()
    {
        Kept<Key, string>? slot = null;
        Key a = new(), b = new();
        var made = new List<Key>();

        KeptFor.Get(ref slot, a, made, Make).ShouldBe("made #1");
        KeptFor.Get(ref slot, b, made, Make).ShouldBe("made #2");
        KeptFor.Get(ref slot, b, made, Make).ShouldBe("made #2");
        KeptFor.Get(ref slot, a, made, Make).ShouldBe("made #3");

        made.ShouldBe([a, b, a]);
    }

    [Fact]
    public void A_null_key_is_a_key_like_any_other()
    {
        Kept<Key?, string>? slot = null;
        int calls = 0;

        KeptFor.Get(ref slot, null, 0, (_, _) => $"call {++calls}").ShouldBe("call 1");
        KeptFor.Get(ref slot, null, 0, (_, _) => $"call {++calls}").ShouldBe("call 1");
        KeptFor.Get(ref slot, new Key(), 0, (_, _) => $"call {++calls}").ShouldBe("call 2");
    }
}
