#!/usr/bin/env bash
# The GitHub Action's work (action.yml runs it; tests/cli_action.rs runs it without network):
#   scripts/action.sh run    get ade-advisor (ADE_BINARY, or the release binary for this
#                            runner: downloaded, checked against SHA256SUMS, unpacked), run
#                            `check` on ADE_PATH, write the report and the SARIF file, and
#                            the counts to $GITHUB_OUTPUT; exits 0 whatever the findings
#   scripts/action.sh fail   print why the check fails the job (from ADE_* counts), exit 1
#
# Inputs, as environment variables (action.yml maps its inputs to them):
#   ADE_PATH        files and folders to check, one per line (default .)
#   ADE_EXCLUDE     --exclude globs, one per line
#   ADE_REQUIRE     --require ids, comma-separated
#   ADE_PER_FOLDER  true: --per-folder (each subfolder is a tenant)
#   ADE_FORMAT      the report's format: markdown (default), text, json or sarif
#   ADE_LANG        en (default) or ja
#   ADE_MIN_SEVERITY  print only findings of this severity or higher: info (default),
#                   warning, error (the counts and fail-on still see every finding)
#   ADE_FAIL_ON     error (default: an error finding or an unreadable input fails),
#                   warning (a warning too), never
#   ADE_REPORT      where to write the report (default ade-advisor-report.<ext>)
#   ADE_SARIF       where to write the SARIF log (default ade-advisor.sarif; empty: none)
#   ADE_SUMMARY     true (default): add the Markdown report to $GITHUB_STEP_SUMMARY
#   ADE_BINARY      an ade-advisor binary to use instead of downloading one
#   ADE_VERSION     the release tag to download, or latest (default)
#   ADE_REPOSITORY  owner/name whose releases carry the binaries
#   ADE_TOKEN       a token for the GitHub API (resolving latest); optional
#   ADE_RELEASE_URL where release assets are (default https://github.com/$ADE_REPOSITORY/releases/download);
#   ADE_API_URL     the GitHub API (default https://api.github.com); both can be file:// URLs
# Outputs ($GITHUB_OUTPUT, or stdout as key=value when it is unset): errors, warnings,
# infos, unreadable, exit-code, failed, report, sarif, binary.
set -euo pipefail

say() { printf 'ade-advisor action: %s\n' "$*" >&2; }
die() { printf '::error::ade-advisor action: %s\n' "$*" >&2; exit 1; }

output() { # key value
  if [ -n "${GITHUB_OUTPUT:-}" ]; then
    printf '%s=%s\n' "$1" "$2" >> "$GITHUB_OUTPUT"
  else
    printf '%s=%s\n' "$1" "$2"
  fi
}

# The Rust target of the release binary for this runner (RUNNER_OS and RUNNER_ARCH on
# GitHub, uname elsewhere); the names release.yml builds.
release_target() {
  local os="${RUNNER_OS:-}" arch="${RUNNER_ARCH:-}"
  if [ -z "$os" ]; then
    case "$(uname -s)" in
      Linux) os=Linux ;;
      Darwin) os=macOS ;;
      MINGW* | MSYS* | CYGWIN*) os=Windows ;;
      *) os="$(uname -s)" ;;
    esac
  fi
  if [ -z "$arch" ]; then
    case "$(uname -m)" in
      x86_64 | amd64) arch=X64 ;;
      arm64 | aarch64) arch=ARM64 ;;
      *) arch="$(uname -m)" ;;
    esac
  fi
  case "$os/$arch" in
    Linux/X64) echo x86_64-unknown-linux-gnu ;;
    macOS/ARM64) echo aarch64-apple-darwin ;;
    macOS/X64) echo x86_64-apple-darwin ;;
    Windows/X64) echo x86_64-pc-windows-msvc ;;
    *) die "no release binary for $os/$arch (there are Linux x64, macOS arm64 and x64, Windows x64); build ade-advisor with cargo and give its path as the 'binary' input" ;;
  esac
}

