//! The engine's one sort: a stable merge sort of indices, shared by every caller through a
//! comparison callback. It gives exactly what `slice::sort_by` gives (a stable sort has
//! only one result), but the standard library's sorts are generated again for every
//! element type and closure: five instances came to 16 KB of the page's code (issue 8,
//! page weight). The engine sorts findings, requirement sets and key lists, none of them
//! hot.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp`, as `v.sort_by(cmp)` does.
pub fn sort_by<T>(v: &mut Vec<T>, mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let order = {
        let items: &[T] = v;
        stable_order(items.len(), &mut |a, b| match (items.get(a), items.get(b)) {
            (Some(x), Some(y)) => cmp(x, y),
            _ => Ordering::Equal,
        })
    };
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(order.into_iter().filter_map(|i| slots.get_mut(i).and_then(Option::take)));
}

/// The indices `0..n` in the order a stable sort by `cmp` puts the items: a bottom-up
/// merge sort, which takes from the right run only what is strictly smaller.
fn stable_order(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    let mut next: Vec<usize> = Vec::with_capacity(n);
    let mut width = 1;
    while width < n {
        next.clear();
        for pair in order.chunks(2 * width) {
            let (left, right) = pair.split_at(width.min(pair.len()));
            let (mut l, mut r) = (left.iter().copied().peekable(), right.iter().copied().peekable());
            while let (Some(&a), Some(&b)) = (l.peek(), r.peek()) {
                if cmp(b, a) == Ordering::Less {
                    next.push(b);
                    r.next();
                } else {
                    next.push(a);
                    l.next();
                }
            }
            next.extend(l);
            next.extend(r);
        }
        std::mem::swap(&mut order, &mut next);
        width *= 2;
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_as_the_standard_library_stable_sort_does() {
        // Pairs compared by their first half only, so ties show whether the sort is stable.
        let mut seed = 0x2545_f491_u32;
        for n in [0usize, 1, 2, 3, 5, 8, 17, 64, 100, 1000] {
            let items: Vec<(u32, usize)> = (0..n)
                .map(|i| {
                    seed ^= seed << 13;
                    seed ^= seed >> 17;
                    seed ^= seed << 5;
                    (seed % 7, i)
                })
                .collect();
            let mut ours = items.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut std = items;
            std.sort_by_key(|a| a.0);
            assert_eq!(ours, std, "{n} items");
        }
    }
}
