#!/usr/bin/env bash
# Package test: packs every package (Imh.Packages.slnf) to a local folder feed, then, with the Imh
# packages taken from that feed only (NuGet's package source mapping; the few other packages a
# restore needs come from the usual source) and an empty package cache:
#   1. a console app uses the MI-AIMH catalog package (samples checked, a portfolio built in code
#      checked) and declares a credential of its own with the language package's generator;
#   2. a deliberately inconsistent declaration is reported by the analyzers, with its help link;
#   3. a web app made of README's ten lines is started, called over HTTP and stopped;
#   4. imh is installed as a .NET tool (dotnet tool install --tool-path) and run on a sample.
# Prints "package: N passed, N failed" and exits non-zero on any failure. Takes about 4 minutes on 2 cores.
set -uo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
web_pid=""
cleanup() { if [ -n "$web_pid" ]; then kill "$web_pid" 2>/dev/null; fi; rm -rf "$work"; }
trap cleanup EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
passed=0; failed=0
check() { if [ "$1" -eq 0 ]; then echo "ok   $2"; passed=$((passed+1)); else echo "FAIL $2" >&2; failed=$((failed+1)); fi; }
logs=()
finish() {
  if [ "$failed" -gt 0 ]; then for log in "${logs[@]}"; do echo "--- $log"; tail -n 30 "$work/$log"; done; fi
  echo "package: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
  exit $?
}

# Packing builds in a folder of its own (the repository's bin/obj stay as they are) and leaves docs/ alone.
logs+=(pack.log)
dotnet pack "$repo/Imh.Packages.slnf" -c Release -o "$work/feed" --artifacts-path "$work/artifacts" -p:ImhWriteDocs=false > "$work/pack.log" 2>&1
check $? "dotnet pack Imh.Packages.slnf"
version="$(ls "$work"/feed/Imh.MiAimh.*.nupkg 2>/dev/null | grep -v snupkg | head -n 1 | sed 's/.*Imh\.MiAimh\.\(.*\)\.nupkg/\1/')"
[ -n "$version" ] || finish
# The listing is read whole first: grep -q stopping early would break unzip's pipe (a failure under pipefail).
has() { local listing; listing="$(unzip -l "$work/feed/$1.$version.nupkg" 2>/dev/null)"; grep -q "$2" <<<"$listing"; check $? "$1 has $2"; }
has Imh lib/net10.0/Imh.Dsl.dll
has Imh analyzers/dotnet/cs/Imh.Generators.dll
has Imh analyzers/dotnet/cs/Imh.CodeFixes.dll
has Imh docs/diagnostics/IMH001.md
has Imh.MiAimh lib/net10.0/Imh.Requirements.dll
has Imh.MiAimh catalog/mi-aimh-endorsement-requirements.txt
has Imh.MiAimh buildTransitive/Imh.MiAimh.props
has Imh.MiAimh docs/requirements/level-iii.md
has Imh.Iecmh2024 lib/net10.0/Imh.Requirements.Iecmh2024.dll
has Imh.Iecmh2024 catalog/iecmh-2024-endorsement-requirements.txt
has Imh.Iecmh2024 buildTransitive/Imh.Iecmh2024.props
has Imh.Iecmh2024 docs/requirements-iecmh-2024/level-ecfrs.md
has Imh.AspNetCore lib/net10.0/Imh.AspNetCore.dll
has Imh.CommandLine lib/net10.0/Imh.CommandLine.dll
has Imh.Cli tools/net10.0/any/imh.dll
nuspec="$(unzip -p "$work/feed/Imh.$version.nupkg" Imh.nuspec)"
grep -q '<repository type="git" url="https://github.com/imh-requirements/imh"' <<<"$nuspec"
check $? "Imh names its repository"
[ -f "$work/feed/Imh.$version.snupkg" ]; check $? "Imh has a symbol package (SourceLink)"

# The Imh packages from the local feed only; an empty cache so no earlier build of them is used.
export NUGET_PACKAGES="$work/nuget-cache"
upstream="$(dotnet nuget list source --format short 2>/dev/null | awk '$1 ~ /^E/ {print $2; exit}')"
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$work/feed" />
    <add key="upstream" value="${upstream:-https://api.nuget.org/v3/index.json}" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local"><package pattern="Imh" /><package pattern="Imh.*" /></packageSource>
    <packageSource key="upstream"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
XML

