using CsCheck;
using Imh.Dsl.Portfolios;

namespace Imh.Dsl.Tests.Portfolios;

/// <summary>
/// <see cref="WordBits.Of"/> reads an enum's value without boxing it again: for every underlying type
/// it must give what <see cref="Convert.ToUInt64(object?, IFormatProvider?)"/> gave, and fail where it failed.
/// </summary>
public class WordBitsTests
{
    private enum OfInt { }

    private enum OfUInt : uint { }

    private enum OfLong : long { }

    private enum OfULong : ulong { }

    private enum OfShort : short { }

    private enum OfUShort : ushort { }

    private enum OfSByte : sbyte { }

    private enum OfByte : byte { }

    // What the bits were before: Convert's, or the exception it threw.
    private static object Expected(Enum value)
    {
        try
        {
            return Convert.ToUInt64(value, System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (OverflowException e)
        {
            return e.GetType();
        }
    }

    private static object Actual(Enum value)
    {
        try
        {
            return WordBits.Of(value);
        }
        catch (OverflowException e)
        {
            return e.GetType();
        }
    }

    private static void Same(Enum value) => Actual(value).ShouldBe(Expected(value), $"{value.GetType().Name} {value}");

    [Fact]
    public void The_bits_of_an_enum_of_every_underlying_type_are_its_value_and_a_negative_value_still_throws()
    {
        Gen.Int.Sample(v => Same((OfInt)v));
        Gen.UInt.Sample(v => Same((OfUInt)v));
        Gen.Long.Sample(v => Same((OfLong)v));
        Gen.ULong.Sample(v => Same((OfULong)v));
        Gen.Short.Sample(v => Same((OfShort)v));
        Gen.UShort.Sample(v => Same((OfUShort)v));
        Gen.SByte.Sample(v => Same((OfSByte)v));
        Gen.Byte.Sample(v => Same((OfByte)v));
    }

    [Fact]
    public void The_bits_at_the_edges_of_each_underlying_type_are_Converts()
    {
        foreach (var v in new[] { int.MinValue, -1, 0, 1, int.MaxValue }) Same((OfInt)v);
        foreach (var v in new[] { 0u, 1u, uint.MaxValue }) Same((OfUInt)v);
        foreach (var v in new[] { long.MinValue, -1L, 0L, (long)int.MaxValue + 1, long.MaxValue }) Same((OfLong)v);
        foreach (var v in new[] { 0UL, (ulong)uint.MaxValue + 1, ulong.MaxValue }) Same((OfULong)v);
        foreach (var v in new short[] { short.MinValue, -1, 0, short.MaxValue }) Same((OfShort)v);
        foreach (var v in new ushort[] { 0, ushort.MaxValue }) Same((OfUShort)v);
        foreach (var v in new sbyte[] { sbyte.MinValue, -1, 0, sbyte.MaxValue }) Same((OfSByte)v);
        foreach (var v in new byte[] { 0, byte.MaxValue }) Same((OfByte)v);
    }

    [Fact]
    public void No_value_has_no_bits()
    {
        WordBits.Of(null!).ShouldBe(0UL);
    }
}
