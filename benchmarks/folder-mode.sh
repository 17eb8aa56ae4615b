#!/usr/bin/env bash
# Folder mode at scale: wall time and peak memory of `imh check DIR --format csv` (and jsonl) on
# folders of 1,000 / 20,000 / 200,000 generated portfolios, against the read-and-tokenize baseline
# (a program that lists the folder, sorts the names, reads every file and walks its JSON tokens with
# Utf8JsonReader, on one thread). Prints a Markdown table and the ratios of the targets:
# folder mode within 2x of the baseline at 20,000; peak memory at 200,000 within 1.5x of 20,000.
#
#   benchmarks/folder-mode.sh                                  # 1000 20000 200000, 3 runs each (1 at 200000)
#   IMH_FOLDER_SIZES="1000 20000" IMH_FOLDER_RUNS=5 benchmarks/folder-mode.sh
#   IMH_FOLDER_JSONL_SIZES="" benchmarks/folder-mode.sh         # csv only
#
# Portfolios are generated deterministically (benchmarks/FolderMode: the samples with other names,
# dates moved and hours scaled, seeded) under $IMH_FOLDER_WORK (default: a new folder in /tmp),
# about 4.5 KB each (0.9 GB at 200,000); the folder is deleted at the end unless IMH_FOLDER_KEEP=1.
# jsonl writes about 23 KB per portfolio into its temporary file, hence only at the sizes of
# IMH_FOLDER_JSONL_SIZES (default "1000 20000"). Both programs are framework-dependent Release builds,
# published outside the repository. Peak memory is the maximum resident set size from /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

sizes=${IMH_FOLDER_SIZES:-"1000 20000 200000"}
jsonl_sizes=${IMH_FOLDER_JSONL_SIZES-"1000 20000"}
runs=${IMH_FOLDER_RUNS:-3}
big_runs=${IMH_FOLDER_BIG_RUNS:-1}
as_of=2026-06-01
work=${IMH_FOLDER_WORK:-$(mktemp -d /tmp/imh-folder-mode.XXXXXX)}
[[ -x /usr/bin/time ]] || { echo "needs /usr/bin/time (apt-get install -y time) for the peak memory" >&2; exit 1; }
if [[ ${IMH_FOLDER_KEEP:-0} != 1 ]]; then trap 'rm -rf "$work"' EXIT; fi
mkdir -p "$work"

publish() { # project output
  dotnet publish "$1" -c Release -o "$work/$2" --artifacts-path "$work/artifacts/$2" -p:PublishAot=false -p:ImhWriteDocs=false \
    >"$work/$2.publish.log" 2>&1 || { echo "publish of $1 failed, see $work/$2.publish.log" >&2; exit 1; }
}
echo "publishing into $work ..." >&2
publish src/Imh.Cli imh
publish benchmarks/FolderMode tool

# One timed run: prints "seconds peak-KB"; the command's output goes to /dev/null.
measure() {
  local exit_code=0
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || exit_code=$?
  # imh exits 1 when some portfolio is eligible for no level: a verdict, not a failure.
  if [[ $exit_code -gt 1 ]]; then echo "failed ($exit_code): $*" >&2; cat "$work/stderr.txt" >&2; exit 1; fi
  tail -n 1 "$work/time.txt"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
results=()
for n in $sizes; do
  dir="$work/p$n"
  [[ -d $dir ]] || dotnet "$work/tool/FolderMode.dll" generate "$dir" "$n" >&2
  megabytes=$(du -sm "$dir" | cut -f1)
  baseline=(dotnet "$work/tool/FolderMode.dll" tokenize "$dir")
  csv=(dotnet "$work/imh/imh.dll" check "$dir" --format csv --as-of "$as_of")
  jsonl=(dotnet "$work/imh/imh.dll" check "$dir" --format jsonl --as-of "$as_of")
  formats=(csv)
  [[ " $jsonl_sizes " == *" $n "* ]] && formats+=(jsonl)
  count=$runs
  [[ $n -ge 100000 ]] && count=$big_runs

  # A warm-up of each: the files are in the page cache for every measured run.
  measure "${baseline[@]}" >/dev/null
  for format in "${formats[@]}"; do declare -n cmd=$format; measure "${cmd[@]}" >/dev/null; done

  : >"$work/baseline.$n"
  for format in "${formats[@]}"; do : >"$work/$format.$n"; done
  for ((r = 0; r < count; r++)); do
    measure "${baseline[@]}" >>"$work/baseline.$n"
    for format in "${formats[@]}"; do declare -n cmd=$format; measure "${cmd[@]}" >>"$work/$format.$n"; done
  done
  base_s=$(cut -d' ' -f1 "$work/baseline.$n" | median)
  base_kb=$(cut -d' ' -f2 "$work/baseline.$n" | median)
  for format in "${formats[@]}"; do
    s=$(cut -d' ' -f1 "$work/$format.$n" | median)
    kb=$(cut -d' ' -f2 "$work/$format.$n" | median)
    results+=("$n|$megabytes|$format|$count|$base_s|$s|$(awk -v a="$s" -v b="$base_s" 'BEGIN { printf "%.2f", a / b }')|$((base_kb / 1024))|$((kb / 1024))")
    echo "$n $format: $s s (baseline $base_s s), $((kb / 1024)) MB (baseline $((base_kb / 1024)) MB)" >&2
  done
  [[ ${IMH_FOLDER_KEEP:-0} == 1 ]] || rm -rf "$dir"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

echo "| portfolios | MB on disk | imh format | runs | baseline wall (s) | imh wall (s) | imh / baseline | baseline peak (MB) | imh peak (MB) |"
echo "|---:|---:|---|---:|---:|---:|---:|---:|---:|"
for row in "${results[@]}"; do echo "| ${row//|/ | } |"; done

# The memory target: peak of csv at the largest size over the peak at 20,000.
peak() { for row in "${results[@]}"; do IFS='|' read -r n _ f _ _ _ _ _ kb <<<"$row"; [[ $n == "$1" && $f == csv ]] && echo "$kb"; done; }
largest=$(tr ' ' '\n' <<<"$sizes" | sort -n | tail -n 1)
if [[ -n $(peak 20000) && $largest != 20000 ]]; then
  echo
  echo "csv peak memory at $largest over 20000: $(awk -v a="$(peak "$largest")" -v b="$(peak 20000)" 'BEGIN { printf "%.2f", a / b }')x"
fi
