#!/usr/bin/env bash
# Minifies the JS glue (wasm-bindgen's) of release builds with terser, and updates its
# integrity hash in the staged index.html. Runs in Trunk's post_build hook (Trunk.toml),
# before scripts/csp.sh; does nothing for debug builds (`trunk serve`).
#
# Trunk's own minifier fails on the glue ("Failed to minify JS") and leaves it as it
# is; minified, it weighs about 1.9 KB less with brotli (issue 8, page weight). terser
# keeps every exported name and property key, so `window.wasmBindings` and the wasm
# imports are unchanged. scripts/ensure-tools.sh installs terser into .tools/.
set -euo pipefail
dir="${TRUNK_STAGING_DIR:?run by Trunk}"
[ "${TRUNK_PROFILE:-}" = release ] || exit 0
terser="$(dirname "$0")/../.tools/bin/terser"
[ -x "$terser" ] || { echo "minify-js.sh: terser is missing; run scripts/ensure-tools.sh build" >&2; exit 1; }
shopt -s nullglob
scripts=("$dir"/*.js)
[ ${#scripts[@]} -gt 0 ] || { echo "minify-js.sh: no JS file in $dir" >&2; exit 1; }
for js in "${scripts[@]}"; do
  "$terser" "$js" --module --compress --mangle --output "$js.min"
  mv "$js.min" "$js"
  # The new sha384 of the file, in the integrity attribute of the tag that names it.
  perl -0777 -i -MDigest::SHA=sha384 -MMIME::Base64 -e '
    my ($name, $path) = (shift, shift);
    open my $fh, "<:raw", $path or die "minify-js.sh: $path: $!\n";
    my $sri = "sha384-" . encode_base64(sha384(do { local $/; <$fh> }), "");
    local $/; my $page = <>;
    my $n = ($page =~ s{(<link\b[^>]*\Q$name\E[^>]*\bintegrity=["\x27]?)sha384-[A-Za-z0-9+/=]+}{$1$sri}g);
    die "minify-js.sh: no integrity attribute for $name\n" unless $n == 1;
    print $page;
  ' "$(basename "$js")" "$js" "$dir/index.html"
done
echo "minify-js.sh: minified ${#scripts[@]} JS file(s) in $dir" >&2
