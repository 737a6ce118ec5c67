//! TCP walk-throughs, fragmentation and the TCP/UDP comparison as the text `netdojo
//! tcp` prints, and the reading of their inputs, shared by the command line and the
//! terminal app.

use std::fmt::Write;

use super::table::Table;
use crate::calc::tcp::{
    ExchangeError, ExchangeInput, Fragment, FragmentError, FragmentInput, Segment, Side, TCP_VS_UDP,
};
use crate::lang::Lang;

/// The texts of a connection walk-through, as given.
///
/// ```
/// use netdojo::format::tcp::HandshakeText;
/// let t = HandshakeText { client_isn: "1000", server_isn: "5000", send: Some("100,200"), reply: None };
/// assert_eq!(t.read().unwrap().client_sends, [100, 200]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HandshakeText<'a> {
    /// The client's initial sequence number.
    pub client_isn: &'a str,
    /// The server's initial sequence number.
    pub server_isn: &'a str,
    /// Sizes of the client's data segments, separated by commas.
    pub send: Option<&'a str>,
    /// Sizes of the server's data segments, separated by commas.
    pub reply: Option<&'a str>,
}

impl HandshakeText<'_> {
    /// Reads the walk-through's input; an error is the text at fault and the message.
    ///
    /// ```
    /// use netdojo::format::tcp::HandshakeText;
    /// let t = HandshakeText { client_isn: "-1", server_isn: "5000", send: None, reply: None };
    /// assert_eq!(
    ///     t.read().unwrap_err().1,
    ///     "\"-1\" is not a sequence number (expected a whole number from 0 to 4294967295)"
    /// );
    /// ```
    pub fn read(&self) -> Result<ExchangeInput, (String, String)> {
        let isn = |text: &str| -> Result<u32, (String, String)> {
            text.trim().parse::<u32>().map_err(|_| {
                (
                    text.to_string(),
                    format!(
                        "\"{text}\" is not a sequence number (expected a whole number from 0 to 4294967295)"
                    ),
                )
            })
        };
        let sizes = |text: Option<&str>| -> Result<Vec<u32>, (String, String)> {
            let Some(text) = text else {
                return Ok(Vec::new());
            };
            text.split(',')
                .map(|part| part.trim().parse::<u32>())
                .collect::<Result<Vec<_>, _>>()
                .map_err(|_| {
                    (
                        text.to_string(),
                        format!(
                            "\"{text}\" is not a list of segment sizes (expected bytes separated by commas, such as 100,200)"
                        ),
                    )
                })
        };
        Ok(ExchangeInput {
            client_isn: isn(self.client_isn)?,
            server_isn: isn(self.server_isn)?,
            client_sends: sizes(self.send)?,
            server_sends: sizes(self.reply)?,
        })
    }

    /// The text at fault when the walk-through cannot be built, and the message
    /// naming its flag.
    ///
    /// ```
    /// use netdojo::calc::tcp::{ExchangeError, Side};
    /// use netdojo::format::tcp::HandshakeText;
    /// let t = HandshakeText { client_isn: "1", server_isn: "2", send: Some("0"), reply: None };
    /// let e = ExchangeError::EmptySegment { side: Side::Client, index: 1 };
    /// assert!(t.error(&e).1.starts_with("--send \"0\": "));
    /// ```
    pub fn error(&self, error: &ExchangeError) -> (String, String) {
        let (flag, text) = match error.side() {
            Side::Client => ("--send", self.send.unwrap_or_default()),
            Side::Server => ("--reply", self.reply.unwrap_or_default()),
        };
        (text.to_string(), format!("{flag} \"{text}\": {error}"))
    }
}

fn sizes_text(sizes: &[u32]) -> String {
    if sizes.is_empty() {
        return "nothing".into();
    }
    let each: Vec<String> = sizes.iter().map(|b| format!("{b}")).collect();
    format!("{} bytes", each.join(" + "))
}

/// A segment's flags as the command line writes them: `SYN, ACK`.
///
/// ```
/// use netdojo::calc::tcp::{exchange, ExchangeInput};
/// let steps = exchange(&ExchangeInput::new(1, 2)).unwrap();
/// assert_eq!(netdojo::format::tcp::ack_text(&steps[0]), "-");
/// ```
pub fn ack_text(segment: &Segment) -> String {
    segment.ack.map_or("-".into(), |a| a.to_string())
}

/// A walk-through: the input on one line, then one row per segment, explained in `lang`.
///
/// ```
/// use netdojo::calc::tcp::{exchange, ExchangeInput};
/// use netdojo::lang::Lang;
/// let input = ExchangeInput::new(1000, 5000);
/// let text = netdojo::format::tcp::handshake(&input, &exchange(&input).unwrap(), Lang::En);
/// assert!(text.starts_with("client ISN 1000, server ISN 5000; client sends nothing, server replies nothing\n\n"));
/// ```
pub fn handshake(input: &ExchangeInput, steps: &[Segment], lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "client ISN {}, server ISN {}; client sends {}, server replies {}\n",
        input.client_isn,
        input.server_isn,
        sizes_text(&input.client_sends),
        sizes_text(&input.server_sends)
    );
    let mut table = Table::new(&[
        "step",
        "phase",
        "direction",
        "flags",
        "seq",
        "ack",
        "len",
        "client",
        "server",
        "why",
    ])
    .right_align(&[0, 4, 5, 6]);
    for step in steps {
        table.row(vec![
            step.step.to_string(),
            step.phase.to_string(),
            format!("{} -> {}", step.from, step.from.other()),
            step.flags.to_string(),
            step.seq.to_string(),
            ack_text(step),
            step.len.to_string(),
            step.client_state.to_string(),
            step.server_state.to_string(),
            lang.pick(&step.explain, &step.explain_ja).to_string(),
        ]);
    }
    out.push_str(&table.render());
    out
}

