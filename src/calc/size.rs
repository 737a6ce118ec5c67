//! Data sizes with explicit units: decimal (KB, MB, GB: powers of 1000) and binary
//! (KiB, MiB, GiB: powers of 1024).
//!
//! The two families differ by 7% at GB and 10% at TB, and AWS uses both: S3's part
//! limits are in MiB and GiB, while its price list says "GB" for what it bills as
//! 2^30 bytes. So a size here always keeps the unit it was written in, and every face
//! can say which family it was.
//!
//! Units are read without regard to case (`gib`, `GiB`, `GIB`). A size needs a unit: a
//! bare `100` could mean bytes or gigabytes, and netdojo does not guess.

use std::fmt;
use std::str::FromStr;

use thiserror::Error;

use super::decimal::{DecimalError, Grouped, format_ratio, group_thousands, parse_decimal};
use super::parse::normalize_input;
use crate::lang::Lang;

/// A unit of data size.
///
/// ```
/// use netdojo::calc::size::SizeUnit;
/// assert_eq!(SizeUnit::GiB.bytes(), 1 << 30);
/// assert_eq!(SizeUnit::GB.bytes(), 1_000_000_000);
/// assert_eq!("mib".parse::<SizeUnit>().unwrap(), SizeUnit::MiB);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[allow(clippy::upper_case_acronyms)]
pub enum SizeUnit {
    /// A byte.
    B,
    /// 1000 bytes.
    KB,
    /// 1000^2 bytes.
    MB,
    /// 1000^3 bytes.
    GB,
    /// 1000^4 bytes.
    TB,
    /// 1000^5 bytes.
    PB,
    /// 1024 bytes.
    KiB,
    /// 1024^2 bytes.
    MiB,
    /// 1024^3 bytes.
    GiB,
    /// 1024^4 bytes.
    TiB,
    /// 1024^5 bytes.
    PiB,
}

impl SizeUnit {
    /// Every unit, bytes first, then decimal, then binary.
    ///
    /// ```
    /// assert_eq!(netdojo::calc::size::SizeUnit::ALL.len(), 11);
    /// ```
    pub const ALL: [SizeUnit; 11] = [
        SizeUnit::B,
        SizeUnit::KB,
        SizeUnit::MB,
        SizeUnit::GB,
        SizeUnit::TB,
        SizeUnit::PB,
        SizeUnit::KiB,
        SizeUnit::MiB,
        SizeUnit::GiB,
        SizeUnit::TiB,
        SizeUnit::PiB,
    ];

    /// Bytes in one of this unit.
    ///
    /// ```
    /// use netdojo::calc::size::SizeUnit;
    /// assert_eq!(SizeUnit::TiB.bytes(), 1_099_511_627_776);
    /// ```
    pub const fn bytes(self) -> u64 {
        match self {
            SizeUnit::B => 1,
            SizeUnit::KB => 1_000,
            SizeUnit::MB => 1_000_000,
            SizeUnit::GB => 1_000_000_000,
            SizeUnit::TB => 1_000_000_000_000,
            SizeUnit::PB => 1_000_000_000_000_000,
            SizeUnit::KiB => 1 << 10,
            SizeUnit::MiB => 1 << 20,
            SizeUnit::GiB => 1 << 30,
            SizeUnit::TiB => 1 << 40,
            SizeUnit::PiB => 1 << 50,
        }
    }

