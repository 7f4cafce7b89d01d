//! Input errors: what is wrong with a pasted text or dropped file as a whole, where, and
//! what to do about it, in English and Japanese.

use super::locate::line_column;
use crate::engine::i18n::LText;
use crate::engine::json::{Error, ErrorKind};
use crate::engine::model::InputError;

/// Longest excerpt shown (in characters) before the line is shortened around the column.
const EXCERPT_CHARS: usize = 80;

pub(crate) fn plain(input: usize, source: &str, message: LText) -> InputError {
    InputError {
        input,
        source: source.to_string(),
        line: None,
        column: None,
        offset: None,
        excerpt: None,
        caret: None,
        message,
    }
}

/// An error at a byte offset of `text`, with line, column, excerpt and caret.
pub(crate) fn at(input: usize, source: &str, text: &str, offset: usize, message: LText) -> InputError {
    let mut offset = offset.min(text.len());
    while offset > 0 && !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let (line, column) = line_column(text, offset);
    let (excerpt, caret) = excerpt(text, offset);
    InputError {
        input,
        source: source.to_string(),
        line: Some(line),
        column: Some(column),
        offset: Some(offset),
        excerpt: Some(excerpt),
        caret: Some(caret),
        message,
    }
}

/// The line holding `offset` (tabs shown as spaces, shortened around the column) and a
/// caret line pointing at the character there.
fn excerpt(text: &str, offset: usize) -> (String, String) {
    let before = text.get(..offset).unwrap_or("");
    let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    let rest = text.get(line_start..).unwrap_or("");
    let line_text = rest.split('\n').next().unwrap_or("").trim_end_matches('\r');
    let chars: Vec<char> = line_text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let col = text.get(line_start..offset).map(|s| s.chars().count()).unwrap_or(0);
    let (from, to) = if chars.len() <= EXCERPT_CHARS {
        (0, chars.len())
    } else {
        let half = EXCERPT_CHARS / 2;
        let from = col.saturating_sub(half).min(chars.len().saturating_sub(EXCERPT_CHARS));
        (from, (from + EXCERPT_CHARS).min(chars.len()))
    };
    let mut shown: String = chars.get(from..to).map(|s| s.iter().collect()).unwrap_or_default();
    let mut caret_at = col.saturating_sub(from);
    if from > 0 {
        shown.insert(0, '…');
        caret_at += 1;
    }
    if to < chars.len() {
        shown.push('…');
    }
    let caret = format!("{}^", " ".repeat(caret_at));
    (shown, caret)
}

pub(crate) fn empty(input: usize, source: &str) -> InputError {
    plain(
        input,
        source,
        LText::new(
            "The input is empty. Paste the JSON of an enrollment profile, or drop its file here.",
            "入力が空です。登録プロファイルの JSON を貼り付けるか、ファイルをドロップしてください。",
        ),
    )
}

pub(crate) fn too_large(input: usize, source: &str, len: usize, limit: usize) -> InputError {
    plain(
        input,
        source,
        LText::new(
            format!(
                "The input is {} MiB, more than the {} MiB this tool reads. Export only the profiles you want to check.",
                len / (1024 * 1024),
                limit / (1024 * 1024)
            ),
            format!(
                "入力は {} MiB あり、このツールが読み込める {} MiB を超えています。確認したいプロファイルだけをエクスポートしてください。",
                len / (1024 * 1024),
                limit / (1024 * 1024)
            ),
        ),
    )
}

/// A binary file or UTF-16 text, recognised before reading.
pub(crate) fn not_text(input: usize, source: &str, kind: super::sniff::NotText) -> InputError {
    use super::sniff::NotText;
    let message = match kind {
        NotText::Utf16 => LText::new(
            "This file is UTF-16 text (what Windows PowerShell 5 writes with > or Out-File), not UTF-8. Save it as UTF-8 (for example Out-File -Encoding utf8) and try again.",
            "このファイルは UTF-8 ではなく UTF-16 のテキストです (Windows PowerShell 5 の > や Out-File はこの形式で書き出します)。UTF-8 で保存し直してから (例: Out-File -Encoding utf8) もう一度お試しください。",
        ),
        NotText::Known(en, ja) => LText::new(
            format!("This looks like a binary file ({en}), not JSON text. Drop or paste the JSON export of your enrollment profiles instead."),
            format!("これはバイナリ ファイル ({ja}) のようで、JSON のテキストではありません。登録プロファイルをエクスポートした JSON を貼り付けるか、そのファイルをドロップしてください。"),
        ),
        NotText::Binary => LText::new(
            "This looks like a binary file, not JSON text. Drop or paste the JSON export of your enrollment profiles instead.",
            "これはバイナリ ファイルのようで、JSON のテキストではありません。登録プロファイルをエクスポートした JSON を貼り付けるか、そのファイルをドロップしてください。",
        ),
    };
    plain(input, source, message)
}

