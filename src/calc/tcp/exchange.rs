//! One TCP connection from its first SYN to its last ACK, segment by segment.

use std::fmt;

use thiserror::Error;

/// The most data one segment can carry inside a 65,535-byte IPv4 datagram with
/// 20-byte IP and TCP headers.
///
/// ```
/// use netdojo::calc::tcp::MAX_SEGMENT_DATA;
/// assert_eq!(MAX_SEGMENT_DATA, 65_535 - 20 - 20);
/// ```
pub const MAX_SEGMENT_DATA: u32 = 65_495;

/// The most data segments one side may send in a walk-through.
///
/// ```
/// use netdojo::calc::tcp::{exchange, ExchangeInput, MAX_SEGMENTS};
/// let mut input = ExchangeInput::new(0, 0);
/// input.client_sends = vec![1; MAX_SEGMENTS + 1];
/// assert!(exchange(&input).is_err());
/// ```
pub const MAX_SEGMENTS: usize = 1_000;

/// The connection to walk through: both initial sequence numbers and the sizes of
/// the data segments each side sends (the client first).
///
/// ```
/// use netdojo::calc::tcp::ExchangeInput;
/// let input = ExchangeInput::new(1000, 5000);
/// assert!(input.client_sends.is_empty() && input.server_sends.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExchangeInput {
    /// The client's initial sequence number.
    pub client_isn: u32,
    /// The server's initial sequence number.
    pub server_isn: u32,
    /// Sizes of the client's data segments, in bytes.
    pub client_sends: Vec<u32>,
    /// Sizes of the server's data segments, sent after the client's.
    pub server_sends: Vec<u32>,
}

/// Which end sent a segment.
///
/// ```
/// use netdojo::calc::tcp::Side;
/// assert_eq!(Side::Client.other(), Side::Server);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    /// The end that opens the connection.
    Client,
    /// The end that listens.
    Server,
}

/// The stage of the connection a segment belongs to.
///
/// ```
/// use netdojo::calc::tcp::Phase;
/// assert_eq!(Phase::Teardown.to_string(), "teardown");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Phase {
    /// SYN, SYN-ACK, ACK.
    Handshake,
    /// Data and its acknowledgements.
    Data,
    /// FIN and ACK from each side.
    Teardown,
}

/// The control flags a segment carries (only those this walk-through uses).
///
/// ```
/// use netdojo::calc::tcp::Flags;
/// let f = Flags { syn: true, ack: true, ..Flags::default() };
/// assert_eq!(f.to_string(), "SYN, ACK");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Flags {
    /// Synchronise sequence numbers (opening).
    pub syn: bool,
    /// The acknowledgement number is valid.
    pub ack: bool,
    /// Push the data to the application.
    pub psh: bool,
    /// No more data from the sender (closing).
    pub fin: bool,
}

/// A connection state of RFC 9293 §3.3.2 (those this walk-through passes through).
///
/// ```
/// use netdojo::calc::tcp::TcpState;
/// assert_eq!(TcpState::FinWait1.to_string(), "FIN-WAIT-1");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TcpState {
    /// Waiting for a connection request.
    Listen,
    /// SYN sent, waiting for SYN-ACK.
    SynSent,
    /// SYN received and answered, waiting for the ACK.
    SynReceived,
    /// Open: data flows both ways.
    Established,
    /// FIN sent, waiting for its ACK.
    FinWait1,
    /// Own FIN acknowledged, waiting for the other side's FIN.
    FinWait2,
    /// The other side closed; this side may still send.
    CloseWait,
    /// Own FIN sent after the other side's, waiting for the last ACK.
    LastAck,
    /// Waiting twice the maximum segment lifetime so late segments die out.
    TimeWait,
    /// No connection.
    Closed,
}

