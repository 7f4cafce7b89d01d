#!/usr/bin/env bash
# Writes the service worker of a built site: every file of the site and a version (hash of their names and contents) into sw.js (docs/offline.md).
# Runs last in Trunk's post_build hook (Trunk.toml), on the staging directory, for release
# builds only (`trunk serve` gets no worker, so live reload is never answered from a
# cache); can also be run by hand on a built site: scripts/sw.sh dist
#
# The template is www/sw.js; its line `const V = "dev", F = [];` becomes the version and
# the list. sw.js itself is not in the list (the browser checks it for updates), and a
# change to any other file gives a new version, which the browser installs as an update.
set -euo pipefail
if [ $# -ge 1 ]; then
  dir="$1"
else
  dir="${TRUNK_STAGING_DIR:?run by Trunk or give the site directory}"
  [ "${TRUNK_PROFILE:-}" = release ] || { rm -f "$dir/sw.js"; exit 0; }
fi
template="$(cd "$(dirname "$0")/.." && pwd)/www/sw.js"
cd "$dir"
files=()
while IFS= read -r -d '' f; do files+=("${f#./}"); done \
  < <(find . -type f ! -path ./sw.js -print0 | LC_ALL=C sort -z)
if [ ${#files[@]} -eq 0 ] || [ ! -f index.html ]; then
  echo "sw.sh: no built site in $dir" >&2
  exit 1
fi
for f in "${files[@]}"; do
  case "$f" in *'"'* | *\\* | *[[:cntrl:]]*) echo "sw.sh: file name not listable: $f" >&2; exit 1 ;; esac
done
version=$(for f in "${files[@]}"; do printf '%s %s\n' "$(sha256sum < "$f" | cut -c1-64)" "$f"; done \
  | sha256sum | cut -c1-16)
tmp=$(mktemp sw.js.XXXXXX)
trap 'rm -f "$tmp"' EXIT
list=$(printf '"%s",' "${files[@]}")
# The comments of the template stay in www/sw.js; the built file keeps its first line only.
V="$version" L="${list%,}" perl -ne '
  next if $. > 1 && m{^\s*//};
  my $n = s/^const V = "dev", F = \[\];$/const V = "$ENV{V}", F = [$ENV{L}];/;
  $found += $n; print;
  END { die "sw.sh: the line to fill is missing from www/sw.js\n" unless $found }
' "$template" > "$tmp"
chmod 644 "$tmp"
mv "$tmp" sw.js
echo "sw.sh: sw.js version $version, ${#files[@]} files" >&2
