//! EC2 instance type names: `c7gn.2xlarge` decoded part by part.
//!
//! A name is `FAMILY.SIZE`. AWS calls everything before the dot the instance
//! **family** (`c7gn`, `m5`, `c6i`: for `c6i.large` the family is `c6i`, not `c6`).
//! Inside the family:
//!
//! - the **series** letters say what the type is for (`c` compute optimized, `r`
//!   memory optimized, `inf` AWS Inferentia...);
//! - the **generation** number follows; higher is newer;
//! - **letters after the generation** give the processor (`a` AMD, `g` AWS Graviton,
//!   `i` Intel) and capabilities (`d` local NVMe instance store, `n` network and EBS
//!   optimized, `e` extra storage or memory, `z` high frequency, `b` EBS optimized,
//!   `q` Qualcomm accelerators);
//! - a suffix may follow a hyphen: `-flex` (Flex instances), the memory of a `u`
//!   high-memory type (`u7i-12tb`, `u-6tb1`), or the Apple chip of a `mac` type.
//!
//! The **size** is one of nano, micro, small, medium, large, xlarge, `N`xlarge, metal
//! and `metal-N`xl. Within a family each step usually doubles vCPUs and memory from
//! `large` up. [`Size::units`] gives AWS's normalization factor, the relative size used
//! for Reserved Instance size flexibility (nano 0.25, micro 0.5, small 1, medium 2,
//! large 4, xlarge 8, `N`xlarge 8N), here in quarters so that it is a whole number.
//!
//! The decoder reads the naming scheme: it does not know which types AWS actually
//! sells, so `m5.7xlarge` decodes though no such type exists. Letters it does not know
//! are refused with their position named, never guessed.

use std::fmt;
use std::str::FromStr;

use thiserror::Error;

use super::fraction::Fraction;
use crate::lang::Lang;

/// The broad category AWS groups instance types into.
///
/// ```
/// use netdojo::calc::instance::Category;
/// assert_eq!(Category::MemoryOptimized.to_string(), "memory optimized");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Category {
    /// A balance of compute, memory and networking.
    GeneralPurpose,
    /// More CPU per GiB of memory.
    ComputeOptimized,
    /// More memory per vCPU.
    MemoryOptimized,
    /// Fast or large local storage.
    StorageOptimized,
    /// GPUs, FPGAs or machine-learning chips.
    AcceleratedComputing,
    /// High performance computing.
    HpcOptimized,
}

impl Category {
    /// A stable id for JSON: `general_purpose`, `compute_optimized`...
    ///
    /// ```
    /// use netdojo::calc::instance::Category;
    /// assert_eq!(Category::HpcOptimized.id(), "hpc_optimized");
    /// ```
    pub const fn id(self) -> &'static str {
        match self {
            Category::GeneralPurpose => "general_purpose",
            Category::ComputeOptimized => "compute_optimized",
            Category::MemoryOptimized => "memory_optimized",
            Category::StorageOptimized => "storage_optimized",
            Category::AcceleratedComputing => "accelerated_computing",
            Category::HpcOptimized => "hpc_optimized",
        }
    }
}

impl Category {
    /// The category's name in `lang`, as the EC2 documentation of that language says it.
    ///
    /// ```
    /// use netdojo::calc::instance::Category;
    /// use netdojo::lang::Lang;
    /// assert_eq!(Category::ComputeOptimized.name(Lang::Ja), "コンピューティング最適化");
    /// assert_eq!(Category::HpcOptimized.name(Lang::En), "HPC optimized");
    /// ```
    pub const fn name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Category::GeneralPurpose, Lang::En) => "general purpose",
            (Category::GeneralPurpose, Lang::Ja) => "汎用",
            (Category::ComputeOptimized, Lang::En) => "compute optimized",
            (Category::ComputeOptimized, Lang::Ja) => "コンピューティング最適化",
            (Category::MemoryOptimized, Lang::En) => "memory optimized",
            (Category::MemoryOptimized, Lang::Ja) => "メモリ最適化",
            (Category::StorageOptimized, Lang::En) => "storage optimized",
            (Category::StorageOptimized, Lang::Ja) => "ストレージ最適化",
            (Category::AcceleratedComputing, Lang::En) => "accelerated computing",
            (Category::AcceleratedComputing, Lang::Ja) => "高速コンピューティング",
            (Category::HpcOptimized, Lang::En) => "HPC optimized",
            (Category::HpcOptimized, Lang::Ja) => "HPC最適化",
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name(Lang::En))
    }
}

/// A series: the letters at the start of a family.
///
/// ```
/// use netdojo::calc::instance::{series, Category};
/// let c = series("c").unwrap();
/// assert_eq!(c.meaning, "compute optimized");
/// assert_eq!(c.category, Category::ComputeOptimized);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Series {
    /// The letters, lower case.
    pub code: &'static str,
    /// What they stand for.
    pub meaning: &'static str,
    /// The category of the series.
    pub category: Category,
}

