//! N+k sizing: how many servers carry the peak load, how many spares to add, what
//! the pool's availability is, and how to spread it over availability zones.

use thiserror::Error;

use super::{Availability, Decimal, KofNError, MAX_COPIES};

/// The most spares a sizing question may ask for (each is one more option to compute).
///
/// ```
/// use netdojo::calc::availability::{SizingInput, MAX_SPARES};
/// let input = SizingInput::new("10".parse().unwrap(), "1".parse().unwrap(), MAX_SPARES + 1);
/// assert!(input.size().is_err());
/// ```
pub const MAX_SPARES: u32 = 100;

/// The most servers a sizing answer may count: 2^53, so every count is exact in
/// JSON and in an `f64`.
///
/// ```
/// use netdojo::calc::availability::{SizingInput, MAX_SERVERS};
/// let input = SizingInput::new("100000000000000000".parse().unwrap(), "1".parse().unwrap(), 0);
/// assert!(MAX_SERVERS < 100_000_000_000_000_000 && input.size().is_err());
/// ```
pub const MAX_SERVERS: u64 = 1 << 53;

/// The question: peak load, usable capacity per server, spares, and optionally the
/// availability of one server and the number of zones to survive the loss of one.
///
/// ```
/// use netdojo::calc::availability::SizingInput;
/// let input = SizingInput::new("2400".parse().unwrap(), "350".parse().unwrap(), 2);
/// assert_eq!(input.size().unwrap().base, 7);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct SizingInput {
    /// The peak load, in any unit (requests per second, users...).
    pub load: Decimal,
    /// What one server carries at its target utilisation, in the same unit.
    pub capacity: Decimal,
    /// Spare servers beyond N.
    pub spares: u32,
    /// One server's availability, for the pool's availability.
    pub server: Option<Availability>,
    /// Zones to spread over so that losing one still leaves N (static stability).
    pub zones: Option<u32>,
}

/// One choice from N to N+k servers.
///
/// ```
/// use netdojo::calc::availability::SizingInput;
/// let mut input = SizingInput::new("2400".parse().unwrap(), "350".parse().unwrap(), 1);
/// input.server = Some("99".parse().unwrap());
/// let sizing = input.size().unwrap();
/// assert_eq!(sizing.options[1].servers, 8);
/// assert_eq!(format!("{:.3}", sizing.options[1].availability.unwrap()), "99.731%");
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct SizingOption {
    /// Spares in this choice (0 is plain N).
    pub spares: u32,
    /// Servers deployed: N + spares.
    pub servers: u64,
    /// The pool's availability (N of N + spares up), when a server availability was given.
    pub availability: Option<Availability>,
}

/// A spread over zones that survives the loss of any one zone without scaling.
///
/// ```
/// use netdojo::calc::availability::SizingInput;
/// let mut input = SizingInput::new("2400".parse().unwrap(), "350".parse().unwrap(), 1);
/// input.zones = Some(3);
/// let plan = input.size().unwrap().zones.unwrap();
/// assert_eq!((plan.per_zone, plan.total), (4, 12));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ZonePlan {
    /// Zones used.
    pub zones: u32,
    /// Servers in each zone: ⌈N / (zones − 1)⌉.
    pub per_zone: u64,
    /// Servers in all: zones × per zone.
    pub total: u64,
}

/// The answer.
///
/// ```
/// use netdojo::calc::availability::SizingInput;
/// let s = SizingInput::new("2400".parse().unwrap(), "350".parse().unwrap(), 2).size().unwrap();
/// assert_eq!((s.base, s.servers, s.options.len()), (7, 9, 3));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Sizing {
    /// N = ⌈load / capacity⌉.
    pub base: u64,
    /// N + spares.
    pub servers: u64,
    /// Every choice from N to N + spares.
    pub options: Vec<SizingOption>,
    /// The zone spread, when zones were given.
    pub zones: Option<ZonePlan>,
}

/// Why a sizing question has no answer.
///
/// ```
/// use netdojo::calc::availability::{SizingError, SizingInput};
/// let input = SizingInput::new("10".parse().unwrap(), "0".parse().unwrap(), 1);
/// assert_eq!(input.size(), Err(SizingError::ZeroCapacity));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SizingError {
    /// A server that carries nothing.
    #[error("the capacity per server must be more than 0")]
    ZeroCapacity,
    /// No load to carry.
    #[error("the peak load must be more than 0")]
    ZeroLoad,
    /// More than [`MAX_SERVERS`] servers.
    #[error("the load needs more than 2^53 servers")]
    TooManyServers,
    /// One zone cannot survive its own loss.
    #[error("surviving the loss of a zone takes 2 zones or more, not {0}")]
    TooFewZones(u32),
    /// More spares than [`MAX_SPARES`].
    #[error("{0} spares is more than {max}", max = MAX_SPARES)]
    TooManySpares(u32),
    /// The pool is too large for the k-of-n sum.
    #[error("a pool of {0} servers is too large to compute its availability (at most {max})", max = MAX_COPIES)]
    PoolTooLarge(u64),
}