/// One segment of the walk-through.
///
/// ```
/// use netdojo::calc::tcp::{exchange, ExchangeInput, Side};
/// let mut input = ExchangeInput::new(1000, 5000);
/// input.client_sends = vec![100];
/// let data = &exchange(&input).unwrap()[3];
/// assert_eq!((data.from, data.seq, data.len), (Side::Client, 1001, 100));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// 1-based position in the walk-through.
    pub step: usize,
    /// The stage it belongs to.
    pub phase: Phase,
    /// Who sent it.
    pub from: Side,
    /// Its flags.
    pub flags: Flags,
    /// The sequence number of its first byte (or of its SYN or FIN).
    pub seq: u32,
    /// The acknowledgement number, when the ACK flag is set.
    pub ack: Option<u32>,
    /// Bytes of data it carries.
    pub len: u32,
    /// The client's state once this segment has been sent and received.
    pub client_state: TcpState,
    /// The server's state once this segment has been sent and received.
    pub server_state: TcpState,
    /// Why the numbers are what they are, in English.
    pub explain: String,
    /// The same in Japanese.
    pub explain_ja: String,
}

/// Why a walk-through cannot be built.
///
/// ```
/// use netdojo::calc::tcp::{exchange, ExchangeError, ExchangeInput, Side};
/// let mut input = ExchangeInput::new(0, 0);
/// input.client_sends = vec![0];
/// assert_eq!(exchange(&input), Err(ExchangeError::EmptySegment { side: Side::Client, index: 1 }));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ExchangeError {
    /// A data segment of 0 bytes.
    #[error("the {side}'s segment {index} has 0 bytes: a data segment carries at least 1")]
    EmptySegment {
        /// Whose segment.
        side: Side,
        /// Its 1-based position among that side's segments.
        index: usize,
    },
    /// A data segment that cannot fit in one IPv4 datagram.
    #[error(
        "the {side}'s segment {index} has {len} bytes: at most {MAX_SEGMENT_DATA} fit in one IPv4 datagram"
    )]
    SegmentTooLarge {
        /// Whose segment.
        side: Side,
        /// Its 1-based position among that side's segments.
        index: usize,
        /// Its size.
        len: u32,
    },
    /// More segments than a walk-through shows.
    #[error("the {side} sends {count} segments: at most {MAX_SEGMENTS} are shown")]
    TooManySegments {
        /// Whose segments.
        side: Side,
        /// How many.
        count: usize,
    },
}

impl ExchangeError {
    /// Whose segments the error is about.
    ///
    /// ```
    /// use netdojo::calc::tcp::{ExchangeError, Side};
    /// assert_eq!(ExchangeError::EmptySegment { side: Side::Server, index: 1 }.side(), Side::Server);
    /// ```
    pub fn side(&self) -> Side {
        match self {
            ExchangeError::EmptySegment { side, .. }
            | ExchangeError::SegmentTooLarge { side, .. }
            | ExchangeError::TooManySegments { side, .. } => *side,
        }
    }
}

impl ExchangeInput {
    /// A connection that opens and closes without data.
    ///
    /// ```
    /// use netdojo::calc::tcp::{exchange, ExchangeInput};
    /// assert_eq!(exchange(&ExchangeInput::new(7, 9)).unwrap().len(), 7);
    /// ```
    pub fn new(client_isn: u32, server_isn: u32) -> ExchangeInput {
        ExchangeInput {
            client_isn,
            server_isn,
            client_sends: Vec::new(),
            server_sends: Vec::new(),
        }
    }
}

impl Side {
    /// The other end.
    ///
    /// ```
    /// use netdojo::calc::tcp::Side;
    /// assert_eq!(Side::Server.other(), Side::Client);
    /// ```
    pub fn other(self) -> Side {
        match self {
            Side::Client => Side::Server,
            Side::Server => Side::Client,
        }
    }

    fn name_ja(self) -> &'static str {
        match self {
            Side::Client => "クライアント",
            Side::Server => "サーバー",
        }
    }
}

impl fmt::Display for Side {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Side::Client => "client",
            Side::Server => "server",
        })
    }
}

impl fmt::Display for Phase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Phase::Handshake => "handshake",
            Phase::Data => "data",
            Phase::Teardown => "teardown",
        })
    }
}

impl fmt::Display for Flags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names = [
            (self.syn, "SYN"),
            (self.fin, "FIN"),
            (self.psh, "PSH"),
            (self.ack, "ACK"),
        ];
        let set: Vec<&str> = names
            .iter()
            .filter(|(on, _)| *on)
            .map(|(_, n)| *n)
            .collect();
        f.write_str(&set.join(", "))
    }
}