/// Every series the decoder knows.
///
/// ```
/// use netdojo::calc::instance::SERIES;
/// assert!(SERIES.iter().any(|s| s.code == "inf"));
/// ```
pub const SERIES: [Series; 23] = [
    series_entry(
        "a",
        "Arm general purpose (the first AWS Graviton)",
        Category::GeneralPurpose,
    ),
    series_entry("c", "compute optimized", Category::ComputeOptimized),
    series_entry(
        "d",
        "dense storage (large HDD instance store)",
        Category::StorageOptimized,
    ),
    series_entry(
        "dl",
        "deep learning accelerators",
        Category::AcceleratedComputing,
    ),
    series_entry("f", "FPGA", Category::AcceleratedComputing),
    series_entry(
        "g",
        "graphics-intensive GPU",
        Category::AcceleratedComputing,
    ),
    series_entry(
        "gr",
        "graphics-intensive GPU with more memory per vCPU",
        Category::AcceleratedComputing,
    ),
    series_entry("h", "HDD storage", Category::StorageOptimized),
    series_entry("hpc", "high performance computing", Category::HpcOptimized),
    series_entry(
        "i",
        "storage optimized (fast local NVMe SSD)",
        Category::StorageOptimized,
    ),
    series_entry(
        "im",
        "storage optimized, 1 vCPU to 4 GiB of memory",
        Category::StorageOptimized,
    ),
    series_entry(
        "inf",
        "AWS Inferentia (machine-learning inference)",
        Category::AcceleratedComputing,
    ),
    series_entry(
        "is",
        "storage optimized, 1 vCPU to 6 GiB of memory",
        Category::StorageOptimized,
    ),
    series_entry("m", "general purpose", Category::GeneralPurpose),
    series_entry(
        "mac",
        "macOS on Apple Mac hardware",
        Category::GeneralPurpose,
    ),
    series_entry(
        "p",
        "GPU accelerated computing",
        Category::AcceleratedComputing,
    ),
    series_entry("r", "memory optimized (RAM)", Category::MemoryOptimized),
    series_entry(
        "t",
        "burstable general purpose (CPU credits)",
        Category::GeneralPurpose,
    ),
    series_entry(
        "trn",
        "AWS Trainium (machine-learning training)",
        Category::AcceleratedComputing,
    ),
    series_entry(
        "u",
        "high memory (terabytes, for large in-memory databases)",
        Category::MemoryOptimized,
    ),
    series_entry("vt", "video transcoding", Category::AcceleratedComputing),
    series_entry(
        "x",
        "memory intensive (extra-large memory)",
        Category::MemoryOptimized,
    ),
    series_entry(
        "z",
        "high frequency CPU with large memory",
        Category::MemoryOptimized,
    ),
];

impl Series {
    /// What the letters stand for, in `lang`.
    ///
    /// ```
    /// use netdojo::calc::instance::series;
    /// use netdojo::lang::Lang;
    /// let t = series("t").unwrap();
    /// assert_eq!(t.meaning_in(Lang::Ja), "バースト可能な汎用（CPU クレジット）");
    /// assert_eq!(t.meaning_in(Lang::En), t.meaning);
    /// ```
    pub fn meaning_in(&self, lang: Lang) -> &'static str {
        if lang == Lang::En {
            return self.meaning;
        }
        match self.code {
            "a" => "Arm の汎用（初代 AWS Graviton）",
            "c" => "コンピューティング最適化",
            "d" => "高密度ストレージ（大容量 HDD のインスタンスストア）",
            "dl" => "ディープラーニング用アクセラレーター",
            "f" => "FPGA",
            "g" => "グラフィックス処理向けの GPU",
            "gr" => "グラフィックス処理向けの GPU（vCPU あたりのメモリが多い）",
            "h" => "HDD ストレージ",
            "hpc" => "ハイパフォーマンスコンピューティング",
            "i" => "ストレージ最適化（高速なローカル NVMe SSD）",
            "im" => "ストレージ最適化、vCPU 1 個あたりメモリ 4 GiB",
            "inf" => "AWS Inferentia（機械学習の推論）",
            "is" => "ストレージ最適化、vCPU 1 個あたりメモリ 6 GiB",
            "m" => "汎用",
            "mac" => "Apple の Mac ハードウェアで動く macOS",
            "p" => "GPU による高速コンピューティング",
            "r" => "メモリ最適化（RAM）",
            "t" => "バースト可能な汎用（CPU クレジット）",
            "trn" => "AWS Trainium（機械学習のトレーニング）",
            "u" => "ハイメモリ（大規模なインメモリデータベース向けの TB 級メモリ）",
            "vt" => "動画のトランスコード",
            "x" => "メモリ集約型（特に大きなメモリ）",
            "z" => "高周波数 CPU と大容量メモリ",
            _ => self.meaning,
        }
    }
}

const fn series_entry(code: &'static str, meaning: &'static str, category: Category) -> Series {
    Series {
        code,
        meaning,
        category,
    }
}

/// The series with these letters (lower case), if the decoder knows it.
///
/// ```
/// use netdojo::calc::instance::series;
/// assert_eq!(series("trn").unwrap().meaning, "AWS Trainium (machine-learning training)");
/// assert!(series("q").is_none());
/// ```
pub fn series(code: &str) -> Option<Series> {
    SERIES.iter().copied().find(|s| s.code == code)
}

