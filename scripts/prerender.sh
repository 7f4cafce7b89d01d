#!/usr/bin/env bash
# Prerenders the built page: writes the app's first view, rendered natively from its own
# components (src/ui/prerender.rs), into index.html (English) and ja/index.html (Japanese),
# each with its title, description, canonical address and language alternates. Runs in
# Trunk's post_build hook (Trunk.toml) on the staging directory, after scripts/minify-js.sh
# and before scripts/csp.sh (which hashes each page's inline scripts) and scripts/sw.sh
# (which lists both pages); can also be run by hand on a built site: scripts/prerender.sh dist
#
# The renderer is a native binary behind the `prerender` feature (src/bin/prerender.rs), so
# plain `cargo test` never compiles Yew; it is built in the dev profile, which
# `cargo test --features prerender --test prerender` (make test) shares.
set -euo pipefail
dir="$(cd "${1:-${TRUNK_STAGING_DIR:?run by Trunk or give the site directory}}" && pwd)"
cd "$(dirname "$0")/.."
# Trunk's own cargo settings for the wasm build must not leak into this native build.
unset CARGO_BUILD_TARGET
cargo run --quiet --locked --features prerender --bin prerender -- "$dir"