/// The texts of a fragmentation question, as given.
///
/// ```
/// use netdojo::format::tcp::FragmentText;
/// let t = FragmentText { size: "4000", mtu: "1500", header: "20", dont_fragment: false };
/// assert_eq!(t.read().unwrap().mtu, 1500);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FragmentText<'a> {
    /// The datagram's total length.
    pub size: &'a str,
    /// The MTU of the link.
    pub mtu: &'a str,
    /// The header length.
    pub header: &'a str,
    /// Whether Don't Fragment is set.
    pub dont_fragment: bool,
}

impl FragmentText<'_> {
    /// Reads the question; an error is the text at fault and the message.
    ///
    /// ```
    /// use netdojo::format::tcp::FragmentText;
    /// let t = FragmentText { size: "big", mtu: "1500", header: "20", dont_fragment: false };
    /// assert_eq!(
    ///     t.read().unwrap_err().1,
    ///     "\"big\" is not a datagram size (expected a whole number of bytes)"
    /// );
    /// ```
    pub fn read(&self) -> Result<FragmentInput, (String, String)> {
        let bytes = |text: &str, what: &str| -> Result<u32, (String, String)> {
            text.trim().parse::<u32>().map_err(|_| {
                (
                    text.to_string(),
                    format!("\"{text}\" is not {what} (expected a whole number of bytes)"),
                )
            })
        };
        Ok(FragmentInput {
            total_length: bytes(self.size, "a datagram size")?,
            header_length: bytes(self.header, "a header length")?,
            mtu: bytes(self.mtu, "an MTU")?,
            dont_fragment: self.dont_fragment,
        })
    }

    /// The text at fault when fragmenting fails, and the message naming its flag.
    ///
    /// ```
    /// use netdojo::calc::tcp::FragmentError;
    /// use netdojo::format::tcp::FragmentText;
    /// let t = FragmentText { size: "4000", mtu: "60", header: "20", dont_fragment: false };
    /// assert!(t.error(&FragmentError::MtuTooSmall(60)).1.starts_with("--mtu \"60\": "));
    /// ```
    pub fn error(&self, error: &FragmentError) -> (String, String) {
        let (flag, text) = match error {
            FragmentError::HeaderLength(_) => ("--header", self.header),
            FragmentError::TotalTooLarge(_) | FragmentError::TotalBelowHeader { .. } => {
                ("--size", self.size)
            }
            FragmentError::MtuTooSmall(_) | FragmentError::DontFragment { .. } => {
                ("--mtu", self.mtu)
            }
        };
        (text.to_string(), format!("{flag} \"{text}\": {error}"))
    }
}

/// The fragments of a datagram: a summary line, the table, and a closing remark.
///
/// ```
/// use netdojo::calc::tcp::{fragment, FragmentInput};
/// let input = FragmentInput { total_length: 4000, header_length: 20, mtu: 1500, dont_fragment: false };
/// let text = netdojo::format::tcp::fragment(&input, &fragment(&input).unwrap());
/// assert!(text.starts_with("datagram 4000 bytes (20-byte header + 3980 bytes of data), MTU 1500: 3 fragments\n"));
/// ```
pub fn fragment(input: &FragmentInput, fragments: &[Fragment]) -> String {
    let mut out = String::new();
    let data = input.total_length.saturating_sub(input.header_length);
    let _ = writeln!(
        out,
        "datagram {} bytes ({}-byte header + {data} bytes of data), MTU {}: {} fragment{}\n",
        input.total_length,
        input.header_length,
        input.mtu,
        fragments.len(),
        if fragments.len() == 1 { "" } else { "s" }
    );
    let mut table = Table::new(&[
        "fragment",
        "total length",
        "data",
        "offset (bytes)",
        "offset field (x8)",
        "MF",
    ])
    .right_align(&[0, 1, 2, 3, 4, 5]);
    for f in fragments {
        table.row(vec![
            f.index.to_string(),
            f.total_length.to_string(),
            f.data_length.to_string(),
            f.offset_bytes.to_string(),
            f.offset_units.to_string(),
            u8::from(f.more_fragments).to_string(),
        ]);
    }
    out.push_str(&table.render());
    out.push('\n');
    if fragments.len() == 1 {
        out.push_str("It fits the MTU as it is: no fragmentation needed.\n");
    } else {
        out.push_str(
            "Only the destination host reassembles the fragments; routers on the way do not.\n",
        );
    }
    out
}

/// TCP and UDP side by side, in `lang`.
///
/// ```
/// use netdojo::lang::Lang;
/// let text = netdojo::format::tcp::compare(Lang::En);
/// assert!(text.starts_with("property  "));
/// assert!(netdojo::format::tcp::compare(Lang::Ja).starts_with("項目  "));
/// ```
pub fn compare(lang: Lang) -> String {
    let mut table = Table::new(&[lang.pick("property", "項目"), "TCP", "UDP"]);
    for c in TCP_VS_UDP {
        table.row(match lang {
            Lang::En => vec![c.property.into(), c.tcp.into(), c.udp.into()],
            Lang::Ja => vec![c.property_ja.into(), c.tcp_ja.into(), c.udp_ja.into()],
        });
    }
    table.render()
}
