//! The pure calculator core.
//!
//! Nothing here touches a terminal, a file, the environment or the clock. Every
//! function takes plain values and returns plain values or a small typed error, so
//! the same result can be shown by the command line, the terminal app and the
//! quiz generators.

pub mod dns;
pub mod http;
pub mod lang;
pub mod route;
pub mod ssh;
pub mod vpc;
