//! `ade-advisor journey`: what users go through during ADE, per method (`--method`) or
//! for every profile of the files, as text, Markdown or JSON.

use super::texts::{msg, Msg};
use super::{error_line, out, read_files, Args, Format, EXIT_OK, EXIT_USAGE};
use crate::engine::journey::{self, Journey};
use crate::engine::model::Object;

fn render(journeys: &[Journey], objects: &[Object], a: &Args) -> String {
    match a.format {
        Format::Json => journey::journeys_json_text(journeys, objects, a.lang),
        Format::Markdown => journey::journeys_markdown(journeys, objects, a.lang),
        _ => journey::journeys_text(journeys, objects, a.lang),
    }
}

pub(super) fn run(a: &Args) -> i32 {
    let requirements = a.requirements.unwrap_or_default();
    if !a.methods.is_empty() {
        let journeys: Vec<Journey> = a.methods.iter().map(|m| journey::for_method(*m, requirements)).collect();
        out(&render(&journeys, &[], a));
        return EXIT_OK;
    }
    let (objects, errors) = match read_files(a) {
        Ok(read) => read,
        Err(code) => return code,
    };
    let journeys = journey::for_profiles(&objects, requirements);
    if journeys.is_empty() {
        error_line(a.lang, msg(Msg::JourneyNoProfile, a.lang));
        return EXIT_USAGE;
    }
    out(&render(&journeys, &objects, a));
    if errors.is_empty() {
        EXIT_OK
    } else {
        EXIT_USAGE
    }
}
