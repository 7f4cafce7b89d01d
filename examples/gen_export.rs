//! Writes a generated Intune Graph export (see `benches/support/gen.rs`) of a given size,
//! or a generated IntuneCD-like backup folder of a given number of files:
//!
//!     cargo run --example gen_export -- 5 /tmp/export-5mb.json [seed]
//!     cargo run --example gen_export -- --tree 10000 /tmp/backup [seed]
//!
//! The size is in MB (10^6 bytes). `make bench` makes the same data for the CLI and `jq`
//! comparisons; this writes it for measuring by hand.

#[path = "../benches/support/gen.rs"]
mod gen;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().is_some_and(|a| a == "--tree") {
        let (Some(files), Some(dir)) = (args.get(1).and_then(|s| s.parse::<usize>().ok()), args.get(2)) else {
            eprintln!("usage: gen_export --tree FILES OUT_DIR [SEED]");
            std::process::exit(2);
        };
        let seed = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(8);
        match gen::backup_tree(std::path::Path::new(dir), files, seed) {
            Ok(tree) => eprintln!("{dir}: {tree:?}"),
            Err(e) => {
                eprintln!("cannot write {dir}: {e}");
                std::process::exit(1);
            }
        }
        return;
    }
    let (Some(mb), Some(path)) = (args.first().and_then(|s| s.parse::<f64>().ok()), args.get(1)) else {
        eprintln!("usage: gen_export SIZE_MB OUT.json [SEED] | gen_export --tree FILES OUT_DIR [SEED]");
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
