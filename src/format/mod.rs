//! Text renderings of core values, shared by every face: the command line prints
//! them and the terminal app shows them in its command-line view, so a learner
//! sees the same text in both. Pure: values in, `String` out; no terminal crate.

pub mod avail;
pub mod port;
pub(crate) mod prefix_rows;
pub mod route;
pub mod s3;
pub mod setops;
pub mod split;
pub mod subnet;
pub mod table;
pub mod tcp;
pub mod vpc;

/// The one wording of a bad-input message: the input as typed, in double quotes
/// (escaped, so a stray quote or control character cannot break the line), what
/// it should have been, and why it is not.
///
/// ```
/// assert_eq!(
///     netdojo::format::bad_input("10.0.0.0/33", "address or prefix", "prefix length 33 is over 32"),
///     "\"10.0.0.0/33\" is not a valid address or prefix: prefix length 33 is over 32"
/// );
/// ```
pub fn bad_input(input: &str, what: &str, reason: impl std::fmt::Display) -> String {
    format!("{input:?} is not a valid {what}: {reason}")
}

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
