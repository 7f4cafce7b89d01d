//! Generates the engine's lower-case table (`src/engine/lowercase.rs`) from the standard
//! library's `char::to_lowercase`, so that both always agree (same toolchain, same Unicode
//! version). The page then carries about 1.5 KB of runs instead of the standard library's
//! 11.7 KB table (issue 8, page weight).

use std::fmt::Write;

fn main() {
    // Runs of code points `start, start + stride, …` (`len` of them) whose lower case is
    // the code point plus `delta`.
    let mut runs: Vec<(u32, u32, u32, i64)> = Vec::new();
    let mut longer: Vec<(u32, String)> = Vec::new();
    for cp in 0..=char::MAX as u32 {
        let Some(c) = char::from_u32(cp) else { continue };
        let mut lower = c.to_lowercase();
        if lower.len() != 1 {
            longer.push((cp, lower.collect()));
            continue;
        }
        let Some(l) = lower.next() else { continue };
        if l == c {
            continue;
        }
        let delta = i64::from(u32::from(l)) - i64::from(cp);
        if let Some(run) = runs.last_mut() {
            let (start, len, stride, d) = *run;
            let step = cp - (start + (len - 1) * stride);
            if d == delta && len < 127 && ((len == 1 && step <= 2) || step == stride) {
                *run = (start, len + 1, step, d);
                continue;
            }
        }
        runs.push((cp, 1, 1, delta));
    }
    let mut out = String::new();
    out.push_str("/// Runs of upper-case code points: `start | len << 21 | (stride - 1) << 28`, and the\n");
    out.push_str("/// difference to their lower case.\n");
    let _ = writeln!(out, "const RUNS: [(u32, i32); {}] = [", runs.len());
    for (start, len, stride, delta) in &runs {
        let _ = writeln!(out, "    ({:#x}, {delta}),", start | len << 21 | (stride - 1) << 28);
    }
    out.push_str("];\n/// Characters whose lower case is more than one character.\n");
    let _ = writeln!(out, "const LONGER: [(char, &str); {}] = [", longer.len());
    for (cp, s) in &longer {
        let _ = writeln!(out, "    ('\\u{{{cp:x}}}', {s:?}),");
    }
    out.push_str("];\n");
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(format!("{dir}/lowercase.rs"), out).expect("OUT_DIR is writable");
    println!("cargo::rerun-if-changed=build.rs");
}
