//! The pure calculator core.
//!
//! Nothing here touches a terminal, a file, the environment or the clock. Every
//! function takes plain values and returns plain values or a small typed error, so
//! the same result can be shown by the command line, the terminal app and the
//! quiz generators.

pub mod availability;
pub mod bits;
pub mod cdn;
pub mod certmatch;
pub mod classify;
pub mod cost;
pub mod count;
pub mod decimal;
pub mod dns;
pub mod firewall;
pub mod fraction;
pub mod http;
pub mod info;
pub mod instance;
pub mod money;
pub mod multipart;
pub mod mysqlhost;
pub mod nacl;
pub mod parse;
pub mod ports;
pub mod route;
pub mod setops;
pub mod sg;
pub mod size;
mod span;
pub mod split;
pub mod ssh;
pub mod tcp;
pub mod vpc;
pub mod weighted;
// Load balancing, monitoring, IAM and EC2 billing.
pub mod alarm;
pub mod balance;
pub mod billing;
pub mod iam;