# 1. A console app: the MI-AIMH catalog package, and a credential of its own (the language package).
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
    <PackageReference Include="Imh.MiAimh" Version="$version" />
    <Using Include="Imh.Dsl" />
  </ItemGroup>
</Project>
XML
# The tests' sample catalog with its own rule kind (DifferentCourses), renamed into the app's namespace.
for f in ContinuingEducation DifferentCoursesAttribute; do
  sed 's/Imh\.Generators\.Tests\.SampleCatalog/CareCert/' "$repo/tests/Imh.Generators.Tests/SampleCatalog/$f.cs" > "$work/app/CareCert.$f.cs"
done
cat > "$work/app/Program.cs" <<'CS'
using CareCert;
using Imh.Dsl.Portfolios;
using Imh.Dsl.Reports;
using LevelIII = Imh.Requirements.LevelIII;
using MiAimhCatalog = Imh.Requirements.MiAimhCatalog;

var asOf = new DateOnly(2026, 11, 24);
int failures = 0;
void Expect(bool ok, string what)
{
    Console.WriteLine((ok ? "ok   " : "FAIL ") + what);
    if (!ok) failures++;
}

// The MI-AIMH catalog package: samples read with its vocabulary and checked.
var vocabulary = MiAimhCatalog.Instance.Vocabulary;
var eligible = PortfolioReader.ReadFile(Path.Combine(args[0], "level-iii.json"), vocabulary).Portfolio!;
Expect(LevelIII.Validate(eligible, asOf).Eligible, "level-iii.json is eligible for Level III");
var notYet = LevelIII.Validate(PortfolioReader.ReadFile(Path.Combine(args[0], "not-yet-level-iii.json"), vocabulary).Portfolio!, asOf);
Expect(!notYet.Eligible && notYet.ReflectiveSupervision.Status == RequirementStatus.NotMet,
    $"not-yet-level-iii.json is not: {notYet.ReflectiveSupervision.Missing}");
var check = PortfolioReader.Check(new Portfolio { Applicant = new Applicant { Name = "" } }, vocabulary);
Expect(check.Problems.Any(p => p.Path == "$.applicant.name"), $"a portfolio built in code is checked: {string.Join("; ", check.Problems.Select(p => $"{p.Path}: {p.Message}"))}");

// A credential of its own, generated from the declarations in CareCert.cs.
Portfolio Person(decimal hours) => new()
{
    Applicant = new Applicant { Name = "Sam" },
    Training = [new TrainingEntry { Date = new(2026, 2, 1), Hours = hours, Title = "Course", Words = EntryWords.Of(CourseTag.Approved) }],
    References =
    [
        new ReferenceRating { Rater = "Lee", Words = EntryWords.Of(Referee.Colleague) },
        new ReferenceRating { Rater = "Kim", Words = EntryWords.Of(Referee.Supervisor, ReferenceTag.Current) },
    ],
};
Expect(Practitioner.Validate(Person(20m), asOf).Eligible, "a practitioner with 20 approved hours is eligible");
var short1 = Practitioner.Validate(Person(19.5m), asOf);
Expect(!short1.Eligible, $"with 19.5 hours not: {short1.Hours.Missing}");
Expect(string.Join(",", ContinuingEducationCatalog.Instance.LevelIds) == "P,S", "its catalog lists P,S");
var senior = SeniorPractitioner.Validate(Person(40m), asOf);
Expect(senior.UnmetKeys.Contains("courses"), $"its own rule kind runs from the package: {senior.Courses.Missing}");
return failures == 0 ? 0 : 1;
CS
logs+=(app-build.log)
(cd "$work/app" && dotnet build > "$work/app-build.log" 2>&1)
check $? "a console app builds against Imh and Imh.MiAimh from the feed"
(cd "$work/app" && dotnet msbuild -getItem:AdditionalFiles 2>/dev/null | grep -q "catalog/mi-aimh-endorsement-requirements.txt")
check $? "Imh.MiAimh adds its published text to the app's AdditionalFiles"
(cd "$work/app" && dotnet run --no-build -- "$repo/samples/portfolios" > "$work/app-run.log" 2>&1)
check $? "its checks give the expected verdicts"
sed 's/^/     /' "$work/app-run.log"

