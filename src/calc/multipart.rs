//! Amazon S3 upload limits: a single PUT, and multipart uploads in parts.
//!
//! The limits, from the S3 User Guide page "Amazon S3 multipart upload limits":
//!
//! | Limit | Value |
//! |---|---|
//! | largest object | 48.8 TiB (10,000 parts × 5 GiB = 53,687,091,200,000 bytes) |
//! | largest single PUT | 5 GiB |
//! | parts per upload | 1 to 10,000 |
//! | part size | 5 MiB to 5 GiB; the last part may be smaller than 5 MiB |
//!
//! The largest object was 5 TiB until December 2025, when the part limits were
//! multiplied out to 48.8 TiB (announced as "50 TB"). AWS recommends a multipart
//! upload from about 100 MB.

use std::fmt;

use thiserror::Error;

use super::decimal::Grouped;
use crate::lang::Lang;

/// Smallest size of every part but the last: 5 MiB.
///
/// ```
/// assert_eq!(netdojo::calc::multipart::MIN_PART_BYTES, 5_242_880);
/// ```
pub const MIN_PART_BYTES: u64 = 5 << 20;

/// Largest size of any part: 5 GiB.
///
/// ```
/// assert_eq!(netdojo::calc::multipart::MAX_PART_BYTES, 5_368_709_120);
/// ```
pub const MAX_PART_BYTES: u64 = 5 << 30;

/// Most parts in one upload: 10,000.
///
/// ```
/// assert_eq!(netdojo::calc::multipart::MAX_PARTS, 10_000);
/// ```
pub const MAX_PARTS: u64 = 10_000;

/// Largest object: 10,000 parts of 5 GiB, about 48.8 TiB.
///
/// ```
/// use netdojo::calc::multipart::MAX_OBJECT_BYTES;
/// assert_eq!(MAX_OBJECT_BYTES, 53_687_091_200_000);
/// assert_eq!(MAX_OBJECT_BYTES, 10_000 * (5 << 30));
/// ```
pub const MAX_OBJECT_BYTES: u64 = MAX_PARTS * MAX_PART_BYTES;

/// Largest object one PUT request can upload: 5 GiB.
///
/// ```
/// assert_eq!(netdojo::calc::multipart::MAX_SINGLE_PUT_BYTES, 5 << 30);
/// ```
pub const MAX_SINGLE_PUT_BYTES: u64 = 5 << 30;

/// The size from which AWS recommends multipart uploads: about 100 MB.
///
/// ```
/// assert_eq!(netdojo::calc::multipart::MULTIPART_RECOMMENDED_FROM_BYTES, 100_000_000);
/// ```
pub const MULTIPART_RECOMMENDED_FROM_BYTES: u64 = 100_000_000;

/// Whether one PUT can upload an object of this size.
///
/// ```
/// use netdojo::calc::multipart::single_put_allowed;
/// assert!(single_put_allowed(5 << 30));
/// assert!(!single_put_allowed((5 << 30) + 1));
/// ```
pub fn single_put_allowed(object_bytes: u64) -> bool {
    object_bytes <= MAX_SINGLE_PUT_BYTES
}

/// A part size of zero: nothing could ever be uploaded.
///
/// ```
/// use netdojo::calc::multipart::plan_upload;
/// assert_eq!(plan_upload(1, 0).unwrap_err().to_string(), "a part size of 0 bytes cannot upload anything");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
#[error("a part size of 0 bytes cannot upload anything")]
pub struct ZeroPartSize;

/// A multipart limit that an upload breaks.
///
/// ```
/// use netdojo::calc::multipart::LimitProblem;
/// let problem = LimitProblem::TooManyParts { parts: 12_800 };
/// assert_eq!(problem.to_string(), "12,800 parts is more than the 10,000 allowed");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LimitProblem {
    /// The object is larger than 48.8 TiB.
    ObjectTooLarge {
        /// The object's size in bytes.
        object: u64,
    },
    /// More than 10,000 parts.
    TooManyParts {
        /// How many parts the upload would need.
        parts: u64,
    },
    /// A part other than the last is smaller than 5 MiB.
    PartTooSmall {
        /// The part size in bytes.
        part: u64,
    },
    /// A part is larger than 5 GiB.
    PartTooLarge {
        /// The size of the largest part in bytes.
        part: u64,
    },
}