fetch() { # url file
  local auth=()
  if [ -n "${ADE_TOKEN:-}" ] && [[ "$1" == https://api.github.com/* ]]; then
    auth=(-H "Authorization: Bearer $ADE_TOKEN")
  fi
  curl --fail --silent --show-error --location --retry 3 ${auth[@]+"${auth[@]}"} -o "$2" "$1" \
    || die "cannot download $1"
}

sha256() { # file
  if command -v sha256sum > /dev/null; then
    sha256sum -- "$1" | awk '{print $1}'
  elif command -v shasum > /dev/null; then
    shasum -a 256 -- "$1" | awk '{print $1}'
  else
    die "neither sha256sum nor shasum is available to check the download"
  fi
}

# Downloads the release binary into a fresh folder, checks it against the release's
# SHA256SUMS and prints the binary's path.
install() {
  local repo="${ADE_REPOSITORY:-}" version="${ADE_VERSION:-latest}" target tag asset dir
  [ -n "$repo" ] || die "the repository whose releases carry ade-advisor is unknown: set the 'repository' input (owner/name)"
  target="$(release_target)"
  dir="$(mktemp -d "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/ade-advisor.XXXXXX")"
  tag="$version"
  if [ "$version" = latest ]; then
    fetch "${ADE_API_URL:-https://api.github.com}/repos/$repo/releases/latest" "$dir/latest.json"
    tag="$(sed -n 's/^ *"tag_name": *"\([^"]*\)".*/\1/p' "$dir/latest.json" | head -n 1)"
    [ -n "$tag" ] || die "the latest release of $repo names no tag"
  fi
  case "$target" in
    *windows*) asset="ade-advisor-$tag-$target.zip" ;;
    *) asset="ade-advisor-$tag-$target.tar.gz" ;;
  esac
  local base="${ADE_RELEASE_URL:-https://github.com/$repo/releases/download}"
  say "downloading $asset ($repo $tag)"
  fetch "$base/$tag/$asset" "$dir/$asset"
  fetch "$base/$tag/SHA256SUMS" "$dir/SHA256SUMS"
  local expected actual
  expected="$(awk -v f="$asset" '{name = $2; sub(/^\*/, "", name)} name == f {print $1; exit}' "$dir/SHA256SUMS")"
  [ -n "$expected" ] || die "SHA256SUMS of $tag lists no $asset"
  actual="$(sha256 "$dir/$asset")"
  [ "$actual" = "$expected" ] || die "$asset does not match SHA256SUMS (expected $expected, got $actual): not used"
  say "$asset matches SHA256SUMS"
  case "$asset" in
    *.zip)
      if command -v unzip > /dev/null; then
        unzip -q "$dir/$asset" -d "$dir"
      else
        7z x -y -o"$dir" "$dir/$asset" > /dev/null
      fi
      ;;
    *) tar -xzf "$dir/$asset" -C "$dir" ;;
  esac
  local exe="$dir/ade-advisor-$tag-$target/ade-advisor"
  if [[ "$target" == *windows* ]]; then
    exe="$exe.exe"
  fi
  [ -f "$exe" ] || die "$asset holds no ade-advisor binary"
  chmod +x "$exe"
  echo "$exe"
}

# A number from the `summary` object of a JSON report (per tenant or not).
summary_count() { # key file
  awk -v key="\"$1\":" '
    /^  "summary": \{/ { inside = 1; next }
    inside && /^  \}/ { exit }
    inside && $1 == key { gsub(/,/, "", $2); print $2; exit }
  ' "$2"
}