/// `body` is the input after any byte-order mark of `bom` bytes; `valid_up_to` is relative
/// to `body`. The reported offset is relative to the whole input.
pub(crate) fn invalid_utf8(input: usize, source: &str, body: &[u8], valid_up_to: usize, bom: usize) -> InputError {
    let offset = valid_up_to + bom;
    // Position the error inside the valid prefix so line and column can be shown.
    let prefix = std::str::from_utf8(body.get(..valid_up_to).unwrap_or(&[])).unwrap_or("");
    let mut e = at(
        input,
        source,
        prefix,
        prefix.len(),
        LText::new(
            format!(
                "The file is not UTF-8 text (invalid byte at offset {offset}). Save or export the JSON as UTF-8 and try again."
            ),
            format!(
                "ファイルが UTF-8 のテキストではありません (オフセット {offset} に不正なバイトがあります)。JSON を UTF-8 で保存またはエクスポートし直してください。"
            ),
        ),
    );
    e.offset = Some(offset);
    e
}

pub(crate) fn bare_scalar(input: usize, source: &str, text: &str, offset: usize, what: &str) -> InputError {
    let (en_what, ja_what) = match what {
        "number" => ("a number", "数値"),
        "string" => ("a string", "文字列"),
        "bool" => ("true or false", "true または false"),
        _ => ("null", "null"),
    };
    at(
        input,
        source,
        text,
        offset,
        LText::new(
            format!("This is a JSON value ({en_what}) but not an object. Paste a whole profile: the text should start with {{ or [."),
            format!("これは JSON の値 ({ja_what}) ですが、オブジェクトではありません。プロファイル全体を貼り付けてください ({{ または [ で始まるテキストです)。"),
        ),
    )
}

pub(crate) fn no_objects(input: usize, source: &str) -> InputError {
    plain(
        input,
        source,
        LText::new(
            "The JSON is valid but holds no object to check (for example an empty list). Export the profiles themselves.",
            "JSON としては正しいものの、確認できるオブジェクトが含まれていません (空のリストなど)。プロファイル本体をエクスポートしてください。",
        ),
    )
}

/// Turns a JSON syntax error into a bilingual message positioned in `text` (at the
/// offending token: see `engine::json`). The message names the second place the reader
/// gives, when there is one: where a missing `,` or `:` belongs, or the bracket that is
/// still open when the text ends.
pub(crate) fn parse_error(input: usize, source: &str, text: &str, err: Error) -> InputError {
    let found = text.get(err.offset..).and_then(|s| s.chars().next());
    let related = err.related().map(|r| {
        let (line, column) = line_column(text, r);
        Related { line, column, bracket: text.get(r..).and_then(|s| s.chars().next()).unwrap_or('{') }
    });
    let (en, ja) = describe(err.kind, found, related);
    at(input, source, text, err.offset, LText::new(en, ja))
}

/// The second place of a parse error, for its message.
#[derive(Clone, Copy)]
struct Related {
    line: usize,
    column: usize,
    /// The character there (the open bracket, for the end of the text).
    bracket: char,
}