impl LimitProblem {
    /// The broken limit in one sentence, in `lang`.
    ///
    /// ```
    /// use netdojo::calc::multipart::LimitProblem;
    /// use netdojo::lang::Lang;
    /// let problem = LimitProblem::TooManyParts { parts: 12_800 };
    /// assert_eq!(problem.explain(Lang::Ja), "12,800 パートは上限の 10,000 パートを超えています");
    /// ```
    pub fn explain(self, lang: Lang) -> String {
        match (self, lang) {
            (LimitProblem::ObjectTooLarge { object }, Lang::En) => format!(
                "the object is {} bytes, more than the largest object, {} bytes (48.8 TiB)",
                Grouped(u128::from(object)),
                Grouped(u128::from(MAX_OBJECT_BYTES))
            ),
            (LimitProblem::ObjectTooLarge { object }, Lang::Ja) => format!(
                "オブジェクトは {} バイトで、オブジェクトの最大サイズ {} バイト（48.8 TiB）を超えています",
                Grouped(u128::from(object)),
                Grouped(u128::from(MAX_OBJECT_BYTES))
            ),
            (LimitProblem::TooManyParts { parts }, Lang::En) => format!(
                "{} parts is more than the 10,000 allowed",
                Grouped(u128::from(parts))
            ),
            (LimitProblem::TooManyParts { parts }, Lang::Ja) => format!(
                "{} パートは上限の 10,000 パートを超えています",
                Grouped(u128::from(parts))
            ),
            (LimitProblem::PartTooSmall { part }, Lang::En) => format!(
                "parts of {} bytes are smaller than 5 MiB (5,242,880 bytes), allowed only for the last part",
                Grouped(u128::from(part))
            ),
            (LimitProblem::PartTooSmall { part }, Lang::Ja) => format!(
                "{} バイトのパートは 5 MiB（5,242,880 バイト）未満です。5 MiB 未満が許されるのは最後のパートだけです",
                Grouped(u128::from(part))
            ),
            (LimitProblem::PartTooLarge { part }, Lang::En) => format!(
                "a part of {} bytes is larger than 5 GiB (5,368,709,120 bytes)",
                Grouped(u128::from(part))
            ),
            (LimitProblem::PartTooLarge { part }, Lang::Ja) => format!(
                "{} バイトのパートは 5 GiB（5,368,709,120 バイト）を超えています",
                Grouped(u128::from(part))
            ),
        }
    }
}

impl fmt::Display for LimitProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.explain(Lang::En))
    }
}

/// How an object splits into parts, and which limits that breaks.
///
/// ```
/// use netdojo::calc::multipart::plan_upload;
/// let plan = plan_upload(50 << 30, 64 << 20).unwrap();
/// assert_eq!(plan.parts, 800);
/// assert!(plan.allowed());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UploadPlan {
    /// The object's size in bytes.
    pub object: u64,
    /// The part size asked for, in bytes.
    pub part: u64,
    /// Parts needed: the object size divided by the part size, rounded up; at least 1,
    /// because an upload needs a part even for an empty object.
    pub parts: u64,
    /// The size of the last part, in bytes (the whole object when there is one part).
    pub last_part: u64,
    /// Every limit broken, in the order: object, parts, part sizes.
    pub problems: Vec<LimitProblem>,
}

impl UploadPlan {
    /// Whether S3 accepts the upload.
    ///
    /// ```
    /// use netdojo::calc::multipart::plan_upload;
    /// assert!(!plan_upload(100 << 30, 5 << 20).unwrap().allowed());
    /// ```
    pub fn allowed(&self) -> bool {
        self.problems.is_empty()
    }
}

/// Splits an object of `object` bytes into parts of `part` bytes and checks the limits.
///
/// Every part but the last has exactly `part` bytes and must be 5 MiB to 5 GiB; the last
/// part holds the rest and may be smaller than 5 MiB but not larger than 5 GiB. A part
/// size larger than the object gives one part of the object's size.
///
/// ```
/// use netdojo::calc::multipart::{plan_upload, LimitProblem};
/// let plan = plan_upload(100 << 30, 8 << 20).unwrap();
/// assert_eq!(plan.parts, 12_800);
/// assert_eq!(plan.problems, vec![LimitProblem::TooManyParts { parts: 12_800 }]);
/// ```
pub fn plan_upload(object: u64, part: u64) -> Result<UploadPlan, ZeroPartSize> {
    if part == 0 {
        return Err(ZeroPartSize);
    }
    let parts = object.div_ceil(part).max(1);
    // parts >= 1, and parts - 1 whole parts fit in the object.
    let last_part = object - (parts - 1) * part;
    let mut problems = Vec::new();
    if object > MAX_OBJECT_BYTES {
        problems.push(LimitProblem::ObjectTooLarge { object });
    }
    if parts > MAX_PARTS {
        problems.push(LimitProblem::TooManyParts { parts });
    }
    if parts > 1 && part < MIN_PART_BYTES {
        problems.push(LimitProblem::PartTooSmall { part });
    }
    let largest = if parts > 1 { part } else { last_part };
    if largest > MAX_PART_BYTES {
        problems.push(LimitProblem::PartTooLarge { part: largest });
    }
    Ok(UploadPlan {
        object,
        part,
        parts,
        last_part,
        problems,
    })
}

