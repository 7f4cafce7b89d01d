//! The source ids docs/sources.md defines, for the tests that check citations.

use std::collections::BTreeSet;

pub const SOURCES_MD: &str = include_str!("../../docs/sources.md");

/// The ids defined in docs/sources.md: the first cell of each table row.
pub fn defined_ids() -> BTreeSet<String> {
    SOURCES_MD
        .lines()
        .filter_map(|l| l.strip_prefix("| "))
        .filter_map(|l| l.split(" |").next())
        .filter(|id| id.starts_with("S-"))
        .map(str::to_string)
        .collect()
}
