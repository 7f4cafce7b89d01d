# ADE Auth Advisor — the two commands that matter:
#   make serve   build and serve the web app on http://127.0.0.1:8080 (installs what is missing)
#   make test    native tests, wasm tests in headless Chromium, end-to-end browser tests
#   make bench   engine, page and CLI benchmarks as one table (docs/performance.md)
SHELL := /bin/bash
export PATH := $(CURDIR)/.tools/bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
export CHROME_BIN ?= /usr/bin/chromium
export WASM_BINDGEN_TEST_TIMEOUT ?= 120
# Weight ceiling (docs/performance.md, "Weight ceiling"): the wasm + JS + CSS of dist/ as
# measured on main at 2e46722 (232,166 bytes brotli, 285,814 gzip) plus 3 %, raised by the
# enrollment journeys' measured cost (issue 26: +12,094 brotli, +15,203 gzip); and each
# prerendered page (index.html, ja/index.html) at most 16 KB gzip. Raising a ceiling is a
# reviewed change with its reason in docs/performance.md.
ASSETS_CEILING_BROTLI := 251224
ASSETS_CEILING_GZIP := 309591
PAGE_CEILING_GZIP := 16384

.PHONY: serve test dist tools test-tools lint lint-workflows test-native test-wasm test-e2e size size-report cli clean bench bench-tools fuzz

serve: tools
	trunk serve

dist: tools
	trunk build --release --cargo-profile web

tools:
	@scripts/ensure-tools.sh build

test-tools:
	@scripts/ensure-tools.sh test

cli:
	cargo build --release --bin ade-advisor

# `make test` ends with the weight report, which fails above the ceilings.
test: test-tools lint lint-workflows test-native test-wasm dist test-e2e size-report

# The GitHub Actions workflows, checked by actionlint (and their `run:` scripts by
# shellcheck; the Action's metadata, action.yml, through the workflow that uses it), and
# the Action's script by shellcheck; `make test` fails on an invalid workflow.
lint-workflows:
	@scripts/ensure-tools.sh lint
	actionlint .github/workflows/*.yml
	shellcheck scripts/action.sh

# Formatting and lints as gates: rustfmt (rustfmt.toml) and clippy with warnings as
# errors, for the native targets (with the e2e feature) and for the wasm page.
lint:
	cargo fmt --all --check
	cargo clippy --locked --all-targets --features e2e,prerender -- -D warnings
	cargo clippy --locked --target wasm32-unknown-unknown --lib --tests -- -D warnings

# Plain `cargo test` never compiles Yew; the build-time rendering of the page (the
# `prerender` feature) has its own test.
test-native:
	cargo test --locked
	cargo test --locked --features prerender --test prerender

test-wasm:
	cargo test --locked --target wasm32-unknown-unknown --test wasm_ui

test-e2e:
	cargo test --locked --features e2e --test e2e --test e2e_security -- --test-threads=1

# Fuzzes the engine pipeline with libFuzzer on stable Rust (not part of `make test`);
# see docs/reliability.md. RUNS=1000000 make fuzz for a shorter run.
RUNS ?= 10000000
fuzz:
	scripts/fuzz.sh $(RUNS)

# Benchmarks (issue 8): criterion on the engine stages, then the page in headless Chromium
# and the CLI against jq; prints one table (also written to bench-results.md).
bench: bench-tools dist
	cargo bench --bench engine
	BENCH_OUT=$(CURDIR)/bench-results.md cargo bench --features e2e --bench suite

bench-tools: test-tools
	@command -v jq >/dev/null || { s=""; [ "$$(id -u)" -ne 0 ] && s=sudo; $$s apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$s apt-get install -y -qq jq >/dev/null; }

# Brotli and gzip of every file of dist/; fails above the weight ceilings.
size size-report:
	@scripts/size.sh dist $(ASSETS_CEILING_BROTLI) $(ASSETS_CEILING_GZIP) $(PAGE_CEILING_GZIP)

clean:
	rm -rf dist target
