//! The build step that prerenders the page (Trunk's post-build hook, `scripts/prerender.sh`):
//! writes the app's first view, rendered natively from its own components, into the built
//! `index.html` (English) and a new `ja/index.html` (Japanese).
//!
//!     cargo run --features prerender --bin prerender -- DIR   (DIR: the built site)

use ade_advisor::engine::i18n::Lang;
use ade_advisor::share::page_path;
use ade_advisor::ui::prerender::page;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1).or_else(|| std::env::var_os("TRUNK_STAGING_DIR")).map(PathBuf::from)
    else {
        eprintln!("prerender: give the built site's directory (or run from Trunk's hook)");
        return ExitCode::from(2);
    };
    let index = dir.join("index.html");
    let template = match std::fs::read_to_string(&index) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("prerender: {}: {e}", index.display());
            return ExitCode::FAILURE;
        }
    };
    let mut written = Vec::new();
    for lang in Lang::ALL {
        let path = dir.join(page_path(lang)).join("index.html");
        let html = match page(&template, lang) {
            Ok(html) => html,
            Err(e) => {
                eprintln!("prerender: {}: {e}", index.display());
                return ExitCode::FAILURE;
            }
        };
        let written_ok =
            path.parent().map_or(Ok(()), std::fs::create_dir_all).and_then(|()| std::fs::write(&path, &html));
        if let Err(e) = written_ok {
            eprintln!("prerender: {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        written.push(format!("{}index.html ({} bytes)", page_path(lang), html.len()));
    }
    eprintln!("prerender: {} in {}", written.join(", "), dir.display());
    ExitCode::SUCCESS
}
