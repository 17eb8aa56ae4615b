using System.Collections.Immutable;
using System.Text.Json;

namespace Imh.Dsl.Portfolios.Reading;

// Values: booleans, strings, dates, bounded numbers, the catalog's words, level ids.
internal ref partial struct Walker
{
    /// <summary>Upper bound of training hours.</summary>
    public const decimal MaxTrainingHours = 200m;

    /// <summary>Upper bound of session hours (one day).</summary>
    public const decimal MaxSessionHours = 24m;

    /// <summary>Upper bound of a work entry's FTE.</summary>
    public const decimal MaxFte = 1m;

    private bool? ReadBool()
    {
        switch (_r.TokenType)
        {
            case JsonTokenType.True: return true;
            case JsonTokenType.False: return false;
            default:
                WrongType("true or false");
                return null;
        }
    }

    /// <summary>A string; required ones must not be blank, optional ones may be null.</summary>
    private string? ReadString(bool required)
    {
        if (_r.TokenType == JsonTokenType.Null && !required) return null;
        if (_r.TokenType != JsonTokenType.String)
        {
            WrongType(required ? "a non-empty string" : "a string or null");
            return null;
        }
        string? value = _r.ValueIsEscaped ? GetString() : _strings.Get(_r.ValueSpan);
        if (required && value is not null && string.IsNullOrWhiteSpace(value)) Problem("must not be empty");
        return value;
    }

    private DateOnly? ReadDate(bool nullable)
    {
        if (_r.TokenType == JsonTokenType.Null && nullable) return null;
        if (_r.TokenType != JsonTokenType.String)
        {
            WrongType(nullable ? "a date (\"YYYY-MM-DD\") or null" : "a date (\"YYYY-MM-DD\")");
            return null;
        }
        if (!_r.ValueIsEscaped && _r.ValueSpan.Length == 10)
        {
            var date = ParseDate(_r.ValueSpan);
            if (date is not null) return date;
        }

        // Not a plain date: find out what is wrong (the slow way, only for problems).
        string? text = GetString();
        if (text is null) return null;
        if (!HasDateShape(text))
        {
            Problem($"{Quote(text)} is not a date in the form YYYY-MM-DD");
            return null;
        }
        var escaped = ParseDate(System.Text.Encoding.ASCII.GetBytes(text));
        if (escaped is not null) return escaped;
        Problem($"{Quote(text)} is not a date that exists");
        return null;
    }

    /// <summary>YYYY-MM-DD as a date that exists, or null.</summary>
    private static DateOnly? ParseDate(ReadOnlySpan<byte> text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-') return null;

        // Straight-line: this runs for every date of every entry.
        uint y0 = text[0] - (uint)'0', y1 = text[1] - (uint)'0', y2 = text[2] - (uint)'0', y3 = text[3] - (uint)'0';
        uint m0 = text[5] - (uint)'0', m1 = text[6] - (uint)'0', d0 = text[8] - (uint)'0', d1 = text[9] - (uint)'0';
        if (y0 > 9 | y1 > 9 | y2 > 9 | y3 > 9 | m0 > 9 | m1 > 9 | d0 > 9 | d1 > 9) return null;
        int year = (int)(y0 * 1000 + y1 * 100 + y2 * 10 + y3), month = (int)(m0 * 10 + m1), day = (int)(d0 * 10 + d1);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day);
    }

    private static bool HasDateShape(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-') return false;
        for (int i = 0; i < text.Length; i++)
        {
            if (i != 4 && i != 7 && !char.IsAsciiDigit(text[i])) return false;
        }
        return true;
    }

    /// <summary>A number greater than 0 and at most <paramref name="max"/>, compared exactly as written.</summary>
    private decimal? ReadBoundedNumber(decimal max)
    {
        if (_r.TokenType != JsonTokenType.Number)
        {
            WrongType("a number");
            return null;
        }
        var raw = _r.ValueSpan;

        // The common case, a short plain number, is parsed once; others are compared digit by digit.
        // Locals declared apart from the conditions (here and below), so that Stryker can mutate them (docs/mutation.md).
        decimal plain;
        if (ExactNumber.Short(raw, out plain) && plain > 0 && plain <= max) return plain;
        if (!ExactNumber.IsPositive(raw) || ExactNumber.Compare(raw, max) > 0)
        {
            Problem($"must be greater than 0 and at most {Invariant(max)}, found {Printable.Escape(RawNumber())}");
            return null;
        }
        decimal value;
        if (!_r.TryGetDecimal(out value) || value <= 0m)
        {
            // Above 0 as written, but below what a decimal holds (1e-400): say so rather than "must be greater than 0".
            Problem($"{Quote(RawNumber())} is too small to count: write it with at most 28 decimal places");
            return null;
        }
        return value;
    }

    /// <summary>A number of the catalog (families served...): bounds and wholeness from its word.</summary>
    private decimal? ReadNumberValue(Word word)
    {
        if (_r.TokenType != JsonTokenType.Number)
        {
            WrongType(word.Whole ? "a whole number" : "a number");
            return null;
        }
        var raw = _r.ValueSpan;
        decimal? max = word.Max;
        string range = max is not null ? $"from {Invariant(word.Min)} to {Invariant(max.Value)}" : $"at least {Invariant(word.Min)}";
        decimal value = 0;
        if (ExactNumber.Compare(raw, word.Min) < 0 || (max is not null && ExactNumber.Compare(raw, max.Value) > 0) || !_r.TryGetDecimal(out value))
        {
            Problem($"must be a {(word.Whole ? "whole " : "")}number {range}, found {Printable.Escape(RawNumber())}");
            return null;
        }
        if (word.Whole && !ExactNumber.IsWhole(raw))
        {
            Problem($"must be a whole number {range}, found {Printable.Escape(RawNumber())}");
            return null;
        }
        return value;
    }

    /// <summary>A number given once, or per value of a choice (<c>{"infant": 6}</c>).</summary>
    private void ReadNumber(Field field, ref List<EntryNumber>? numbers)
    {
        var word = field.Word!;
        var per = word.Per;
        if (per is null)
        {
            var value = ReadNumberValue(word);
            if (value is not null) (numbers ??= []).Add(new EntryNumber(word.Value, null, value.Value));
            return;
        }
        var keys = _vocabulary.Find(per);
        if (_r.TokenType != JsonTokenType.StartObject || keys is null)
        {
            WrongType($"an object keyed by {keys?.Property ?? per.Name}");
            return;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            Next();
            if (_r.TokenType == JsonTokenType.EndObject) return;
            long at = _r.TokenStartIndex;
            string key = GetString() ?? "";
            var keyWord = keys.Find(key);
            Next();
            if (keyWord is null)
            {
                Problem(_path.With(key), at, UnknownValue(key, keys));
                SkipValue();
                continue;
            }
            if (!seen.Add(key))
            {
                Problem(_path.With(key), at, $"duplicate property {Quote(key)}");
                SkipValue();
                continue;
            }
            _path.Push(key);
            var value = ReadNumberValue(word);
            if (value is not null) (numbers ??= []).Add(new EntryNumber(word.Value, keyWord.Value, value.Value));
            _path.Pop();
        }
    }

    /// <summary>An enumerated value (or, for a list property, values) of the catalog, as bits.</summary>
    private ulong? ReadChoice(WordSet set)
    {
        if (set.Many)
        {
            if (!StartArray("a list of strings")) return null;
            long at = _r.TokenStartIndex;
            ulong all = 0;
            int index = -1;
            while (NextItem(ref index))
            {
                var bits = ReadOneChoice(set);
                if (bits is not null) all |= bits.Value;
            }
            if (index < 0)
            {
                Problem(_path.ToString(), at, "must list at least one value; allowed: " + string.Join(", ", set.Words.Select(w => w.Json)));
                return null;
            }
            return all;
        }
        return ReadOneChoice(set);
    }

    private ulong? ReadOneChoice(WordSet set)
    {
        if (_r.TokenType != JsonTokenType.String)
        {
            WrongType("a string");
            return null;
        }
        if (!_r.ValueIsEscaped)
        {
            foreach (var w in set.Words)
            {
                if (_r.ValueSpan.SequenceEqual(w.Utf8)) return w.Bits;
            }
        }
        string? text = GetString();
        if (text is null) return null;
        var word = set.Find(text);
        if (word is not null) return word.Bits;
        Problem(UnknownValue(text, set));
        return null;
    }

    private static string UnknownValue(string text, WordSet set)
    {
        var allowed = set.Words.Select(w => w.Json).ToList();
        var name = set.Property ?? "value";
        var suggestion = Suggest(text, allowed);
        return suggestion is not null
            ? $"unknown {name} {Quote(text)}; did you mean {Quote(suggestion)}? allowed: {string.Join(", ", allowed)}"
            : $"unknown {name} {Quote(text)}; allowed: {string.Join(", ", allowed)}";
    }

    /// <summary>
    /// A level or track id (or alias) of the catalog, as its canonical id. <paramref name="held"/>
    /// accepts only ids that are evaluated (a level with tracks is held through a track).
    /// </summary>
    private string? ReadLevel(bool held, bool nullable)
    {
        if (_r.TokenType == JsonTokenType.Null && nullable) return null;
        if (_r.TokenType != JsonTokenType.String)
        {
            WrongType(nullable ? "a string or null" : "a string");
            return null;
        }
        string? text = GetString();
        if (text is null) return null;
        if (string.IsNullOrWhiteSpace(text))
        {
            Problem("must not be empty");
            return null;
        }
        var level = _vocabulary.Level(text);
        if (level is not null && (!held || level.Evaluated)) return level.Id;
        var ids = _vocabulary.Levels.Where(l => !held || l.Evaluated).Select(l => l.Id).ToList();
        string allowed = string.Join(", ", ids) + (nullable ? " or null" : "");
        var suggestion = Suggest(text, ids);
        Problem(suggestion is not null
            ? $"unknown level {Quote(text)}; did you mean {Quote(suggestion)}? allowed: {allowed}"
            : $"unknown level {Quote(text)}; allowed: {allowed}");
        return null;
    }

    /// <summary>One level id, null, or (from version 2) a list of them.</summary>
    private ImmutableArray<string> ReadLevels()
    {
        if (_r.TokenType == JsonTokenType.StartArray && _vocabulary.FormatVersion >= 2)
        {
            _laterSyntax.Add((2, _r.TokenStartIndex, _path.ToString(), "a list of levels"));
            var ids = ImmutableArray.CreateBuilder<string>();
            for (int index = 0; ; index++)
            {
                Next();
                if (_r.TokenType == JsonTokenType.EndArray) break;
                _path.Push(index);
                var id = ReadLevel(held: false, nullable: false);
                if (id is not null && !ids.Contains(id)) ids.Add(id);
                _path.Pop();
            }
            return ids.ToImmutable();
        }
        var one = ReadLevel(held: false, nullable: true);
        return one is not null ? [one] : [];
    }
}
