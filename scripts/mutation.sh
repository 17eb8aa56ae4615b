#!/usr/bin/env bash
# Mutation testing with Stryker.NET (the local tool dotnet-stryker, see dotnet-tools.json): does a wrong
# rule make a test fail? Prints the mutation score per file and in total; exits non-zero when the score
# is below the target's break threshold.
#
#   scripts/mutation.sh [rules|reader|all] [--since REF] [--mutate GLOB]... [--recheck REPORT] [--break N] [--concurrency N] [--out DIR]
#
# Targets (tests/mutation/<target>.stryker-config.json):
#   rules   src/Imh.Dsl/Evaluation and src/Imh.Dsl/Rules, with Imh.Dsl.Tests and Imh.Requirements.Tests (break 90)
#   reader  src/Imh.Dsl/Portfolios/PortfolioReader*.cs and Portfolios/Reading, with Imh.Dsl.Tests (break 80)
#   all     rules, then reader
# --since REF mutates only the lines changed since REF (added or modified, in the working tree), so a
# small change is measured in minutes however large its file; --mutate narrows further. Without it,
# every file of the target is mutated. The mutants that survive are listed after the scores.
# --recheck REPORT (a mutation-report.json of an earlier run of the same target) mutates only the lines
# of that run's timed-out mutants and says what each became: Stryker counts a timeout as detected, and a
# test host slowed by another beside it can pass the time allowed on a mutant no test fails (see
# docs/mutation.md). With --mutate, the files it names are mutated in the same run.
#
# Equivalent mutants are marked in the code, where they are, by "// Stryker disable once <Mutator> : <reason>";
# tests/mutation/equivalent.txt lists every one of them (file, mutator, reason). The script checks the two
# agree before it runs, so a mutant is never ignored silently. For the same reason it refuses to run while a
# condition in a target's files declares a variable (`is { } x`, `out var x`): those mutants would not compile.
set -uo pipefail
invoked_from="$PWD"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