/// A letter between the generation and the dot (or the suffix).
///
/// ```
/// use netdojo::calc::instance::Attribute;
/// assert_eq!(Attribute::from_letter('g'), Some(Attribute::Graviton));
/// assert!(Attribute::Graviton.is_processor());
/// assert_eq!(Attribute::InstanceStore.meaning(), "local NVMe instance store");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Attribute {
    /// `a`: AMD processor.
    Amd,
    /// `g`: AWS Graviton processor (Arm).
    Graviton,
    /// `i`: Intel processor.
    Intel,
    /// `b`: block storage (EBS) optimized.
    EbsOptimized,
    /// `d`: local NVMe instance store.
    InstanceStore,
    /// `e`: extra storage or memory.
    Extra,
    /// `n`: network and EBS optimized.
    Network,
    /// `q`: Qualcomm inference accelerators.
    Qualcomm,
    /// `z`: high frequency.
    HighFrequency,
}

impl Attribute {
    /// Every attribute, in the order of their letters' usual explanation.
    ///
    /// ```
    /// assert_eq!(netdojo::calc::instance::Attribute::ALL.len(), 9);
    /// ```
    pub const ALL: [Attribute; 9] = [
        Attribute::Amd,
        Attribute::Graviton,
        Attribute::Intel,
        Attribute::EbsOptimized,
        Attribute::InstanceStore,
        Attribute::Extra,
        Attribute::Network,
        Attribute::Qualcomm,
        Attribute::HighFrequency,
    ];

    /// The attribute of a letter, if any.
    ///
    /// ```
    /// use netdojo::calc::instance::Attribute;
    /// assert_eq!(Attribute::from_letter('n'), Some(Attribute::Network));
    /// assert_eq!(Attribute::from_letter('x'), None);
    /// ```
    pub fn from_letter(letter: char) -> Option<Attribute> {
        Attribute::ALL.into_iter().find(|a| a.letter() == letter)
    }

    /// The letter in a family name.
    ///
    /// ```
    /// use netdojo::calc::instance::Attribute;
    /// assert_eq!(Attribute::HighFrequency.letter(), 'z');
    /// ```
    pub const fn letter(self) -> char {
        match self {
            Attribute::Amd => 'a',
            Attribute::Graviton => 'g',
            Attribute::Intel => 'i',
            Attribute::EbsOptimized => 'b',
            Attribute::InstanceStore => 'd',
            Attribute::Extra => 'e',
            Attribute::Network => 'n',
            Attribute::Qualcomm => 'q',
            Attribute::HighFrequency => 'z',
        }
    }

    /// What the letter stands for.
    ///
    /// ```
    /// use netdojo::calc::instance::Attribute;
    /// assert_eq!(Attribute::Graviton.meaning(), "AWS Graviton processor (Arm)");
    /// ```
    pub const fn meaning(self) -> &'static str {
        match self {
            Attribute::Amd => "AMD processor",
            Attribute::Graviton => "AWS Graviton processor (Arm)",
            Attribute::Intel => "Intel processor",
            Attribute::EbsOptimized => "block storage (EBS) optimized",
            Attribute::InstanceStore => "local NVMe instance store",
            Attribute::Extra => "extra storage or memory",
            Attribute::Network => "network and EBS optimized",
            Attribute::Qualcomm => "Qualcomm inference accelerators",
            Attribute::HighFrequency => "high frequency CPU",
        }
    }

    /// What the letter stands for, in `lang`.
    ///
    /// ```
    /// use netdojo::calc::instance::Attribute;
    /// use netdojo::lang::Lang;
    /// assert_eq!(Attribute::InstanceStore.meaning_in(Lang::Ja), "ローカル NVMe インスタンスストア");
    /// ```
    pub const fn meaning_in(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.meaning(),
            Lang::Ja => match self {
                Attribute::Amd => "AMD プロセッサ",
                Attribute::Graviton => "AWS Graviton プロセッサ（Arm）",
                Attribute::Intel => "Intel プロセッサ",
                Attribute::EbsOptimized => "ブロックストレージ（EBS）最適化",
                Attribute::InstanceStore => "ローカル NVMe インスタンスストア",
                Attribute::Extra => "追加のストレージまたはメモリ",
                Attribute::Network => "ネットワークと EBS の最適化",
                Attribute::Qualcomm => "Qualcomm の推論アクセラレーター",
                Attribute::HighFrequency => "高周波数 CPU",
            },
        }
    }

    /// Whether the letter names the processor maker (a, g, i) rather than a capability.
    ///
    /// ```
    /// use netdojo::calc::instance::Attribute;
    /// assert!(Attribute::Amd.is_processor());
    /// assert!(!Attribute::Network.is_processor());
    /// ```
    pub const fn is_processor(self) -> bool {
        matches!(
            self,
            Attribute::Amd | Attribute::Graviton | Attribute::Intel
        )
    }
}

/// What follows a hyphen in a family name.
///
/// ```
/// use netdojo::calc::instance::{InstanceType, Variant};
/// let t: InstanceType = "m7i-flex.large".parse().unwrap();
/// assert_eq!(t.variant(), Some(&Variant::Flex));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Variant {
    /// `-flex`: a Flex instance, a lower-priced type for workloads that do not need
    /// the full CPU all the time.
    Flex,
    /// The memory of a `u` high-memory type in TiB: `u7i-12tb`, `u-6tb1`.
    Memory {
        /// Terabytes of memory as written in the name.
        tb: u32,
    },
    /// The Apple chip of a `mac` type: `mac2-m2pro`.
    AppleChip {
        /// The chip as written, e.g. `m2pro`.
        chip: String,
    },
}

