#!/usr/bin/env bash
# Loads a catalog's generated index.html in headless Chromium (Debian's `chromium` package) and
# checks that the browser sees what the Markdown pages say: the comparison matrices, a section for
# every level page with its tables, the notes and reviews beside their rules, and the glossary;
# prints the page to PDF (the print style sheet) and takes a screenshot.
# Usage: scripts/check-docs-html.sh [DOCS_DIR (default docs/requirements)] [screenshot.png]
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:-docs/requirements}"
page="$(pwd)/$dir/index.html"
shot="${2:-/tmp/imh-docs-$(basename "$dir").png}"
browser="$(command -v chromium || command -v chromium-browser || true)"
[ -n "$browser" ] || { echo "chromium not found: apt-get install -y chromium" >&2; exit 2; }
[ -f "$page" ] || { echo "$page not found: regenerate the docs first" >&2; exit 2; }

profile="$(mktemp -d)"
pdf="$(mktemp --suffix=.pdf)"
trap 'rm -rf "$profile" "$pdf"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --user-data-dir="$profile")

dom="$(timeout 120 "$browser" "${flags[@]}" --dump-dom "file://$page" 2>/dev/null)"
fail=0
expect() { # what, count, pattern
  local n; n=$( (grep -o "$3" <<<"$dom" || true) | wc -l)
  if [ "$n" -ne "$2" ]; then echo "FAIL $1: expected $2, found $n" >&2; fail=1; else echo "ok   $1 ($n)"; fi
}
in_file() { (grep -o "$1" "$page" || true) | wc -l; }
# As many in the browser's DOM as the generator wrote, and at least one.
expect_all() { # what, pattern
  local n; n=$(in_file "$2")
  if [ "$n" -eq 0 ]; then echo "FAIL $1: none in $page" >&2; fail=1; else expect "$1" "$n" "$2"; fi
}

levels=$(in_file '<section class="level" id="level-[^"]*"')
expect "matrix heading (ladder or categories)" 1 '<h2>\(How the requirements grow from level to level\|Requirements by category\)</h2>'
expect "comparison matrix" 1 '<table class="matrix" id="matrix">'
expect "continuing matrix" 1 '<table class="matrix" id="matrix-continuing">'
# One section for each level page the Markdown has.
for md in "$dir"/level-*.md; do
  id="$(basename "$md" .md)"
  expect "section $id" 1 "<section class=\"level\" id=\"$id\">"
done
expect "a requirements table per level" "$levels" '<table class="requirements">'
expect "a renewal table per level" "$levels" '<table class="renewal">'
expect_all "notes beside their rules" '<p class="note">'
expect "reviews beside their rules, as written" "$(in_file '<p class="review">')" '<p class="review">'
expect "glossary section" 1 '<section id="glossary">'
expect_all "glossary tables" '<table class="glossary">'
expect_all "named sets" '<table class="named-sets">'
expect "changes section as written" "$(in_file '<section id="changes">')" '<section id="changes">'
expect "no external assets" 0 '<link \|<script \| src="http'

timeout 120 "$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$pdf" "file://$page" >/dev/null 2>&1 || true
if [ -s "$pdf" ] && head -c 5 "$pdf" | grep -q '%PDF-'; then
  echo "ok   printed to PDF ($(wc -c <"$pdf") bytes)"
else
  echo "FAIL printing to PDF" >&2; fail=1
fi

timeout 120 "$browser" "${flags[@]}" --window-size=1400,1800 --screenshot="$shot" "file://$page" >/dev/null 2>&1 || true
[ -s "$shot" ] && echo "screenshot: $shot"
exit $fail