target=rules; since=""; recheck=""; break_at=""; concurrency=""; out="$root/artifacts/mutation"; mutate=()
while [ $# -gt 0 ]; do
  case "$1" in
    rules|reader|all) target="$1" ;;
    --since) since="$2"; shift ;;
    --since=*) since="${1#--since=}" ;;
    --mutate|-m) mutate+=("$2"); shift ;;
    --recheck) recheck="$2"; [[ "$recheck" == /* ]] || recheck="$invoked_from/$recheck"; shift ;;
    --break) break_at="$2"; shift ;;
    --concurrency) concurrency="$2"; shift ;;
    --out) out="$2"; shift ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "mutation.sh: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done

scope() { # target: the source files it mutates, as git pathspecs
  case "$1" in
    rules) echo "src/Imh.Dsl/Evaluation src/Imh.Dsl/Rules" ;;
    reader) echo "src/Imh.Dsl/Portfolios/PortfolioReader*.cs src/Imh.Dsl/Portfolios/Reading" ;;
  esac
}

# 1. The equivalent-mutant list and the disable comments in the code must agree (file and mutator, with counts).
list="$root/tests/mutation/equivalent.txt"
listed="$(grep -v '^\s*#' "$list" | grep -v '^\s*$' | awk -F'|' '{gsub(/^ +| +$/, "", $1); gsub(/^ +| +$/, "", $2); print $1 " " $2}' | sort)"
marked="$(cd "$root" && grep -rn --include='*.cs' -o 'Stryker disable once [A-Za-z,]*' src | awk -F: '{split($3, w, " "); print $1 " " w[4]}' | sort)"
if [ "$listed" != "$marked" ]; then
  echo "mutation.sh: tests/mutation/equivalent.txt and the '// Stryker disable once' comments in src/ differ:" >&2
  diff <(echo "$listed") <(echo "$marked") | sed 's/^</  listed, not marked:/; s/^>/  marked, not listed:/' | grep listed >&2
  exit 2
fi
echo "mutation: $(printf '%s' "$listed" | grep -c . ) equivalent mutants listed in tests/mutation/equivalent.txt"

# 2. No condition in a target's files declares a variable (a pattern variable, `is { } x`, or an out
# variable, `out var x`): Stryker copies a mutated condition into both arms of a conditional, which
# declares the variable twice or leaves it unassigned, and every such mutant is rolled back as a compile
# error, one at a time and without a word in the log (docs/mutation.md). Declare the variable first.
decl='(\bis[[:space:]]+(not[[:space:]]+)?\{[^}]*\}[[:space:]]+[a-z_][A-Za-z0-9_]*|\bis[[:space:]]+(not[[:space:]]+)?[A-Z][A-Za-z0-9_.<>?]*[[:space:]]+[a-z_][A-Za-z0-9_]*[[:space:]]*(\)|&&|\|\||\?|;)|\bout[[:space:]]+(var|[A-Za-z_][A-Za-z0-9_.<>?]*)[[:space:]]+[a-z_][A-Za-z0-9_]*)'
# shellcheck disable=SC2046
declaring="$(cd "$root" && git ls-files -- $(scope rules) $(scope reader) | grep '\.cs$' | xargs grep -nE "$decl" \
  | grep -E '(^|[^A-Za-z])(if|while)[[:space:]]*\(|&&|\|\||[^?]\?[^?.]' | grep -vE '^[^:]+:[0-9]+:[[:space:]]*(//|\*)')"
if [ -n "$declaring" ]; then
  echo "mutation.sh: these conditions declare a variable, so their mutants would not compile and be left out of the score; declare it before the condition:" >&2
  echo "$declaring" | sed 's/^/  /' >&2
  exit 2
fi

dotnet tool restore > /dev/null || { echo "mutation.sh: dotnet tool restore failed" >&2; exit 2; }

# The test projects are xunit.v3 executables; Stryker's MTP runner needs them built as Microsoft Testing
# Platform apps (the VSTest runner cannot capture per-test coverage from xunit v3). An environment
# variable is an MSBuild property, so this applies to Stryker's builds only, not to `dotnet test`.
export UseMicrosoftTestingPlatformRunner=true
# Property tests: a fixed first case (CsCheck reports the seed of any failure).
export CsCheck_Seed="${CsCheck_Seed:-0N0XIzNsQ0O2}"

# The Stryker --mutate patterns of the lines changed since $since in the target's files: one
# "**/path{start..end}" per changed hunk, in characters from the start of the file (Stryker's spans).
changed_spans() { # target
  local f hunk start count from to
  # shellcheck disable=SC2046
  for f in $(git diff --name-only --diff-filter=AMR "$since" -- $(scope "$1") 2>/dev/null | grep '\.cs$'); do
    [ -f "$root/$f" ] || continue
    while read -r hunk; do
      start="${hunk%%,*}"; count=1
      [[ "$hunk" == *,* ]] && count="${hunk#*,}"
      [ "$count" -gt 0 ] || continue   # lines only removed: no code of this file left to mutate there
      from=$( (head -n $((start - 1)) "$root/$f") | LC_ALL=C.UTF-8 wc -m)
      to=$(( $( (head -n $((start + count - 1)) "$root/$f") | LC_ALL=C.UTF-8 wc -m) - 1 ))
      echo "**/${f#src/Imh.Dsl/}{$from..$to}"
    done < <(git diff -U0 "$since" -- "$root/$f" | sed -n 's/^@@ -[0-9,]* +\([0-9,]*\) @@.*/\1/p')
  done
}

run() { # target
  local t="$1" config="$root/tests/mutation/$1.stryker-config.json" dir="$out/$1" args=() spans=()
  if [ -n "$recheck" ]; then
    mapfile -t spans < <(timeout_spans)
    # --mutate adds its files (or spans) to the places rechecked, in the same run.
    spans+=("${mutate[@]+"${mutate[@]}"}")
    if [ "${#spans[@]}" -eq 0 ]; then
      echo "mutation: $t: no mutant timed out in $recheck; nothing to recheck"
      return 0
    fi
    echo "mutation: $t: rechecking the lines of the timed-out mutants of $recheck (${#spans[@]} places)"
  elif [ -n "$since" ]; then
    mapfile -t spans < <(changed_spans "$t")
    # --mutate narrows: only the changed stretches of the files its patterns name.
    if [ "${#mutate[@]}" -gt 0 ]; then
      local kept=() span file m
      for span in "${spans[@]+"${spans[@]}"}"; do
        file="${span%\{*}"
        for m in "${mutate[@]}"; do
          # A pattern may start with **/ (as the spans do) or be a path from src/Imh.Dsl, as Stryker takes both.
          # shellcheck disable=SC2053
          if [[ "$file" == ${m%\{*} || "${file#\*\*/}" == ${m%\{*} ]]; then kept+=("$span"); break; fi
        done
      done
      spans=("${kept[@]+"${kept[@]}"}")
    fi
    if [ "${#spans[@]}" -eq 0 ]; then
      echo "mutation: $t: no line of this target's files added or changed since $since; nothing to mutate"
      return 0
    fi
    echo "mutation: $t: ${#spans[@]} changed stretches of code since $since"
  fi
  args+=(-f "$config" -O "$dir" --skip-version-check)
  [ -n "$break_at" ] && args+=(--break-at "$break_at")
  [ -n "$concurrency" ] && args+=(--concurrency "$concurrency")
  if [ -n "$since" ] || [ -n "$recheck" ]; then
    for m in "${spans[@]}"; do args+=(-m "$m"); done
  else
    for m in "${mutate[@]+"${mutate[@]}"}"; do args+=(-m "$m"); done
  fi
  # The progress bar draws only on a terminal; in a log (CI), a dot per mutant shows the run moving.
  [ -t 1 ] || args+=(-r Dots -r Html -r Json -r Markdown)
  rm -rf "$dir"
  echo "mutation: $t: dotnet stryker ${args[*]}"
  (cd "$root/src/Imh.Dsl" && dotnet stryker "${args[@]}")
  local rc=$?
  local report="$dir/reports/mutation-report.json"
  if [ -f "$report" ]; then
    # Mutants that did not compile are not in the score; more than a few in a file usually means a
    # pattern variable declared in a condition (docs/mutation.md), which hides the condition's mutants.
    echo "mutation: $t: score by file (killed+timeout / killed+timeout+survived+no coverage; mutants that did not compile)"
    jq -r --arg root "$root/" '
      def score(s): (s | map(select(. == "Killed" or . == "Timeout")) | length) as $d
        | (s | map(select(. == "Killed" or . == "Timeout" or . == "Survived" or . == "NoCoverage")) | length) as $v
        | (s | map(select(. == "CompileError")) | length) as $c
        | {d: $d, v: $v, c: $c};
      [.files | to_entries[] | {f: (.key | ltrimstr($root)), s: [.value.mutants[].status]} | select(.s | length > 0)
        | . + score(.s) | select(.v > 0)] as $rows
      | ($rows[] | "  \(if .v == 0 then "  -  " else ((.d * 1000 / .v | floor) / 10 | tostring) + "%" end)\t\(.d)/\(.v)\t\(.c) not compiled\t\(.f)"),
        ( ($rows | map(.d) | add // 0) as $d | ($rows | map(.v) | add // 0) as $v
          | "  total: \(if $v == 0 then "no mutants tested" else ((($d * 10000 / $v) | floor) / 100 | tostring) + "%" end) (\($d) detected of \($v))")
    ' "$report"
    # What a test should notice and does not, where it is: the place, the mutator and the code it put there.
    jq -r --arg root "$root/" '
      [.files | to_entries[] | .key as $f | .value.mutants[] | select(.status == "Survived" or .status == "NoCoverage")
        | "  \($f | ltrimstr($root)):\(.location.start.line):\(.location.start.column)\t\(.status)\t\(.mutatorName)\t\((.replacement // "") | gsub("\\s+"; " ") | .[0:100])"]
      | if length == 0 then "mutation: no mutant survived" else "mutation: \(length) undetected (file:line:column, status, mutator, replacement):", .[] end
    ' "$report"
    [ -n "$recheck" ] && recheck_summary "$report"
  else
    echo "mutation: $t: no report (nothing to mutate, or Stryker failed: exit $rc)"
  fi
  return $rc
}

if [ -n "$recheck" ]; then
  [ -f "$recheck" ] || { echo "mutation.sh: --recheck: no report at $recheck" >&2; exit 2; }
  [ -z "$since" ] || { echo "mutation.sh: --recheck and --since cannot be combined" >&2; exit 2; }
  [ "$target" != all ] || { echo "mutation.sh: --recheck needs the target of the report (rules or reader)" >&2; exit 2; }
fi

# The Stryker --mutate patterns of the lines of the earlier report's timed-out mutants: one
# "**/path{start..end}" per mutant, its whole lines, in characters from the start of the file.
timeout_spans() {
  local f first last from to
  while IFS=$'\t' read -r f first last; do
    [ -f "$root/$f" ] || { echo "mutation.sh: --recheck: $f is not in this tree" >&2; continue; }
    from=$( (head -n $((first - 1)) "$root/$f") | LC_ALL=C.UTF-8 wc -m)
    to=$(( $( (head -n "$last" "$root/$f") | LC_ALL=C.UTF-8 wc -m) - 1 ))
    echo "**/${f#src/Imh.Dsl/}{$from..$to}"
  done < <(jq -r '.files | to_entries[] | .key as $f | .value.mutants[] | select(.status == "Timeout")
      | "\($f | sub("^.*/src/Imh.Dsl/"; "src/Imh.Dsl/"))\t\(.location.start.line)\t\(.location.end.line)"' "$recheck" | sort -u)
}

# What each of the earlier report's timed-out mutants became in this run (matched by file, place, mutator and replacement).
recheck_summary() { # new report
  jq -r -n --slurpfile old "$recheck" --slurpfile new "$1" '
    def key: "\(.file):\(.m.location.start.line):\(.m.location.start.column)\t\(.m.mutatorName)\t\((.m.replacement // "") | gsub("\\s+"; " ") | .[0:100])";
    def all(r): [r.files | to_entries[] | (.key | sub("^.*/src/Imh.Dsl/"; "src/Imh.Dsl/")) as $f | .value.mutants[] | {file: $f, m: .}];
    (all($new[0]) | map({key: key, value: .m.status}) | from_entries) as $now
    | [all($old[0])[] | select(.m.status == "Timeout") | {k: key, s: ($now[key] // "not run")}] as $rows
    | "mutation: recheck: \($rows | length) mutants timed out in the earlier run; now: "
      + ($rows | group_by(.s) | map("\(length) \(.[0].s)") | join(", ")),
      ($rows[] | select(.s != "Timeout" and .s != "Killed") | "  \(.k)\t\(.s)")'
}

status=0
case "$target" in
  all) run rules || status=1; run reader || status=1 ;;
  *) run "$target" || status=1 ;;
esac
exit $status