    /// The symbol: `B`, `KB`, ..., `KiB`, ...
    ///
    /// ```
    /// use netdojo::calc::size::SizeUnit;
    /// assert_eq!(SizeUnit::MiB.symbol(), "MiB");
    /// ```
    pub const fn symbol(self) -> &'static str {
        match self {
            SizeUnit::B => "B",
            SizeUnit::KB => "KB",
            SizeUnit::MB => "MB",
            SizeUnit::GB => "GB",
            SizeUnit::TB => "TB",
            SizeUnit::PB => "PB",
            SizeUnit::KiB => "KiB",
            SizeUnit::MiB => "MiB",
            SizeUnit::GiB => "GiB",
            SizeUnit::TiB => "TiB",
            SizeUnit::PiB => "PiB",
        }
    }

    /// Whether the unit is a power of 1024.
    ///
    /// ```
    /// use netdojo::calc::size::SizeUnit;
    /// assert!(SizeUnit::GiB.is_binary());
    /// assert!(!SizeUnit::GB.is_binary());
    /// ```
    pub const fn is_binary(self) -> bool {
        matches!(
            self,
            SizeUnit::KiB | SizeUnit::MiB | SizeUnit::GiB | SizeUnit::TiB | SizeUnit::PiB
        )
    }

    /// Which family the unit belongs to, in words: `decimal, 10^9 bytes`.
    ///
    /// ```
    /// use netdojo::calc::size::SizeUnit;
    /// assert_eq!(SizeUnit::GiB.family(), "binary, 2^30 bytes");
    /// assert_eq!(SizeUnit::GB.family(), "decimal, 10^9 bytes");
    /// assert_eq!(SizeUnit::B.family(), "bytes");
    /// ```
    pub const fn family(self) -> &'static str {
        match self {
            SizeUnit::B => "bytes",
            SizeUnit::KB => "decimal, 10^3 bytes",
            SizeUnit::MB => "decimal, 10^6 bytes",
            SizeUnit::GB => "decimal, 10^9 bytes",
            SizeUnit::TB => "decimal, 10^12 bytes",
            SizeUnit::PB => "decimal, 10^15 bytes",
            SizeUnit::KiB => "binary, 2^10 bytes",
            SizeUnit::MiB => "binary, 2^20 bytes",
            SizeUnit::GiB => "binary, 2^30 bytes",
            SizeUnit::TiB => "binary, 2^40 bytes",
            SizeUnit::PiB => "binary, 2^50 bytes",
        }
    }

    /// [`SizeUnit::family`] in `lang`.
    ///
    /// ```
    /// use netdojo::calc::size::SizeUnit;
    /// use netdojo::lang::Lang;
    /// assert_eq!(SizeUnit::GiB.family_in(Lang::Ja), "2進、2^30 バイト");
    /// assert_eq!(SizeUnit::GB.family_in(Lang::En), "decimal, 10^9 bytes");
    /// ```
    pub const fn family_in(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.family(),
            Lang::Ja => match self {
                SizeUnit::B => "バイト",
                SizeUnit::KB => "10進、10^3 バイト",
                SizeUnit::MB => "10進、10^6 バイト",
                SizeUnit::GB => "10進、10^9 バイト",
                SizeUnit::TB => "10進、10^12 バイト",
                SizeUnit::PB => "10進、10^15 バイト",
                SizeUnit::KiB => "2進、2^10 バイト",
                SizeUnit::MiB => "2進、2^20 バイト",
                SizeUnit::GiB => "2進、2^30 バイト",
                SizeUnit::TiB => "2進、2^40 バイト",
                SizeUnit::PiB => "2進、2^50 バイト",
            },
        }
    }
}

impl SizeUnit {
    /// The family as a stable id for JSON: `bytes`, `decimal` or `binary`.
    ///
    /// ```
    /// use netdojo::calc::size::SizeUnit;
    /// assert_eq!(SizeUnit::MiB.family_id(), "binary");
    /// assert_eq!(SizeUnit::TB.family_id(), "decimal");
    /// ```
    pub const fn family_id(self) -> &'static str {
        match self {
            SizeUnit::B => "bytes",
            unit if unit.is_binary() => "binary",
            _ => "decimal",
        }
    }
}

impl fmt::Display for SizeUnit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.symbol())
    }
}

impl FromStr for SizeUnit {
    type Err = SizeError;

    fn from_str(text: &str) -> Result<SizeUnit, SizeError> {
        SizeUnit::ALL
            .into_iter()
            .find(|unit| unit.symbol().eq_ignore_ascii_case(text))
            .ok_or_else(|| SizeError::UnknownUnit {
                unit: text.to_owned(),
            })
    }
}

/// The units a size may use, for error messages and help.
const UNITS_HELP: &str =
    "B, KB, MB, GB, TB, PB (powers of 1000) or KiB, MiB, GiB, TiB, PiB (powers of 1024)";

/// Why a text is not a size.
///
/// ```
/// use netdojo::calc::size::ByteSize;
/// assert_eq!(
///     "100".parse::<ByteSize>().unwrap_err().to_string(),
///     "the unit is missing: add one of B, KB, MB, GB, TB, PB (powers of 1000) or KiB, MiB, GiB, TiB, PiB (powers of 1024)"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SizeError {
    /// Nothing was given.
    #[error("no size was given")]
    Empty,
    /// A number without a unit.
    #[error("the unit is missing: add one of {UNITS_HELP}")]
    NoUnit,
    /// A unit without a number.
    #[error("the number is missing before {unit}")]
    NoNumber {
        /// The unit as given.
        unit: String,
    },
    /// A unit that is not one of the known ones.
    #[error("{unit} is not a size unit: use {UNITS_HELP}")]
    UnknownUnit {
        /// The unit as given.
        unit: String,
    },
    /// The number part is not a plain decimal.
    #[error(transparent)]
    Number(#[from] DecimalError),
    /// A fraction of a byte.
    #[error("{amount} {unit} is not a whole number of bytes")]
    NotWholeBytes {
        /// The number as given.
        amount: String,
        /// The unit.
        unit: SizeUnit,
    },
    /// More than fits in 64 bits.
    #[error(
        "{amount} {unit} is more than the largest size handled, 18,446,744,073,709,551,615 bytes"
    )]
    TooLarge {
        /// The number as given.
        amount: String,
        /// The unit.
        unit: SizeUnit,
    },
}