# 2. An inconsistent declaration: the window's minimum span exceeds its maximum.
mkdir -p "$work/broken"
sed 's/<OutputType>Exe<\/OutputType>/<OutputType>Library<\/OutputType>/; /Imh.MiAimh/d' "$work/app/App.csproj" > "$work/broken/Broken.csproj"
cat > "$work/broken/Broken.cs" <<'CS'
[assembly: Catalog("Broken", Namespace = "Broken")]

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
logs+=(broken-build.log)
(cd "$work/broken" && dotnet build > "$work/broken-build.log" 2>&1)
grep -q "\(warning\|error\) IMH[0-9]*:.*(https://github.com/imh-requirements/imh/blob/main/docs/diagnostics/IMH[0-9]*\.md)" "$work/broken-build.log"
check $? "an inconsistent declaration is reported by the analyzers, with its help page's address"
grep -o "\(warning\|error\) IMH[0-9]*: .*" "$work/broken-build.log" | sed 's/ \[[^]]*\.csproj\]$//' | sort -u | sed 's/^/     /'

# 3. README's web API: started on a free loopback port, called over HTTP, stopped.
mkdir -p "$work/web"
cat > "$work/web/Web.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Imh.AspNetCore" Version="$version" />
    <PackageReference Include="Imh.MiAimh" Version="$version" />
  </ItemGroup>
</Project>
XML
sed -n '/^```csharp web/,/^```$/p' "$repo/README.md" | sed '1d;$d' > "$work/web/Program.cs"
grep -q "MapImh" "$work/web/Program.cs"; check $? "README shows the web API (a csharp web block)"
logs+=(web-build.log web.log)
(cd "$work/web" && dotnet build > "$work/web-build.log" 2>&1)
check $? "README's web app builds against Imh.AspNetCore and Imh.MiAimh from the feed"
(cd "$work/web" && exec dotnet bin/Debug/net10.0/Web.dll --urls http://127.0.0.1:0 > "$work/web.log" 2>&1) &
web_pid=$!
url=""
for _ in $(seq 1 60); do
  url="$(grep -o 'Now listening on: http://127.0.0.1:[0-9]*' "$work/web.log" 2>/dev/null | head -n 1 | sed 's/Now listening on: //')"
  [ -n "$url" ] && break
  sleep 1
done
[ -n "$url" ]; check $? "the web app starts and listens on loopback ($url)"
post() { curl -s -o "$work/$2" -w '%{http_code} %{content_type}' -X POST -H 'Content-Type: application/json' --data-binary "@$3" "$url$1"; }
status="$(post "/mi-aimh/check/III?asOf=2026-11-24" web-check.json "$repo/samples/portfolios/level-iii.json")"
[ "$status" = "200 application/json; charset=utf-8" ] && grep -q '"eligible": true' "$work/web-check.json"
check $? "POST /mi-aimh/check/III answers an eligible report ($status)"
printf '{ "applicant": { "name": "" }, "training": [ { "date": "2023-02-29", "hours": 500, "title": "T" } ] }' > "$work/bad.json"
status="$(post "/mi-aimh/check" web-bad.json "$work/bad.json")"
[ "${status%% *}" = "400" ] && grep -q '"\$.training\[0\].hours"' "$work/web-bad.json" && grep -q '"\$.applicant.name"' "$work/web-bad.json"
check $? "a bad portfolio is answered 400 with problem details keyed by JSON path ($status)"
openapi="$(curl -s "$url/openapi/v1.json")"
grep -q '"/mi-aimh/check/{level}"' <<<"$openapi"
check $? "GET /openapi/v1.json describes the endpoints"
kill "$web_pid" && wait "$web_pid" 2>/dev/null
web_pid=""
check 0 "the web app stops"

# 4. imh as a .NET tool, installed from the feed and run on a sample.
logs+=(tool.log)
dotnet tool install Imh.Cli --version "$version" --tool-path "$work/tools" --configfile "$work/nuget.config" > "$work/tool.log" 2>&1
check $? "dotnet tool install Imh.Cli --tool-path from the feed"
"$work/tools/imh" check "$repo/samples/portfolios/level-iii.json" --level III --as-of 2026-11-24 --format json > "$work/tool-check.json" 2>>"$work/tool.log"
check $? "imh check level-iii.json --level III exits 0 (eligible)"
cmp -s "$work/tool-check.json" "$work/web-check.json"
check $? "the tool's JSON report and the web app's are the same bytes"
"$work/tools/imh" check "$repo/samples/portfolios/not-yet-level-iii.json" --level III --as-of 2026-11-24 > /dev/null 2>>"$work/tool.log"
[ $? -eq 1 ]; check $? "imh check not-yet-level-iii.json --level III exits 1 (not eligible)"

finish