fn describe(kind: ErrorKind, found: Option<char>, related: Option<Related>) -> (String, String) {
    let hint_found = match found {
        Some('\'') => Some((
            " JSON needs double quotes (\") around strings and keys, not single quotes.",
            " JSON の文字列とキーはシングル クォートではなくダブル クォート (\") で囲む必要があります。",
        )),
        Some('/') | Some('#') => {
            Some((" JSON does not allow comments; remove them.", " JSON ではコメントは使えません。削除してください。"))
        }
        Some(c) if c.is_alphabetic() && kind == ErrorKind::ExpectedValue => Some((
            " If this is YAML (IntuneCD) or PowerShell list output, export it as JSON instead (for example ConvertTo-Json -Depth 10).",
            " YAML (IntuneCD) や PowerShell の一覧表示の出力であれば、代わりに JSON でエクスポートしてください (例: ConvertTo-Json -Depth 10)。",
        )),
        _ => None,
    };
    // Where a missing `,` or `:` belongs.
    let place = related.filter(|_| kind != ErrorKind::Eof);
    let (en, ja): (String, String) = match (kind, place) {
        (ErrorKind::ExpectedCommaOrBrace, Some(r)) => (
            format!(
                "Expected ',' or '}}' before this member: this looks like a missing comma between members. Add ',' at line {}, column {}, just after the previous value (or '}}' there if the object should end).",
                r.line, r.column
            ),
            format!(
                "このメンバーの前には ',' または '}}' が必要です。メンバーの間のカンマが抜けているようです。{} 行 {} 列目 (前の値の直後) に ',' を追加してください (オブジェクトをそこで終える場合は '}}')。",
                r.line, r.column
            ),
        ),
        (ErrorKind::ExpectedCommaOrBracket, Some(r)) => (
            format!(
                "Expected ',' or ']' before this item: this looks like a missing comma between list items. Add ',' at line {}, column {}, just after the previous item (or ']' there if the list should end).",
                r.line, r.column
            ),
            format!(
                "この要素の前には ',' または ']' が必要です。リストの要素間のカンマが抜けているようです。{} 行 {} 列目 (前の要素の直後) に ',' を追加してください (リストをそこで終える場合は ']')。",
                r.line, r.column
            ),
        ),
        (ErrorKind::ExpectedColon, Some(r)) => (
            format!(
                "Expected ':' after the key: add it at line {}, column {}. Each member is written \"key\": value.",
                r.line, r.column
            ),
            format!(
                "キーの後には ':' が必要です。{} 行 {} 列目に ':' を追加してください。メンバーは \"キー\": 値 の形で書きます。",
                r.line, r.column
            ),
        ),
        (ErrorKind::ControlCharacter, _) if found == Some('"') => (
            "This string is not closed on its line: it runs into a line break. Add its closing quote (\"), or write a line break inside a string as \\n.".into(),
            "この文字列は行の終わりまでに閉じられていません (途中に改行があります)。閉じるダブル クォート (\") を追加するか、文字列の中の改行は \\n と書いてください。".into(),
        ),
        (ErrorKind::Eof, _) => {
            let (en, ja) = fixed(kind);
            let (mut en, mut ja) = (en.to_string(), ja.to_string());
            match found {
                Some('"') => {
                    en.push_str(" It ends inside the string that starts here, whose closing quote (\") is missing.");
                    ja.push_str(" ここから始まる文字列の途中で終わっていて、閉じるダブル クォート (\") がありません。");
                }
                Some(c) if !c.is_whitespace() => {
                    en.push_str(" It ends in the middle of this value.");
                    ja.push_str(" この値の途中で終わっています。");
                }
                _ => {}
            }
            if let Some(r) = related {
                en.push_str(&format!(" The '{}' at line {}, column {} is never closed.", r.bracket, r.line, r.column));
                ja.push_str(&format!(" {} 行 {} 列目の '{}' が閉じられていません。", r.line, r.column, r.bracket));
            }
            (en, ja)
        }
        _ => {
            let (en, ja) = fixed(kind);
            (en.to_string(), ja.to_string())
        }
    };
    match hint_found {
        Some((he, hj)) => (format!("{en}{he}"), format!("{ja}{hj}")),
        None => (en, ja),
    }
}

