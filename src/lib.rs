//! ADE Auth Advisor: choose the authentication method of Intune Automated Device
//! Enrollment (ADE) profiles for iPhone and iPad, and check pasted profile JSON.
//!
//! - [`engine`]: pure Rust, every target.
//! - [`page`]: the page's logic that needs no browser (state and reducer, share links,
//!   strings, samples), every target.
//! - `ui`: the Yew web app, compiled for `wasm32`, and natively with the `prerender`
//!   feature (the build step that writes the page's first view into its HTML).
//! - `cli`: the command line, compiled only for native targets.

pub mod engine;
pub mod page;
pub use page::{samples, share, strings};

#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod ui;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
