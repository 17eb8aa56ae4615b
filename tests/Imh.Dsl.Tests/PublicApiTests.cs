using System.Reflection;
using System.Text;

namespace Imh.Dsl.Tests;

/// <summary>The public surface of Imh.Dsl is a contract with catalog authors and integrators: changes must be approved.</summary>
public class PublicApiTests
{
    [Fact]
    public void The_public_API_of_Imh_Dsl_matches_the_approved_file()
        => Describe(typeof(LevelAttribute).Assembly).ShouldMatchApproved(b => b.SubFolder("Snapshots").WithFileExtension("txt").NoDiff());

    private static string Describe(Assembly assembly)
    {
        var text = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.Append(Kind(type)).Append(' ').Append(Name(type));
            var bases = new List<string>();
            if (type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum)) bases.Add(Name(b));
            bases.AddRange(type.GetInterfaces().Where(i => i.IsPublic).Select(Name).OrderBy(n => n, StringComparer.Ordinal));
            if (bases.Count > 0) text.Append(" : ").Append(string.Join(", ", bases));
            text.Append('\n');
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            var members = new List<string>();
            foreach (var m in type.GetMembers(flags))
            {
                switch (m)
                {
                    case ConstructorInfo c when !type.IsAbstract || c.IsPublic:
                        members.Add($"ctor({Parameters(c)})");
                        break;
                    case MethodInfo mi when !mi.IsSpecialName:
                        members.Add($"{(mi.IsStatic ? "static " : "")}{Name(mi.ReturnType)} {mi.Name}({Parameters(mi)})");
                        break;
                    case PropertyInfo p:
                        var accessors = (p.GetMethod?.IsPublic == true ? "get; " : "") + (p.SetMethod?.IsPublic == true ? (IsInit(p) ? "init; " : "set; ") : "");
                        members.Add($"{(p.GetMethod?.IsStatic == true ? "static " : "")}{Name(p.PropertyType)} {p.Name} {{ {accessors}}}");
                        break;
                    case FieldInfo f when f.IsSpecialName:
                        break;
                    case FieldInfo f when type.IsEnum && f.IsStatic:
                        members.Add($"{f.Name} = {Convert.ToInt64(f.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}");
                        break;
                    case FieldInfo f:
                        members.Add($"{(f.IsStatic ? "static " : "")}{(f.IsInitOnly ? "readonly " : "")}{Name(f.FieldType)} {f.Name}");
                        break;
                }
            }
            foreach (var m in members.OrderBy(m => m, StringComparer.Ordinal)) text.Append("    ").Append(m).Append('\n');
        }
        return text.ToString();
    }

    private static bool IsInit(PropertyInfo p)
        => p.SetMethod!.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");

    private static string Kind(Type t) => t.IsEnum ? "enum" : t.IsInterface ? "interface" : t.IsValueType ? "struct" : t.IsAbstract && t.IsSealed ? "static class" : t.IsAbstract ? "abstract class" : t.IsSealed ? "sealed class" : "class";

    private static string Parameters(MethodBase m) => string.Join(", ", m.GetParameters().Select(p => $"{Name(p.ParameterType)} {p.Name}"));

    private static string Name(Type t)
    {
        if (t.IsGenericType)
        {
            var name = t.Name[..t.Name.IndexOf('`')];
            return $"{t.Namespace}.{name}<{string.Join(", ", t.GetGenericArguments().Select(Name))}>";
        }
        if (t.IsArray) return Name(t.GetElementType()!) + "[]";
        if (t.IsByRef) return Name(t.GetElementType()!) + "&";
        return t.FullName ?? t.Name;
    }
}
