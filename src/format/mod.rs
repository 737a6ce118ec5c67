//! Text renderings of core values, shared by every face: the command line prints
//! them and the terminal app shows them in its command-line view, so a learner
//! sees the same text in both. Pure: values in, `String` out; no terminal crate.

pub mod route;
pub mod subnet;
pub mod table;
pub mod vpc;

/// `one` or `many` by count.
///
/// ```
/// use netdojo::format::plural;
/// assert_eq!(plural(1, "route", "routes"), "route");
/// assert_eq!(plural(2, "route", "routes"), "routes");
/// ```
pub fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}
