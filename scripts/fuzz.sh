#!/usr/bin/env bash
# Fuzzes the whole engine pipeline (input bytes → analysis → every text and position a
# view shows) with libFuzzer, on stable Rust: libfuzzer-sys builds libFuzzer, and the
# coverage instrumentation is the set of stable -C flags cargo-fuzz passes with
# `--sanitizer none`, less -sanitizer-coverage-trace-compares (it more than halved the
# speed; the dictionary fuzz/analyze.dict supplies the keys and values it would find). One worker, niced. Seeds: every fixture under tests/fixtures, as is
# and with an options prefix, plus deep-nesting and huge-string seeds.
#   scripts/fuzz.sh [RUNS]          (default 10000000; `make fuzz RUNS=…`)
# Crashes land in fuzz/artifacts/analyze/; replay one with
#   $BIN fuzz/artifacts/analyze/crash-…
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-10000000}"
HOST="$(rustc -vV | sed -n 's/^host: //p')"
TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}/fuzz"
export RUSTFLAGS="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
--cfg fuzzing -Cdebug-assertions -Coverflow-checks"
(cd fuzz && CARGO_TARGET_DIR="$TARGET_DIR" nice cargo build --release --target "$HOST" --bin analyze)
BIN="$TARGET_DIR/$HOST/release/analyze"

seeds=fuzz/corpus/seeds
rm -rf "$seeds"; mkdir -p "$seeds" fuzz/corpus/analyze fuzz/artifacts/analyze
i=0
while IFS= read -r -d '' f; do
  i=$((i + 1))
  cp "$f" "$seeds/fixture-$i"
  # 0xF3 = requirements (all bits) + the vanishing-app question.
  { printf '\xf3\xff\xff'; cat "$f"; } > "$seeds/options-$i"
done < <(find tests/fixtures -type f -name '*.json' -print0 | sort -z)
python3 - "$seeds" <<'PY'
import sys, os
d = sys.argv[1]
w = lambda n, b: open(os.path.join(d, n), "wb").write(b)
w("deep-array", b"[" * 200 + b"]" * 200)
w("deep-object", b'{"a":' * 130 + b"{}" + b"}" * 130)
w("deep-unclosed", b"[{" * 300)
w("long-string", b'{"displayName":"' + b"x" * 20000 + b'","requiresUserAuthentication":true}')
w("many-objects", b"[" + b",".join([b'{"@odata.type":"#microsoft.graph.depIOSEnrollmentProfile","enableAuthenticationViaCompanyPortal":true}'] * 200) + b"]")
w("binary-png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
w("bad-utf8", b'{"displayName":"\xff\xfe"}')
w("two-inputs", b'\xf7\xff\xff{"requiresUserAuthentication":true}\x1e[{"intent":"uninstall","target":{}}]')
PY
echo "fuzzing $BIN for $RUNS runs (seeds: $(ls "$seeds" | wc -l) files)" >&2
exec nice "$BIN" -runs="$RUNS" -max_len=4096 -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 \
  -dict=fuzz/analyze.dict -artifact_prefix=fuzz/artifacts/analyze/ fuzz/corpus/analyze "$seeds"
