//! Periods (year, quarter, month, week, day) under a named convention, and the
//! downtime an availability allows in each.

use std::fmt;
use std::str::FromStr;

use thiserror::Error;

use super::{Availability, AvailabilityError, Span};

const DAY_SECONDS: u64 = 86_400;

/// How long a year is taken to be.
///
/// ```
/// use netdojo::calc::availability::YearLength;
/// let y: YearLength = "365.2425".parse().unwrap();
/// assert_eq!(y.seconds(), 31_556_952);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum YearLength {
    /// 365 days: the usual textbook and exam assumption.
    #[default]
    Days365,
    /// 365.25 days: the Julian year.
    Julian,
    /// 365.2425 days: the mean Gregorian year (what uptime.is appears to use).
    Gregorian,
}

/// How long a month is taken to be.
///
/// ```
/// use netdojo::calc::availability::MonthLength;
/// let m: MonthLength = "30".parse().unwrap();
/// assert_eq!(m, MonthLength::Days(30));
/// assert_eq!("year".parse::<MonthLength>().unwrap(), MonthLength::TwelfthOfYear);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MonthLength {
    /// A fixed number of days (28 to 31 when read from text).
    Days(u8),
    /// One twelfth of the year.
    TwelfthOfYear,
}

impl Default for MonthLength {
    fn default() -> MonthLength {
        MonthLength::Days(30)
    }
}

/// The lengths of the year and the month that downtime figures assume.
///
/// A quarter is always a quarter of the year, a week 7 days and a day 86,400 s.
///
/// ```
/// use netdojo::calc::availability::{Convention, Period};
/// let c = Convention::default();
/// assert_eq!(c.to_string(), "365-day year, 30-day month");
/// assert_eq!(c.seconds(Period::Month), 2_592_000);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Convention {
    /// The year length.
    pub year: YearLength,
    /// The month length.
    pub month: MonthLength,
}

/// A calendar period over which downtime is counted.
///
/// ```
/// use netdojo::calc::availability::Period;
/// assert_eq!(Period::ALL.len(), 5);
/// assert_eq!(Period::Quarter.to_string(), "quarter");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Period {
    /// A year.
    Year,
    /// A quarter of a year.
    Quarter,
    /// A month.
    Month,
    /// Seven days.
    Week,
    /// 86,400 seconds.
    Day,
}

/// Why a text is not a year length, a month length or a period.
///
/// ```
/// use netdojo::calc::availability::{ConventionError, YearLength};
/// assert_eq!(
///     "360".parse::<YearLength>(),
///     Err(ConventionError::Year("360".into()))
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ConventionError {
    /// Not one of the three year lengths.
    #[error("\"{0}\" is not a year length (expected 365, 365.25 or 365.2425)")]
    Year(String),
    /// Not 28 to 31 days nor `year`.
    #[error(
        "\"{0}\" is not a month length (expected 28, 29, 30, 31 or year for a twelfth of the year)"
    )]
    Month(String),
    /// Not the name of a period.
    #[error("\"{0}\" is not a period (expected year, quarter, month, week or day)")]
    Period(String),
}

/// Why an observed downtime gives no availability.
///
/// ```
/// use netdojo::calc::availability::{Availability, DowntimeError, Span};
/// let day = Span::from_seconds(86_400.0).unwrap();
/// assert!(matches!(
///     Availability::from_downtime(Span::from_seconds(90_000.0).unwrap(), day),
///     Err(DowntimeError::LongerThanPeriod { .. })
/// ));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DowntimeError {
    /// The period has no length.
    #[error("the period is empty: it must be longer than 0s")]
    EmptyPeriod,
    /// More downtime than the period lasts.
    #[error("{downtime} of downtime is longer than the period of {period}")]
    LongerThanPeriod {
        /// The downtime, formatted.
        downtime: String,
        /// The period, formatted.
        period: String,
    },
}

impl YearLength {
    /// Every year length, the default first.
    ///
    /// ```
    /// use netdojo::calc::availability::YearLength;
    /// assert_eq!(YearLength::ALL[0], YearLength::default());
    /// ```
    pub const ALL: [YearLength; 3] = [
        YearLength::Days365,
        YearLength::Julian,
        YearLength::Gregorian,
    ];

    /// The year in seconds (a whole number in all three conventions).
    ///
    /// ```
    /// use netdojo::calc::availability::YearLength;
    /// assert_eq!(YearLength::Julian.seconds(), 31_557_600);
    /// ```
    pub fn seconds(self) -> u64 {
        match self {
            YearLength::Days365 => 365 * DAY_SECONDS,
            YearLength::Julian => 31_557_600,
            YearLength::Gregorian => 31_556_952,
        }
    }

