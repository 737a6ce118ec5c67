//! Classroom sessions. `live/` runs a quiz over SSH: students join with their own key
//! from any OpenSSH client and answer on screens drawn into their terminal.

pub mod live;
