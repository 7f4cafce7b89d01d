//! The measuring examples' one argument: the file they read, or a usage message and exit 2.

/// The bytes of the file named by the first argument; exits with a message otherwise.
pub fn input_file(program: &str) -> Vec<u8> {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: {program} FILE.json");
        std::process::exit(2);
    };
    match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    }
}