impl Variant {
    /// What the suffix means, in `lang`.
    ///
    /// ```
    /// use netdojo::calc::instance::Variant;
    /// use netdojo::lang::Lang;
    /// assert_eq!(Variant::Memory { tb: 12 }.describe(Lang::Ja), "メモリ 12 TB");
    /// ```
    pub fn describe(&self, lang: Lang) -> String {
        match (self, lang) {
            (Variant::Flex, Lang::En) => "Flex instance: lower price, for workloads that do not need the full CPU all the time".to_owned(),
            (Variant::Flex, Lang::Ja) => "Flex インスタンス：CPU を常にフルには使わないワークロード向けの低価格版".to_owned(),
            (Variant::Memory { tb }, Lang::En) => format!("{tb} TB of memory"),
            (Variant::Memory { tb }, Lang::Ja) => format!("メモリ {tb} TB"),
            (Variant::AppleChip { chip }, Lang::En) => format!("Apple {chip} chip"),
            (Variant::AppleChip { chip }, Lang::Ja) => format!("Apple {chip} チップ"),
        }
    }
}

impl fmt::Display for Variant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

/// An instance size.
///
/// ```
/// use netdojo::calc::instance::Size;
/// let size: Size = "4xlarge".parse().unwrap();
/// assert_eq!(size, Size::XLarge(4));
/// assert_eq!(size.per_large().unwrap().to_string(), "8");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Size {
    /// `nano`: 1/16 of large.
    Nano,
    /// `micro`: 1/8 of large.
    Micro,
    /// `small`: 1/4 of large.
    Small,
    /// `medium`: 1/2 of large.
    Medium,
    /// `large`.
    Large,
    /// `xlarge` (1) or `N`xlarge (N): 2N times large.
    XLarge(u32),
    /// `metal` (no number: as large as the family's largest size, which the name does
    /// not say) or `metal-N`xl (the same as `N`xlarge).
    Metal(Option<u32>),
}

impl Size {
    /// The size in quarters of AWS's normalization factor: nano 1, micro 2, small 4,
    /// medium 8, large 16, `N`xlarge 32N; `None` for a plain `metal`.
    ///
    /// ```
    /// use netdojo::calc::instance::Size;
    /// assert_eq!(Size::Large.units(), Some(16));
    /// assert_eq!(Size::XLarge(2).units(), Some(64));
    /// assert_eq!(Size::Metal(Some(24)).units(), Some(768));
    /// assert_eq!(Size::Metal(None).units(), None);
    /// ```
    pub fn units(self) -> Option<u64> {
        match self {
            Size::Nano => Some(1),
            Size::Micro => Some(2),
            Size::Small => Some(4),
            Size::Medium => Some(8),
            Size::Large => Some(16),
            Size::XLarge(n) | Size::Metal(Some(n)) => Some(32 * u64::from(n)),
            Size::Metal(None) => None,
        }
    }

    /// The size as a multiple of `large`: 1/16 for nano, 2 for xlarge, 8 for 4xlarge.
    ///
    /// ```
    /// use netdojo::calc::instance::Size;
    /// assert_eq!(Size::Nano.per_large().unwrap().to_string(), "1/16");
    /// ```
    pub fn per_large(self) -> Option<Fraction> {
        self.units()
            .and_then(|units| Fraction::new(u128::from(units), 16))
    }
}

impl fmt::Display for Size {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Size::Nano => f.write_str("nano"),
            Size::Micro => f.write_str("micro"),
            Size::Small => f.write_str("small"),
            Size::Medium => f.write_str("medium"),
            Size::Large => f.write_str("large"),
            Size::XLarge(1) => f.write_str("xlarge"),
            Size::XLarge(n) => write!(f, "{n}xlarge"),
            Size::Metal(None) => f.write_str("metal"),
            Size::Metal(Some(n)) => write!(f, "metal-{n}xl"),
        }
    }
}

impl FromStr for Size {
    type Err = InstanceError;

    /// Reads a size in lower or upper case.
    fn from_str(text: &str) -> Result<Size, InstanceError> {
        let unknown = || InstanceError::UnknownSize {
            size: text.to_owned(),
        };
        let lower = text.to_ascii_lowercase();
        let size = match lower.as_str() {
            "nano" => Size::Nano,
            "micro" => Size::Micro,
            "small" => Size::Small,
            "medium" => Size::Medium,
            "large" => Size::Large,
            "xlarge" => Size::XLarge(1),
            "metal" => Size::Metal(None),
            other => {
                if let Some(n) = other.strip_suffix("xlarge") {
                    Size::XLarge(multiplier(n).filter(|&n| n >= 2).ok_or_else(unknown)?)
                } else if let Some(n) = other
                    .strip_prefix("metal-")
                    .and_then(|rest| rest.strip_suffix("xl"))
                {
                    Size::Metal(Some(multiplier(n).ok_or_else(unknown)?))
                } else {
                    return Err(unknown());
                }
            }
        };
        Ok(size)
    }
}

/// A size multiplier: digits without a leading zero, from 1 to 100,000.
fn multiplier(digits: &str) -> Option<u32> {
    if digits.is_empty() || digits.starts_with('0') || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|&n| (1..=100_000).contains(&n))
}

