//! A small synchronous WebDriver client for ChromeDriver + Debian's Chromium, over plain
//! HTTP/1.1 on 127.0.0.1 (one connection per command). Enough for end-to-end tests:
//! navigate, find, click, type, run a script, read the console, take a screenshot, send a
//! DevTools Protocol command.

use serde_json::{json, Value};
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

pub struct Driver {
    child: Child,
    port: u16,
    session: String,
    _profile: TempDir,
}

struct TempDir(std::path::PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[derive(Clone, Debug)]
pub struct Element(pub String);

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("free port")
}

fn http(port: u16, method: &str, path: &str, body: Option<&Value>) -> Result<Value, String> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).map_err(|e| e.to_string())?;
    stream.set_read_timeout(Some(Duration::from_secs(120))).ok();
    let payload = body.map(|b| b.to_string()).unwrap_or_default();
    let req = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{payload}",
        payload.len()
    );
    stream.write_all(req.as_bytes()).map_err(|e| e.to_string())?;
    // ChromeDriver keeps the connection open: read the head, then Content-Length bytes.
    let mut raw = Vec::new();
    let mut byte = [0u8; 1];
    while !raw.ends_with(b"\r\n\r\n") {
        let n = stream.read(&mut byte).map_err(|e| e.to_string())?;
        if n == 0 {
            break;
        }
        raw.push(byte[0]);
    }
    let head = String::from_utf8_lossy(&raw).to_ascii_lowercase();
    let length =
        head.lines().find_map(|l| l.strip_prefix("content-length:").map(|v| v.trim().parse::<usize>().unwrap_or(0)));
    let body = match length {
        Some(n) => {
            let mut buf = vec![0u8; n];
            stream.read_exact(&mut buf).map_err(|e| e.to_string())?;
            String::from_utf8_lossy(&buf).into_owned()
        }
        None => {
            let mut rest = Vec::new();
            stream.read_to_end(&mut rest).map_err(|e| e.to_string())?;
            let text = String::from_utf8_lossy(&rest).into_owned();
            if head.contains("transfer-encoding: chunked") {
                dechunk(&text)
            } else {
                text
            }
        }
    };
    let v: Value = serde_json::from_str(&body).map_err(|e| format!("{e}: {body}"))?;
    if let Some(err) = v.get("value").and_then(|x| x.get("error")) {
        return Err(format!("{err}: {}", v["value"]["message"]));
    }
    Ok(v.get("value").cloned().unwrap_or(Value::Null))
}

fn dechunk(body: &str) -> String {
    let mut out = String::new();
    let mut rest = body;
    while let Some((size, after)) = rest.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 || after.len() < n {
            break;
        }
        out.push_str(&after[..n]);
        rest = after[n..].trim_start_matches("\r\n");
    }
    out
}

impl Driver {
    /// Starts ChromeDriver and a fresh headless Chromium session, in English.
    pub fn start() -> Driver {
        Driver::start_in("en-US", "en-US,en")
    }