run() {
  local bin="${ADE_BINARY:-}"
  if [ -z "$bin" ]; then
    bin="$(install)"
  fi
  [ -x "$bin" ] || die "$bin is not an executable ade-advisor"
  "$bin" --version >&2

  local format="${ADE_FORMAT:-markdown}" lang="${ADE_LANG:-en}" fail_on="${ADE_FAIL_ON:-error}" ext
  case "$format" in
    markdown | md) format=markdown; ext=md ;;
    text) ext=txt ;;
    json) ext=json ;;
    sarif) ext=sarif ;;
    *) die "format '$format' is not one of markdown, text, json, sarif" ;;
  esac
  case "$fail_on" in
    error | warning | never) ;;
    *) die "fail-on '$fail_on' is not one of error, warning, never" ;;
  esac

  local args=(check --lang "$lang" --color never)
  if [ -n "${ADE_REQUIRE:-}" ]; then
    args+=(--require "$ADE_REQUIRE")
  fi
  if [ -n "${ADE_MIN_SEVERITY:-}" ]; then
    args+=(--min-severity "$ADE_MIN_SEVERITY")
  fi
  if [ "${ADE_PER_FOLDER:-false}" = true ]; then
    args+=(--per-folder)
  fi
  local line
  while IFS= read -r line; do
    if [ -n "$line" ]; then args+=(--exclude "$line"); fi
  done <<< "${ADE_EXCLUDE:-}"
  local paths=()
  while IFS= read -r line; do
    if [ -n "$line" ]; then paths+=("$line"); fi
  done <<< "${ADE_PATH:-.}"
  if [ "${#paths[@]}" -eq 0 ]; then paths=(.); fi
  args+=(--)
  args+=("${paths[@]}")

  local work code
  work="$(mktemp -d "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/ade-advisor-run.XXXXXX")"
  # The counts and the exit code (input errors go to the log once, here).
  set +e
  "$bin" "${args[0]}" --format json "${args[@]:1}" > "$work/report.json"
  code=$?
  set -e
  [ "$code" -le 2 ] || die "ade-advisor ended with exit code $code"
  local errors warnings infos unreadable
  errors="$(summary_count errors "$work/report.json")"
  warnings="$(summary_count warnings "$work/report.json")"
  infos="$(summary_count infos "$work/report.json")"
  unreadable="$(summary_count input_errors "$work/report.json")"
  if [ -z "$errors" ] || [ -z "$warnings" ]; then die "the JSON report has no summary"; fi

  local report="${ADE_REPORT:-ade-advisor-report.$ext}"
  if [ "$format" = json ]; then
    cp "$work/report.json" "$report"
  else
    "$bin" "${args[0]}" --format "$format" "${args[@]:1}" > "$report" 2> /dev/null || true
  fi
  if [ "$format" != sarif ] && [ "$format" != json ]; then
    cat "$report"
  fi
  local sarif="${ADE_SARIF-ade-advisor.sarif}"
  if [ -n "$sarif" ]; then
    if [ "$format" = sarif ] && [ "$sarif" != "$report" ]; then
      cp "$report" "$sarif"
    elif [ "$format" != sarif ]; then
      "$bin" "${args[0]}" --format sarif "${args[@]:1}" > "$sarif" 2> /dev/null || true
    fi
  fi
  if [ "${ADE_SUMMARY:-true}" = true ] && [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
    "$bin" "${args[0]}" --format markdown "${args[@]:1}" > "$work/summary.md" 2> /dev/null || true
    if [ "$(wc -c < "$work/summary.md")" -lt 1000000 ]; then
      cat "$work/summary.md" >> "$GITHUB_STEP_SUMMARY"
    else
      printf 'The ade-advisor report is larger than a job summary can hold; see %s.\n' "$report" >> "$GITHUB_STEP_SUMMARY"
    fi
  fi
  rm -rf "$work"

  local failed=false
  if [ "$fail_on" != never ] && [ "$code" -ne 0 ]; then
    failed=true
  elif [ "$fail_on" = warning ] && [ "$warnings" -gt 0 ]; then
    failed=true
  fi
  output errors "$errors"
  output warnings "$warnings"
  output infos "$infos"
  output unreadable "$unreadable"
  output exit-code "$code"
  output failed "$failed"
  output report "$report"
  output sarif "$sarif"
  output binary "$bin"
  say "$errors error(s), $warnings warning(s), $infos info, $unreadable unreadable input(s); exit code $code; fail-on $fail_on: $([ "$failed" = true ] && echo fails || echo passes)"
}

fail() {
  local why
  case "${ADE_EXIT_CODE:-}" in
    2) why="${ADE_UNREADABLE:-some} input(s) could not be read" ;;
    1) why="${ADE_ERRORS:-some} error finding(s)" ;;
    *) why="${ADE_WARNINGS:-some} warning(s) (fail-on: warning)" ;;
  esac
  printf '::error::ade-advisor: %s; see the report (%s).\n' "$why" "${ADE_REPORT_FILE:-the log}" >&2
  exit 1
}

case "${1:-}" in
  run) run ;;
  install) install ;;
  fail) fail ;;
  *) echo "usage: $0 run|install|fail" >&2; exit 2 ;;
esac
