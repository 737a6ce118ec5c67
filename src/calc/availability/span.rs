//! Lengths of time: MTBF, MTTR, downtime and periods, read as `45m` or `2h 30m`
//! and written as `8h 45m 36s`.

use std::fmt;
use std::str::FromStr;

use thiserror::Error;

use super::Decimal;

const MINUTE: f64 = 60.0;
const HOUR: f64 = 3_600.0;
const DAY: f64 = 86_400.0;

/// The longest span: 10^15 s, about 31.7 million years. Beyond it the display,
/// which counts tenths of a second in a `u64`, could not stay exact.
///
/// ```
/// use netdojo::calc::availability::{Span, MAX_SECONDS};
/// assert!(Span::from_seconds(MAX_SECONDS).is_ok());
/// assert!(Span::from_seconds(MAX_SECONDS * 2.0).is_err());
/// ```
pub const MAX_SECONDS: f64 = 1e15;

/// A non-negative length of time in seconds.
///
/// `Display` writes days, hours, minutes and seconds from the largest unit that is
/// not zero, as downtime tables do: whole seconds when the value is whole, else one
/// decimal, or two below ten seconds.
///
/// ```
/// use netdojo::calc::availability::Span;
/// let s: Span = "2h 30m".parse().unwrap();
/// assert_eq!(s.seconds(), 9000.0);
/// assert_eq!(s.to_string(), "2h 30m 0s");
/// assert_eq!(Span::from_seconds(86.4).unwrap().to_string(), "1m 26.4s");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Span {
    seconds: f64,
}

/// Why a text is not a length of time.
///
/// ```
/// use netdojo::calc::availability::{Span, SpanError};
/// assert_eq!("1000".parse::<Span>(), Err(SpanError::MissingUnit("1000".into())));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SpanError {
    /// Nothing to read.
    #[error(
        "\"{0}\" is not a length of time (expected a number with a unit: 45m, 2h, 30d, 1h 30m)"
    )]
    Empty(String),
    /// A number with no unit after it.
    #[error("\"{0}\" has no unit (add d, h, m or s, as in 1000h or 45m)")]
    MissingUnit(String),
    /// Something other than a number followed by d, h, m or s.
    #[error(
        "\"{0}\" is not a length of time (expected a number with a unit: 45m, 2h, 30d, 1h 30m)"
    )]
    Invalid(String),
    /// Negative, not a number, or longer than [`MAX_SECONDS`].
    #[error("\"{0}\" is not a length of time from 0 to 10^15 seconds (about 31.7 million years)")]
    OutOfRange(String),
}

impl Span {
    /// No time at all.
    ///
    /// ```
    /// use netdojo::calc::availability::Span;
    /// assert_eq!(Span::ZERO.to_string(), "0s");
    /// ```
    pub const ZERO: Span = Span { seconds: 0.0 };

    /// From a number of seconds, from 0 to [`MAX_SECONDS`].
    ///
    /// ```
    /// use netdojo::calc::availability::Span;
    /// assert!(Span::from_seconds(-1.0).is_err());
    /// assert!(Span::from_seconds(f64::NAN).is_err());
    /// assert_eq!(Span::from_seconds(3600.0).unwrap().hours(), 1.0);
    /// ```
    pub fn from_seconds(seconds: f64) -> Result<Span, SpanError> {
        if (0.0..=MAX_SECONDS).contains(&seconds) {
            Ok(Span {
                seconds: seconds + 0.0,
            })
        } else {
            Err(SpanError::OutOfRange(seconds.to_string()))
        }
    }

    /// From a number of hours.
    ///
    /// ```
    /// use netdojo::calc::availability::Span;
    /// assert_eq!(Span::from_hours(2.0).unwrap().seconds(), 7200.0);
    /// ```
    pub fn from_hours(hours: f64) -> Result<Span, SpanError> {
        Span::from_seconds(hours * HOUR)
    }

    /// The length in seconds.
    ///
    /// ```
    /// use netdojo::calc::availability::Span;
    /// assert_eq!("1m 26.4s".parse::<Span>().unwrap().seconds(), 86.4);
    /// ```
    pub fn seconds(self) -> f64 {
        self.seconds
    }

    /// The length in hours.
    ///
    /// ```
    /// use netdojo::calc::availability::Span;
    /// assert_eq!("90m".parse::<Span>().unwrap().hours(), 1.5);
    /// ```
    pub fn hours(self) -> f64 {
        self.seconds / HOUR
    }

    /// Rounded to the nearest whole second, as uptime.is shows its tables.
    ///
    /// ```
    /// use netdojo::calc::availability::Span;
    /// let s = Span::from_seconds(315_569.52).unwrap();
    /// assert_eq!(s.to_whole_seconds().to_string(), "3d 15h 39m 30s");
    /// ```
    pub fn to_whole_seconds(self) -> Span {
        Span {
            seconds: self.seconds.round(),
        }
    }
}

impl FromStr for Span {
    type Err = SpanError;

