//! TCP and the IP layer under it, as step-by-step models: a connection's segments
//! with their sequence and acknowledgement numbers, TCP and UDP side by side, and
//! how IPv4 fragments a datagram for a smaller MTU.
//!
//! ```
//! use netdojo::calc::tcp::{exchange, ExchangeInput};
//! let steps = exchange(&ExchangeInput::new(1000, 5000)).unwrap();
//! assert_eq!(steps[1].flags.to_string(), "SYN, ACK");
//! assert_eq!(steps[1].ack, Some(1001));
//! ```

mod compare;
mod exchange;
mod fragment;

pub use compare::{Contrast, TCP_VS_UDP};
pub use exchange::{
    ExchangeError, ExchangeInput, Flags, MAX_SEGMENT_DATA, MAX_SEGMENTS, Phase, Segment, Side,
    TcpState, exchange,
};
pub use fragment::{Fragment, FragmentError, FragmentInput, fragment};