    /// The number of days as written: `365`, `365.25` or `365.2425`.
    ///
    /// ```
    /// use netdojo::calc::availability::YearLength;
    /// assert_eq!(YearLength::Gregorian.days(), "365.2425");
    /// ```
    pub fn days(self) -> &'static str {
        match self {
            YearLength::Days365 => "365",
            YearLength::Julian => "365.25",
            YearLength::Gregorian => "365.2425",
        }
    }
}

impl FromStr for YearLength {
    type Err = ConventionError;

    fn from_str(text: &str) -> Result<YearLength, ConventionError> {
        YearLength::ALL
            .into_iter()
            .find(|y| y.days() == text.trim())
            .ok_or_else(|| ConventionError::Year(text.to_string()))
    }
}

impl fmt::Display for YearLength {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-day year", self.days())
    }
}

impl FromStr for MonthLength {
    type Err = ConventionError;

    fn from_str(text: &str) -> Result<MonthLength, ConventionError> {
        match text.trim() {
            "year" | "year/12" => Ok(MonthLength::TwelfthOfYear),
            days => match days.parse::<u8>() {
                Ok(d @ 28..=31) => Ok(MonthLength::Days(d)),
                _ => Err(ConventionError::Month(text.to_string())),
            },
        }
    }
}

impl fmt::Display for MonthLength {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MonthLength::Days(days) => write!(f, "{days}-day month"),
            MonthLength::TwelfthOfYear => f.write_str("month = year/12"),
        }
    }
}

impl Convention {
    /// The length of a period in seconds under this convention.
    ///
    /// ```
    /// use netdojo::calc::availability::{Convention, MonthLength, Period, YearLength};
    /// let c = Convention { year: YearLength::Gregorian, month: MonthLength::TwelfthOfYear };
    /// assert_eq!(c.seconds(Period::Month), 2_629_746);
    /// assert_eq!(c.seconds(Period::Quarter), 7_889_238);
    /// ```
    pub fn seconds(&self, period: Period) -> u64 {
        let year = self.year.seconds();
        match period {
            Period::Year => year,
            // Every year length above is a whole multiple of 12 seconds, so these are exact.
            Period::Quarter => year / 4,
            Period::Month => match self.month {
                MonthLength::Days(days) => u64::from(days) * DAY_SECONDS,
                MonthLength::TwelfthOfYear => year / 12,
            },
            Period::Week => 7 * DAY_SECONDS,
            Period::Day => DAY_SECONDS,
        }
    }

    /// The length of a period as a [`Span`].
    ///
    /// ```
    /// use netdojo::calc::availability::{Convention, Period};
    /// assert_eq!(Convention::default().span(Period::Week).to_string(), "7d 0h 0m 0s");
    /// ```
    pub fn span(&self, period: Period) -> Span {
        Span::from_seconds(self.seconds(period) as f64).unwrap_or(Span::ZERO)
    }

    /// The downtime an availability allows in each period, year first.
    ///
    /// ```
    /// use netdojo::calc::availability::{Availability, Convention};
    /// let a: Availability = "99.9".parse().unwrap();
    /// let rows = Convention::default().downtime_table(a);
    /// assert_eq!(rows[0].downtime.to_string(), "8h 45m 36s");
    /// assert_eq!(rows[2].downtime.to_string(), "43m 12s");
    /// ```
    pub fn downtime_table(&self, availability: Availability) -> [DowntimeRow; 5] {
        Period::ALL.map(|period| DowntimeRow {
            period,
            downtime: availability.downtime(self.span(period)),
        })
    }
}

impl fmt::Display for Convention {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}, {}", self.year, self.month)
    }
}

/// The downtime allowed in one period.
///
/// ```
/// use netdojo::calc::availability::{Availability, Convention, Period};
/// let row = &Convention::default().downtime_table(Availability::PERFECT)[4];
/// assert_eq!((row.period, row.downtime.seconds()), (Period::Day, 0.0));
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DowntimeRow {
    /// The period.
    pub period: Period,
    /// The downtime allowed in it.
    pub downtime: Span,
}

impl Period {
    /// Every period, longest first.
    ///
    /// ```
    /// use netdojo::calc::availability::Period;
    /// assert_eq!(Period::ALL[0], Period::Year);
    /// ```
    pub const ALL: [Period; 5] = [
        Period::Year,
        Period::Quarter,
        Period::Month,
        Period::Week,
        Period::Day,
    ];

