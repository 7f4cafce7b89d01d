use ade_advisor::engine::{analyze, input::SourceText, json::Doc, Options};
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    let text = std::str::from_utf8(&bytes).unwrap();
    let t = std::time::Instant::now();
    let v: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    let p = t.elapsed();
    drop(v);
    let t = std::time::Instant::now();
    let d = Doc::parse(text).unwrap();
    let p2 = t.elapsed();
    drop(d);
    let mut n = 0;
    let t = std::time::Instant::now();
    for _ in 0..5 {
        let a = analyze(&[SourceText { name: "pasted", bytes: &bytes }], Options::default());
        n += a.objects.len() + a.findings.len();
    }
    stages(&bytes); stages(&bytes);
    eprintln!("serde {:?} doc {:?} analyze {:?} ({n})", p, p2, t.elapsed() / 5);
}
#[allow(dead_code)]
fn stages(bytes: &[u8]) {
    use ade_advisor::engine::{analyze_objects, input::read};
    let t = std::time::Instant::now();
    let r = read(&[SourceText { name: "pasted", bytes }]);
    let a = t.elapsed();
    let t = std::time::Instant::now();
    let an = analyze_objects(r.objects, r.errors, Options::default());
    let b = t.elapsed();
    let t = std::time::Instant::now();
    drop(an);
    eprintln!("read {a:?} rules+ {b:?} drop {:?}", t.elapsed());
}
