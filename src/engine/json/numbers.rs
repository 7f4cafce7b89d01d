//! Numbers: where `serde_json` would refuse a valid JSON number as out of range.

/// `1e289` to `1e308` as `f64` (the nearest double to each, as the compiler reads the
/// literals): the powers of ten by which a significand below 2^64 can reach infinity.
const POW10_TOP: [f64; 20] = [
    1e289, 1e290, 1e291, 1e292, 1e293, 1e294, 1e295, 1e296, 1e297, 1e298, 1e299, 1e300, 1e301, 1e302, 1e303, 1e304,
    1e305, 1e306, 1e307, 1e308,
];

/// Where `serde_json` reports "number out of range" in `num`, a number that is valid JSON
/// (index of the byte), or `None` when it reads the number.
///
/// This follows `serde_json`'s own arithmetic (it is built without `float_roundtrip`), not
/// the exact decimal value, and needs no float parsing (whose tables would add about
/// 11 KB of brotli to the page). `serde_json` keeps the leading digits that fit a `u64` as
/// the significand (it starts again after the decimal point, and drops further digits of
/// the fraction) and counts the integer digits it drops in the decimal exponent. It then
/// refuses:
/// - an exponent above `i32::MAX` as written, when the significand is not zero and the
///   exponent not negative: at the exponent's digit that overflowed the `i32`;
/// - a value whose significand, converted to `f64` and multiplied by the `f64` nearest to
///   10^exponent, is infinite (any exponent above 308 with a nonzero significand): at
///   the last byte of the number.
///
/// Both roundings make that differ from the exact rule (a decimal overflows an `f64` from
/// 2^1024 − 2^970 ≈ 1.797693134862315807e308 on): `serde_json` refuses
/// `1.7976931348623158e308` and `1.797693134862315807e308`, which round to `f64::MAX`, and
/// `f64::MAX` itself written out as its 309 digits. The engine's reader gives
/// `serde_json`'s answers, so that it refuses exactly the numbers `serde_json` refused
/// (tests/engine_json.rs compares the two readers); the error itself points at the
/// number's first byte, not at the index returned here.
pub(super) fn out_of_range(num: &[u8]) -> Option<usize> {
    let mut significand: u64 = 0;
    let mut exponent: i32 = 0;
    let mut full = false;
    let mut fraction = false;
    let mut i = usize::from(num.first() == Some(&b'-'));
    while let Some(&c) = num.get(i) {
        match c {
            b'0'..=b'9' => {
                let more = significand.checked_mul(10).and_then(|s| s.checked_add(u64::from(c - b'0')));
                match more {
                    Some(s) if !full => {
                        significand = s;
                        if fraction {
                            exponent = exponent.saturating_sub(1);
                        }
                    }
                    _ => {
                        full = true;
                        if !fraction {
                            exponent = exponent.saturating_add(1);
                        }
                    }
                }
            }
            b'.' => {
                fraction = true;
                full = false;
            }
            _ => break,
        }
        i += 1;
    }
    if let Some(b'e' | b'E') = num.get(i) {
        i += 1;
        let negative = num.get(i) == Some(&b'-');
        if let Some(b'+' | b'-') = num.get(i) {
            i += 1;
        }
        let mut written: i32 = 0;
        while let Some(&c @ b'0'..=b'9') = num.get(i) {
            let digit = i32::from(c - b'0');
            match written.checked_mul(10).and_then(|e| e.checked_add(digit)) {
                Some(e) => written = e,
                None if significand != 0 && !negative => return Some(i),
                None => return None,
            }
            i += 1;
        }
        exponent = if negative { exponent.saturating_sub(written) } else { exponent.saturating_add(written) };
    }
    if significand == 0 || exponent < 289 {
        return None;
    }
    let infinite = match POW10_TOP.get((exponent - 289) as usize) {
        Some(pow) => (significand as f64 * pow).is_infinite(),
        None => true,
    };
    infinite.then(|| num.len().saturating_sub(1))
}
