//! One binary, two faces: the CLI on native targets, the web app on `wasm32`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(ade_advisor::cli::main());
}

#[cfg(target_arch = "wasm32")]
fn main() {
    ade_advisor::ui::start();
}
