//! Folders on the command line (`check`, `diff`): the files to read in a folder, walked in
//! a stable order with `walkdir`, `*.json` only, hidden entries and `--exclude` globs
//! (`globset`) left out; symbolic-link loops, broken links, special files and unreadable
//! folders are reported with their path, and the walk goes on.
//!
//! Names: every file is named by the folder as given on the command line (without `./`)
//! followed by its path inside it, with `/` between folders, so that every report (and a
//! SARIF upload made from the repository's root) points at the right file.

use super::texts::{msg, Msg};
use crate::engine::i18n::{LText, Lang};
use globset::{GlobBuilder, GlobSet, GlobSetBuilder};
use std::path::{Path, PathBuf};

/// The `--exclude` globs. A glob without `/` is matched against the name of every file and
/// folder at any depth; a glob with `/` against the path inside the folder given.
#[derive(Debug, Default)]
pub struct Excludes {
    names: GlobSet,
    paths: GlobSet,
}

impl Excludes {
    /// The globs of the command line; `Err` names the first invalid one, in `lang`.
    pub fn new(globs: &[String], lang: Lang) -> Result<Excludes, String> {
        let mut names = GlobSetBuilder::new();
        let mut paths = GlobSetBuilder::new();
        for g in globs {
            let anchored = g.strip_prefix('/').unwrap_or(g);
            let glob = GlobBuilder::new(anchored).literal_separator(true).build().map_err(|e| {
                msg(Msg::InvalidGlob, lang).replace("{glob}", g).replace("{reason}", &e.kind().to_string())
            })?;
            if anchored.contains('/') {
                paths.add(glob);
            } else {
                names.add(glob);
            }
        }
        let build = |b: GlobSetBuilder| b.build().map_err(|e| e.to_string());
        Ok(Excludes { names: build(names)?, paths: build(paths)? })
    }

    /// Whether the entry at `rel` (its path inside the folder given, `/`-separated) is left out.
    fn excludes(&self, rel: &str) -> bool {
        let name = rel.rsplit('/').next().unwrap_or(rel);
        self.names.is_match(name) || self.paths.is_match(rel)
    }
}

/// One thing the walk found: a file to read, or a problem to report in its place.
#[derive(Debug)]
pub struct Found {
    /// Where to open it (`None` for a problem).
    pub path: Option<PathBuf>,
    /// Its name in every report: the folder as given, then `rel`.
    pub name: String,
    /// Its path inside the folder given, `/`-separated (the tenant is its first folder).
    pub rel: String,
    /// Why it is not read.
    pub problem: Option<LText>,
}

/// Whether a command-line argument names a folder (following links).
pub fn is_dir(arg: &str) -> bool {
    arg != "-" && Path::new(arg).is_dir()
}

/// The prefix of every name found in folder `arg`: the folder as typed, without `.`
/// components (`./backup/` → `backup/`) and with one `/` between folders, then `/`; empty
/// for the current folder.
fn prefix(arg: &str) -> String {
    #[cfg(windows)]
    let owned = arg.replace('\\', "/");
    #[cfg(windows)]
    let arg: &str = &owned;
    let parts: Vec<&str> = arg.split('/').filter(|p| !p.is_empty() && *p != ".").collect();
    let lead = if arg.starts_with('/') { "/" } else { "" };
    if parts.is_empty() {
        return lead.to_string();
    }
    format!("{lead}{}/", parts.join("/"))
}

fn has_json_extension(name: &str) -> bool {
    name.len() > 5 && name.get(name.len() - 5..).is_some_and(|e| e.eq_ignore_ascii_case(".json"))
}

/// `rel` of `path` inside `root`, `/`-separated.
fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let parts: Vec<String> = rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
    parts.join("/")
}

/// Every `*.json` file under folder `arg` (the folder itself included when it is one), in
/// the order of their paths' bytes, and the problems met on the way.
pub fn walk(arg: &str, excludes: &Excludes) -> Vec<Found> {
    let root = Path::new(arg);
    let prefix = prefix(arg);
    let mut out = Vec::new();
    let problem =
        |rel: String, reason: LText| Found { path: None, name: display_name(arg, &rel), rel, problem: Some(reason) };
    let walker = walkdir::WalkDir::new(root).follow_links(true).sort_by_file_name().into_iter().filter_entry(|e| {
        if e.depth() == 0 {
            return true;
        }
        let hidden = e.file_name().to_string_lossy().starts_with('.');
        !hidden && !excludes.excludes(&relative(root, e.path()))
    });
    for entry in walker {
        match entry {
            Ok(e) => {
                let ft = e.file_type();
                let name = e.file_name().to_string_lossy();
                if ft.is_dir() || !has_json_extension(&name) {
                    continue;
                }
                let rel = relative(root, e.path());
                if ft.is_file() {
                    out.push(Found {
                        path: Some(e.path().to_path_buf()),
                        name: format!("{prefix}{rel}"),
                        rel,
                        problem: None,
                    });
                } else {
                    out.push(problem(rel, Msg::NotRegularFile.text().into()));
                }
            }
            Err(e) => {
                let path = e.path().map(Path::to_path_buf).unwrap_or_else(|| root.to_path_buf());
                let rel = relative(root, &path);
                // An error on an excluded or hidden entry (a broken link named `.x.json`)
                // is no concern of the user's.
                let last = path.file_name().map(|n| n.to_string_lossy().starts_with('.')).unwrap_or(false);
                if !rel.is_empty() && (last || excludes.excludes(&rel)) {
                    continue;
                }
                out.push(problem(rel, walk_error_reason(&e, arg)));
            }
        }
    }
    out
}

