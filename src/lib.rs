//! ADE Auth Advisor: choose the authentication method of Intune Automated Device
//! Enrollment (ADE) profiles for iPhone and iPad, and check pasted profile JSON.
//!
//! - [`engine`]: pure Rust, every target.
//! - [`page`]: the page's logic that needs no browser (state and reducer, share links,
//!   strings, samples), every target.
//! - `ui`: the Yew web app, compiled only for `wasm32`.
//! - `cli`: the command line, compiled only for native targets.

pub mod engine;
pub mod page;
pub use page::{samples, share, strings};

#[cfg(target_arch = "wasm32")]
pub mod ui;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