/// Why a text is not an instance type name.
///
/// ```
/// use netdojo::calc::instance::InstanceType;
/// let err = "c7x.large".parse::<InstanceType>().unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "x in c7x is not a known letter: after the generation come a (AMD), g (Graviton), i (Intel), b, d, e, n, q, z"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum InstanceError {
    /// Nothing was given.
    #[error("no instance type was given")]
    Empty,
    /// No dot between family and size.
    #[error("{text} has no size: an instance type is FAMILY.SIZE, such as m5.large")]
    NoSize {
        /// The text as given.
        text: String,
    },
    /// A family that does not start with letters.
    #[error("{family} does not start with series letters, such as the m of m5")]
    NoSeries {
        /// The family.
        family: String,
    },
    /// A series that the decoder does not know.
    #[error(
        "{series} is not a known series: the family starts with one of a, c, d, dl, f, g, gr, h, hpc, i, im, inf, is, m, mac, p, r, t, trn, u, vt, x, z"
    )]
    UnknownSeries {
        /// The letters before the generation.
        series: String,
    },
    /// No generation number after the series.
    #[error("{family} has no generation number after its series {series}")]
    NoGeneration {
        /// The family.
        family: String,
        /// Its series.
        series: String,
    },
    /// A generation written with a leading zero.
    #[error("the generation {generation} in {family} has a leading zero")]
    LeadingZero {
        /// The family.
        family: String,
        /// The generation digits.
        generation: String,
    },
    /// A letter after the generation that the decoder does not know.
    #[error(
        "{letter} in {family} is not a known letter: after the generation come a (AMD), g (Graviton), i (Intel), b, d, e, n, q, z"
    )]
    UnknownLetter {
        /// The family.
        family: String,
        /// The letter.
        letter: char,
    },
    /// A suffix after a hyphen that the decoder does not know.
    #[error(
        "-{suffix} in {family} is not a known suffix: -flex, the memory of a u type (u7i-12tb), or the chip of a mac type (mac2-m2pro)"
    )]
    UnknownSuffix {
        /// The family.
        family: String,
        /// The suffix, without the hyphen.
        suffix: String,
    },
    /// A size that is not one of the known forms.
    #[error(
        "{size} is not a size: use nano, micro, small, medium, large, xlarge, Nxlarge (2xlarge, 4xlarge...), metal or metal-Nxl"
    )]
    UnknownSize {
        /// The size as given.
        size: String,
    },
    /// A character that never appears in instance type names.
    #[error("{ch:?} cannot appear in an instance type name: use letters, digits, - and one .")]
    BadCharacter {
        /// The character.
        ch: char,
    },
}

/// A decoded instance type name.
///
/// Names are read without regard to case and written in lower case.
///
/// ```
/// use netdojo::calc::instance::{Attribute, InstanceType, Size};
/// let t: InstanceType = "c7gn.2xlarge".parse().unwrap();
/// assert_eq!(t.family(), "c7gn");
/// assert_eq!(t.series().code, "c");
/// assert_eq!(t.generation(), Some(7));
/// assert_eq!(t.attributes(), [Attribute::Graviton, Attribute::Network]);
/// assert_eq!(t.processor(), Some(Attribute::Graviton));
/// assert_eq!(t.size(), Size::XLarge(2));
/// assert_eq!(t.to_string(), "c7gn.2xlarge");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct InstanceType {
    family: String,
    series: Series,
    generation: Option<u32>,
    attributes: Vec<Attribute>,
    variant: Option<Variant>,
    size: Size,
}

impl InstanceType {
    /// The family: everything before the dot.
    ///
    /// ```
    /// use netdojo::calc::instance::InstanceType;
    /// assert_eq!("c6i.large".parse::<InstanceType>().unwrap().family(), "c6i");
    /// ```
    pub fn family(&self) -> &str {
        &self.family
    }

    /// The series: the letters at the start of the family.
    ///
    /// ```
    /// use netdojo::calc::instance::InstanceType;
    /// assert_eq!("inf2.xlarge".parse::<InstanceType>().unwrap().series().code, "inf");
    /// ```
    pub fn series(&self) -> Series {
        self.series
    }

    /// The generation, when the name has one (`mac-m4` has none).
    ///
    /// ```
    /// use netdojo::calc::instance::InstanceType;
    /// assert_eq!("t4g.micro".parse::<InstanceType>().unwrap().generation(), Some(4));
    /// ```
    pub fn generation(&self) -> Option<u32> {
        self.generation
    }

    /// The letters after the generation, in the order written.
    ///
    /// ```
    /// use netdojo::calc::instance::{Attribute, InstanceType};
    /// let t: InstanceType = "r6id.large".parse().unwrap();
    /// assert_eq!(t.attributes(), [Attribute::Intel, Attribute::InstanceStore]);
    /// ```
    pub fn attributes(&self) -> &[Attribute] {
        &self.attributes
    }

    /// The processor letter (a, g or i), when the name has one.
    ///
    /// ```
    /// use netdojo::calc::instance::InstanceType;
    /// assert_eq!("m5.large".parse::<InstanceType>().unwrap().processor(), None);
    /// ```
    pub fn processor(&self) -> Option<Attribute> {
        self.attributes.iter().copied().find(|a| a.is_processor())
    }

