//! The command line (native only): argument parsing and file I/O around the engine.

use crate::engine::i18n::Lang;
use crate::engine::table::{yes_no, Method, TABLE};

/// Runs the CLI and returns the process exit code.
pub fn main() -> i32 {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let lang = std::env::var("LANG").ok().and_then(|l| Lang::parse(&l)).unwrap_or(Lang::En);
    match args.first().map(String::as_str) {
        Some("table") => {
            print!("{}", table_text(lang));
            0
        }
        _ => {
            eprintln!("usage: ade-advisor table");
            2
        }
    }
}

/// The comparison table as aligned text.
pub fn table_text(lang: Lang) -> String {
    let mut out = String::new();
    for row in TABLE.iter() {
        out.push_str(row.label.get(lang));
        for m in Method::ALL {
            out.push_str(" | ");
            out.push_str(yes_no(row.value(m), lang));
        }
        out.push('\n');
    }
    out
}
