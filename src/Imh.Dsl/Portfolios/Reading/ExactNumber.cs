using System.Globalization;
using System.Text;

namespace Imh.Dsl.Portfolios.Reading;

/// <summary>
/// Compares a JSON number as written with a bound, exactly: no rounding to <see cref="decimal"/>
/// first, so that <c>200.000000000000000000000000000001</c> is above 200 and <c>1e-400</c> is above 0.
/// </summary>
internal static class ExactNumber
{
    /// <summary>The longest number read straight as a decimal: 20 characters hold at most 20 digits, which a decimal holds exactly.</summary>
    private const int ShortLength = 20;

    /// <summary>The longest number <see cref="Plain"/> reads: 18 digits are below 10^18, which a ulong holds.</summary>
    private const int PlainLength = 18;

    /// <summary>The sign of <paramref name="json"/> − <paramref name="bound"/>.</summary>
    public static int Compare(ReadOnlySpan<byte> json, decimal bound)
    {
        // Declared apart from the condition, so that Stryker can negate it (docs/mutation.md).
        decimal value;
        if (Short(json, out value)) return value.CompareTo(bound);
        var a = Parse(json);
        var b = Parse(Encoding.ASCII.GetBytes(bound.ToString(CultureInfo.InvariantCulture)));
        return Compare(a, b);
    }

    /// <summary>The number is greater than zero.</summary>
    public static bool IsPositive(ReadOnlySpan<byte> json)
    {
        decimal value;
        if (Short(json, out value)) return value > 0;
        var n = Parse(json);
        return !n.Negative && n.Digits.Length > 0;
    }

    /// <summary>The number is a whole number (<c>6</c>, <c>6.0</c>, <c>6e0</c>; not <c>6.0000000000000000000000000001</c>).</summary>
    public static bool IsWhole(ReadOnlySpan<byte> json)
    {
        decimal value;
        if (Short(json, out value)) return value == decimal.Truncate(value);
        var n = Parse(json);
        return n.Digits.Length <= n.Exponent || n.Digits.Length == 0;
    }

    /// <summary>
    /// The value of a short number without an exponent (what portfolios hold: <c>1.5</c>, <c>200</c>),
    /// exact as a decimal, so it is compared without normalizing its digits.
    /// </summary>
    public static bool Short(ReadOnlySpan<byte> json, out decimal value)
    {
        if (Plain(json, out value)) return true;
        int consumed = 0;
        return json.Length <= ShortLength && json.IndexOfAny((byte)'e', (byte)'E') < 0
            && System.Buffers.Text.Utf8Parser.TryParse(json, out value, out consumed) && consumed == json.Length;
    }

    /// <summary>
    /// The commonest numbers of a portfolio (<c>12</c>, <c>1.5</c>: digits with at most one point, at
    /// most 18 of them, so the digits fit a ulong) as the decimal a parser gives, trailing zeros kept
    /// as its scale; false for any other.
    /// </summary>
    internal static bool Plain(ReadOnlySpan<byte> json, out decimal value)
    {
        value = 0;
        if (json.IsEmpty || json.Length > PlainLength) return false;
        ulong mantissa = 0;
        int pointAt = -1;
        for (int i = 0; i < json.Length; i++)
        {
            uint digit = (uint)(json[i] - '0');
            if (digit <= 9) mantissa = mantissa * 10 + digit;
            else if (json[i] == (byte)'.' && pointAt < 0 && i > 0) pointAt = i;
            else return false;
        }
        if (pointAt == json.Length - 1) return false;
        int scale = pointAt < 0 ? 0 : json.Length - pointAt - 1;
        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, false, (byte)scale);
        return true;
    }

    /// <summary>A number as its sign, its significant digits (no leading or trailing zeros) and the exponent of 0.digits.</summary>
    private readonly record struct Normal(bool Negative, string Digits, long Exponent);

    private static Normal Parse(ReadOnlySpan<byte> text)
    {
        int i = 0;
        bool negative = false;
        if (i < text.Length && text[i] == (byte)'-')
        {
            negative = true;
            i++;
        }
        var digits = new StringBuilder();
        long pointAt = -1;
        for (; i < text.Length && text[i] != (byte)'e' && text[i] != (byte)'E'; i++)
        {
            if (text[i] == (byte)'.') pointAt = digits.Length;
            else digits.Append((char)text[i]);
        }
        long exponent = 0;
        if (i < text.Length)
        {
            i++;
            bool expNegative = i < text.Length && text[i] == (byte)'-';
            if (i < text.Length && (text[i] == (byte)'-' || text[i] == (byte)'+')) i++;
            for (; i < text.Length; i++)
            {
                // Exponents past any decimal are all alike: the value is huge or tiny beyond any bound.
                exponent = Math.Min(exponent * 10 + (text[i] - '0'), 1_000_000);
            }
            if (expNegative) exponent = -exponent;
        }
        string all = digits.ToString();
        long intDigits = pointAt < 0 ? all.Length : pointAt;
        int lead = 0;
        while (lead < all.Length && all[lead] == '0') lead++;
        string significant = all[lead..].TrimEnd('0');
        if (significant.Length == 0) return new Normal(false, "", 0);
        return new Normal(negative, significant, intDigits - lead + exponent);
    }

    private static int Compare(Normal a, Normal b)
    {
        int signA = a.Digits.Length == 0 ? 0 : a.Negative ? -1 : 1;
        int signB = b.Digits.Length == 0 ? 0 : b.Negative ? -1 : 1;
        if (signA != signB) return signA.CompareTo(signB);
        if (signA == 0) return 0;
        int magnitude = a.Exponent != b.Exponent ? a.Exponent.CompareTo(b.Exponent) : string.CompareOrdinal(a.Digits, b.Digits);
        return signA * Math.Sign(magnitude);
    }
}