    /// The letters after the generation that are not the processor.
    ///
    /// ```
    /// use netdojo::calc::instance::{Attribute, InstanceType};
    /// let t: InstanceType = "x2iedn.xlarge".parse().unwrap();
    /// assert_eq!(
    ///     t.capabilities(),
    ///     [Attribute::Extra, Attribute::InstanceStore, Attribute::Network]
    /// );
    /// ```
    pub fn capabilities(&self) -> Vec<Attribute> {
        self.attributes
            .iter()
            .copied()
            .filter(|a| !a.is_processor())
            .collect()
    }

    /// What follows a hyphen in the family, if anything.
    ///
    /// ```
    /// use netdojo::calc::instance::{InstanceType, Variant};
    /// let t: InstanceType = "u7i-12tb.224xlarge".parse().unwrap();
    /// assert_eq!(t.variant(), Some(&Variant::Memory { tb: 12 }));
    /// ```
    pub fn variant(&self) -> Option<&Variant> {
        self.variant.as_ref()
    }

    /// The size.
    ///
    /// ```
    /// use netdojo::calc::instance::{InstanceType, Size};
    /// assert_eq!("mac1.metal".parse::<InstanceType>().unwrap().size(), Size::Metal(None));
    /// ```
    pub fn size(&self) -> Size {
        self.size
    }
}

impl fmt::Display for InstanceType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.family, self.size)
    }
}

impl FromStr for InstanceType {
    type Err = InstanceError;

    fn from_str(input: &str) -> Result<InstanceType, InstanceError> {
        let text = input.trim().to_ascii_lowercase();
        if text.is_empty() {
            return Err(InstanceError::Empty);
        }
        if let Some(ch) = text
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '.'))
        {
            return Err(InstanceError::BadCharacter { ch });
        }
        let Some((family, size)) = text.split_once('.') else {
            return Err(InstanceError::NoSize {
                text: input.trim().to_owned(),
            });
        };
        // Left to right: a bad family is named before a bad size.
        let mut parsed = parse_family(family)?;
        parsed.size = size.parse()?;
        Ok(parsed)
    }
}

/// Decodes the part before the dot; the size is filled in by the caller.
fn parse_family(family: &str) -> Result<InstanceType, InstanceError> {
    if let Some(rest) = family.strip_prefix("u-") {
        return parse_old_high_memory(family, rest);
    }
    let (body, suffix) = match family.split_once('-') {
        Some((body, suffix)) => (body, Some(suffix)),
        None => (family, None),
    };
    let letters_end = body
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(body.len());
    let code = &body[..letters_end];
    if code.is_empty() {
        return Err(InstanceError::NoSeries {
            family: family.to_owned(),
        });
    }
    let Some(found) = series(code) else {
        return Err(InstanceError::UnknownSeries {
            series: code.to_owned(),
        });
    };
    let rest = &body[letters_end..];
    let digits_end = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let digits = &rest[..digits_end];
    let generation = if digits.is_empty() {
        // Only the newest mac types (mac-m4) leave the generation out.
        if !(found.code == "mac" && rest.is_empty() && suffix.is_some()) {
            return Err(InstanceError::NoGeneration {
                family: family.to_owned(),
                series: code.to_owned(),
            });
        }
        None
    } else {
        Some(generation(family, digits)?)
    };
    let mut attributes = Vec::new();
    for letter in rest[digits_end..].chars() {
        match Attribute::from_letter(letter) {
            Some(attribute) => attributes.push(attribute),
            None => {
                return Err(InstanceError::UnknownLetter {
                    family: family.to_owned(),
                    letter,
                });
            }
        }
    }
    let variant = suffix
        .map(|suffix| parse_suffix(family, found, suffix))
        .transpose()?;
    Ok(InstanceType {
        family: family.to_owned(),
        series: found,
        generation,
        attributes,
        variant,
        size: Size::Large,
    })
}

/// `u-6tb1`: memory in TB, then the generation.
fn parse_old_high_memory(family: &str, rest: &str) -> Result<InstanceType, InstanceError> {
    let bad_suffix = || InstanceError::UnknownSuffix {
        family: family.to_owned(),
        suffix: rest.to_owned(),
    };
    let (tb, generation_digits) = rest.split_once("tb").ok_or_else(bad_suffix)?;
    let tb = multiplier(tb).ok_or_else(bad_suffix)?;
    if generation_digits.is_empty() || !generation_digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad_suffix());
    }
    let high_memory = series("u").ok_or_else(bad_suffix)?;
    Ok(InstanceType {
        family: family.to_owned(),
        series: high_memory,
        generation: Some(generation(family, generation_digits)?),
        attributes: Vec::new(),
        variant: Some(Variant::Memory { tb }),
        size: Size::Large,
    })
}

/// A generation number without a leading zero.
fn generation(family: &str, digits: &str) -> Result<u32, InstanceError> {
    let leading_zero = || InstanceError::LeadingZero {
        family: family.to_owned(),
        generation: digits.to_owned(),
    };
    if digits.starts_with('0') {
        return Err(leading_zero());
    }
    multiplier(digits).ok_or_else(leading_zero)
}

