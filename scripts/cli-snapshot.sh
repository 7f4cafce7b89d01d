#!/usr/bin/env bash
# Writes the CLI's output for every fixture and sample, in every format and language, plus
# the fixture folders (one set, and per tenant), recommend/table/rules, into one folder: the
# byte-for-byte reference for refactors.
#   scripts/cli-snapshot.sh OUT_DIR [BINARY]    (BINARY defaults to a fresh debug build)
#   diff -r before/ after/                       (no output = no change in behaviour)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:?usage: scripts/cli-snapshot.sh OUT_DIR [BINARY]}"
bin="${2:-}"
if [ -z "$bin" ]; then
  cargo build --quiet --bin ade-advisor
  bin="${CARGO_TARGET_DIR:-target}/debug/ade-advisor"
fi
mkdir -p "$out"
export NO_COLOR=1
run() { # name, args…
  local name="$1"; shift
  { "$bin" "$@" 2>&1; echo "exit $?"; } > "$out/$name" || true
}
n=0
while IFS= read -r f; do
  slug="$(echo "$f" | tr '/' '_')"
  for fmt in json markdown sarif text; do
    for lang in en ja; do
      run "$slug.$fmt.$lang" check --format "$fmt" --lang "$lang" "$f"
    done
  done
  run "$slug.require.markdown.ja" check --format markdown --lang ja --require mfa,entra-registration "$f"
  for fmt in json markdown text; do
    run "$slug.plan.$fmt" check --plan --format "$fmt" --require mfa "$f"
  done
  n=$((n + 1))
done < <(find tests/fixtures www/samples -name '*.json' | LC_ALL=C sort)
for lang in en ja; do
  for fmt in text json markdown; do
    run "recommend.mfa-lock.$fmt.$lang" recommend --format "$fmt" --lang "$lang" --require mfa,lock-until-company-portal
    run "table.$fmt.$lang" table --format "$fmt" --lang "$lang"
    run "rules.$fmt.$lang" rules --format "$fmt" --lang "$lang"
  done
  run "help.$lang" --help --lang "$lang"
  for c in check recommend table rules diff; do
    run "$c-help.$lang" "$c" --help --lang "$lang"
  done
  for fmt in json markdown sarif text; do
    run "folder-backup.$fmt.$lang" check --format "$fmt" --lang "$lang" tests/fixtures/backup
    run "folder-tenants.$fmt.$lang" check --per-folder --format "$fmt" --lang "$lang" tests/fixtures/tenants
  done
  for fmt in text json markdown; do
    run "diff.$fmt.$lang" diff --format "$fmt" --lang "$lang" tests/fixtures/cli/company-portal.json tests/fixtures/cli/modern.json www/samples/legacy.json
  done
done
echo "$n inputs, $(find "$out" -type f | wc -l) outputs in $out" >&2
