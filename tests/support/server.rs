//! A static file server for `dist/`, bound to 127.0.0.1 on a free port, that records
//! every request path (so tests can assert what the page fetched). It can be switched
//! off: it then answers nothing, as when the network is down (the offline tests); it can
//! hold back the files whose path contains a pattern until released (the wasm, so a test
//! acts on the prerendered page before the app starts); and it can send files
//! gzip-compressed to browsers that accept it, as GitHub Pages does (the benchmark).

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::thread;

pub struct Server {
    pub base: String,
    pub requests: Arc<Mutex<Vec<String>>>,
    offline: Arc<AtomicBool>,
    held: Arc<Held>,
}

/// The pattern of the paths held back (none: nothing is), and its change signal.
#[derive(Default)]
struct Held {
    pattern: Mutex<Option<String>>,
    changed: Condvar,
}

impl Held {
    /// Waits while `path` is held back.
    fn wait(&self, path: &str) {
        let Ok(mut p) = self.pattern.lock() else { return };
        while p.as_deref().is_some_and(|pat| path.contains(pat)) {
            p = match self.changed.wait(p) {
                Ok(p) => p,
                Err(_) => return,
            };
        }
    }
}

/// How the server answers.
#[derive(Clone, Copy, Default)]
struct Options {
    /// Send files gzip-compressed (`gzip -9 -n`) when the request accepts gzip.
    gzip: bool,
}

/// Extra response headers (name, value) sent with every file.
type Headers = Arc<Vec<(String, String)>>;

impl Server {
    /// Serves `root` under `prefix` (e.g. `/ade-advisor/`, to prove sub-path hosting).
    /// `base` is the URL of the prefix, ending in `/`.
    pub fn start(root: &Path, prefix: &str) -> Server {
        Server::start_with_headers(root, prefix, &[])
    }

    /// Like [`Server::start`], and sends these headers with every file (a host's
    /// Content-Security-Policy, for example).
    pub fn start_with_headers(root: &Path, prefix: &str, headers: &[(&str, &str)]) -> Server {
        Server::start_with(root, prefix, headers, Options::default())
    }

    /// Like [`Server::start`], sending every file gzip-compressed to a browser that
    /// accepts it (as GitHub Pages does), with its `Content-Length` compressed.
    pub fn start_gzip(root: &Path, prefix: &str) -> Server {
        Server::start_with(root, prefix, &[], Options { gzip: true })
    }

    fn start_with(root: &Path, prefix: &str, headers: &[(&str, &str)], options: Options) -> Server {
        let headers: Headers = Arc::new(headers.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect());
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let port = listener.local_addr().expect("local addr").port();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let base = format!("http://127.0.0.1:{port}{prefix}");
        let root = root.to_path_buf();
        let prefix = prefix.to_string();
        let log = requests.clone();
        let offline = Arc::new(AtomicBool::new(false));
        let down = offline.clone();
        let held = Arc::new(Held::default());
        let holding = held.clone();
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let root = root.clone();
                let prefix = prefix.clone();
                let log = log.clone();
                let headers = headers.clone();
                let down = down.clone();
                let holding = holding.clone();
                thread::spawn(move || {
                    let conn = Connection { root: &root, prefix: &prefix, log: &log, headers: &headers };
                    conn.handle(stream, &down, &holding, options)
                });
            }
        });
        Server { base, requests, offline, held }
    }

    /// Holds back every file whose path contains `pattern` (its request waits, unanswered)
    /// until [`Server::release`].
    pub fn hold(&self, pattern: &str) {
        if let Ok(mut p) = self.held.pattern.lock() {
            *p = Some(pattern.to_string());
        }
    }

    /// Answers the requests held back, and the next ones at once.
    pub fn release(&self) {
        if let Ok(mut p) = self.held.pattern.lock() {
            *p = None;
        }
        self.held.changed.notify_all();
    }

    /// Switches the server off (every request is still recorded, then its connection is
    /// closed unanswered) or back on.
    pub fn set_offline(&self, offline: bool) {
        self.offline.store(offline, Ordering::SeqCst);
    }

    pub fn requests(&self) -> Vec<String> {
        self.requests.lock().map(|v| v.clone()).unwrap_or_default()
    }

    pub fn clear_requests(&self) {
        if let Ok(mut v) = self.requests.lock() {
            v.clear();
        }
    }
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "webmanifest" => "application/manifest+json",
        "ico" => "image/x-icon",
        _ => "application/octet-stream",
    }
}

/// gzip -9 of `body` (no name or time stamp in the header); `None` when gzip fails.
fn gzip(body: &[u8]) -> Option<Vec<u8>> {
    use std::process::{Command, Stdio};
    let mut child =
        Command::new("gzip").args(["-c", "-9", "-n"]).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().ok()?;
    let mut stdin = child.stdin.take()?;
    let input = body.to_vec();
    let writer = thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().ok()?;
    writer.join().ok()?.ok()?;
    out.status.success().then_some(out.stdout)
}

/// What every request's answer needs to know.
struct Connection<'a> {
    root: &'a Path,
    prefix: &'a str,
    log: &'a Mutex<Vec<String>>,
    headers: &'a [(String, String)],
}

impl Connection<'_> {
    fn handle(&self, mut stream: TcpStream, offline: &AtomicBool, held: &Held, options: Options) {
        let Connection { root, prefix, log, headers } = *self;
        let mut reader = BufReader::new(match stream.try_clone() {
            Ok(s) => s,
            Err(_) => return,
        });
        let mut request_line = String::new();
        if reader.read_line(&mut request_line).is_err() {
            return;
        }
        let mut accepts_gzip = false;
        loop {
            let mut line = String::new();
            match reader.read_line(&mut line) {
                Ok(0) | Err(_) => break,
                Ok(_) if line == "\r\n" || line == "\n" => break,
                Ok(_) => {
                    let l = line.to_ascii_lowercase();
                    if l.starts_with("accept-encoding:") && l.contains("gzip") {
                        accepts_gzip = true;
                    }
                }
            }
        }
        let path = request_line.split_whitespace().nth(1).unwrap_or("/").to_string();
        if let Ok(mut l) = log.lock() {
            l.push(path.clone());
        }
        held.wait(&path);
        if offline.load(Ordering::SeqCst) {
            // Network down: the connection closes without an answer.
            return;
        }
        let clean = path.split(['?', '#']).next().unwrap_or("/");
        let rel = match clean.strip_prefix(prefix) {
            Some(r) => r,
            None => {
                let _ = stream.write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                return;
            }
        };
        let mut file: PathBuf = root.to_path_buf();
        for part in rel.split('/').filter(|p| !p.is_empty() && *p != "..") {
            file.push(part);
        }
        if file.is_dir() {
            file.push("index.html");
        }
        match std::fs::read(&file) {
            Ok(body) => {
                let mut extra: String = headers.iter().map(|(k, v)| format!("{k}: {v}\r\n")).collect();
                let body = match (options.gzip && accepts_gzip).then(|| gzip(&body)).flatten() {
                    Some(zipped) => {
                        extra.push_str("Content-Encoding: gzip\r\nVary: Accept-Encoding\r\n");
                        zipped
                    }
                    None => body,
                };
                let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\n{extra}Connection: close\r\n\r\n",
                content_type(&file),
                body.len()
            );
                let _ = stream.write_all(head.as_bytes());
                let _ = stream.write_all(&body);
            }
            Err(_) => {
                let _ = stream.write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            }
        }
    }
}