/// The immediate subfolders of folder `arg` (links followed), in the order of their names'
/// bytes, hidden and excluded ones left out: the tenants of `check --per-folder`.
pub fn subfolders(arg: &str, excludes: &Excludes) -> Vec<String> {
    walkdir::WalkDir::new(arg)
        .min_depth(1)
        .max_depth(1)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with('.') && !excludes.excludes(n))
        .collect()
}

/// The name of folder `arg`'s entry `rel` in reports (`rel` empty: the folder itself).
pub fn display_name(arg: &str, rel: &str) -> String {
    let prefix = prefix(arg);
    let name = if rel.is_empty() { prefix.trim_end_matches('/').to_string() } else { format!("{prefix}{rel}") };
    if name.is_empty() {
        ".".to_string()
    } else {
        name
    }
}

/// Why the walk could not go into or read an entry.
fn walk_error_reason(e: &walkdir::Error, arg: &str) -> LText {
    if let Some(ancestor) = e.loop_ancestor() {
        let shown = display_name(arg, &relative(Path::new(arg), ancestor));
        return LText::new(
            msg(Msg::SymlinkLoop, Lang::En).replace("{folder}", &shown),
            msg(Msg::SymlinkLoop, Lang::Ja).replace("{folder}", &shown),
        );
    }
    let broken_link = e.io_error().is_some_and(|io| io.kind() == std::io::ErrorKind::NotFound)
        && e.path().and_then(|p| std::fs::symlink_metadata(p).ok()).is_some_and(|m| m.file_type().is_symlink());
    if broken_link {
        return Msg::BrokenLink.text().into();
    }
    match e.io_error().map(std::io::Error::kind) {
        Some(std::io::ErrorKind::PermissionDenied) => Msg::FolderPermissionDenied.text().into(),
        Some(std::io::ErrorKind::NotFound) => Msg::NotFound.text().into(),
        _ => {
            let s = e.io_error().map(|io| io.to_string()).unwrap_or_else(|| e.to_string());
            LText::new(s.clone(), s)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_start_with_the_folder_as_typed() {
        assert_eq!(prefix("."), "");
        assert_eq!(prefix("./"), "");
        assert_eq!(prefix("backup"), "backup/");
        assert_eq!(prefix("./backup/"), "backup/");
        assert_eq!(prefix(".//backup//"), "backup/");
        assert_eq!(prefix("/srv/backup/"), "/srv/backup/");
        assert_eq!(prefix("/"), "/");
        assert_eq!(prefix("../other"), "../other/");
        assert_eq!(prefix("./a/./b/."), "a/b/");
    }

    #[test]
    fn only_json_files_count() {
        assert!(has_json_extension("a.json"));
        assert!(has_json_extension("A.JSON"));
        assert!(!has_json_extension(".json"));
        assert!(!has_json_extension("a.yaml"));
        assert!(!has_json_extension("json"));
        assert!(!has_json_extension("a.jsonl"));
    }

    #[test]
    fn excludes_match_names_anywhere_and_paths_from_the_folder() {
        let ex = |g: &[&str]| Excludes::new(&g.iter().map(|s| s.to_string()).collect::<Vec<_>>(), Lang::En).unwrap();
        let e = ex(&["Windows", "*.bak.json", "Enrollment Profiles/Apple/old-*.json", "/Applications/**"]);
        assert!(e.excludes("Enrollment Profiles/Windows"));
        assert!(e.excludes("a/b/x.bak.json"));
        assert!(e.excludes("Enrollment Profiles/Apple/old-1.json"));
        assert!(!e.excludes("t/Enrollment Profiles/Apple/old-1.json"), "a path glob starts at the folder given");
        assert!(e.excludes("Applications/iOS/cp.json"));
        assert!(!e.excludes("Enrollment Profiles/Apple/new.json"));
        let bad = Excludes::new(&["a[".to_string()], Lang::En).unwrap_err();
        assert!(bad.contains("a["), "{bad}");
    }
}
