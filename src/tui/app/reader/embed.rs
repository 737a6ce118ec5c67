//! The calculators and questions embedded in a lesson: the answers typed so
//! far, grading through [`crate::quiz::answer::grade`], and where a calculator
//! embed leads. One place maps an embed to a screen of the app, so a new
//! calculator screen is connected here and nowhere else.

use std::collections::HashMap;

use crate::i18n::{Lang, Msg};
use crate::lesson::plain::display_order;
use crate::lesson::{CalcEmbed, Question, QuestionKind};
use crate::quiz::answer::{FormError, grade, normalize};
use crate::tui::app::calc::{Calculator, shell_quote};
use crate::tui::app::subnet::SubnetState;
use crate::tui::app::{CalcKind, Route};
use crate::tui::content::Tone;
use crate::tui::input::TextField;
use crate::tui::keymap::CharClass;

use super::page::Ink;

/// What an answer came to when it was checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Graded {
    /// The answer is right.
    Right,
    /// The answer is wrong.
    Wrong,
    /// The answer could not be read; the learner may try again.
    Unreadable(FormError),
}

/// The answer to one question: what is typed, and what the last check said.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answer {
    /// The text typed.
    pub field: TextField,
    /// The last check, until the answer is edited.
    pub graded: Option<Graded>,
}

/// The answers of a lesson by question id (the same id in both languages).
pub type Answers = HashMap<String, Answer>;

/// The characters an answer to a question of `kind` takes: letters of choices
/// for lettered questions, anything for a typed answer.
pub fn answer_class(kind: &QuestionKind) -> CharClass {
    match kind {
        QuestionKind::Short { .. } => CharClass::Free,
        _ => CharClass::Choice,
    }
}

/// The order a question's choices or items are shown in (see
/// [`crate::quiz::answer::grade`]): items of an order question in the order the
/// plain-text lesson shows them, everything else as written.
pub fn shown_order(question: &Question) -> Vec<usize> {
    match &question.kind {
        QuestionKind::Order { items } => display_order(items),
        _ => Vec::new(),
    }
}

/// The entries shown with letters: choices, items in their shown order, or
/// true and false (A and B) in the lesson's language.
pub fn lettered(question: &Question, shown: &[usize], lang: Lang) -> Vec<String> {
    match &question.kind {
        QuestionKind::Choice { choices, .. } | QuestionKind::Multi { choices, .. } => {
            choices.clone()
        }
        QuestionKind::TrueFalse { .. } => vec![
            crate::lesson::plain::true_false_word(true, lang).to_owned(),
            crate::lesson::plain::true_false_word(false, lang).to_owned(),
        ],
        QuestionKind::Order { items } => shown
            .iter()
            .filter_map(|&i| items.get(i).cloned())
            .collect(),
        QuestionKind::Short { .. } => Vec::new(),
    }
}

/// Checks an answer. A true-or-false question is shown as A (true) and B
/// (false), so those letters and numbers are read as the words first.
pub fn check(question: &Question, input: &str, shown: &[usize]) -> Graded {
    let input = match (&question.kind, normalize(input).as_str()) {
        (QuestionKind::TrueFalse { .. }, "a" | "1") => "true".to_owned(),
        (QuestionKind::TrueFalse { .. }, "b" | "2") => "false".to_owned(),
        _ => input.to_owned(),
    };
    match grade(question, &input, shown) {
        Ok(true) => Graded::Right,
        Ok(false) => Graded::Wrong,
        Err(e) => Graded::Unreadable(e),
    }
}

/// Why an answer could not be read, in `lang`.
pub fn form_message(error: &FormError, lang: Lang) -> String {
    match error {
        FormError::Empty => lang.text(Msg::FormEmpty).to_owned(),
        FormError::NotAChoice { input, last, count } => {
            lang.fill(Msg::FormNotAChoice, &[input, last, &count.to_string()])
        }
        FormError::NotTrueFalse { input } => lang.fill(Msg::FormNotTrueFalse, &[input]),
        FormError::NotAnOrder { input, last, count } => {
            lang.fill(Msg::FormNotAnOrder, &[input, last, &count.to_string()])
        }
        FormError::Layout { .. } => lang.text(Msg::FormLayout).to_owned(),
    }
}

/// The screen of the app a calculator embed opens, prefilled with its input,
/// when that calculator has a screen. Connect a new calculator screen here.
pub fn calc_route(embed: &CalcEmbed) -> Option<Route> {
    match embed.calculator.as_str() {
        "subnet" => Some(Route::Calc(CalcKind::Subnet, vec![embed.input.clone()])),
        _ => None,
    }
}

