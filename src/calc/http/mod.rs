//! HTTP/1.1 messages: every part annotated, every problem reported, and status
//! codes classified.

mod annotate;
mod message;
mod problem;
mod status;

pub use annotate::{describe, header_meaning};
pub use message::{Kind, LineEnd, Message, Part, PartKind};
pub use problem::{Problem, visible};
pub use status::{Class, StatusCode, StatusError};