/// What may follow a hyphen: `flex`, the memory of a `u` type, the chip of a `mac`.
fn parse_suffix(family: &str, found: Series, suffix: &str) -> Result<Variant, InstanceError> {
    let unknown = || InstanceError::UnknownSuffix {
        family: family.to_owned(),
        suffix: suffix.to_owned(),
    };
    if suffix == "flex" {
        return Ok(Variant::Flex);
    }
    match found.code {
        "u" => {
            let tb = suffix.strip_suffix("tb").and_then(multiplier);
            tb.map(|tb| Variant::Memory { tb }).ok_or_else(unknown)
        }
        "mac" if suffix.starts_with('m') && suffix.bytes().all(|b| b.is_ascii_alphanumeric()) => {
            Ok(Variant::AppleChip {
                chip: suffix.to_owned(),
            })
        }
        _ => Err(unknown()),
    }
}

/// Why two sizes cannot be compared.
///
/// ```
/// use netdojo::calc::instance::{how_many, InstanceType};
/// let a: InstanceType = "m5.large".parse().unwrap();
/// let b: InstanceType = "c5.xlarge".parse().unwrap();
/// assert_eq!(
///     how_many(&a, &b).unwrap_err().to_string(),
///     "m5.large and c5.xlarge are in different families (m5, c5): sizes compare only within one family"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CompareError {
    /// The two types are in different families.
    #[error(
        "{a} and {b} are in different families ({a_family}, {b_family}): sizes compare only within one family"
    )]
    DifferentFamilies {
        /// The first type.
        a: String,
        /// The second type.
        b: String,
        /// The first family.
        a_family: String,
        /// The second family.
        b_family: String,
    },
    /// A plain `metal` size, whose multiple of large the name does not say.
    #[error(
        "{name} is a metal size: it matches the largest size of its family, which the name does not say"
    )]
    NoFixedSize {
        /// The type.
        name: String,
    },
}

impl CompareError {
    /// Why the two types do not compare, in `lang`.
    ///
    /// ```
    /// use netdojo::calc::instance::CompareError;
    /// use netdojo::lang::Lang;
    /// let e = CompareError::NoFixedSize { name: "m5.metal".into() };
    /// assert_eq!(e.explain(Lang::En), e.to_string());
    /// assert!(e.explain(Lang::Ja).starts_with("m5.metal は metal サイズです"));
    /// ```
    pub fn explain(&self, lang: Lang) -> String {
        match (self, lang) {
            (_, Lang::En) => self.to_string(),
            (
                CompareError::DifferentFamilies {
                    a,
                    b,
                    a_family,
                    b_family,
                },
                Lang::Ja,
            ) => format!(
                "{a} と {b} はファミリーが違います（{a_family}、{b_family}）。サイズを比べられるのは同じファミリーの中だけです"
            ),
            (CompareError::NoFixedSize { name }, Lang::Ja) => format!(
                "{name} は metal サイズです。ファミリーの最大サイズと同じですが、それがどれかは名前からわかりません"
            ),
        }
    }
}

