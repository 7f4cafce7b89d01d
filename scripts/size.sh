#!/usr/bin/env bash
# The weight of the built site (docs/performance.md, "Weight ceiling"): every file's size
# compressed with brotli (-q 11) and with gzip (-9; GitHub Pages sends gzip, never brotli),
# then two gates. Fails when the wasm + JS + CSS together exceed their ceiling (either
# compression), or when a prerendered page (index.html, ja/index.html) exceeds its own
# gzip ceiling. `make size-report` (part of `make test`) runs it with the Makefile's
# ceilings: scripts/size.sh DIR ASSETS_BROTLI ASSETS_GZIP PAGE_GZIP
set -euo pipefail
dir="${1:-dist}"; ceiling_br="${2:?ceiling of wasm + JS + CSS, brotli bytes}"
ceiling_gz="${3:?ceiling of wasm + JS + CSS, gzip bytes}"; page_gz="${4:?ceiling of each HTML page, gzip bytes}"
[ -f "$dir/index.html" ] || { echo "size.sh: no built site in $dir (make dist)" >&2; exit 1; }
br() { brotli -c -q 11 "$1" | wc -c; }
gz() { gzip -c -9 -n "$1" | wc -c; }
assets_br=0; assets_gz=0; other_br=0; other_gz=0; fail=0
printf '%8s %8s  %s\n' brotli gzip file
while IFS= read -r -d '' f; do
  name="${f#"$dir"/}"; b=$(br "$f"); g=$(gz "$f")
  case "$name" in
    *.wasm | *.js | *.css) assets_br=$((assets_br + b)); assets_gz=$((assets_gz + g)); note="" ;;
    *.html)
      note="  (page, ceiling $page_gz gzip)"
      if [ "$g" -gt "$page_gz" ]; then
        echo "size.sh: $name is $g bytes of gzip, over its ceiling of $page_gz" >&2; fail=1
      fi ;;
    *) other_br=$((other_br + b)); other_gz=$((other_gz + g)); note="" ;;
  esac
  printf '%8d %8d  %s%s\n' "$b" "$g" "$name" "$note"
done < <(find "$dir" -type f -print0 | LC_ALL=C sort -z)
printf '%8d %8d  wasm + JS + CSS (ceilings: %d brotli, %d gzip)\n' "$assets_br" "$assets_gz" "$ceiling_br" "$ceiling_gz"
printf '%8d %8d  other files: favicon, manifest, icons (the first view does not need them)\n' "$other_br" "$other_gz"
if [ "$assets_br" -gt "$ceiling_br" ] || [ "$assets_gz" -gt "$ceiling_gz" ]; then
  echo "size.sh: wasm + JS + CSS over the ceiling by $((assets_br - ceiling_br)) bytes of brotli, $((assets_gz - ceiling_gz)) of gzip (docs/performance.md: raising it is a reviewed change with a reason)" >&2
  fail=1
fi
exit "$fail"