/// The message of an error that names no second place.
fn fixed(kind: ErrorKind) -> (&'static str, &'static str) {
    match kind {
        ErrorKind::TooDeep => (
            "The JSON is nested too deeply (more than 128 levels) to be a profile export. Check that this is the right file.",
            "JSON の入れ子が深すぎます (128 階層を超えています)。プロファイルのエクスポートとは考えにくいため、正しいファイルか確認してください。",
        ),
        ErrorKind::ExpectedCommaOrBrace => (
            "Expected ',' or '}' here. Check for a missing comma between members, or a missing closing brace.",
            "ここには ',' または '}' が必要です。メンバーの間のカンマの抜けや、閉じ括弧 '}' の抜けがないか確認してください。",
        ),
        ErrorKind::ExpectedCommaOrBracket => (
            "Expected ',' or ']' here. Check for a missing comma between list items, or a missing ']'.",
            "ここには ',' または ']' が必要です。リストの要素間のカンマの抜けや、']' の抜けがないか確認してください。",
        ),
        ErrorKind::ExpectedColon => (
            "Expected ':' after the key. Each member is written \"key\": value.",
            "キーの後には ':' が必要です。メンバーは \"キー\": 値 の形で書きます。",
        ),
        ErrorKind::TrailingComma => (
            "There is a trailing comma before a closing bracket. Remove this comma.",
            "閉じ括弧の直前に余分なカンマがあります。このカンマを削除してください。",
        ),
        ErrorKind::KeyMustBeString => (
            "Keys must be strings in double quotes. Check for an unquoted key or a trailing comma.",
            "キーはダブル クォートで囲んだ文字列である必要があります。引用符のないキーや余分なカンマがないか確認してください。",
        ),
        ErrorKind::TrailingCharacters => (
            "Extra text follows the end of the JSON. Paste one JSON document per input, or wrap several objects in [ ].",
            "JSON の終わりの後に余分なテキストがあります。1 つの入力には 1 つの JSON を貼り付けるか、複数のオブジェクトを [ ] で囲んでください。",
        ),
        ErrorKind::ControlCharacter => (
            "A string contains a control character (such as a tab) here. Escape it (for example \\t) or remove it.",
            "文字列の中のここに制御文字 (タブなど) がそのまま含まれています。\\t のようにエスケープするか、削除してください。",
        ),
        ErrorKind::InvalidEscape => (
            "A string contains an invalid backslash escape here. JSON knows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX (surrogates in pairs); write a backslash itself as \\\\.",
            "文字列のここに不正なバックスラッシュ エスケープがあります。JSON で使えるのは \\\" \\\\ \\/ \\b \\f \\n \\r \\t と \\uXXXX (サロゲートは対で) です。バックスラッシュ自体は \\\\ と書いてください。",
        ),
        ErrorKind::InvalidNumber => (
            "This number is not valid JSON: it may not start with 0 followed by digits (01), and '-', '.' and 'e' need a digit after them. Correct it, or put it in double quotes if it is text.",
            "この数値は JSON として正しくありません。0 の後に数字を続けること (01 など) はできず、'-'、'.'、'e' の後には数字が必要です。数値を直すか、文字列であればダブル クォートで囲んでください。",
        ),
        ErrorKind::NumberOutOfRange => (
            "This number is too large to read (beyond about 1.8e308). Check the value, or put it in double quotes if it is text.",
            "この数値は大きすぎて読み取れません (約 1.8e308 を超えています)。値を確認するか、文字列であればダブル クォートで囲んでください。",
        ),
        ErrorKind::ExpectedIdent => (
            "Unknown word here. JSON only knows true, false and null (lower case); strings need double quotes.",
            "ここに認識できない単語があります。JSON で使える語は true、false、null (小文字) だけです。文字列はダブル クォートで囲んでください。",
        ),
        ErrorKind::ExpectedValue => (
            "A value was expected here. Check for a stray character, a missing value or a trailing comma.",
            "ここには値が必要です。余分な文字、値の抜け、余分なカンマがないか確認してください。",
        ),
        ErrorKind::Eof => (
            "The JSON ends too early. The text may have been cut off when copying: check that every { and [ is closed.",
            "JSON が途中で終わっています。コピーの際に途切れた可能性があります。すべての { と [ が閉じられているか確認してください。",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_are_shortened_around_the_column() {
        let line = format!("{}X{}", "あ".repeat(200), "い".repeat(200));
        let offset = "あ".len() * 200;
        let (ex, caret) = excerpt(&line, offset);
        assert!(ex.chars().count() <= EXCERPT_CHARS + 2);
        let caret_col = caret.chars().count() - 1;
        assert_eq!(ex.chars().nth(caret_col), Some('X'));
    }
}
