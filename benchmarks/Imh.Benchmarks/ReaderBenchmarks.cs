using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Imh.Benchmarks.Reading;
using Imh.Dsl.Portfolios;
using Imh.Requirements;

namespace Imh.Benchmarks;

/// <summary>
/// <see cref="PortfolioReader.Read(ReadOnlySpan{byte}, Vocabulary)"/> against the floor and a
/// familiar alternative on the same bytes: <c>Utf8JsonReader</c> walking every token (the
/// baseline: any reader pays it), the same walk decoding every string and number (what any reader
/// that builds values pays) and System.Text.Json binding the file to plain classes with a
/// source-generated context (no vocabulary, no checks). The ns/byte column divides the mean by
/// the input's size. The setup asserts that every input is accepted by the reader and bound by the serializer.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ReaderConfig))]
public class ReaderBenchmarks
{
    private byte[][] files = [];

    /// <summary>The input.</summary>
    [Params(ReaderInput.Samples, ReaderInput.Heavy)]
    public ReaderInput Input { get; set; }

    /// <summary>Loads the input and checks that every file is a valid portfolio.</summary>
    [GlobalSetup]
    public void Setup()
    {
        files = ReaderInputs.Files(Input);
        foreach (var file in files)
        {
            var read = PortfolioReader.Read(file, MiAimhVocabulary.Instance);
            if (read.Portfolio is null) throw new InvalidOperationException($"{Input}: the reader rejected a file: {read.Problems[0].Message}");
            if (JsonSerializer.Deserialize(file, PortfolioDtoContext.Default.PortfolioDto) is null) throw new InvalidOperationException($"{Input}: nothing bound");
        }
    }

    /// <summary>Every token of every file, with <c>Utf8JsonReader</c>; returns the count so nothing is optimized away.</summary>
    [Benchmark(Baseline = true)]
    public int Tokenize()
    {
        int tokens = 0;
        foreach (var file in files)
        {
            var reader = new Utf8JsonReader(file, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
            while (reader.Read()) tokens++;
        }
        return tokens;
    }

    /// <summary>
    /// Every token, and every value decoded as any reader that builds a model must: dates as dates,
    /// other strings as strings, numbers as decimals. No names looked up, no checks, nothing kept: a floor for what
    /// a reader can cost, above tokenizing.
    /// </summary>
    [Benchmark]
    public int Decode()
    {
        int values = 0;
        foreach (var file in files)
        {
            var reader = new Utf8JsonReader(file, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.String:
                        values += reader.ValueSpan.Length == 10 && reader.TryGetDateTime(out var date) ? date.Day : reader.GetString()!.Length;
                        break;
                    case JsonTokenType.Number:
                        values += reader.TryGetDecimal(out decimal value) && value > 0 ? 1 : 0;
                        break;
                }
            }
        }
        return values;
    }

    /// <summary>System.Text.Json binding each file to the plain classes.</summary>
    [Benchmark]
    public int Deserialize()
    {
        int entries = 0;
        foreach (var file in files) entries += JsonSerializer.Deserialize(file, PortfolioDtoContext.Default.PortfolioDto)!.ReflectiveSupervision.Count;
        return entries;
    }

    /// <summary>The product's reader: every check of <c>portfolio-format.md</c> against the catalog's vocabulary.</summary>
    [Benchmark]
    public int Read()
    {
        int entries = 0;
        foreach (var file in files) entries += PortfolioReader.Read(file, MiAimhVocabulary.Instance).Portfolio!.Sessions.Count;
        return entries;
    }

    private sealed class ReaderConfig : ManualConfig
    {
        public ReaderConfig() => AddColumn(new PerUnitColumn("ns/byte", "Mean time per input byte (Mean / size of the input), in nanoseconds",
            c => c.Parameters["Input"] is ReaderInput input ? ReaderInputs.Bytes(input) : null));
    }
}
