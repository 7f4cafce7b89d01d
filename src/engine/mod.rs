//! The engine: pure Rust, shared by the web app and the CLI.
//!
//! Pipeline: input text → [`input`] (JSON with positions, object discovery, recognition)
//! → [`model`] objects → [`classify`] (authentication method with evidence) →
//! [`rules`] (findings) and [`recommend`] (requirements → method) → [`report`].
//!
//! Invariants: the engine never touches the DOM, the clock, randomness, files or the
//! network, and never panics on any input. Its output is a function of its input.

pub mod classify;
pub mod i18n;
pub mod input;
pub mod model;
pub mod recommend;
pub mod report;
pub mod rules;
pub mod table;
