//! Test support for the end-to-end tests: a static file server for `dist/` on
//! 127.0.0.1 and a small synchronous WebDriver client for ChromeDriver.
#![allow(dead_code)]

pub mod server;
pub mod webdriver;
