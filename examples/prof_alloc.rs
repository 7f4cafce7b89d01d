use ade_advisor::engine::{input::{read, SourceText}, json::Doc};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
struct Count;
static N: AtomicUsize = AtomicUsize::new(0);
unsafe impl GlobalAlloc for Count {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 { N.fetch_add(1, Relaxed); unsafe { System.alloc(l) } }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) { unsafe { System.dealloc(p, l) } }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, n: usize) -> *mut u8 { N.fetch_add(1, Relaxed); unsafe { System.realloc(p, l, n) } }
}
#[global_allocator]
static A: Count = Count;
fn main() {
    let bytes = std::fs::read(std::env::args().nth(1).unwrap()).unwrap();
    let text = std::str::from_utf8(&bytes).unwrap();
    let n0 = N.load(Relaxed);
    let d = Doc::parse(text).unwrap();
    let n1 = N.load(Relaxed);
    drop(d);
    let r = read(&[SourceText { name: "pasted", bytes: &bytes }]);
    let n2 = N.load(Relaxed);
    let objs = r.objects.len();
    let a = ade_advisor::engine::analyze_objects(r.objects, r.errors, Default::default());
    let n3 = N.load(Relaxed);
    classify_count(&bytes);
    per_rule(&bytes);
    eprintln!("parse allocs {} read allocs {} ({} objects) analyze_objects allocs {} findings {}", n1 - n0, n2 - n1, objs, n3 - n2, a.findings.len());
}
#[allow(dead_code)]
pub fn classify_count(bytes: &[u8]) {
    let r = read(&[SourceText { name: "pasted", bytes }]);
    let n0 = N.load(Relaxed);
    let mut k = 0;
    for o in &r.objects { if ade_advisor::engine::classify::classify(o).is_some() { k += 1; } }
    let n1 = N.load(Relaxed);
    for o in &r.objects { let _ = ade_advisor::engine::input::recognise(o); }
    let n2 = N.load(Relaxed);
    eprintln!("classify allocs {} for {k} classified; recognise allocs {}", n1 - n0, n2 - n1);
}
#[allow(dead_code)]
pub fn per_rule(bytes: &[u8]) {
    use ade_advisor::engine::rules::{registry, run_rule, RuleContext};
    let r = read(&[SourceText { name: "pasted", bytes }]);
    let ctx = RuleContext::new(&r.objects);
    for rule in registry() {
        let n0 = N.load(Relaxed);
        let t = std::time::Instant::now();
        let f = run_rule(rule, &ctx);
        let el = t.elapsed();
        let n1 = N.load(Relaxed);
        eprintln!("{:40} allocs {:7} findings {:5} {:?}", rule.meta.id, n1 - n0, f.len(), el);
    }
}
