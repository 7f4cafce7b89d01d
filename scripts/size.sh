#!/usr/bin/env bash
# Prints the brotli-compressed weight of the page (html + js + wasm + css in dist/)
# and fails when it is over the budget in bytes. With a third argument `report` it only
# prints the verdict (used by `make test` while the budget is not met).
set -euo pipefail
dir="${1:-dist}"; budget="${2:-153600}"; mode="${3:-check}"
total=0
while IFS= read -r -d '' f; do
  n=$(brotli -c -q 11 "$f" | wc -c)
  printf '%8d  %s\n' "$n" "${f#"$dir"/}"
  total=$((total + n))
done < <(find "$dir" -maxdepth 1 -type f \( -name '*.html' -o -name '*.js' -o -name '*.wasm' -o -name '*.css' \) -print0 | sort -z)
printf '%8d  total (brotli), budget %d\n' "$total" "$budget"
# Not counted: the other files (the favicon, the web app manifest and icons, docs/offline.md), which
# the first render does not need; the service worker caches them after it.
other=0
while IFS= read -r -d '' f; do
  other=$((other + $(brotli -c -q 11 "$f" | wc -c)))
done < <(find "$dir" -maxdepth 1 -type f ! \( -name '*.html' -o -name '*.js' -o -name '*.wasm' -o -name '*.css' \) -print0)
printf '%8d  other files, not counted (favicon, manifest, icons)\n' "$other"
if [ "$total" -gt "$budget" ]; then
  echo "page weight over budget by $((total - budget)) bytes" >&2
  [ "$mode" = report ] || exit 1
fi
