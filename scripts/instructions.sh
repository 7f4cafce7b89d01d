#!/usr/bin/env bash
# Instructions per analysis of one file, counted by callgrind: the engine built at the
# page's opt-level ("z", profile `web`) and, with --release, at the CLI's (3). Steady where
# timings on a shared machine are not; docs/performance.md weighs speed tricks with it.
#
#   scripts/instructions.sh FILE.json [--release]
set -euo pipefail
file=${1:?usage: scripts/instructions.sh FILE.json [--release]}
profile=web
[[ ${2:-} == --release ]] && profile=release
command -v valgrind >/dev/null || { echo "valgrind is needed (apt-get install valgrind)" >&2; exit 2; }
cd "$(dirname "$0")/.."
cargo build -q --profile "$profile" --example count_instructions
dir=${CARGO_TARGET_DIR:-target}/$profile/examples
out=$(mktemp)
valgrind --tool=callgrind --callgrind-out-file="$out" --toggle-collect='*measured_analysis*' \
    "$dir/count_instructions" "$file" 2>&1 >/dev/null | sed -n "s/.*Collected : */instructions per analysis: /p"
rm -f "$out"
