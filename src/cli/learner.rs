//! Where the learner's progress file is and what day it is: the environment and the
//! clock are read here, never in the core, and passed down.

use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

use crate::progress::{Day, store};

/// The progress file: `$NETDOJO_HOME/progress.json` when `NETDOJO_HOME` is set, else
/// the platform's data folder.
pub fn progress_path() -> Option<PathBuf> {
    let home = std::env::var_os("NETDOJO_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from);
    store::path_in(home.as_deref())
}

/// Today (UTC). `NETDOJO_TODAY=YYYY-MM-DD` pins the day, for tests and demos.
pub fn today() -> Day {
    if let Some(day) = std::env::var("NETDOJO_TODAY")
        .ok()
        .and_then(|v| v.parse::<Day>().ok())
    {
        return day;
    }
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Day::from_unix_seconds(seconds)
}

/// A seed for a session that did not name one: the clock's nanoseconds.
pub fn fresh_seed() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| {
        u64::try_from(d.as_nanos() % u128::from(u64::MAX)).unwrap_or(0)
    })
}
