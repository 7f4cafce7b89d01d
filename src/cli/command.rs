//! The subcommands, output formats and colour choices of the CLI (data shared by the
//! parser, the flag table and the help pages).

/// The subcommands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    Check,
    Recommend,
    Table,
    Rules,
    Diff,
    Journey,
}

impl Command {
    pub const ALL: [Command; 6] =
        [Command::Check, Command::Recommend, Command::Table, Command::Rules, Command::Diff, Command::Journey];

    pub fn name(self) -> &'static str {
        match self {
            Command::Check => "check",
            Command::Recommend => "recommend",
            Command::Table => "table",
            Command::Rules => "rules",
            Command::Diff => "diff",
            Command::Journey => "journey",
        }
    }

    /// Formats the command can print.
    pub fn formats(self) -> &'static [Format] {
        match self {
            Command::Check => &[Format::Text, Format::Json, Format::Markdown, Format::Sarif],
            Command::Recommend | Command::Table | Command::Rules | Command::Diff | Command::Journey => {
                &[Format::Text, Format::Json, Format::Markdown]
            }
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Markdown,
    Sarif,
}

impl Format {
    pub const ALL: [Format; 4] = [Format::Text, Format::Json, Format::Markdown, Format::Sarif];

    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Json => "json",
            Format::Markdown => "markdown",
            Format::Sarif => "sarif",
        }
    }

    pub fn parse(s: &str) -> Option<Format> {
        match s {
            "md" => Some(Format::Markdown),
            _ => Format::ALL.into_iter().find(|f| f.name() == s),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}
