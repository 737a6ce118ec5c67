//! Spaced review behind a small trait, so a better scheduler can replace the
//! Leitner boxes without touching the faces or the store.

use super::day::Day;
use super::model::SkillRecord;

/// Decides when a skill comes back.
pub trait Scheduler {
    /// Updates a skill's record after an answer given on `today`.
    fn review(&self, record: &mut SkillRecord, right: bool, today: Day);

    /// Whether the skill is due for review on `today`.
    fn is_due(&self, record: &SkillRecord, today: Day) -> bool {
        record.due <= today
    }
}

/// Five Leitner boxes: box 1 comes back in the same session, then after 1, 3, 7 and
/// 21 days. A right answer moves a skill up one box, a miss sends it back to box 1.
///
/// ```
/// use netdojo::progress::{Day, Leitner, Scheduler, SkillRecord};
/// let mut record = SkillRecord::new(Day(100));
/// Leitner.review(&mut record, true, Day(100));
/// assert_eq!((record.leitner_box, record.due), (2, Day(101)));
/// Leitner.review(&mut record, false, Day(101));
/// assert_eq!((record.leitner_box, record.due), (1, Day(101)));
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Leitner;

impl Leitner {
    /// Days until a skill in each box is due again (box 1 first).
    pub const INTERVALS: [u32; 5] = [0, 1, 3, 7, 21];

    /// The interval of a box (1 to 5; others are clamped).
    ///
    /// ```
    /// use netdojo::progress::Leitner;
    /// assert_eq!(Leitner::interval(5), 21);
    /// assert_eq!(Leitner::interval(9), 21);
    /// ```
    pub fn interval(leitner_box: u8) -> u32 {
        let index = usize::from(leitner_box.clamp(1, 5) - 1);
        Leitner::INTERVALS.get(index).copied().unwrap_or(21)
    }
}

impl Scheduler for Leitner {
    fn review(&self, record: &mut SkillRecord, right: bool, today: Day) {
        record.leitner_box = if right {
            (record.leitner_box.clamp(1, 5) + 1).min(5)
        } else {
            1
        };
        record.due = today.plus(Leitner::interval(record.leitner_box));
    }
}
