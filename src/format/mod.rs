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
// DNS, HTTP, SSH screens
pub mod dns;
pub mod http;
pub mod ssh;

// AWS calculators
pub mod cert;
pub mod instance;
pub mod ipv4cost;
pub mod mysqlhost;
pub mod weighted;

// Security groups and network ACLs
pub mod firewall;
pub mod nacl;
pub mod sg;

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

/// Reads a whole number from 0 up, such as `730`; `what` names it in the message.
///
/// ```
/// use netdojo::format::whole_number;
/// assert_eq!(whole_number("730", "number of hours"), Ok(730));
/// assert_eq!(
///     whole_number("-1", "number of hours"),
///     Err("\"-1\" is not a valid number of hours: expected a whole number such as 730".to_string())
/// );
/// ```
pub fn whole_number(input: &str, what: &str) -> Result<u64, String> {
    let text = crate::calc::parse::normalize_input(input);
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad_input(
            input,
            what,
            "expected a whole number such as 730",
        ));
    }
    text.parse()
        .map_err(|_| bad_input(input, what, "the number is too large"))
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