/// How many of `part` make one `whole`, for two types of the same family: 8 for
/// `m5.large` and `m5.4xlarge`, 1/8 the other way round.
///
/// ```
/// use netdojo::calc::instance::{how_many, InstanceType};
/// let large: InstanceType = "m5.large".parse().unwrap();
/// let big: InstanceType = "m5.4xlarge".parse().unwrap();
/// assert_eq!(how_many(&large, &big).unwrap().to_string(), "8");
/// assert_eq!(how_many(&big, &large).unwrap().to_string(), "1/8");
/// ```
pub fn how_many(part: &InstanceType, whole: &InstanceType) -> Result<Fraction, CompareError> {
    if part.family != whole.family {
        return Err(CompareError::DifferentFamilies {
            a: part.to_string(),
            b: whole.to_string(),
            a_family: part.family.clone(),
            b_family: whole.family.clone(),
        });
    }
    let units = |t: &InstanceType| {
        t.size.units().ok_or_else(|| CompareError::NoFixedSize {
            name: t.to_string(),
        })
    };
    let (part_units, whole_units) = (units(part)?, units(whole)?);
    Fraction::new(u128::from(whole_units), u128::from(part_units)).ok_or(
        CompareError::NoFixedSize {
            name: part.to_string(),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(text: &str) -> InstanceType {
        text.parse().unwrap()
    }

    #[test]
    fn every_series_and_letter_has_its_own_japanese_meaning() {
        for series in SERIES {
            let ja = series.meaning_in(Lang::Ja);
            // FPGA reads the same in Japanese.
            if series.code != "f" {
                assert_ne!(ja, series.meaning, "{} is not translated", series.code);
            }
            assert!(!ja.is_empty());
        }
        for attribute in Attribute::ALL {
            assert_ne!(attribute.meaning_in(Lang::Ja), attribute.meaning());
        }
        assert_eq!(Category::MemoryOptimized.to_string(), "memory optimized");
        assert_eq!(
            Variant::Flex.describe(Lang::Ja),
            "Flex インスタンス：CPU を常にフルには使わないワークロード向けの低価格版"
        );
    }

    fn error(text: &str) -> String {
        text.parse::<InstanceType>().unwrap_err().to_string()
    }

    #[test]
    fn decodes_the_curriculum_examples() {
        let t = decode("m5.xlarge");
        assert_eq!(
            (t.family(), t.series().code, t.generation()),
            ("m5", "m", Some(5))
        );
        assert_eq!(t.size(), Size::XLarge(1));
        let t = decode("r6id.large");
        assert_eq!(t.series().category, Category::MemoryOptimized);
        assert_eq!(t.processor(), Some(Attribute::Intel));
        assert_eq!(t.capabilities(), [Attribute::InstanceStore]);
        let t = decode("t4g.micro");
        assert_eq!(t.processor(), Some(Attribute::Graviton));
        assert_eq!(t.size().per_large().unwrap().to_string(), "1/8");
    }

    #[test]
    fn decodes_unusual_families() {
        for (text, series, generation) in [
            ("is4gen.xlarge", "is", Some(4)),
            ("im4gn.large", "im", Some(4)),
            ("inf2.48xlarge", "inf", Some(2)),
            ("trn1n.32xlarge", "trn", Some(1)),
            ("hpc7g.16xlarge", "hpc", Some(7)),
            ("dl2q.24xlarge", "dl", Some(2)),
            ("vt1.3xlarge", "vt", Some(1)),
            ("a1.metal", "a", Some(1)),
            ("z1d.12xlarge", "z", Some(1)),
            ("u-6tb1.56xlarge", "u", Some(1)),
            ("u7in-16tb.224xlarge", "u", Some(7)),
            ("mac2-m2pro.metal", "mac", Some(2)),
            ("mac-m4.metal", "mac", None),
            ("c7i-flex.large", "c", Some(7)),
            ("gr6.4xlarge", "gr", Some(6)),
            ("C7GN.2XLARGE", "c", Some(7)),
        ] {
            let t = decode(text);
            assert_eq!(t.series().code, series, "{text}");
            assert_eq!(t.generation(), generation, "{text}");
            assert_eq!(t.to_string(), text.to_ascii_lowercase());
        }
        assert_eq!(
            decode("u-6tb1.metal").variant(),
            Some(&Variant::Memory { tb: 6 })
        );
        assert_eq!(
            decode("mac2-m2pro.metal").variant(),
            Some(&Variant::AppleChip {
                chip: "m2pro".into()
            })
        );
        assert_eq!(decode("c7i-flex.large").family(), "c7i-flex");
        assert_eq!(
            decode("c7i.metal-24xl")
                .size()
                .per_large()
                .unwrap()
                .to_string(),
            "48"
        );
    }

    #[test]
    fn sizes_and_their_multiples() {
        let names = [
            "nano", "micro", "small", "medium", "large", "xlarge", "2xlarge", "4xlarge",
        ];
        let multiples: Vec<String> = names
            .iter()
            .map(|n| n.parse::<Size>().unwrap().per_large().unwrap().to_string())
            .collect();
        assert_eq!(multiples, ["1/16", "1/8", "1/4", "1/2", "1", "2", "4", "8"]);
        for bad in [
            "1xlarge", "02xlarge", "xxlarge", "huge", "metal-xl", "metal-24", "",
        ] {
            assert!(bad.parse::<Size>().is_err(), "{bad}");
        }
    }

    #[test]
    fn errors_name_the_bad_part() {
        assert_eq!(error(""), "no instance type was given");
        assert_eq!(
            error("m5"),
            "m5 has no size: an instance type is FAMILY.SIZE, such as m5.large"
        );
        assert_eq!(
            error("q5.large"),
            "q is not a known series: the family starts with one of a, c, d, dl, f, g, gr, h, hpc, i, im, inf, is, m, mac, p, r, t, trn, u, vt, x, z"
        );
        assert_eq!(
            error("m.large"),
            "m has no generation number after its series m"
        );
        assert_eq!(
            error("m05.large"),
            "the generation 05 in m05 has a leading zero"
        );
        assert_eq!(
            error("m5.huge"),
            "huge is not a size: use nano, micro, small, medium, large, xlarge, Nxlarge (2xlarge, 4xlarge...), metal or metal-Nxl"
        );
        assert_eq!(
            error("m5-pro.large"),
            "-pro in m5-pro is not a known suffix: -flex, the memory of a u type (u7i-12tb), or the chip of a mac type (mac2-m2pro)"
        );
        assert_eq!(
            error("m5_large"),
            "'_' cannot appear in an instance type name: use letters, digits, - and one ."
        );
        assert_eq!(
            error("m5.large.x"),
            "large.x is not a size: use nano, micro, small, medium, large, xlarge, Nxlarge (2xlarge, 4xlarge...), metal or metal-Nxl"
        );
        assert!(error("u-tb1.metal").starts_with("-tb1 in u-tb1 is not a known suffix"));
        assert_eq!(
            error("5.large"),
            "5 does not start with series letters, such as the m of m5"
        );
    }

    #[test]
    fn compares_within_a_family() {
        let large = decode("m5.large");
        assert_eq!(
            how_many(&large, &decode("m5.4xlarge")).unwrap(),
            Fraction::whole(8)
        );
        assert_eq!(
            how_many(&decode("t3.nano"), &decode("t3.large")).unwrap(),
            Fraction::whole(16)
        );
        assert_eq!(
            how_many(&decode("c7i.large"), &decode("c7i.metal-24xl")).unwrap(),
            Fraction::whole(48)
        );
        assert_eq!(
            how_many(&large, &decode("m5.metal"))
                .unwrap_err()
                .to_string(),
            "m5.metal is a metal size: it matches the largest size of its family, which the name does not say"
        );
    }
}