    /// Reads one or more `<number><unit>` groups with units `d`, `h`, `m`, `s`,
    /// spaces optional between groups: `45m`, `1000h`, `1h30m`, `3d 15h 36m 0s`.
    fn from_str(text: &str) -> Result<Span, SpanError> {
        let invalid = || SpanError::Invalid(text.to_string());
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Err(SpanError::Empty(text.to_string()));
        }
        let mut seconds = 0.0;
        let mut rest = trimmed;
        while !rest.is_empty() {
            let number_len = rest
                .find(|c: char| !(c.is_ascii_digit() || c == '.'))
                .unwrap_or(rest.len());
            if number_len == 0 {
                return Err(invalid());
            }
            let (number, after) = rest.split_at(number_len);
            let amount = number.parse::<Decimal>().map_err(|_| invalid())?.to_f64();
            let mut units = after.chars();
            let unit = match units.next() {
                None => return Err(SpanError::MissingUnit(text.to_string())),
                Some('d') => DAY,
                Some('h') => HOUR,
                Some('m') => MINUTE,
                Some('s') => 1.0,
                Some(c) if c.is_whitespace() => {
                    return Err(SpanError::MissingUnit(text.to_string()));
                }
                Some(_) => return Err(invalid()),
            };
            seconds += amount * unit;
            rest = units.as_str().trim_start();
        }
        Span::from_seconds(seconds).map_err(|_| SpanError::OutOfRange(text.to_string()))
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let seconds = self.seconds;
        // A value within a microsecond of a whole second is shown as whole, so
        // 0.01 × 31,536,000 s prints as 3d 15h 36m 0s and not 0.0s.
        let whole = (seconds - seconds.round()).abs() < 1e-6;
        let decimals: u32 = if whole {
            0
        } else if seconds >= 10.0 {
            1
        } else {
            two_or_more_decimals(seconds)
        };
        let scale = 10u64.pow(decimals);
        // Round once, in units of the last decimal shown, then split into units.
        let ticks = (seconds * scale as f64).round() as u64;
        let (days, rest) = (ticks / (86_400 * scale), ticks % (86_400 * scale));
        let (hours, rest) = (rest / (3_600 * scale), rest % (3_600 * scale));
        let (minutes, rest) = (rest / (60 * scale), rest % (60 * scale));
        let mut started = false;
        for (amount, unit) in [(days, "d"), (hours, "h"), (minutes, "m")] {
            if started || amount > 0 {
                write!(f, "{amount}{unit} ")?;
                started = true;
            }
        }
        let (whole_secs, fraction) = (rest / scale, rest % scale);
        if decimals == 0 {
            write!(f, "{whole_secs}s")
        } else {
            write!(
                f,
                "{whole_secs}.{fraction:0width$}s",
                width = decimals as usize
            )
        }
    }
}

/// Two decimals below ten seconds, or more when two would round a small downtime to
/// nothing: three significant digits then.
fn two_or_more_decimals(seconds: f64) -> u32 {
    if seconds >= 0.01 || seconds == 0.0 {
        return 2;
    }
    let magnitude = seconds.log10().floor() as i32;
    (2 - magnitude).clamp(2, 9) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(seconds: f64) -> String {
        Span::from_seconds(seconds).unwrap().to_string()
    }

    #[test]
    fn formats_like_the_downtime_tables() {
        assert_eq!(s(315_360.0), "3d 15h 36m 0s");
        assert_eq!(s(31_536.0), "8h 45m 36s");
        assert_eq!(s(2_592.0), "43m 12s");
        assert_eq!(s(86.4), "1m 26.4s");
        assert_eq!(s(43.2), "43.2s");
        assert_eq!(s(8.64), "8.64s");
        assert_eq!(s(0.864), "0.86s");
        assert_eq!(s(60.48), "1m 0.5s");
        assert_eq!(s(262.98), "4m 23.0s");
        assert_eq!(s(0.0), "0s");
        assert_eq!(s(0.000_864), "0.000864s");
        assert_eq!(s(59.96), "1m 0.0s");
        assert_eq!(s(3_600.0), "1h 0m 0s");
    }

    #[test]
    fn reads_units_and_groups() {
        let p = |t: &str| t.parse::<Span>().unwrap().seconds();
        assert_eq!(p("45m"), 2_700.0);
        assert_eq!(p("1000h"), 3_600_000.0);
        assert_eq!(p("30d"), 2_592_000.0);
        assert_eq!(p("1h30m"), 5_400.0);
        assert_eq!(p(" 3d 15h 36m 0s "), 315_360.0);
        assert_eq!(p("0.5h"), 1_800.0);
        assert_eq!(p("10s"), 10.0);
    }

    #[test]
    fn names_the_bad_input() {
        let e = |t: &str| t.parse::<Span>().unwrap_err().to_string();
        assert_eq!(
            e("1000"),
            "\"1000\" has no unit (add d, h, m or s, as in 1000h or 45m)"
        );
        assert_eq!(
            e("2 h"),
            "\"2 h\" has no unit (add d, h, m or s, as in 1000h or 45m)"
        );
        assert_eq!(
            e("5y"),
            "\"5y\" is not a length of time (expected a number with a unit: 45m, 2h, 30d, 1h 30m)"
        );
        assert_eq!(
            e(""),
            "\"\" is not a length of time (expected a number with a unit: 45m, 2h, 30d, 1h 30m)"
        );
        assert!("-5m".parse::<Span>().is_err());
        assert_eq!(
            e("99999999999999d"),
            "\"99999999999999d\" is not a length of time from 0 to 10^15 seconds (about 31.7 million years)"
        );
        assert_eq!(s(MAX_SECONDS), "11574074074d 1h 46m 40s");
        assert!("h".parse::<Span>().is_err());
        assert!("1.2.3h".parse::<Span>().is_err());
        assert!("5ms".parse::<Span>().is_err());
    }
}
