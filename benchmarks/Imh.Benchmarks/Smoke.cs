using System.Diagnostics;
using System.IO;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using Imh.Benchmarks.Inputs;
using Imh.Benchmarks.Validators;

namespace Imh.Benchmarks;

/// <summary>
/// The CI smoke mode: every benchmark method of every parameter combination runs once, in this
/// process, after its <c>[GlobalSetup]</c> (which asserts the variants agree), with no timing;
/// then the validator equivalence is asserted on every sample portfolio, and the alternating mode runs
/// one round. Exit code 1 on any failure.
/// </summary>
public static class Smoke
{
    /// <summary>Runs everything once; returns the exit code.</summary>
    public static int Run(Assembly assembly, TextWriter log)
    {
        var total = Stopwatch.StartNew();
        var failures = new List<string>();
        int runs = 0;

        foreach (var type in assembly.GetTypes().Where(IsBenchmarkClass).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            var methods = type.GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.IsDefined(typeof(BenchmarkAttribute))).ToList();
            foreach (var parameters in Combinations(type))
            {
                var name = $"{type.Name}({string.Join(", ", parameters.Select(p => $"{p.Member.Name}={p.Value}"))})";
                var watch = Stopwatch.StartNew();
                try
                {
                    var instance = Activator.CreateInstance(type)!;
                    foreach (var (member, value) in parameters) Set(instance, member, value);
                    Call<GlobalSetupAttribute>(instance);
                    foreach (var method in methods)
                    {
                        Call<IterationSetupAttribute>(instance);
                        method.Invoke(instance, null);
                        Call<IterationCleanupAttribute>(instance);
                        runs++;
                    }

                    Call<GlobalCleanupAttribute>(instance);
                    log.WriteLine($"ok   {name}: {methods.Count} methods ({watch.ElapsedMilliseconds} ms)");
                }
                catch (Exception ex)
                {
                    var cause = ex is TargetInvocationException { InnerException: { } inner } ? inner : ex;
                    failures.Add($"{name}: {cause.GetType().Name}: {cause.Message}");
                    log.WriteLine($"FAIL {name}: {cause.GetType().Name}: {cause.Message}");
                }
            }
        }

        foreach (var (sample, portfolio) in Portfolios.AllSamples())
        {
            try
            {
                foreach (var difference in Equivalence.AssertLevelIII(sample, portfolio, Portfolios.AsOf))
                {
                    log.WriteLine($"warn {sample}: the hand-written report's wording differs from the generated one (update HandWrittenLevelIII): {difference}");
                }

                Equivalence.AssertCatalog(sample, portfolio, Portfolios.AsOf);
                log.WriteLine($"ok   equivalence on {sample}");
            }
            catch (Exception ex)
            {
                failures.Add($"equivalence on {sample}: {ex.Message}");
                log.WriteLine($"FAIL equivalence on {sample}: {ex.Message}");
            }
        }

        // The alternating mode once, so it does not rot between measurements.
        try
        {
            using var table = new StringWriter();
            if (Alternating.Run(["Typical", "--rounds", "1"], table) != 0 || !table.ToString().Contains("| Typical | report |", StringComparison.Ordinal))
            {
                failures.Add("alternating mode: no table");
            }
            else
            {
                log.WriteLine("ok   alternating mode on Typical");
            }
        }
        catch (Exception ex)
        {
            failures.Add($"alternating mode: {ex.Message}");
            log.WriteLine($"FAIL alternating mode: {ex.Message}");
        }

        log.WriteLine(failures.Count == 0
            ? $"smoke: {runs} benchmark runs and the sample equivalence checks passed in {total.Elapsed.TotalSeconds:0.0} s"
            : $"smoke: {failures.Count} failed:\n  {string.Join("\n  ", failures)}");
        return failures.Count == 0 ? 0 : 1;
    }

    private static bool IsBenchmarkClass(Type type)
        => type is { IsClass: true, IsAbstract: false, IsPublic: true } && type.GetMethods().Any(m => m.IsDefined(typeof(BenchmarkAttribute)));

    /// <summary>Every combination of the [Params] values of the class's properties and fields.</summary>
    private static IEnumerable<List<(MemberInfo Member, object? Value)>> Combinations(Type type)
    {
        var members = type.GetMembers(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m is PropertyInfo or FieldInfo && m.IsDefined(typeof(ParamsAttribute)))
            .Select(m => (Member: m, Values: m.GetCustomAttribute<ParamsAttribute>()!.Values))
            .ToList();
        IEnumerable<List<(MemberInfo, object?)>> combinations = [[]];
        foreach (var (member, values) in members)
        {
            combinations = combinations.SelectMany(c => values.Select(v => new List<(MemberInfo, object?)>(c) { (member, v) })).ToList();
        }

        return combinations;
    }

    private static void Set(object instance, MemberInfo member, object? value)
    {
        if (member is PropertyInfo property) property.SetValue(instance, value);
        else ((FieldInfo)member).SetValue(instance, value);
    }

    private static void Call<TAttribute>(object instance)
        where TAttribute : Attribute
    {
        foreach (var method in instance.GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.IsDefined(typeof(TAttribute))))
        {
            method.Invoke(instance, null);
        }
    }
}