impl fmt::Display for TcpState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TcpState::Listen => "LISTEN",
            TcpState::SynSent => "SYN-SENT",
            TcpState::SynReceived => "SYN-RECEIVED",
            TcpState::Established => "ESTABLISHED",
            TcpState::FinWait1 => "FIN-WAIT-1",
            TcpState::FinWait2 => "FIN-WAIT-2",
            TcpState::CloseWait => "CLOSE-WAIT",
            TcpState::LastAck => "LAST-ACK",
            TcpState::TimeWait => "TIME-WAIT",
            TcpState::Closed => "CLOSED",
        })
    }
}

const SYN: Flags = Flags {
    syn: true,
    ack: false,
    psh: false,
    fin: false,
};
const SYN_ACK: Flags = Flags { ack: true, ..SYN };
const ACK: Flags = Flags {
    syn: false,
    ack: true,
    psh: false,
    fin: false,
};
const PSH_ACK: Flags = Flags { psh: true, ..ACK };
const FIN_ACK: Flags = Flags { fin: true, ..ACK };

/// The next sequence number after `len` more, modulo 2^32, and a note when it wraps.
fn advance(seq: u32, len: u32) -> (u32, &'static str, &'static str) {
    let next = seq.wrapping_add(len);
    if next < seq {
        (
            next,
            " (past 4294967295 it wraps to 0)",
            "(4294967295の次は0に戻る)",
        )
    } else {
        (next, "", "")
    }
}

/// Builds the walk-through: handshake, the client's data, the server's data, then
/// the client closes first.
///
/// ```
/// use netdojo::calc::tcp::{exchange, ExchangeInput};
/// let mut input = ExchangeInput::new(1000, 5000);
/// input.client_sends = vec![100, 200];
/// let steps = exchange(&input).unwrap();
/// // The server's ACK after both segments: ISN + 1 (the SYN) + 100 + 200.
/// assert_eq!(steps[6].ack, Some(1301));
/// ```
pub fn exchange(input: &ExchangeInput) -> Result<Vec<Segment>, ExchangeError> {
    check_sizes(Side::Client, &input.client_sends)?;
    check_sizes(Side::Server, &input.server_sends)?;
    let mut walk = Walk {
        segments: Vec::new(),
    };
    let (c_isn, s_isn) = (input.client_isn, input.server_isn);
    let (c_next, c_wrap, c_wrap_ja) = advance(c_isn, 1);
    let (s_next, s_wrap, s_wrap_ja) = advance(s_isn, 1);
    use TcpState::*;
    walk.push(
        Phase::Handshake,
        Side::Client,
        SYN,
        (c_isn, None, 0),
        (SynSent, SynReceived),
        format!("The client opens with SYN and its initial sequence number {c_isn}."),
        format!("クライアントはSYNと初期シーケンス番号{c_isn}を送って接続を開始する。"),
    );
    walk.push(
        Phase::Handshake,
        Side::Server,
        SYN_ACK,
        (s_isn, Some(c_next), 0),
        (Established, SynReceived),
        format!(
            "The server acknowledges the SYN with ack {c_next} (the SYN uses one sequence number){c_wrap} and sends its own ISN {s_isn}."
        ),
        format!(
            "サーバーはack {c_next}でSYNを確認応答し(SYNはシーケンス番号を1つ使う){c_wrap_ja}、自分の初期シーケンス番号{s_isn}を送る。"
        ),
    );
    walk.push(
        Phase::Handshake,
        Side::Client,
        ACK,
        (c_next, Some(s_next), 0),
        (Established, Established),
        format!(
            "The client acknowledges the server's SYN with ack {s_next}{s_wrap}; the connection is open."
        ),
        format!("クライアントはack {s_next}でサーバーのSYNを確認応答し{s_wrap_ja}、接続が確立する。"),
    );
    let mut next = [c_next, s_next];
    for (side, sizes) in [
        (Side::Client, &input.client_sends),
        (Side::Server, &input.server_sends),
    ] {
        for &len in sizes {
            walk.data(side, len, &mut next);
        }
    }
    walk.teardown(next);
    Ok(walk.segments)
}

