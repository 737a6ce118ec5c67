//! The limits that keep one misbehaving client from hurting the others, and the two
//! small counters that enforce them. Both counters take the time as an argument.

use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::time::Duration;

use super::model::Millis;

/// Every limit of the host, with defaults fit for a classroom.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Connections open at once, authenticated or not.
    pub max_connections: usize,
    /// Authentication requests one connection may make.
    pub auth_attempts_per_connection: u32,
    /// Failed authentications from one address within [`Limits::failure_window`]
    /// before that address is turned away.
    pub failures_per_address: usize,
    /// The window over which failures per address are counted.
    pub failure_window: Duration,
    /// How long a connection may take to authenticate.
    pub auth_timeout: Duration,
    /// How long a rejected authentication takes (the same for every rejection).
    pub auth_rejection_time: Duration,
    /// A student who presses no key for this long is disconnected.
    pub idle_timeout: Duration,
    /// Input bytes a connection may send in a burst.
    pub input_burst: u32,
    /// Input bytes per second a connection may keep sending.
    pub input_rate: u32,
    /// Input chunks waiting for the student's screen before the client is cut off.
    pub input_queue: usize,
    /// Key presses in a row that make no key before the client is cut off.
    pub garbage_keys: u32,
    /// How long one frame may take to reach a student before they are cut off.
    pub send_timeout: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_connections: 250,
            auth_attempts_per_connection: 12,
            failures_per_address: 40,
            failure_window: Duration::from_secs(60),
            auth_timeout: Duration::from_secs(30),
            auth_rejection_time: Duration::from_millis(300),
            idle_timeout: Duration::from_secs(60 * 60),
            input_burst: 16 * 1024,
            input_rate: 2 * 1024,
            input_queue: 64,
            garbage_keys: 256,
            send_timeout: Duration::from_secs(20),
        }
    }
}

/// A token bucket over bytes: a burst up to its capacity, then a steady rate.
///
/// ```
/// use netdojo::classroom::live::limits::TokenBucket;
/// let mut bucket = TokenBucket::new(100, 10, 0);
/// assert!(bucket.take(100, 0));
/// assert!(!bucket.take(1, 0));
/// assert!(bucket.take(10, 1_000)); // one second refills ten
/// ```
#[derive(Debug, Clone)]
pub struct TokenBucket {
    capacity: u64,
    per_second: u64,
    /// Tokens in thousandths, so that a few milliseconds refill something.
    milli_tokens: u64,
    last: Millis,
}

impl TokenBucket {
    /// A full bucket.
    pub fn new(capacity: u32, per_second: u32, now: Millis) -> Self {
        TokenBucket {
            capacity: u64::from(capacity),
            per_second: u64::from(per_second),
            milli_tokens: u64::from(capacity).saturating_mul(1000),
            last: now,
        }
    }

    /// Takes `n` tokens if there are that many; otherwise takes none.
    pub fn take(&mut self, n: u64, now: Millis) -> bool {
        let elapsed = now.saturating_sub(self.last);
        self.last = self.last.max(now);
        let refill = elapsed.saturating_mul(self.per_second);
        self.milli_tokens = self
            .milli_tokens
            .saturating_add(refill)
            .min(self.capacity.saturating_mul(1000));
        let cost = n.saturating_mul(1000);
        if cost <= self.milli_tokens {
            self.milli_tokens -= cost;
            true
        } else {
            false
        }
    }
}

/// The most addresses remembered; the oldest are forgotten first.
const MAX_ADDRESSES: usize = 4096;

/// Counts failed authentications per address over a sliding window.
///
/// ```
/// use std::time::Duration;
/// use netdojo::classroom::live::limits::AddressGate;
/// let mut gate = AddressGate::new(2, Duration::from_secs(60));
/// let ip = "192.0.2.7".parse().unwrap();
/// gate.fail(ip, 0);
/// assert!(!gate.is_blocked(ip, 1));
/// gate.fail(ip, 2);
/// assert!(gate.is_blocked(ip, 3));
/// assert!(!gate.is_blocked(ip, 60_003)); // the window has passed
/// ```
#[derive(Debug, Clone)]
pub struct AddressGate {
    limit: usize,
    window: Millis,
    failures: HashMap<IpAddr, VecDeque<Millis>>,
}

impl AddressGate {
    /// A gate that blocks an address after `limit` failures within `window`.
    pub fn new(limit: usize, window: Duration) -> Self {
        AddressGate {
            limit,
            window: u64::try_from(window.as_millis()).unwrap_or(u64::MAX),
            failures: HashMap::new(),
        }
    }

    /// Records a failure.
    pub fn fail(&mut self, address: IpAddr, now: Millis) {
        if self.failures.len() >= MAX_ADDRESSES && !self.failures.contains_key(&address) {
            self.forget_old(now);
            if self.failures.len() >= MAX_ADDRESSES {
                let oldest = self
                    .failures
                    .iter()
                    .min_by_key(|(_, times)| times.back().copied().unwrap_or(0))
                    .map(|(ip, _)| *ip);
                if let Some(ip) = oldest {
                    self.failures.remove(&ip);
                }
            }
        }
        let times = self.failures.entry(address).or_default();
        times.push_back(now);
        while times.len() > self.limit.max(1) {
            times.pop_front();
        }
    }

    /// Whether an address has failed too often lately.
    pub fn is_blocked(&self, address: IpAddr, now: Millis) -> bool {
        self.failures.get(&address).is_some_and(|times| {
            times.len() >= self.limit
                && times
                    .front()
                    .is_some_and(|first| now.saturating_sub(*first) < self.window)
        })
    }

    fn forget_old(&mut self, now: Millis) {
        let window = self.window;
        self.failures.retain(|_, times| {
            times
                .back()
                .is_some_and(|last| now.saturating_sub(*last) < window)
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bucket_never_holds_more_than_its_capacity() {
        let mut bucket = TokenBucket::new(10, 1000, 0);
        assert!(!bucket.take(11, 1_000_000));
        assert!(bucket.take(10, 1_000_000));
        assert!(!bucket.take(1, 1_000_000));
        assert!(bucket.take(1, 1_000_001));
    }

    #[test]
    fn a_clock_going_backwards_refills_nothing() {
        let mut bucket = TokenBucket::new(5, 1000, 100);
        assert!(bucket.take(5, 100));
        assert!(!bucket.take(1, 50));
    }

    #[test]
    fn other_addresses_are_not_blocked() {
        let mut gate = AddressGate::new(1, Duration::from_secs(1));
        let a: IpAddr = "192.0.2.1".parse().unwrap();
        let b: IpAddr = "192.0.2.2".parse().unwrap();
        gate.fail(a, 0);
        assert!(gate.is_blocked(a, 0));
        assert!(!gate.is_blocked(b, 0));
    }

    #[test]
    fn the_gate_remembers_a_bounded_number_of_addresses() {
        let mut gate = AddressGate::new(3, Duration::from_secs(60));
        for i in 0..(MAX_ADDRESSES as u32 + 100) {
            gate.fail(IpAddr::from(i.to_be_bytes()), u64::from(i));
        }
        assert!(gate.failures.len() <= MAX_ADDRESSES);
    }
}