    /// The period's name in English.
    ///
    /// ```
    /// use netdojo::calc::availability::Period;
    /// assert_eq!(Period::Week.name(), "week");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Period::Year => "year",
            Period::Quarter => "quarter",
            Period::Month => "month",
            Period::Week => "week",
            Period::Day => "day",
        }
    }

    /// The period's name in Japanese.
    ///
    /// ```
    /// use netdojo::calc::availability::Period;
    /// assert_eq!(Period::Year.name_ja(), "年");
    /// ```
    pub fn name_ja(self) -> &'static str {
        match self {
            Period::Year => "年",
            Period::Quarter => "四半期",
            Period::Month => "月",
            Period::Week => "週",
            Period::Day => "日",
        }
    }
}

impl FromStr for Period {
    type Err = ConventionError;

    fn from_str(text: &str) -> Result<Period, ConventionError> {
        Period::ALL
            .into_iter()
            .find(|p| p.name() == text.trim())
            .ok_or_else(|| ConventionError::Period(text.to_string()))
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Availability {
    /// The downtime this availability allows over a length of time.
    ///
    /// ```
    /// use netdojo::calc::availability::{Availability, Span};
    /// let a: Availability = "99.99".parse().unwrap();
    /// let week = Span::from_seconds(604_800.0).unwrap();
    /// assert_eq!(a.downtime(week).to_string(), "1m 0.5s");
    /// ```
    pub fn downtime(self, over: Span) -> Span {
        Span::from_seconds(self.unavailability() * over.seconds()).unwrap_or(Span::ZERO)
    }

    /// The availability of something that was down for `downtime` out of `over`:
    /// `A = 1 − d/T`.
    ///
    /// ```
    /// use netdojo::calc::availability::{Availability, Span};
    /// let down: Span = "45m".parse().unwrap();
    /// let month: Span = "30d".parse().unwrap();
    /// assert_eq!(Availability::from_downtime(down, month).unwrap().to_string(), "99.896%");
    /// ```
    pub fn from_downtime(downtime: Span, over: Span) -> Result<Availability, DowntimeError> {
        if over.seconds() <= 0.0 {
            return Err(DowntimeError::EmptyPeriod);
        }
        Availability::from_unavailability(downtime.seconds() / over.seconds()).map_err(
            |_: AvailabilityError| DowntimeError::LongerThanPeriod {
                downtime: downtime.to_string(),
                period: over.to_string(),
            },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conv(year: &str, month: &str) -> Convention {
        Convention {
            year: year.parse().unwrap(),
            month: month.parse().unwrap(),
        }
    }

    /// Formats the downtime of `percent` in each period of `periods`.
    fn row(c: &Convention, percent: &str, periods: &[Period]) -> Vec<String> {
        let a: Availability = percent.parse().unwrap();
        periods
            .iter()
            .map(|&p| a.downtime(c.span(p)).to_string())
            .collect()
    }

    #[test]
    fn main_table_365_day_year() {
        // CURRICULUM Part 4.4, the main table: year, month = year/12, 30-day month, week, day.
        let twelfth = conv("365", "year");
        let thirty = conv("365", "30");
        let expected = [
            [
                "99",
                "3d 15h 36m 0s",
                "7h 18m 0s",
                "7h 12m 0s",
                "1h 40m 48s",
                "14m 24s",
            ],
            [
                "99.5",
                "1d 19h 48m 0s",
                "3h 39m 0s",
                "3h 36m 0s",
                "50m 24s",
                "7m 12s",
            ],
            [
                "99.9",
                "8h 45m 36s",
                "43m 48s",
                "43m 12s",
                "10m 4.8s",
                "1m 26.4s",
            ],
            [
                "99.95",
                "4h 22m 48s",
                "21m 54s",
                "21m 36s",
                "5m 2.4s",
                "43.2s",
            ],
            [
                "99.99",
                "52m 33.6s",
                "4m 22.8s",
                "4m 19.2s",
                "1m 0.5s",
                "8.64s",
            ],
            ["99.999", "5m 15.4s", "26.3s", "25.9s", "6.05s", "0.86s"],
        ];
        for [percent, year, month12, month30, week, day] in expected {
            let mut got = row(&twelfth, percent, &[Period::Year, Period::Month]);
            got.extend(row(
                &thirty,
                percent,
                &[Period::Month, Period::Week, Period::Day],
            ));
            assert_eq!(got, [year, month12, month30, week, day], "{percent}%");
        }
        let a: Availability = "99".parse().unwrap();
        assert_eq!(a.downtime(twelfth.span(Period::Year)).hours(), 87.6);
    }

    #[test]
    fn julian_year_table() {
        let c = conv("365.25", "year");
        let expected = [
            ["99", "3d 15h 39m 36s", "7h 18m 18s"],
            ["99.9", "8h 45m 57.6s", "43m 49.8s"],
            ["99.95", "4h 22m 58.8s", "21m 54.9s"],
            ["99.99", "52m 35.8s", "4m 23.0s"],
            ["99.999", "5m 15.6s", "26.3s"],
        ];
        for [percent, year, month] in expected {
            assert_eq!(
                row(&c, percent, &[Period::Year, Period::Month]),
                [year, month],
                "{percent}%"
            );
        }
    }

    #[test]
    fn gregorian_year_table_in_whole_seconds() {
        // uptime.is's convention: 365.2425-day year, month = year/12, whole seconds.
        let c = conv("365.2425", "year");
        let whole = |percent: &str, period| {
            let a: Availability = percent.parse().unwrap();
            a.downtime(c.span(period)).to_whole_seconds().to_string()
        };
        let expected = [
            ["99", "3d 15h 39m 30s", "7h 18m 17s"],
            ["99.9", "8h 45m 57s", "43m 50s"],
            ["99.99", "52m 36s", "4m 23s"],
            ["99.999", "5m 16s", "26s"],
        ];
        for [percent, year, month] in expected {
            assert_eq!(whole(percent, Period::Year), year, "{percent}%");
            assert_eq!(whole(percent, Period::Month), month, "{percent}%");
        }
        assert_eq!(whole("99", Period::Quarter), "21h 54m 52s");
        assert_eq!(whole("99", Period::Week), "1h 40m 48s");
        assert_eq!(whole("99", Period::Day), "14m 24s");
    }

    #[test]
    fn billing_months_of_28_to_31_days() {
        let month = |days: &str, percent: &str| row(&conv("365", days), percent, &[Period::Month]);
        assert_eq!(month("28", "99.99"), ["4m 1.9s"]);
        assert_eq!(month("30", "99.99"), ["4m 19.2s"]);
        assert_eq!(month("31", "99.99"), ["4m 27.8s"]);
        assert_eq!(month("28", "99.9"), ["40m 19.2s"]);
        assert_eq!(month("31", "99.9"), ["44m 38.4s"]);
    }

    #[test]
    fn reverse_conversions() {
        // CURRICULUM Part 4.5: 45 min down in a 30-day month.
        let c = Convention::default();
        let a = Availability::from_downtime("45m".parse().unwrap(), c.span(Period::Month)).unwrap();
        assert_eq!(format!("{:.3}", a), "99.896%");
        // Each extra nine cuts downtime tenfold: 8.76 h to 52.6 min a year.
        let year = c.span(Period::Year);
        let three: Availability = "99.9".parse().unwrap();
        let four: Availability = "99.99".parse().unwrap();
        assert_eq!(format!("{:.2}", three.downtime(year).hours()), "8.76");
        assert_eq!(
            format!("{:.1}", four.downtime(year).seconds() / 60.0),
            "52.6"
        );
        assert_eq!(
            Availability::from_downtime("31d".parse().unwrap(), c.span(Period::Month))
                .unwrap_err()
                .to_string(),
            "31d 0h 0m 0s of downtime is longer than the period of 30d 0h 0m 0s"
        );
        assert_eq!(
            Availability::from_downtime(Span::ZERO, Span::ZERO),
            Err(DowntimeError::EmptyPeriod)
        );
    }

    #[test]
    fn names_conventions_and_refuses_others() {
        assert_eq!(
            conv("365.25", "year").to_string(),
            "365.25-day year, month = year/12"
        );
        assert_eq!(
            conv("365.2425", "31").to_string(),
            "365.2425-day year, 31-day month"
        );
        assert_eq!(
            "32".parse::<MonthLength>().unwrap_err().to_string(),
            "\"32\" is not a month length (expected 28, 29, 30, 31 or year for a twelfth of the year)"
        );
        assert_eq!(
            "365.0".parse::<YearLength>().unwrap_err().to_string(),
            "\"365.0\" is not a year length (expected 365, 365.25 or 365.2425)"
        );
        assert_eq!(
            "fortnight".parse::<Period>().unwrap_err().to_string(),
            "\"fortnight\" is not a period (expected year, quarter, month, week or day)"
        );
        for year in YearLength::ALL {
            assert_eq!(year.seconds() % 12, 0);
        }
    }
}