fn check_sizes(side: Side, sizes: &[u32]) -> Result<(), ExchangeError> {
    if sizes.len() > MAX_SEGMENTS {
        return Err(ExchangeError::TooManySegments {
            side,
            count: sizes.len(),
        });
    }
    for (i, &len) in sizes.iter().enumerate() {
        let index = i + 1;
        if len == 0 {
            return Err(ExchangeError::EmptySegment { side, index });
        }
        if len > MAX_SEGMENT_DATA {
            return Err(ExchangeError::SegmentTooLarge { side, index, len });
        }
    }
    Ok(())
}

struct Walk {
    segments: Vec<Segment>,
}

impl Walk {
    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        phase: Phase,
        from: Side,
        flags: Flags,
        (seq, ack, len): (u32, Option<u32>, u32),
        (client_state, server_state): (TcpState, TcpState),
        explain: String,
        explain_ja: String,
    ) {
        self.segments.push(Segment {
            step: self.segments.len() + 1,
            phase,
            from,
            flags,
            seq,
            ack,
            len,
            client_state,
            server_state,
            explain,
            explain_ja,
        });
    }

    /// One data segment from `side` and the other side's acknowledgement.
    /// `next` holds the next sequence number of the client and of the server.
    fn data(&mut self, side: Side, len: u32, next: &mut [u32; 2]) {
        let (me, peer) = match side {
            Side::Client => (0, 1),
            Side::Server => (1, 0),
        };
        let seq = next[me];
        let (after, wrap, wrap_ja) = advance(seq, len);
        let last = after.wrapping_sub(1);
        let (who, who_ja) = (side, side.name_ja());
        let (peer_side, peer_ja) = (side.other(), side.other().name_ja());
        let established = (TcpState::Established, TcpState::Established);
        self.push(
            Phase::Data,
            side,
            PSH_ACK,
            (seq, Some(next[peer]), len),
            established,
            format!("The {who} sends {len} bytes numbered {seq} to {last}."),
            format!("{who_ja}は{len}バイトを送る(番号{seq}〜{last})。"),
        );
        self.push(
            Phase::Data,
            peer_side,
            ACK,
            (next[peer], Some(after), 0),
            established,
            format!(
                "The {peer_side} acknowledges them: ack {after} = {seq} + {len}{wrap}, the next byte it expects."
            ),
            format!(
                "{peer_ja}は確認応答する: ack {after} = {seq} + {len}{wrap_ja}。次に期待するバイトの番号である。"
            ),
        );
        next[me] = after;
    }

    /// The client closes first; each FIN uses one sequence number.
    fn teardown(&mut self, [c_next, s_next]: [u32; 2]) {
        use TcpState::*;
        let (c_after, c_wrap, c_wrap_ja) = advance(c_next, 1);
        let (s_after, s_wrap, s_wrap_ja) = advance(s_next, 1);
        self.push(
            Phase::Teardown,
            Side::Client,
            FIN_ACK,
            (c_next, Some(s_next), 0),
            (FinWait1, CloseWait),
            format!(
                "The client has nothing more to send: FIN with seq {c_next}. A FIN uses one sequence number, like a SYN."
            ),
            format!(
                "クライアントは送るデータがなくなり、seq {c_next}のFINを送る。FINもSYNと同じくシーケンス番号を1つ使う。"
            ),
        );
        self.push(
            Phase::Teardown,
            Side::Server,
            ACK,
            (s_next, Some(c_after), 0),
            (FinWait2, CloseWait),
            format!(
                "The server acknowledges the FIN with ack {c_after}{c_wrap}; it may still send data."
            ),
            format!(
                "サーバーはack {c_after}でFINを確認応答する{c_wrap_ja}。サーバーはまだデータを送れる。"
            ),
        );
        self.push(
            Phase::Teardown,
            Side::Server,
            FIN_ACK,
            (s_next, Some(c_after), 0),
            (TimeWait, LastAck),
            format!("The server is done too: FIN with seq {s_next}."),
            format!("サーバーも送り終え、seq {s_next}のFINを送る。"),
        );
        self.push(
            Phase::Teardown,
            Side::Client,
            ACK,
            (c_after, Some(s_after), 0),
            (TimeWait, Closed),
            format!(
                "The client acknowledges with ack {s_after}{s_wrap} and waits in TIME-WAIT (twice the maximum segment lifetime) before closing."
            ),
            format!(
                "クライアントはack {s_after}で確認応答し{s_wrap_ja}、TIME-WAIT(最大セグメント寿命の2倍)を待ってから閉じる。"
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(c: u32, s: u32, client: &[u32], server: &[u32]) -> ExchangeInput {
        ExchangeInput {
            client_isn: c,
            server_isn: s,
            client_sends: client.to_vec(),
            server_sends: server.to_vec(),
        }
    }

    fn summary(steps: &[Segment]) -> Vec<String> {
        steps
            .iter()
            .map(|s| {
                let ack = s.ack.map_or("-".to_string(), |a| a.to_string());
                format!(
                    "{} {} {} {} {} {}",
                    s.step, s.from, s.flags, s.seq, ack, s.len
                )
            })
            .collect()
    }

    #[test]
    fn full_walk_through() {
        let steps = exchange(&input(1000, 5000, &[100, 200], &[300])).unwrap();
        assert_eq!(
            summary(&steps),
            [
                "1 client SYN 1000 - 0",
                "2 server SYN, ACK 5000 1001 0",
                "3 client ACK 1001 5001 0",
                "4 client PSH, ACK 1001 5001 100",
                "5 server ACK 5001 1101 0",
                "6 client PSH, ACK 1101 5001 200",
                "7 server ACK 5001 1301 0",
                "8 server PSH, ACK 5001 1301 300",
                "9 client ACK 1301 5301 0",
                "10 client FIN, ACK 1301 5301 0",
                "11 server ACK 5301 1302 0",
                "12 server FIN, ACK 5301 1302 0",
                "13 client ACK 1302 5302 0",
            ]
        );
        assert_eq!(
            steps[3].explain,
            "The client sends 100 bytes numbered 1001 to 1100."
        );
        assert_eq!(
            steps[4].explain,
            "The server acknowledges them: ack 1101 = 1001 + 100, the next byte it expects."
        );
        assert_eq!(
            steps[4].explain_ja,
            "サーバーは確認応答する: ack 1101 = 1001 + 100。次に期待するバイトの番号である。"
        );
        let states: Vec<String> = steps
            .iter()
            .map(|s| format!("{}/{}", s.client_state, s.server_state))
            .collect();
        assert_eq!(states[0], "SYN-SENT/SYN-RECEIVED");
        assert_eq!(states[1], "ESTABLISHED/SYN-RECEIVED");
        assert_eq!(
            states[9..],
            [
                "FIN-WAIT-1/CLOSE-WAIT",
                "FIN-WAIT-2/CLOSE-WAIT",
                "TIME-WAIT/LAST-ACK",
                "TIME-WAIT/CLOSED"
            ]
        );
    }

    #[test]
    fn numbers_wrap_at_two_to_the_32() {
        let steps = exchange(&input(u32::MAX, u32::MAX - 1, &[10], &[])).unwrap();
        assert_eq!(steps[1].ack, Some(0));
        assert!(steps[1].explain.contains("(past 4294967295 it wraps to 0)"));
        assert_eq!(steps[3].seq, 0);
        assert_eq!(steps[2].ack, Some(u32::MAX));
        assert_eq!(steps[4].ack, Some(10));
        assert_eq!(
            steps[8].ack,
            Some(0),
            "the server FIN used sequence number 4294967295"
        );
    }

    #[test]
    fn refuses_impossible_segments() {
        assert_eq!(
            exchange(&input(0, 0, &[10, 0], &[]))
                .unwrap_err()
                .to_string(),
            "the client's segment 2 has 0 bytes: a data segment carries at least 1"
        );
        assert_eq!(
            exchange(&input(0, 0, &[], &[65_496]))
                .unwrap_err()
                .to_string(),
            "the server's segment 1 has 65496 bytes: at most 65495 fit in one IPv4 datagram"
        );
        assert_eq!(
            exchange(&input(0, 0, &[1; 1001], &[]))
                .unwrap_err()
                .to_string(),
            "the client sends 1001 segments: at most 1000 are shown"
        );
    }
}
