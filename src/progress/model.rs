//! Progress kept per skill, plus a daily history for the streak.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::day::Day;
use super::schedule::Scheduler;

/// The version of the progress file this code writes.
pub const FORMAT_VERSION: u32 = 1;

/// What the learner has done with one skill.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SkillRecord {
    /// The Leitner box, 1 to 5.
    #[serde(rename = "box")]
    pub leitner_box: u8,
    /// When the skill is due for review.
    pub due: Day,
    /// Answers given.
    pub answered: u32,
    /// Answers that were right.
    pub right: u32,
    /// The last day the skill was practised.
    pub last: Day,
}

impl SkillRecord {
    /// A skill seen for the first time today: box 1, due today.
    ///
    /// ```
    /// use netdojo::progress::{Day, SkillRecord};
    /// assert_eq!(SkillRecord::new(Day(5)).due, Day(5));
    /// ```
    pub fn new(today: Day) -> SkillRecord {
        SkillRecord {
            leitner_box: 1,
            due: today,
            answered: 0,
            right: 0,
            last: today,
        }
    }
}

/// Answers given on one day.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayRecord {
    /// Answers given.
    pub answered: u32,
    /// Answers that were right.
    pub right: u32,
}

/// Everything kept about a learner.
///
/// ```
/// use netdojo::progress::{Day, Leitner, Progress};
/// let mut p = Progress::default();
/// p.record(&Leitner, "subnet.network", true, Day(10));
/// p.record(&Leitner, "vpc.reserved", false, Day(11));
/// assert_eq!(p.due(&Leitner, Day(11)), vec!["subnet.network", "vpc.reserved"]);
/// assert_eq!(p.streak(Day(11)), 2);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// The file format version.
    pub version: u32,
    /// Records by skill id.
    pub skills: BTreeMap<String, SkillRecord>,
    /// Answers per day.
    pub days: BTreeMap<Day, DayRecord>,
}

impl Default for Progress {
    fn default() -> Progress {
        Progress {
            version: FORMAT_VERSION,
            skills: BTreeMap::new(),
            days: BTreeMap::new(),
        }
    }
}

impl Progress {
    /// Records one answer to a question of `skill` given on `today`.
    pub fn record(&mut self, scheduler: &dyn Scheduler, skill: &str, right: bool, today: Day) {
        let record = self
            .skills
            .entry(skill.to_owned())
            .or_insert_with(|| SkillRecord::new(today));
        record.answered = record.answered.saturating_add(1);
        if right {
            record.right = record.right.saturating_add(1);
        }
        record.last = today;
        scheduler.review(record, right, today);
        let day = self.days.entry(today).or_default();
        day.answered = day.answered.saturating_add(1);
        if right {
            day.right = day.right.saturating_add(1);
        }
    }

    /// Skill ids due on `today`, in id order.
    pub fn due(&self, scheduler: &dyn Scheduler, today: Day) -> Vec<&str> {
        self.skills
            .iter()
            .filter(|(_, r)| scheduler.is_due(r, today))
            .map(|(id, _)| id.as_str())
            .collect()
    }

    /// Consecutive days with at least one answer, ending today (or yesterday, so a
    /// streak is not lost before today's practice).
    pub fn streak(&self, today: Day) -> u32 {
        let mut day = if self.days.contains_key(&today) {
            today
        } else {
            Day(today.0 - 1)
        };
        let mut streak = 0;
        while self.days.get(&day).is_some_and(|d| d.answered > 0) {
            streak += 1;
            day = Day(day.0 - 1);
        }
        streak
    }

    /// Answers and right answers summed per group of skills (such as a module),
    /// groups in natural order (`M2` before `M10`).
    ///
    /// ```
    /// use netdojo::progress::{Day, Leitner, Progress};
    /// let mut p = Progress::default();
    /// p.record(&Leitner, "a.x", true, Day(1));
    /// p.record(&Leitner, "b.y", false, Day(1));
    /// p.record(&Leitner, "a.z", true, Day(1));
    /// let groups = p.totals_by(|id| if id.starts_with('a') { "M10" } else { "M2" });
    /// assert_eq!(groups, vec![("M2", 1, 0), ("M10", 2, 2)]);
    /// ```
    pub fn totals_by<'a>(&self, group: impl Fn(&str) -> &'a str) -> Vec<(&'a str, u32, u32)> {
        let mut groups: BTreeMap<&'a str, (u32, u32)> = BTreeMap::new();
        for (id, r) in &self.skills {
            let entry = groups.entry(group(id)).or_default();
            entry.0 = entry.0.saturating_add(r.answered);
            entry.1 = entry.1.saturating_add(r.right);
        }
        let mut rows: Vec<(&'a str, u32, u32)> =
            groups.into_iter().map(|(g, (a, r))| (g, a, r)).collect();
        rows.sort_by_key(|(g, _, _)| (g.len(), g.to_string()));
        rows
    }

    /// Total answers and right answers.
    ///
    /// ```
    /// use netdojo::progress::{Day, Leitner, Progress};
    /// let mut p = Progress::default();
    /// p.record(&Leitner, "ipv4.valid", true, Day(1));
    /// assert_eq!(p.totals(), (1, 1));
    /// ```
    pub fn totals(&self) -> (u32, u32) {
        self.days.values().fold((0, 0), |(a, r), d| {
            (a.saturating_add(d.answered), r.saturating_add(d.right))
        })
    }
}

/// Whole percent of right answers, rounded half up; 0 when nothing was answered.
///
/// ```
/// use netdojo::progress::model::percent;
/// assert_eq!(percent(2, 3), 67);
/// assert_eq!(percent(0, 0), 0);
/// ```
pub fn percent(right: u32, answered: u32) -> u32 {
    if answered == 0 {
        return 0;
    }
    let scaled = u64::from(right) * 200 + u64::from(answered);
    u32::try_from(scaled / (2 * u64::from(answered))).unwrap_or(100)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::Leitner;

    #[test]
    fn boxes_climb_on_right_answers_and_fall_on_a_miss() {
        let mut p = Progress::default();
        let mut today = Day(1000);
        let mut dues = Vec::new();
        for _ in 0..5 {
            p.record(&Leitner, "s", true, today);
            let r = &p.skills["s"];
            dues.push((r.leitner_box, r.due.since(today)));
            today = r.due;
        }
        assert_eq!(dues, [(2, 1), (3, 3), (4, 7), (5, 21), (5, 21)]);
        p.record(&Leitner, "s", false, today);
        assert_eq!(p.skills["s"].leitner_box, 1);
        assert_eq!(p.skills["s"].due, today);
        assert_eq!((p.skills["s"].answered, p.skills["s"].right), (6, 5));
    }

    #[test]
    fn streak_counts_back_from_today_or_yesterday() {
        let mut p = Progress::default();
        for d in [1, 2, 3, 5, 6] {
            p.record(&Leitner, "s", true, Day(d));
        }
        assert_eq!(p.streak(Day(6)), 2);
        assert_eq!(p.streak(Day(7)), 2);
        assert_eq!(p.streak(Day(8)), 0);
        assert_eq!(p.streak(Day(3)), 3);
    }
}
