#!/usr/bin/env bash
# Profiles the page's analysis of one input with Chromium's own sampling profiler and
# prints where the time goes (self and inclusive, by function). The page is the built
# dist/ with its wasm replaced by the same build keeping function names (and no
# wasm-opt), so the profile names Rust functions.
#   scripts/profile-page.sh EXPORT.json      (after `make dist`; writes nothing in the tree)
# Make one with `cargo run --release --example gen_export -- 5 /tmp/export.json`.
set -euo pipefail
cd "$(dirname "$0")/.."
input="${1:?usage: scripts/profile-page.sh EXPORT.json}"
[ -f dist/index.html ] || { echo "run make dist first" >&2; exit 2; }
wasm="${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/web/ade-advisor.wasm"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
cp -r dist "$work/dist"
base="$(basename "$(ls "$work"/dist/*.js | head -1)" .js)"
wasm-bindgen --target web --no-typescript --keep-debug --out-dir "$work/wb" --out-name "$base" "$wasm"
cp "$work/wb/$base.js" "$work/wb/${base}_bg.wasm" "$work/dist/"
# The replaced files no longer match the integrity hashes.
sed -i -E 's/ integrity=("[^"]*"|[^ >]*)//g' "$work/dist/index.html"
exec python3 - "$work/dist" "$input" "${CHROMEDRIVER:-/usr/bin/chromedriver}" "${CHROME_BIN:-/usr/bin/chromium}" <<'PY'
import urllib.error, collections, functools, http.server, json, os, subprocess, sys, threading, time, urllib.request
root, text_path, driver, chrome = sys.argv[1:5]
class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass
srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=root))
threading.Thread(target=srv.serve_forever, daemon=True).start()
cd_port = 9600 + os.getpid() % 300
cd = subprocess.Popen([driver, f"--port={cd_port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
def req(method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    r = urllib.request.Request(f"http://127.0.0.1:{cd_port}{path}", data=data, method=method, headers={"Content-Type": "application/json"})
    try:
        return json.loads(urllib.request.urlopen(r, timeout=600).read())
    except urllib.error.HTTPError as e:
        sys.exit(f"ChromeDriver {method} {path}: {e.read()[:500]!r}")
for _ in range(50):
    try:
        req("GET", "/status"); break
    except Exception:
        time.sleep(0.1)
args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + os.path.join(os.path.dirname(os.path.abspath(root)), "profile")]
sid = req("POST", "/session", {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {"binary": chrome, "args": args}}}})["value"]["sessionId"]
try:
    run = lambda script, a=[]: req("POST", f"/session/{sid}/execute/sync", {"script": script, "args": a})["value"]
    cdp = lambda cmd, params={}: req("POST", f"/session/{sid}/goog/cdp/execute", {"cmd": cmd, "params": params})["value"]
    req("POST", f"/session/{sid}/url", {"url": f"http://127.0.0.1:{srv.server_address[1]}/"})
    for _ in range(200):
        if run("return !!(window.wasmBindings && window.wasmBindings.bench_analyze)"): break
        time.sleep(0.1)
    run("window.__t = arguments[0]; window.wasmBindings.bench_analyze(window.__t); return 0", [open(text_path, encoding="utf-8").read()])
    cdp("Profiler.enable"); cdp("Profiler.setSamplingInterval", {"interval": 100}); cdp("Profiler.start")
    ms = run("const s = performance.now(); for (let i = 0; i < 5; i++) window.wasmBindings.bench_analyze(window.__t); return performance.now() - s")
    prof = cdp("Profiler.stop")["profile"]
finally:
    req("DELETE", f"/session/{sid}"); cd.kill(); srv.shutdown()
nodes = {n["id"]: n for n in prof["nodes"]}
parent = {c: n["id"] for n in prof["nodes"] for c in n.get("children", [])}
name = lambda i: nodes[i]["callFrame"]["functionName"] or "(anonymous)"
own, incl = collections.Counter(), collections.Counter()
for s, d in zip(prof["samples"], prof["timeDeltas"]):
    own[name(s)] += d
    seen, x = set(), s
    while x is not None:
        if name(x) not in seen:
            incl[name(x)] += d; seen.add(name(x))
        x = parent.get(x)
total = sum(prof["timeDeltas"]) or 1
print(f"5 analyses in {ms:.0f} ms (under the profiler)\n\nself time:")
for k, v in own.most_common(30): print(f"{100 * v / total:5.1f}%  {k[:140]}")
print("\ninclusive time:")
for k, v in incl.most_common(40): print(f"{100 * v / total:5.1f}%  {k[:140]}")
PY
