//! Running the built `ade-advisor` (or a script around it) as a user would, for the CLI
//! tests on folders and the GitHub Action's script: a fixed environment, a time limit, and
//! scratch folders under Cargo's temporary directory.
#![allow(dead_code)]

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

pub const BIN: &str = env!("CARGO_BIN_EXE_ade-advisor");

/// The repository's root (where the fixtures are).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A command in `dir` with English messages, no colour preference and nothing on stdin.
pub fn command(program: impl AsRef<std::ffi::OsStr>, dir: &Path) -> Command {
    let mut cmd = Command::new(program);
    cmd.current_dir(dir)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .env_remove("NO_COLOR")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cmd
}

/// Runs `cmd` to its end; fails the test when it takes more than a minute (a walk that
/// hangs on a pipe or loops on a link must not hang the test run).
pub fn finish(mut cmd: Command) -> Output {
    let mut child = cmd.spawn().expect("the program starts");
    let start = Instant::now();
    // Read the pipes on threads so that a large output cannot block the child.
    let mut out = child.stdout.take().expect("stdout");
    let mut err = child.stderr.take().expect("stderr");
    let out_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = std::io::Read::read_to_end(&mut out, &mut v);
        v
    });
    let err_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = std::io::Read::read_to_end(&mut err, &mut v);
        v
    });
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            panic!("{cmd:?} did not finish within a minute");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    Output { status, stdout: out_reader.join().unwrap_or_default(), stderr: err_reader.join().unwrap_or_default() }
}

/// `ade-advisor ARGS` run in `dir`.
pub fn run_in(dir: &Path, args: &[&str]) -> Output {
    let mut cmd = command(BIN, dir);
    cmd.args(args);
    finish(cmd)
}

/// `ade-advisor ARGS` run in the repository's root.
pub fn run(args: &[&str]) -> Output {
    run_in(&root(), args)
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn json(o: &Output) -> Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("stdout is JSON ({e}): {}", stdout(o)))
}

/// An empty scratch folder for one test (emptied first if a previous run left it).
pub fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    if dir.exists() {
        // Make everything readable and writable again before removing it.
        let _ = Command::new("chmod").args(["-R", "u+rwx"]).arg(&dir).status();
        let _ = std::fs::remove_dir_all(&dir);
    }
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

/// Copies folder `from` into `to` (files and folders only).
pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create folder");
    for e in std::fs::read_dir(from).expect("read fixture folder").flatten() {
        let target = to.join(e.file_name());
        if e.path().is_dir() {
            copy_tree(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).expect("copy fixture");
        }
    }
}

/// Whether this process can read a file whose permissions are 000 (it runs as root, or
/// with a capability that ignores permissions): then such a file is no unreadable case.
pub fn permissions_are_ignored(file: &Path) -> bool {
    std::fs::File::open(file).is_ok()
}

/// `ade-advisor ARGS` run in `dir` as the unprivileged user 65534 (`setpriv`), when this
/// process runs as root and can drop its privileges; `None` otherwise.
pub fn run_unprivileged(dir: &Path, args: &[&str]) -> Option<Output> {
    let uid = Command::new("id").arg("-u").output().ok()?;
    if String::from_utf8_lossy(&uid.stdout).trim() != "0" {
        return None;
    }
    let mut cmd = command("setpriv", dir);
    cmd.args(["--reuid=65534", "--regid=65534", "--clear-groups", BIN]).args(args);
    let o = finish(cmd);
    // setpriv itself failed (not installed, or not allowed here).
    if o.status.code() == Some(127) || (o.stdout.is_empty() && String::from_utf8_lossy(&o.stderr).contains("setpriv")) {
        return None;
    }
    Some(o)
}

/// The `artifactLocation.uri` of every result of a SARIF log's first run.
pub fn sarif_uris(sarif: &Value) -> Vec<&str> {
    sarif["runs"][0]["results"]
        .as_array()
        .map(|results| {
            results
                .iter()
                .filter_map(|r| r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].as_str())
                .collect()
        })
        .unwrap_or_default()
}

/// Gives the owner back every permission under a folder when dropped, so that a scratch
/// folder with mode-000 entries can be removed afterwards (`make clean`), even when the
/// test failed.
pub struct Restore(pub PathBuf);

impl Drop for Restore {
    fn drop(&mut self) {
        let _ = Command::new("chmod").args(["-R", "u+rwx"]).arg(&self.0).status();
    }
}
