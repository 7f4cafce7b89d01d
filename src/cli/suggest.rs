//! "Did you mean …?" by edit distance.

/// Levenshtein distance over characters.
pub fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// The closest candidate, when it is close enough to be a typo (distance at most a third
/// of its length, at least 2), or when the input is a prefix of exactly one candidate.
pub fn did_you_mean<'a>(input: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let best = candidates.iter().map(|c| (distance(input, c), *c)).min_by_key(|(d, _)| *d)?;
    let limit = (best.1.chars().count() / 3).max(2);
    if best.0 <= limit {
        return Some(best.1);
    }
    let prefixed: Vec<&str> =
        candidates.iter().copied().filter(|c| !input.is_empty() && c.starts_with(input)).collect();
    match prefixed.as_slice() {
        [one] => Some(one),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("mfa", "mfa"), 0);
    }

    #[test]
    fn suggestions() {
        let ids = ["mfa", "wipe", "entra-registration", "no-entra-registration"];
        assert_eq!(did_you_mean("mfaa", &ids), Some("mfa"));
        assert_eq!(did_you_mean("entra-registraton", &ids), Some("entra-registration"));
        assert_eq!(did_you_mean("no-entra", &ids), Some("no-entra-registration"));
        assert_eq!(did_you_mean("zzzzzzzz", &ids), None);
    }
}
