#!/usr/bin/env bash
# CLI start-up: wall time of `imh check` on a sample portfolio, framework-dependent and Native AOT,
# against an empty console program published both ways. Prints a Markdown table.
#
#   benchmarks/cli-startup.sh            # publish everything, then measure
#   IMH_STARTUP_RUNS=200 benchmarks/cli-startup.sh
#
# Needs the .NET SDK; Native AOT needs `apt-get install -y clang zlib1g-dev`. Measures with hyperfine
# (`apt-get install -y hyperfine`) when present, otherwise with a plain loop (mean and min of N runs).
# Everything is built under $IMH_STARTUP_OUT (default /tmp/imh-startup), never in the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

out=${IMH_STARTUP_OUT:-/tmp/imh-startup}
runs=${IMH_STARTUP_RUNS:-100}
warmup=${IMH_STARTUP_WARMUP:-10}
sample=samples/portfolios/level-iii.json
check_args=(check "$sample" --level III --as-of 2026-06-01)
mkdir -p "$out"

publish() { # project output [extra publish arguments...]
  local project=$1 target=$2; shift 2
  dotnet publish "$project" -c Release -o "$target" --artifacts-path "$out/artifacts/$(basename "$target")" "$@" >"$out/$(basename "$target").publish.log" 2>&1 \
    || { echo "publish of $project failed, see $out/$(basename "$target").publish.log" >&2; exit 1; }
}

echo "publishing into $out ..." >&2
# Imh.Cli sets PublishAot in its project file, so the framework-dependent build turns it off; the docs
# the CLI build writes into the repository are skipped (ImhWriteDocs=false).
publish src/Imh.Cli "$out/imh-fdd" -p:PublishAot=false -p:ImhWriteDocs=false
publish src/Imh.Cli "$out/imh-aot" -r linux-x64 -p:ImhWriteDocs=false

# The reference: a console program that does nothing, outside the repository (no Directory.Build.props).
mkdir -p "$out/empty"
cat >"$out/empty/Empty.csproj" <<'EOF'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <InvariantGlobalization>true</InvariantGlobalization>
  </PropertyGroup>
</Project>
EOF
echo 'internal static class Program { private static int Main() => 0; }' >"$out/empty/Program.cs"
publish "$out/empty/Empty.csproj" "$out/empty-fdd"
publish "$out/empty/Empty.csproj" "$out/empty-aot" -r linux-x64 -p:PublishAot=true

# Every program must succeed before it is timed (imh check exits 0 for an eligible portfolio).
"$out/imh-aot/imh" "${check_args[@]}" >/dev/null
"$out/imh-fdd/imh" "${check_args[@]}" >/dev/null

names=("empty console (framework-dependent)" "empty console (Native AOT)" "imh check (framework-dependent)" "imh check (Native AOT)")
commands=("$out/empty-fdd/Empty" "$out/empty-aot/Empty" "$out/imh-fdd/imh ${check_args[*]}" "$out/imh-aot/imh ${check_args[*]}")

echo "load before: $(cat /proc/loadavg)" >&2
if command -v hyperfine >/dev/null 2>&1; then
  args=(--shell=none --warmup "$warmup" --runs "$runs" --export-markdown "$out/startup.md" --style basic)
  for i in "${!names[@]}"; do args+=(--command-name "${names[$i]}" "${commands[$i]}"); done
  hyperfine "${args[@]}" >&2
  cat "$out/startup.md"
else
  echo "| Command | Mean [ms] | Min [ms] | Max [ms] | Runs |"
  echo "|:---|---:|---:|---:|---:|"
  for i in "${!names[@]}"; do
    read -r -a command <<<"${commands[$i]}"
    for ((w = 0; w < warmup; w++)); do "${command[@]}" >/dev/null; done
    total=0; min=; max=0
    for ((r = 0; r < runs; r++)); do
      start=$(date +%s%N); "${command[@]}" >/dev/null; end=$(date +%s%N)
      t=$((end - start)); total=$((total + t))
      if [ -z "$min" ] || [ "$t" -lt "$min" ]; then min=$t; fi
      if [ "$t" -gt "$max" ]; then max=$t; fi
    done
    awk -v n="${names[$i]}" -v s="$total" -v r="$runs" -v lo="$min" -v hi="$max" \
      'BEGIN { printf "| `%s` | %.1f | %.1f | %.1f | %d |\n", n, s / r / 1e6, lo / 1e6, hi / 1e6, r }'
  done
fi
echo "load after: $(cat /proc/loadavg)" >&2
