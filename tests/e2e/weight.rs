//! What a first visit downloads, measured as a browser sees it: every resource the page
//! fetched while loading (the Performance API's navigation and resource entries), each
//! file's brotli and gzip size (`brotli -q 11`, `gzip -9 -n`, as `scripts/size.sh` counts).
//! The figure is printed for docs/performance.md; the weight ceiling itself is a gate of
//! `make test` (`make size-report`).

use super::support::server::Server;
use super::support::webdriver::Driver;
use super::{dist, open};
use std::path::Path;
use std::process::{Command, Stdio};

/// The size of `path` compressed by `tool` with `args` (brotli or gzip).
fn compressed_size(tool: &str, args: &[&str], path: &Path) -> usize {
    let out = Command::new(tool)
        .args(args)
        .arg(path)
        .stderr(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("{tool} is installed (scripts/ensure-tools.sh test): {e}"));
    out.stdout.len()
}

#[test]
fn the_first_visit_downloads_the_page_its_glue_wasm_and_styles() {
    let server = Server::start(&dist(), "/ade-advisor/");
    let d = Driver::start();
    open(&d, &server);
    let urls = d.exec("return [location.href, ...performance.getEntriesByType('resource').map(e => e.name)]", vec![]);
    let root = dist();
    let mut files: Vec<(String, usize, usize)> = Vec::new();
    for url in urls.as_array().cloned().unwrap_or_default().iter().filter_map(|u| u.as_str()) {
        let Some(rest) = url.split("/ade-advisor/").nth(1) else { continue };
        let name = rest.split(['?', '#']).next().unwrap_or_default();
        let name = if name.is_empty() { "index.html" } else { name };
        let path = root.join(name);
        if path.is_file() && !files.iter().any(|(n, _, _)| n == name) {
            let brotli = compressed_size("brotli", &["-c", "-q", "11"], &path);
            files.push((name.to_string(), brotli, compressed_size("gzip", &["-c", "-9", "-n"], &path)));
        }
    }
    let total: usize = files.iter().map(|(_, b, _)| b).sum();
    let gzip: usize = files.iter().map(|(_, _, g)| g).sum();
    println!("first visit: {total} bytes (brotli), {gzip} (gzip) in {} files: {files:?}", files.len());
    for ext in [".html", ".js", ".wasm", ".css"] {
        assert!(files.iter().any(|(n, _, _)| n.ends_with(ext)), "the first visit fetched a {ext} file: {files:?}");
    }
    assert!(total > 50_000, "the measured first visit includes the wasm: {total}");
}