impl SizingInput {
    /// A question without server availability or zones.
    ///
    /// ```
    /// use netdojo::calc::availability::SizingInput;
    /// let input = SizingInput::new("100".parse().unwrap(), "30".parse().unwrap(), 1);
    /// assert_eq!((input.server, input.zones), (None, None));
    /// ```
    pub fn new(load: Decimal, capacity: Decimal, spares: u32) -> SizingInput {
        SizingInput {
            load,
            capacity,
            spares,
            server: None,
            zones: None,
        }
    }

    /// Answers the question.
    ///
    /// ```
    /// use netdojo::calc::availability::SizingInput;
    /// let mut input = SizingInput::new("2400".parse().unwrap(), "350".parse().unwrap(), 2);
    /// input.server = Some("99".parse().unwrap());
    /// let s = input.size().unwrap();
    /// assert_eq!(format!("{:.2}", s.options[0].availability.unwrap()), "93.21%");
    /// ```
    pub fn size(&self) -> Result<Sizing, SizingError> {
        if self.capacity.is_zero() {
            return Err(SizingError::ZeroCapacity);
        }
        if self.load.is_zero() {
            return Err(SizingError::ZeroLoad);
        }
        if self.spares > MAX_SPARES {
            return Err(SizingError::TooManySpares(self.spares));
        }
        let base = self
            .load
            .div_ceil(self.capacity)
            .ok_or(SizingError::TooManyServers)?;
        let servers = base + u64::from(self.spares);
        if servers > MAX_SERVERS {
            return Err(SizingError::TooManyServers);
        }
        let options = (0..=self.spares)
            .map(|spares| self.option(base, spares))
            .collect::<Result<Vec<_>, _>>()?;
        let zones = self.zones.map(|zones| zone_plan(base, zones)).transpose()?;
        Ok(Sizing {
            base,
            servers,
            options,
            zones,
        })
    }

    fn option(&self, base: u64, spares: u32) -> Result<SizingOption, SizingError> {
        let servers = base + u64::from(spares);
        let availability = match self.server {
            None => None,
            Some(server) => {
                let too_large = SizingError::PoolTooLarge(servers);
                let k = u32::try_from(base).map_err(|_| too_large.clone())?;
                let n = u32::try_from(servers).map_err(|_| too_large.clone())?;
                Some(server.k_of_n(k, n).map_err(|e| match e {
                    KofNError::TooManyCopies { .. } | KofNError::KOutOfRange { .. } => too_large,
                })?)
            }
        };
        Ok(SizingOption {
            spares,
            servers,
            availability,
        })
    }
}

fn zone_plan(base: u64, zones: u32) -> Result<ZonePlan, SizingError> {
    if zones < 2 {
        return Err(SizingError::TooFewZones(zones));
    }
    let per_zone = base.div_ceil(u64::from(zones - 1));
    let total = per_zone
        .checked_mul(u64::from(zones))
        .filter(|&total| total <= MAX_SERVERS)
        .ok_or(SizingError::TooManyServers)?;
    Ok(ZonePlan {
        zones,
        per_zone,
        total,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(load: &str, capacity: &str, spares: u32) -> SizingInput {
        SizingInput::new(load.parse().unwrap(), capacity.parse().unwrap(), spares)
    }

    #[test]
    fn curriculum_example() {
        // CURRICULUM Part 4.3.
        let mut q = input("2400", "350", 2);
        q.server = Some("99".parse().unwrap());
        let s = q.size().unwrap();
        assert_eq!((s.base, s.servers), (7, 9));
        let shown: Vec<String> = s
            .options
            .iter()
            .map(|o| format!("{}:{:.3}", o.servers, o.availability.unwrap()))
            .collect();
        assert_eq!(shown, ["7:93.207%", "8:99.731%", "9:99.992%"]);
        for (zones, per_zone, total) in [(2, 7, 14), (3, 4, 12)] {
            q.zones = Some(zones);
            let plan = q.size().unwrap().zones.unwrap();
            assert_eq!((plan.per_zone, plan.total), (per_zone, total));
        }
    }

    #[test]
    fn refuses_impossible_questions() {
        assert_eq!(input("0", "350", 1).size(), Err(SizingError::ZeroLoad));
        let mut q = input("10", "1", 0);
        q.zones = Some(1);
        assert_eq!(
            q.size().unwrap_err().to_string(),
            "surviving the loss of a zone takes 2 zones or more, not 1"
        );
        let mut big = input("1000000", "1", 1);
        big.server = Some("99".parse().unwrap());
        assert_eq!(
            big.size().unwrap_err().to_string(),
            "a pool of 1000000 servers is too large to compute its availability (at most 100000)"
        );
        assert_eq!(
            input("10", "1", 101).size().unwrap_err().to_string(),
            "101 spares is more than 100"
        );
        let huge = input("100000000000000000000000", "0.001", 1);
        assert_eq!(huge.size(), Err(SizingError::TooManyServers));
    }
}
