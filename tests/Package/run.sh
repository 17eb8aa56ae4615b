#!/usr/bin/env bash
# Package test: pack Imh, then create a brand-new console project in a temporary folder that
# references the package from a local folder feed (and nothing of our source), declares its own
# small credential, builds, runs and checks the generated validators' verdicts; and checks that a
# deliberately inconsistent declaration produces the expected analyzer warning in the build output.
# Prints "package: N passed, N failed" and exits non-zero on any failure.
set -uo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 NUGET_PACKAGES="$work/nuget-cache"
passed=0; failed=0
check() { if [ "$1" -eq 0 ]; then echo "ok   $2"; passed=$((passed+1)); else echo "FAIL $2" >&2; failed=$((failed+1)); fi; }

dotnet pack "$repo/src/Imh.Dsl" -c Release -o "$work/feed" --artifacts-path "$work/artifacts" > "$work/pack.log" 2>&1
check $? "dotnet pack"
nupkg="$(ls "$work"/feed/Imh.*.nupkg 2>/dev/null | grep -v snupkg | head -n 1)"
version="$(basename "$nupkg" .nupkg | sed 's/^Imh\.//')"
listing="$(unzip -l "$nupkg" 2>/dev/null)"
grep -q "lib/net10.0/Imh.Dsl.dll" <<<"$listing"; check $? "package has lib/net10.0/Imh.Dsl.dll"
grep -q "analyzers/dotnet/cs/Imh.Generators.dll" <<<"$listing"; check $? "package has analyzers/dotnet/cs/Imh.Generators.dll"
grep -q "analyzers/dotnet/cs/Imh.CodeFixes.dll" <<<"$listing"; check $? "package has analyzers/dotnet/cs/Imh.CodeFixes.dll"
grep -q "PACKAGE.md" <<<"$listing"; check $? "package has its README"

cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$work/feed" />
  </packageSources>
</configuration>
XML

# 1. A credential of its own: two levels of a continuing-education certificate.
mkdir -p "$work/app"
cat > "$work/app/App.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Imh" Version="$version" />
  </ItemGroup>
</Project>
XML
cat > "$work/app/Program.cs" <<'CS'
using Imh.Dsl;
using Imh.Dsl.Portfolios;
using CareCert;

[assembly: Catalog("CareCert", Namespace = "CareCert")]

var asOf = new DateOnly(2026, 6, 30);
Portfolio Person(decimal hours, params ReferenceRating[] refs) => new()
{
    Applicant = new Applicant { Name = "Sam" },
    Training = [new TrainingEntry { Date = new(2026, 2, 1), Hours = hours, Title = "Course", Approved = true }],
    References = refs,
};
var colleague = new ReferenceRating { Rater = "Lee", Role = RaterRole.Colleague };
var supervisor = new ReferenceRating { Rater = "Kim", Role = RaterRole.Supervisor, Current = true };

var failures = 0;
void Expect(bool actual, bool expected, string what)
{
    Console.WriteLine($"{what}: {(actual ? "eligible" : "not eligible")}");
    if (actual != expected) { Console.WriteLine($"  expected {(expected ? "eligible" : "not eligible")}"); failures++; }
}
Expect(Basic.Validate(Person(12m, colleague), asOf).Eligible, true, "basic, 12 h, one reference");
Expect(Basic.Validate(Person(11.5m, colleague), asOf).Eligible, false, "basic, 11.5 h");
Expect(Advanced.Validate(Person(24m, colleague, supervisor), asOf).Eligible, true, "advanced, 24 h, supervisor + colleague");
Expect(Advanced.Validate(Person(24m, colleague), asOf).Eligible, false, "advanced, no supervisor");
Console.WriteLine("missing: " + Basic.Validate(Person(11.5m, colleague), asOf).Hours.Missing);
Console.WriteLine("levels: " + string.Join(",", CareCertCatalog.Instance.LevelIds));
if (string.Join(",", CareCertCatalog.Instance.LevelIds) != "B,A") failures++;
return failures == 0 ? 0 : 1;

namespace CareCert
{
    [Level("B", "Basic", Rank = 1)]
    public sealed partial record Basic
    {
        [Requirement("hours", "Approved hours")]
        [Source("12 approved hours within one year.")]
        [MinHours(12, Where = EvidenceFilter.Approved, WithinYears = 1)]
        public Requirement Hours { get; init; }

        [Requirement("references", "Reference")]
        [Source("One reference from a colleague or supervisor.")]
        [Ratings(1, Roles = RaterRoles.Colleague | RaterRoles.Supervisor)]
        public Requirement References { get; init; }
    }

    [Level("A", "Advanced", Rank = 2)]
    public sealed partial record Advanced
    {
        [Requirement("hours", "Approved hours")]
        [Source("24 approved hours within two years.")]
        [MinHours(24, Where = EvidenceFilter.Approved, WithinYears = 2)]
        public Requirement Hours { get; init; }

        [Requirement("references", "References")]
        [Source("One from a current supervisor and one from a colleague.")]
        [Ratings(2)]
        [RatingItem(1, Current = true, Roles = RaterRoles.Supervisor)]
        [RatingItem(2, Roles = RaterRoles.Colleague)]
        public Requirement References { get; init; }
    }
}
CS
(cd "$work/app" && dotnet build --configfile "$work/nuget.config" > "$work/app-build.log" 2>&1)
check $? "a fresh project builds against the package"
(cd "$work/app" && dotnet run --no-build > "$work/app-run.log" 2>&1)
check $? "its generated validators give the expected verdicts"
sed 's/^/     /' "$work/app-run.log"

# 2. An inconsistent declaration: the window's minimum span exceeds its maximum.
mkdir -p "$work/broken"
sed 's/<OutputType>Exe<\/OutputType>/<OutputType>Library<\/OutputType>/' "$work/app/App.csproj" > "$work/broken/Broken.csproj"
cat > "$work/broken/Broken.cs" <<'CS'
using Imh.Dsl;

namespace Broken;

[Level("X", "Broken", Rank = 1)]
public sealed partial record BrokenLevel
{
    [Requirement("hours", "Hours")]
    [Source("Ten hours.")]
    [MinHours(10, WithinYears = 1, MinSpanYears = 3)]
    public Requirement Hours { get; init; }
}
CS
(cd "$work/broken" && dotnet build --configfile "$work/nuget.config" > "$work/broken-build.log" 2>&1)
grep -q "warning IMH[0-9]*\|error IMH[0-9]*" "$work/broken-build.log"
check $? "an inconsistent declaration is reported by the analyzers in the build output"
grep -o "\(warning\|error\) IMH[0-9]*: [^[]*" "$work/broken-build.log" | sort -u | sed 's/^/     /'

if [ "$failed" -gt 0 ]; then
  for log in pack app-build broken-build; do echo "--- $log.log"; tail -n 30 "$work/$log.log"; done
fi
echo "package: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