/// The command line that computes a calculator embed, for calculators the
/// command line has. The input is the command's arguments as written, except
/// where the calculator reads the whole input as one value.
pub fn calc_command(embed: &CalcEmbed) -> Option<String> {
    let input = embed.input.trim();
    match embed.calculator.as_str() {
        "subnet" | "avail" => Some(format!(
            "netdojo {} {}",
            embed.calculator,
            shell_quote(input)
        )),
        "dns" | "http" | "ssh" => None,
        id => Some(format!("netdojo {id} {input}")),
    }
}

/// The one-line result a calculator screen would show for the embed's input,
/// with the ink that says whether it worked.
pub fn calc_preview(route: &Route, lang: Lang) -> Option<(String, Ink)> {
    let line = match route {
        Route::Calc(CalcKind::Subnet, prefill) => SubnetState::new(prefill).message(lang)?,
        _ => return None,
    };
    let ink = match line.0.first().map(|p| p.tone) {
        Some(Tone::Error) => Ink::Bad,
        Some(Tone::Good) => Ink::Good,
        _ => Ink::Hint,
    };
    Some((line.text(), ink))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn question(kind: QuestionKind) -> Question {
        Question {
            id: "q".into(),
            line: 1,
            prompt: "p".into(),
            kind,
            explanation: "e".into(),
            skill: None,
            verify: None,
        }
    }

    #[test]
    fn true_or_false_is_answered_with_a_or_b() {
        let q = question(QuestionKind::TrueFalse { answer: false });
        assert_eq!(check(&q, "b", &[]), Graded::Right);
        assert_eq!(check(&q, "Ａ", &[]), Graded::Wrong);
        assert_eq!(check(&q, "2", &[]), Graded::Right);
        assert!(matches!(check(&q, "c", &[]), Graded::Unreadable(_)));
        assert_eq!(
            lettered(&q, &[], Lang::En),
            vec!["True".to_string(), "False".to_string()]
        );
    }

    #[test]
    fn order_questions_are_read_in_the_order_shown() {
        let items: Vec<String> = ["root", "jp", "co.jp"].map(String::from).to_vec();
        let q = question(QuestionKind::Order {
            items: items.clone(),
        });
        let shown = shown_order(&q);
        let letters: String = (0..3)
            .map(|item| {
                let at = shown.iter().position(|&s| s == item).unwrap_or(0);
                char::from(b'a' + at as u8)
            })
            .collect();
        assert_eq!(check(&q, &letters, &shown), Graded::Right);
        assert_eq!(lettered(&q, &shown, Lang::En).len(), 3);
    }

    #[test]
    fn unreadable_answers_are_explained_in_both_languages() {
        let q = question(QuestionKind::Choice {
            choices: ["1", "2", "3", "4"].map(String::from).to_vec(),
            answer: 0,
        });
        let Graded::Unreadable(error) = check(&q, "9", &[]) else {
            panic!("9 is not a choice");
        };
        assert_eq!(
            form_message(&error, Lang::En),
            "\"9\" is not one of the choices: type a letter from A to D or a number from 1 to 4."
        );
        assert_eq!(
            form_message(&error, Lang::Ja),
            "「9」は選択肢にありません。A〜D の記号か 1〜4 の番号で答えてください。"
        );
    }

    #[test]
    fn calculators_lead_to_a_screen_or_a_command() {
        let embed = |calculator: &str, input: &str| CalcEmbed {
            calculator: calculator.into(),
            input: input.into(),
        };
        assert_eq!(
            calc_route(&embed("subnet", "10.0.0.0/24")),
            Some(Route::Calc(CalcKind::Subnet, vec!["10.0.0.0/24".into()]))
        );
        assert_eq!(
            calc_command(&embed("avail", "az1:99.9 | az2:99.9")).as_deref(),
            Some("netdojo avail 'az1:99.9 | az2:99.9'")
        );
        assert_eq!(
            calc_command(&embed("split", "192.168.10.0/24 --count 4")).as_deref(),
            Some("netdojo split 192.168.10.0/24 --count 4")
        );
        assert_eq!(calc_command(&embed("dns", "example.com")), None);
        let preview = calc_route(&embed("subnet", "192.168.5.77/27"))
            .and_then(|r| calc_preview(&r, Lang::En));
        assert_eq!(
            preview,
            Some((
                "✓ 192.168.5.64/27: 30 usable hosts, private (RFC 1918)".into(),
                Ink::Good
            ))
        );
    }
}
