//! DNS: domain names and their levels, resource records, zones, and an iterative
//! resolution over a small built-in tree, with a cache.
//!
//! Every value here is plain data a screen can step through: a [`Walk`] is a list
//! of [`Step`]s, one message or cache look-up each.

mod builtin;
mod cache;
mod explain;
mod levels;
mod name;
mod record;
mod resolve;
mod zone;

pub use builtin::{Namespace, Server};
pub use cache::{Cache, CacheEntry};
pub use explain::{Explained, Field, explain, explain_all, meaning};
pub use levels::{Level, Levels, Role, TldKind, levels, split};
pub use name::{DomainName, MAX_LABEL, MAX_NAME, NameError, is_within, parent};
pub use record::{RData, Record, RecordType, Soa, UnknownType};
pub use resolve::{MAX_STEPS, Outcome, Question, ResolveError, Step, Walk, resolve};
pub use zone::{CnameProblem, MAX_CNAME_CHAIN, MailExchanger, Zone, ZoneReply, mx_order};
