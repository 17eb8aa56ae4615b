#!/usr/bin/env bash
# Loads docs/requirements/index.html in headless Chromium (Debian's `chromium` package) and checks
# that the browser sees the comparison matrices and every level's tables; takes a screenshot.
# Usage: scripts/check-docs-html.sh [screenshot.png]
set -euo pipefail
cd "$(dirname "$0")/.."
page="$(pwd)/docs/requirements/index.html"
shot="${1:-/tmp/imh-docs.png}"
browser="$(command -v chromium || command -v chromium-browser || true)"
[ -n "$browser" ] || { echo "chromium not found: apt-get install -y chromium" >&2; exit 2; }
[ -f "$page" ] || { echo "$page not found: run dotnet build first" >&2; exit 2; }

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --user-data-dir="$profile")

dom="$(timeout 120 "$browser" "${flags[@]}" --dump-dom "file://$page" 2>/dev/null)"
fail=0
expect() { # what, count, pattern
  local n; n=$( (grep -o "$3" <<<"$dom" || true) | wc -l)
  if [ "$n" -ne "$2" ]; then echo "FAIL $1: expected $2, found $n" >&2; fail=1; else echo "ok   $1 ($n)"; fi
}
levels=$(grep -o '<section class="level" id="level-[^"]*"' "$page" | wc -l)
expect "comparison matrix" 1 '<table class="matrix" id="matrix">'
expect "continuing matrix" 1 '<table class="matrix" id="matrix-continuing">'
for id in level-i level-ii level-iii level-iv-clinical level-iv-policy level-iv-researchfaculty; do
  expect "section $id" 1 "<section class=\"level\" id=\"$id\">"
done
expect "a requirements table per level" "$levels" '<table class="requirements">'
expect "a renewal table per level" "$levels" '<table class="renewal">'
expect "no external assets" 0 '<link \|<script \| src="http'

timeout 120 "$browser" "${flags[@]}" --window-size=1400,1800 --screenshot="$shot" "file://$page" >/dev/null 2>&1 || true
[ -s "$shot" ] && echo "screenshot: $shot"
exit $fail
