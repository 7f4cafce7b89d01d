//! Writes a generated Intune Graph export (see `benches/support/gen.rs`) of a given size:
//!
//!     cargo run --example gen_export -- 5 /tmp/export-5mb.json [seed]
//!
//! The size is in MB (10^6 bytes). Used by `make bench` for the CLI and `jq` comparison.

#[path = "../benches/support/gen.rs"]
mod gen;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(mb), Some(path)) = (args.first().and_then(|s| s.parse::<f64>().ok()), args.get(1)) else {
        eprintln!("usage: gen_export SIZE_MB OUT.json [SEED]");
        std::process::exit(2);
    };
    let seed = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(8);
    let (text, counts) = gen::graph_export((mb * 1e6) as usize, seed);
    if let Err(e) = std::fs::write(path, &text) {
        eprintln!("cannot write {path}: {e}");
        std::process::exit(1);
    }
    eprintln!("{path}: {} bytes, {counts:?}", text.len());
}
