//! A calendar day (UTC), stored as days since 1970-01-01 and written `YYYY-MM-DD`.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A calendar day. The caller reads the clock and passes the day in.
///
/// ```
/// use netdojo::progress::Day;
/// let day = Day::from_unix_seconds(1_700_000_000);
/// assert_eq!(day.to_string(), "2023-11-14");
/// assert_eq!("2023-11-14".parse::<Day>(), Ok(day));
/// assert_eq!(day.plus(21).to_string(), "2023-12-05");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Day(pub i64);

impl Day {
    /// The day (UTC) of a Unix time in seconds.
    ///
    /// ```
    /// use netdojo::progress::Day;
    /// assert_eq!(Day::from_unix_seconds(86_399), Day(0));
    /// ```
    pub fn from_unix_seconds(seconds: u64) -> Day {
        Day(i64::try_from(seconds / 86_400).unwrap_or(i64::MAX))
    }

    /// The day `n` days later.
    ///
    /// ```
    /// use netdojo::progress::Day;
    /// assert_eq!(Day(10).plus(3), Day(13));
    /// ```
    pub fn plus(self, n: u32) -> Day {
        Day(self.0.saturating_add(i64::from(n)))
    }

    /// Days from `earlier` to `self` (negative if `earlier` is later).
    ///
    /// ```
    /// use netdojo::progress::Day;
    /// assert_eq!(Day(10).since(Day(7)), 3);
    /// ```
    pub fn since(self, earlier: Day) -> i64 {
        self.0.saturating_sub(earlier.0)
    }

    /// The year, month and day (proleptic Gregorian calendar).
    fn civil(self) -> (i64, u32, u32) {
        // Howard Hinnant's days-to-civil algorithm.
        let z = self.0 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        (
            y,
            u32::try_from(m).unwrap_or(1),
            u32::try_from(d).unwrap_or(1),
        )
    }

    fn from_civil(y: i64, m: u32, d: u32) -> Day {
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y.rem_euclid(400);
        let m = i64::from(m);
        let mp = if m > 2 { m - 3 } else { m + 9 };
        let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Day(era * 146_097 + doe - 719_468)
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.civil();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

/// A text that is not a `YYYY-MM-DD` date.
///
/// ```
/// use netdojo::progress::Day;
/// assert_eq!("2024-13-01".parse::<Day>().unwrap_err().to_string(), "\"2024-13-01\" is not a date such as 2024-02-29");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a date such as 2024-02-29")]
pub struct BadDay(pub String);

impl FromStr for Day {
    type Err = BadDay;

    fn from_str(s: &str) -> Result<Day, BadDay> {
        let bad = || BadDay(s.to_owned());
        let mut parts = s.splitn(3, '-');
        let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(bad());
        };
        let y: i64 = y.parse().map_err(|_| bad())?;
        let m: u32 = m.parse().map_err(|_| bad())?;
        let d: u32 = d.parse().map_err(|_| bad())?;
        if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            return Err(bad());
        }
        let day = Day::from_civil(y, m, d);
        // Reject 2023-02-30 and the like: they do not round-trip.
        if day.civil() != (y, m, d) {
            return Err(bad());
        }
        Ok(day)
    }
}

impl Serialize for Day {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Day, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_across_leap_years_and_centuries() {
        for n in -700_000..800_000i64 {
            if n % 97 != 0 {
                continue;
            }
            let day = Day(n);
            assert_eq!(day.to_string().parse::<Day>(), Ok(day), "{n}");
        }
        assert_eq!(Day(0).to_string(), "1970-01-01");
        assert_eq!(
            "2000-02-29".parse::<Day>().unwrap().plus(1).to_string(),
            "2000-03-01"
        );
        assert!("1900-02-29".parse::<Day>().is_err());
        assert!("2023-02-30".parse::<Day>().is_err());
    }
}