/// A size in bytes that remembers the unit it was written in.
///
/// `FromStr` reads a decimal number and a unit, with or without a space between
/// (`100GB`, `1.5 GiB`, `64mib`); full-width digits are read as ASCII. The size must be
/// a whole number of bytes. `Display` writes it back in its unit (`1.5GiB`).
///
/// ```
/// use netdojo::calc::size::{ByteSize, SizeUnit};
/// let size: ByteSize = "1.5 GiB".parse().unwrap();
/// assert_eq!(size.bytes(), 1_610_612_736);
/// assert_eq!(size.unit(), SizeUnit::GiB);
/// assert_eq!(size.to_string(), "1.5GiB");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ByteSize {
    bytes: u64,
    unit: SizeUnit,
}

impl ByteSize {
    /// A size of `bytes` bytes, to be shown in `unit`.
    ///
    /// ```
    /// use netdojo::calc::size::{ByteSize, SizeUnit};
    /// assert_eq!(ByteSize::new(5 << 20, SizeUnit::MiB).to_string(), "5MiB");
    /// ```
    pub const fn new(bytes: u64, unit: SizeUnit) -> ByteSize {
        ByteSize { bytes, unit }
    }

    /// The size in bytes.
    ///
    /// ```
    /// use netdojo::calc::size::ByteSize;
    /// assert_eq!("2KB".parse::<ByteSize>().unwrap().bytes(), 2_000);
    /// ```
    pub const fn bytes(self) -> u64 {
        self.bytes
    }

    /// The unit it was written in.
    ///
    /// ```
    /// use netdojo::calc::size::{ByteSize, SizeUnit};
    /// assert_eq!("2kib".parse::<ByteSize>().unwrap().unit(), SizeUnit::KiB);
    /// ```
    pub const fn unit(self) -> SizeUnit {
        self.unit
    }

    /// The number in its own unit, exact: `1.5` for `1.5GiB`.
    ///
    /// ```
    /// use netdojo::calc::size::ByteSize;
    /// assert_eq!("1.5GiB".parse::<ByteSize>().unwrap().amount(), "1.5");
    /// ```
    pub fn amount(self) -> String {
        // A power of 2 or 10 up to 2^50 divides into at most 50 decimal places.
        format_ratio(u128::from(self.bytes), u128::from(self.unit.bytes()), 0, 50).0
    }

    /// The number in another unit with at most `places` decimal places, rounded half up,
    /// and whether that is exact.
    ///
    /// ```
    /// use netdojo::calc::size::{ByteSize, SizeUnit};
    /// let size: ByteSize = "100GB".parse().unwrap();
    /// assert_eq!(size.amount_in(SizeUnit::GiB, 2), ("93.13".to_string(), false));
    /// assert_eq!(size.amount_in(SizeUnit::MB, 2), ("100000".to_string(), true));
    /// ```
    pub fn amount_in(self, unit: SizeUnit, places: u32) -> (String, bool) {
        format_ratio(u128::from(self.bytes), u128::from(unit.bytes()), 0, places)
    }

    /// The size in words, with thousands separators, its unit family and byte count:
    /// `100 GB (decimal, 10^9 bytes) = 100,000,000,000 bytes`.
    ///
    /// ```
    /// use netdojo::calc::size::ByteSize;
    /// assert_eq!(
    ///     "64MiB".parse::<ByteSize>().unwrap().describe(),
    ///     "64 MiB (binary, 2^20 bytes) = 67,108,864 bytes"
    /// );
    /// assert_eq!("1B".parse::<ByteSize>().unwrap().describe(), "1 byte");
    /// ```
    pub fn describe(self) -> String {
        self.describe_in(Lang::En)
    }

    /// [`ByteSize::describe`] in `lang`.
    ///
    /// ```
    /// use netdojo::calc::size::ByteSize;
    /// use netdojo::lang::Lang;
    /// assert_eq!(
    ///     "64MiB".parse::<ByteSize>().unwrap().describe_in(Lang::Ja),
    ///     "64 MiB（2進、2^20 バイト）= 67,108,864 バイト"
    /// );
    /// ```
    pub fn describe_in(self, lang: Lang) -> String {
        let bytes = Grouped(u128::from(self.bytes));
        let amount = group_thousands(&self.amount());
        let (unit, family) = (self.unit, self.unit.family_in(lang));
        match (lang, unit) {
            (Lang::En, SizeUnit::B) => {
                let noun = if self.bytes == 1 { "byte" } else { "bytes" };
                format!("{bytes} {noun}")
            }
            (Lang::Ja, SizeUnit::B) => format!("{bytes} バイト"),
            (Lang::En, _) => format!("{amount} {unit} ({family}) = {bytes} bytes"),
            (Lang::Ja, _) => format!("{amount} {unit}（{family}）= {bytes} バイト"),
        }
    }
}

