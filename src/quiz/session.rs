//! A practice run: which question comes next, a retry queue for missed questions,
//! and a tally per skill. Pure, so the command line and the terminal app run the
//! same session for the same seed.

use std::collections::{BTreeMap, VecDeque};

use rand_chacha::ChaCha8Rng;

use super::check::Verdict;
use super::draw::{rng_for_seed, shuffle};
use super::generators::Skill;
use super::model::{Difficulty, Question, SkillId};

/// Questions asked between a miss and its second chance.
pub const RETRY_GAP: usize = 2;

/// How many times a missed question comes back.
pub const MAX_RETRIES: u8 = 2;

/// One question as the session hands it out.
#[derive(Debug, Clone, PartialEq)]
pub struct Turn {
    /// The question.
    pub question: Question,
    /// 0 the first time, 1 and 2 when it comes back after a miss.
    pub retry: u8,
}

/// The results of one skill in a session.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Questions asked for the first time.
    pub asked: u32,
    /// Of those, right the first time.
    pub right_first: u32,
    /// Missed questions answered right when they came back.
    pub right_on_retry: u32,
}

impl Tally {
    /// Whether any first attempt was missed.
    ///
    /// ```
    /// use netdojo::quiz::session::Tally;
    /// assert!(Tally { asked: 2, right_first: 1, right_on_retry: 1 }.missed());
    /// ```
    pub fn missed(&self) -> bool {
        self.right_first < self.asked
    }
}

/// A practice session over some skills.
#[derive(Debug, Clone)]
pub struct Session {
    rng: ChaCha8Rng,
    skills: Vec<&'static Skill>,
    deck: Vec<&'static Skill>,
    fixed: VecDeque<Question>,
    difficulty: Difficulty,
    new_left: usize,
    since_start: usize,
    retries: VecDeque<(usize, Turn)>,
    tally: BTreeMap<SkillId, Tally>,
}

impl Session {
    /// A session of `count` new questions drawn from `skills` (cycled in a shuffled
    /// order, so a short session still mixes skills), seeded with `seed`.
    ///
    /// ```
    /// use netdojo::quiz::{generators, session::Session};
    /// use netdojo::quiz::model::Difficulty;
    /// let skills = vec![generators::find("subnet.network").unwrap()];
    /// let mut session = Session::new(skills, Difficulty::Easy, 2, 7);
    /// assert!(session.next_turn().is_some());
    /// assert!(session.next_turn().is_some());
    /// assert!(session.next_turn().is_none());
    /// ```
    pub fn new(
        skills: Vec<&'static Skill>,
        difficulty: Difficulty,
        count: usize,
        seed: u64,
    ) -> Session {
        Session {
            rng: rng_for_seed(seed),
            skills,
            deck: Vec::new(),
            fixed: VecDeque::new(),
            difficulty,
            new_left: count,
            since_start: 0,
            retries: VecDeque::new(),
            tally: BTreeMap::new(),
        }
    }

    /// A session over written questions (a lesson's), in an order shuffled with
    /// `seed`; `count` of them at most.
    ///
    /// ```
    /// use netdojo::quiz::{generators, session::Session};
    /// use netdojo::quiz::model::Difficulty;
    /// let q = generators::generate_seeded("ip.ttl", Difficulty::Easy, 1).unwrap();
    /// let mut session = Session::fixed(vec![q.clone()], 5, 3);
    /// assert_eq!(session.next_turn().unwrap().question, q);
    /// assert!(session.next_turn().is_none());
    /// ```
    pub fn fixed(questions: Vec<Question>, count: usize, seed: u64) -> Session {
        let mut session = Session::new(
            Vec::new(),
            Difficulty::Medium,
            count.min(questions.len()),
            seed,
        );
        let mut questions = questions;
        shuffle(&mut session.rng, &mut questions);
        session.fixed = questions.into();
        session
    }

    /// The session with written questions (a lesson's) asked first, in an order
    /// shuffled by the session's seed, before the generated ones.
    ///
    /// ```
    /// use netdojo::quiz::{generators, session::Session};
    /// use netdojo::quiz::model::Difficulty;
    /// let written = generators::generate_seeded("ip.ttl", Difficulty::Easy, 1).unwrap();
    /// let skills = vec![generators::find("subnet.network").unwrap()];
    /// let mut session = Session::new(skills, Difficulty::Easy, 1, 3).with_written(vec![written.clone()]);
    /// assert_eq!(session.planned(), 2);
    /// assert_eq!(session.next_turn().unwrap().question, written);
    /// assert_eq!(session.next_turn().unwrap().question.skill.as_str(), "subnet.network");
    /// ```
    pub fn with_written(mut self, questions: Vec<Question>) -> Session {
        let mut questions = questions;
        shuffle(&mut self.rng, &mut questions);
        self.new_left += questions.len();
        self.fixed.extend(questions);
        self
    }