    /// Starts ChromeDriver and a fresh headless Chromium session whose user interface
    /// speaks `ui` and whose preferred languages (`navigator.languages`) are `accept`.
    pub fn start_in(ui: &str, accept: &str) -> Driver {
        let port = free_port();
        let bin = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
        let child = Command::new(&bin)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {bin}: {e} (run `make test`, which installs chromium-driver)"));
        let deadline = Instant::now() + Duration::from_secs(20);
        while http(port, "GET", "/status", None).is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        let profile = std::env::temp_dir().join(format!("ade-e2e-{}-{port}", std::process::id()));
        let chrome = std::env::var("CHROME_BIN").unwrap_or_else(|_| "/usr/bin/chromium".into());
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:loggingPrefs": {"browser": "ALL"},
            "goog:chromeOptions": {
                "binary": chrome,
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                         "--no-first-run", "--disable-background-networking",
                         "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                         "--window-size=1280,900", format!("--user-data-dir={}", profile.display()),
                         format!("--lang={ui}")],
                "prefs": {"intl.accept_languages": accept}
            }
        }}});
        let v = http(port, "POST", "/session", Some(&caps)).expect("new session");
        let session = v["sessionId"].as_str().expect("session id").to_string();
        Driver { child, port, session, _profile: TempDir(profile) }
    }

    fn cmd(&self, method: &str, path: &str, body: Option<Value>) -> Result<Value, String> {
        http(self.port, method, &format!("/session/{}{path}", self.session), body.as_ref())
    }

    pub fn goto(&self, url: &str) {
        self.cmd("POST", "/url", Some(json!({"url": url}))).expect("navigate");
    }

    pub fn find_all(&self, css: &str) -> Vec<Element> {
        self.cmd("POST", "/elements", Some(json!({"using": "css selector", "value": css})))
            .ok()
            .and_then(|v| v.as_array().cloned())
            .unwrap_or_default()
            .iter()
            .filter_map(|e| e.get(ELEMENT_KEY).and_then(Value::as_str).map(|s| Element(s.to_string())))
            .collect()
    }

    pub fn find(&self, css: &str) -> Option<Element> {
        self.find_all(css).into_iter().next()
    }

    /// Waits (up to 15 s) for an element to exist.
    pub fn wait_for(&self, css: &str) -> Element {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            if let Some(e) = self.find(css) {
                return e;
            }
            if Instant::now() > deadline {
                panic!("timed out waiting for `{css}`; page text: {}", self.body_text());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Waits (up to 15 s) until `check` holds.
    pub fn wait_until(&self, what: &str, check: impl Fn(&Driver) -> bool) {
        let deadline = Instant::now() + Duration::from_secs(15);
        while !check(self) {
            if Instant::now() > deadline {
                panic!("timed out waiting until {what}; page text: {}", self.body_text());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Waits (up to 15 s) until the app has taken over the prerendered page: its root is
    /// there and the prerendered view's `data-prerendered` marker is gone.
    pub fn wait_for_app(&self) {
        self.wait_until("the app has taken over the page", |d| {
            d.try_exec(
                "return !!document.querySelector('div.app') && !document.querySelector('[data-prerendered]')",
                vec![],
            ) == Ok(json!(true))
        });
    }

    pub fn text(&self, e: &Element) -> String {
        self.cmd("GET", &format!("/element/{}/text", e.0), None)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    }

    pub fn attr(&self, e: &Element, name: &str) -> Option<String> {
        self.cmd("GET", &format!("/element/{}/attribute/{name}", e.0), None)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
    }

    pub fn prop(&self, e: &Element, name: &str) -> Value {
        self.cmd("GET", &format!("/element/{}/property/{name}", e.0), None).unwrap_or(Value::Null)
    }

    pub fn click(&self, e: &Element) {
        self.cmd("POST", &format!("/element/{}/click", e.0), Some(json!({}))).expect("click");
    }

    pub fn send_keys(&self, e: &Element, text: &str) {
        self.cmd("POST", &format!("/element/{}/value", e.0), Some(json!({"text": text}))).expect("send keys");
    }

    pub fn clear(&self, e: &Element) {
        self.cmd("POST", &format!("/element/{}/clear", e.0), Some(json!({}))).expect("clear");
    }

    /// Runs a synchronous script; `arguments[i]` are the args.
    pub fn exec(&self, script: &str, args: Vec<Value>) -> Value {
        self.cmd("POST", "/execute/sync", Some(json!({"script": script, "args": args})))
            .unwrap_or_else(|e| panic!("script failed: {e}"))
    }

    /// Like [`Driver::exec`], without panicking (a page in the middle of a reload).
    pub fn try_exec(&self, script: &str, args: Vec<Value>) -> Result<Value, String> {
        self.cmd("POST", "/execute/sync", Some(json!({"script": script, "args": args})))
    }

    /// Runs an asynchronous script: it ends by calling `arguments[arguments.length - 1]`
    /// with its result (WebDriver's execute/async; 30 s script timeout).
    pub fn exec_async(&self, script: &str, args: Vec<Value>) -> Value {
        self.cmd("POST", "/execute/async", Some(json!({"script": script, "args": args})))
            .unwrap_or_else(|e| panic!("async script failed: {e}"))
    }

    /// Sends a Chrome DevTools Protocol command to the page (ChromeDriver's
    /// `goog/cdp/execute`), e.g. `Network.clearBrowserCache`.
    pub fn cdp(&self, cmd: &str, params: Value) -> Value {
        self.cmd("POST", "/goog/cdp/execute", Some(json!({"cmd": cmd, "params": params})))
            .unwrap_or_else(|e| panic!("CDP {cmd} failed: {e}"))
    }

    pub fn body_text(&self) -> String {
        self.exec("return document.body ? document.body.innerText : ''", vec![])
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    pub fn url(&self) -> String {
        self.cmd("GET", "/url", None).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
    }

    /// Browser console entries since the last call (level, message).
    pub fn console(&self) -> Vec<(String, String)> {
        self.cmd("POST", "/se/log", Some(json!({"type": "browser"})))
            .ok()
            .and_then(|v| v.as_array().cloned())
            .unwrap_or_default()
            .iter()
            .map(|e| {
                (
                    e["level"].as_str().unwrap_or_default().to_string(),
                    e["message"].as_str().unwrap_or_default().to_string(),
                )
            })
            .collect()
    }

    /// Saves a PNG screenshot of the viewport (screenshots/ is git-ignored).
    pub fn screenshot(&self, path: &Path) {
        use base64_decode as b64;
        if let Ok(v) = self.cmd("GET", "/screenshot", None) {
            if let Some(data) = v.as_str() {
                if let Some(dir) = path.parent() {
                    let _ = std::fs::create_dir_all(dir);
                }
                let _ = std::fs::write(path, b64(data));
            }
        }
    }

    /// Saves a PNG screenshot of the whole page, beyond the viewport (DevTools Protocol's
    /// `Page.captureScreenshot`).
    pub fn screenshot_full(&self, path: &Path) {
        let shot = self.cdp("Page.captureScreenshot", json!({"format": "png", "captureBeyondViewport": true}));
        if let Some(data) = shot["data"].as_str() {
            if let Some(dir) = path.parent() {
                let _ = std::fs::create_dir_all(dir);
            }
            let _ = std::fs::write(path, base64_decode(data));
        }
    }

    pub fn set_window_size(&self, width: u32, height: u32) {
        let _ = self.cmd("POST", "/window/rect", Some(json!({"width": width, "height": height})));
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = http(self.port, "DELETE", &format!("/session/{}", self.session), None);
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Standard base64 decoding (screenshots only; invalid characters are skipped).
fn base64_decode(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let mut buf = 0u32;
    let mut bits = 0;
    for c in s.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => continue,
        } as u32;
        buf = (buf << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buf >> bits) as u8);
        }
    }
    out
}