/// The smallest part size that uploads the object within the limits, or `None` when
/// the object is larger than 48.8 TiB.
///
/// That is the object divided by 10,000, rounded up, but never under 5 MiB.
///
/// ```
/// use netdojo::calc::multipart::smallest_part_size;
/// assert_eq!(smallest_part_size(1 << 30), Some(5 << 20));
/// assert_eq!(smallest_part_size(1 << 40), Some(109_951_163));
/// assert_eq!(smallest_part_size((10_000 * (5u64 << 30)) + 1), None);
/// ```
pub fn smallest_part_size(object: u64) -> Option<u64> {
    if object > MAX_OBJECT_BYTES {
        return None;
    }
    Some(object.div_ceil(MAX_PARTS).max(MIN_PART_BYTES))
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIB: u64 = 1 << 20;
    const GIB: u64 = 1 << 30;

    #[test]
    fn examples() {
        let plan = plan_upload(50 * GIB, 64 * MIB).unwrap();
        assert_eq!((plan.parts, plan.last_part), (800, 64 * MIB));
        let plan = plan_upload(100 * MIB + 1, 10 * MIB).unwrap();
        assert_eq!((plan.parts, plan.last_part), (11, 1));
        assert!(plan.allowed());
    }

    #[test]
    fn the_largest_object_exactly_fits() {
        let plan = plan_upload(MAX_OBJECT_BYTES, MAX_PART_BYTES).unwrap();
        assert_eq!(plan.parts, 10_000);
        assert!(plan.allowed());
        let plan = plan_upload(MAX_OBJECT_BYTES + 1, MAX_PART_BYTES).unwrap();
        assert_eq!(
            plan.problems,
            vec![
                LimitProblem::ObjectTooLarge {
                    object: MAX_OBJECT_BYTES + 1
                },
                LimitProblem::TooManyParts { parts: 10_001 },
            ]
        );
        assert_eq!(
            plan.problems[0].to_string(),
            "the object is 53,687,091,200,001 bytes, more than the largest object, 53,687,091,200,000 bytes (48.8 TiB)"
        );
    }

    #[test]
    fn small_parts_only_matter_before_the_last() {
        // One small part is the last part: fine.
        assert!(plan_upload(MIB, MIB).unwrap().allowed());
        assert!(plan_upload(MIB, 4 * MIB).unwrap().allowed());
        let plan = plan_upload(2 * MIB, MIB).unwrap();
        assert_eq!(
            plan.problems,
            vec![LimitProblem::PartTooSmall { part: MIB }]
        );
        assert_eq!(
            plan.problems[0].to_string(),
            "parts of 1,048,576 bytes are smaller than 5 MiB (5,242,880 bytes), allowed only for the last part"
        );
    }

    #[test]
    fn large_parts() {
        // A part size over 5 GiB is fine when the object is smaller than 5 GiB.
        assert!(plan_upload(3 * GIB, 10 * GIB).unwrap().allowed());
        let plan = plan_upload(6 * GIB, 10 * GIB).unwrap();
        assert_eq!(
            plan.problems,
            vec![LimitProblem::PartTooLarge { part: 6 * GIB }]
        );
        let plan = plan_upload(30 * GIB, 10 * GIB).unwrap();
        assert_eq!(
            plan.problems,
            vec![LimitProblem::PartTooLarge { part: 10 * GIB }]
        );
        assert_eq!(
            plan.problems[0].to_string(),
            "a part of 10,737,418,240 bytes is larger than 5 GiB (5,368,709,120 bytes)"
        );
    }

    #[test]
    fn empty_and_extreme_objects() {
        let plan = plan_upload(0, 5 * MIB).unwrap();
        assert_eq!((plan.parts, plan.last_part), (1, 0));
        assert!(plan.allowed());
        let plan = plan_upload(u64::MAX, 1).unwrap();
        assert_eq!(plan.parts, u64::MAX);
        assert_eq!(plan.last_part, 1);
        assert_eq!(plan.problems.len(), 3);
        let plan = plan_upload(u64::MAX, u64::MAX).unwrap();
        assert_eq!((plan.parts, plan.last_part), (1, u64::MAX));
        assert_eq!(plan_upload(5, 0), Err(ZeroPartSize));
    }

    #[test]
    fn smallest_part_sizes() {
        assert_eq!(smallest_part_size(0), Some(5 * MIB));
        assert_eq!(smallest_part_size(MAX_OBJECT_BYTES), Some(MAX_PART_BYTES));
        assert_eq!(smallest_part_size(u64::MAX), None);
        let object = 3 * (1u64 << 40);
        let part = smallest_part_size(object).unwrap();
        assert!(plan_upload(object, part).unwrap().allowed());
        assert!(!plan_upload(object, part - 1).unwrap().allowed());
    }
}