    fn next_skill(&mut self) -> Option<&'static Skill> {
        if self.deck.is_empty() {
            self.deck = self.skills.clone();
            shuffle(&mut self.rng, &mut self.deck);
            // Taken from the end, so reverse to take them in shuffled order.
            self.deck.reverse();
        }
        self.deck.pop()
    }

    /// The next question: a missed one whose turn has come, else a new one, else the
    /// missed ones still waiting; `None` when the session is over.
    pub fn next_turn(&mut self) -> Option<Turn> {
        let due = self
            .retries
            .front()
            .is_some_and(|(at, _)| *at <= self.since_start);
        let turn = if due || self.new_left == 0 {
            self.retries.pop_front().map(|(_, turn)| turn)
        } else if let Some(question) = self.fixed.pop_front() {
            self.new_left -= 1;
            Some(Turn { question, retry: 0 })
        } else {
            let skill = self.next_skill()?;
            self.new_left -= 1;
            Some(Turn {
                question: skill.generate(self.difficulty, &mut self.rng),
                retry: 0,
            })
        };
        if turn.is_some() {
            self.since_start += 1;
        }
        turn
    }

    /// Records the verdict on a turn: tallies it and queues a missed question to
    /// come back after [`RETRY_GAP`] others, at most [`MAX_RETRIES`] times.
    pub fn record(&mut self, turn: &Turn, verdict: Verdict) {
        let tally = self.tally.entry(turn.question.skill).or_default();
        let right = verdict.is_right();
        if turn.retry == 0 {
            tally.asked += 1;
            if right {
                tally.right_first += 1;
            }
        } else if right {
            tally.right_on_retry += 1;
        }
        if !right && turn.retry < MAX_RETRIES {
            let again = Turn {
                question: turn.question.clone(),
                retry: turn.retry + 1,
            };
            self.retries
                .push_back((self.since_start + RETRY_GAP, again));
        }
    }

    /// How hard the new questions are.
    pub fn difficulty(&self) -> Difficulty {
        self.difficulty
    }

    /// Makes the new questions drawn from now on `difficulty` hard; questions
    /// already asked (and their retries) stay as they were.
    ///
    /// ```
    /// use netdojo::quiz::{generators, session::Session};
    /// use netdojo::quiz::model::Difficulty;
    /// let skills = vec![generators::find("subnet.network").unwrap()];
    /// let mut session = Session::new(skills, Difficulty::Easy, 2, 7);
    /// session.set_difficulty(Difficulty::Hard);
    /// assert_eq!(session.difficulty(), Difficulty::Hard);
    /// ```
    pub fn set_difficulty(&mut self, difficulty: Difficulty) {
        self.difficulty = difficulty;
    }

    /// How many new questions the session asks in all.
    pub fn planned(&self) -> usize {
        self.new_left + self.since_start
    }

    /// The tally per skill, in skill-id order.
    pub fn tally(&self) -> &BTreeMap<SkillId, Tally> {
        &self.tally
    }

    /// The skills with a missed first attempt.
    pub fn missed(&self) -> Vec<SkillId> {
        self.tally
            .iter()
            .filter(|(_, t)| t.missed())
            .map(|(id, _)| *id)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::generators::{SKILLS, find};

    #[test]
    fn a_miss_comes_back_after_two_others_then_twice_at_most() {
        let skills = vec![find("subnet.host_count").unwrap()];
        let mut s = Session::new(skills, Difficulty::Easy, 4, 1);
        let first = s.next_turn().unwrap();
        s.record(&first, Verdict::Wrong(None));
        let t2 = s.next_turn().unwrap();
        s.record(&t2, Verdict::Right);
        let t3 = s.next_turn().unwrap();
        s.record(&t3, Verdict::Right);
        let back = s.next_turn().unwrap();
        assert_eq!((back.retry, &back.question), (1, &first.question));
        s.record(&back, Verdict::Wrong(None));
        let t5 = s.next_turn().unwrap();
        assert_eq!(t5.retry, 0);
        s.record(&t5, Verdict::Right);
        // No new questions left: the retry comes now, once more, then nothing.
        let again = s.next_turn().unwrap();
        assert_eq!(again.retry, 2);
        s.record(&again, Verdict::Wrong(None));
        assert!(s.next_turn().is_none());
        let tally = s.tally()[&SkillId("subnet.host_count")];
        assert_eq!(
            tally,
            Tally {
                asked: 4,
                right_first: 3,
                right_on_retry: 0
            }
        );
        assert_eq!(s.missed(), vec![SkillId("subnet.host_count")]);
    }

    #[test]
    fn a_short_mixed_session_uses_distinct_skills() {
        let mut s = Session::new(SKILLS.iter().collect(), Difficulty::Medium, 5, 3);
        let mut ids: Vec<SkillId> = std::iter::from_fn(|| s.next_turn())
            .map(|t| t.question.skill)
            .collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 5);
    }

    #[test]
    fn same_seed_same_questions() {
        let run = |seed| {
            let mut s = Session::new(SKILLS.iter().collect(), Difficulty::Hard, 6, seed);
            std::iter::from_fn(|| s.next_turn())
                .map(|t| t.question)
                .collect::<Vec<_>>()
        };
        assert_eq!(run(11), run(11));
        assert_ne!(run(11), run(12));
    }
}