impl fmt::Display for ByteSize {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.amount(), self.unit)
    }
}

impl FromStr for ByteSize {
    type Err = SizeError;

    fn from_str(input: &str) -> Result<ByteSize, SizeError> {
        let text = normalize_input(input);
        if text.is_empty() {
            return Err(SizeError::Empty);
        }
        let split = text
            .find(|c: char| c.is_ascii_alphabetic())
            .unwrap_or(text.len());
        let (number, unit_text) = text.split_at(split);
        let number = number.trim_end();
        if unit_text.is_empty() {
            // Report a bad number before the missing unit: "1x" and "abc" read better so.
            parse_decimal(number)?;
            return Err(SizeError::NoUnit);
        }
        let unit: SizeUnit = unit_text.parse()?;
        if number.is_empty() {
            return Err(SizeError::NoNumber {
                unit: unit_text.to_owned(),
            });
        }
        let decimal = parse_decimal(number)?;
        let too_large = || SizeError::TooLarge {
            amount: number.to_owned(),
            unit,
        };
        let scaled = decimal
            .mantissa
            .checked_mul(u128::from(unit.bytes()))
            .ok_or_else(too_large)?;
        let divisor = 10u128.checked_pow(decimal.scale);
        let bytes = match divisor {
            Some(divisor) if scaled % divisor == 0 => scaled / divisor,
            // 10^39 and up overflows; only zero divides evenly by it.
            None if scaled == 0 => 0,
            _ => {
                return Err(SizeError::NotWholeBytes {
                    amount: number.to_owned(),
                    unit,
                });
            }
        };
        let bytes = u64::try_from(bytes).map_err(|_| too_large())?;
        Ok(ByteSize { bytes, unit })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn size(text: &str) -> ByteSize {
        text.parse().unwrap()
    }

    fn error(text: &str) -> String {
        text.parse::<ByteSize>().unwrap_err().to_string()
    }

    #[test]
    fn reads_every_unit_in_any_case() {
        for unit in SizeUnit::ALL {
            let upper = format!("3{}", unit.symbol().to_uppercase());
            let lower = format!("3 {}", unit.symbol().to_lowercase());
            assert_eq!(size(&upper).bytes(), 3 * unit.bytes());
            assert_eq!(size(&lower).unit(), unit);
        }
    }

    #[test]
    fn decimal_and_binary_differ() {
        assert_eq!(size("100GB").bytes(), 100_000_000_000);
        assert_eq!(size("100GiB").bytes(), 107_374_182_400);
        assert_eq!(size("48.828125TiB").bytes(), 10_000 * (5 << 30));
        assert_eq!(size("０.５ＫＢ").bytes(), 500);
    }

    #[test]
    fn round_trips_through_display() {
        for text in ["100GB", "1.5GiB", "0B", "0.001KB", "48.828125TiB", "7PiB"] {
            assert_eq!(size(text).to_string(), text);
            assert_eq!(size(&size(text).to_string()), size(text));
        }
    }

    #[test]
    fn errors_name_the_bad_part() {
        assert_eq!(error(""), "no size was given");
        assert_eq!(error("GB"), "the number is missing before GB");
        assert_eq!(
            error("5XB"),
            "XB is not a size unit: use B, KB, MB, GB, TB, PB (powers of 1000) or KiB, MiB, GiB, TiB, PiB (powers of 1024)"
        );
        assert_eq!(error("0.5B"), "0.5 B is not a whole number of bytes");
        assert_eq!(error("0.1KiB"), "0.1 KiB is not a whole number of bytes");
        assert_eq!(
            error("17EB"),
            "EB is not a size unit: use B, KB, MB, GB, TB, PB (powers of 1000) or KiB, MiB, GiB, TiB, PiB (powers of 1024)"
        );
        assert_eq!(
            error("16384PiB"),
            "16384 PiB is more than the largest size handled, 18,446,744,073,709,551,615 bytes"
        );
        assert_eq!(
            error("1,5GB"),
            "1,5 is not a plain decimal number such as 12 or 0.5"
        );
        assert_eq!(
            error("-1GB"),
            "-1 is not a plain decimal number such as 12 or 0.5"
        );
        assert_eq!(
            error("abc"),
            "abc is not a size unit: use B, KB, MB, GB, TB, PB (powers of 1000) or KiB, MiB, GiB, TiB, PiB (powers of 1024)"
        );
    }

    #[test]
    fn describes_its_family() {
        assert_eq!(
            size("100GB").describe(),
            "100 GB (decimal, 10^9 bytes) = 100,000,000,000 bytes"
        );
        assert_eq!(size("0B").describe(), "0 bytes");
    }
}
