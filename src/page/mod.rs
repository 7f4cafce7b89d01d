//! The page's logic that needs no browser, compiled on every target so that native
//! `cargo test` reaches it: the state and reducer, share links and preferences, the fixed
//! strings of the page (EN and JA) and the sample inputs. Only `ui` knows the DOM.

pub mod samples;
pub mod share;
pub mod state;
pub mod strings;
