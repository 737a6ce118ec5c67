//! Reading a learner's answer kindly and grading it.
//!
//! Input is trimmed and NFKC-normalised first, so full-width letters, digits and
//! punctuation typed with a Japanese input method read like their ASCII forms.
//! Choices are a letter (`B`, `b`, `Ｂ`) or a 1-based number (`2`); true/false
//! takes English and Japanese words and the ○/× marks. An answer in a form the
//! question cannot read is an error that says which forms would be read, never a
//! silent "wrong".

use crate::calc::parse::normalize_input;
use crate::lesson::{Question, QuestionKind, choice_letter};

/// Why an answer could not be read (as opposed to being wrong).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormError {
    /// Nothing but spaces was typed.
    #[error("no answer was given")]
    Empty,
    /// Not a letter or number of one of the choices.
    #[error(
        "\"{input}\" is not one of the choices: answer with a letter from A to {last} or a number from 1 to {count}"
    )]
    NotAChoice {
        /// What was typed.
        input: String,
        /// The last letter, such as `D`.
        last: String,
        /// How many choices there are.
        count: usize,
    },
    /// Not a word or mark for true or false.
    #[error("\"{input}\" is not true or false: answer true, false, yes, no, ○ or ×")]
    NotTrueFalse {
        /// What was typed.
        input: String,
    },
    /// Not every item exactly once.
    #[error(
        "\"{input}\" is not an order of the {count} items: give each letter from A to {last} once"
    )]
    NotAnOrder {
        /// What was typed.
        input: String,
        /// The last letter, such as `D`.
        last: String,
        /// How many items there are.
        count: usize,
    },
    /// The `shown` order given to [`grade`] does not fit the question.
    #[error("the question was shown in an order that does not fit its {count} entries")]
    Layout {
        /// How many choices or items the question has.
        count: usize,
    },
}

/// Trims, applies NFKC, joins runs of white space into one space and lowers the
/// case: the form answers are compared in.
///
/// ```
/// use netdojo::quiz::answer::normalize;
/// assert_eq!(normalize("  １９２．１６８．５．９５ "), "192.168.5.95");
/// assert_eq!(normalize("Private\u{3000} Network"), "private network");
/// ```
pub fn normalize(input: &str) -> String {
    normalize_input(input)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Reads one choice out of `count`: `B`, `b`, `Ｂ`, `2`, `(b)` or `B.` all give 1.
///
/// ```
/// use netdojo::quiz::answer::parse_choice;
/// assert_eq!(parse_choice("b", 4), Ok(1));
/// assert_eq!(parse_choice("２", 4), Ok(1));
/// assert_eq!(
///     parse_choice("E", 4).unwrap_err().to_string(),
///     "\"E\" is not one of the choices: answer with a letter from A to D or a number from 1 to 4"
/// );
/// ```
pub fn parse_choice(input: &str, count: usize) -> Result<usize, FormError> {
    let text = normalize(input);
    if text.is_empty() {
        return Err(FormError::Empty);
    }
    choice_token(&text, count).ok_or_else(|| FormError::NotAChoice {
        input: input.trim().to_owned(),
        last: choice_letter(count.saturating_sub(1)),
        count,
    })
}

/// One normalised token as a choice index, if it is one.
fn choice_token(token: &str, count: usize) -> Option<usize> {
    let token = token.trim_start_matches('(').trim_end_matches(['.', ')']);
    let index = if token.bytes().all(|b| b.is_ascii_digit()) && !token.is_empty() {
        token.parse::<usize>().ok()?.checked_sub(1)?
    } else {
        let mut chars = token.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) if c.is_ascii_lowercase() => usize::from(u8::try_from(c).ok()? - b'a'),
            _ => return None,
        }
    };
    (index < count).then_some(index)
}

/// Splits a normalised answer into tokens at commas, spaces and Japanese list
/// marks; a single run of letters such as `ac` is read as `a`, `c`.
fn tokens(text: &str) -> Vec<String> {
    let parts: Vec<String> = text
        .split(|c: char| {
            c.is_whitespace() || matches!(c, ',' | ';' | '/' | '、' | '・' | '→' | '>')
        })
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect();
    match parts.as_slice() {
        [one] if one.chars().count() > 1 && one.chars().all(|c| c.is_ascii_lowercase()) => {
            one.chars().map(String::from).collect()
        }
        _ => parts,
    }
}

/// Reads several choices out of `count`, as sorted indexes without repeats:
/// `A, C`, `a c`, `ac` and `1,3` all give `[0, 2]`.
///
/// ```
/// use netdojo::quiz::answer::parse_choice_set;
/// assert_eq!(parse_choice_set("c, A", 4), Ok(vec![0, 2]));
/// assert_eq!(parse_choice_set("ＡＣ", 4), Ok(vec![0, 2]));
/// ```
pub fn parse_choice_set(input: &str, count: usize) -> Result<Vec<usize>, FormError> {
    let text = normalize(input);
    if text.is_empty() {
        return Err(FormError::Empty);
    }
    let mut picked = tokens(&text)
        .iter()
        .map(|t| choice_token(t, count))
        .collect::<Option<Vec<_>>>()
        .ok_or_else(|| FormError::NotAChoice {
            input: input.trim().to_owned(),
            last: choice_letter(count.saturating_sub(1)),
            count,
        })?;
    picked.sort_unstable();
    picked.dedup();
    Ok(picked)
}

/// Reads true or false: `true`/`false`, `t`/`f`, `yes`/`no`, `y`/`n`,
/// `はい`/`いいえ`, `正しい`/`誤り`, `○`/`×`.
///
/// ```
/// use netdojo::quiz::answer::parse_true_false;
/// assert_eq!(parse_true_false("ＹＥＳ"), Ok(true));
/// assert_eq!(parse_true_false("×"), Ok(false));
/// assert!(parse_true_false("maybe").is_err());
/// ```
pub fn parse_true_false(input: &str) -> Result<bool, FormError> {
    match normalize(input).as_str() {
        "" => Err(FormError::Empty),
        "true" | "t" | "yes" | "y" | "はい" | "正しい" | "正" | "○" | "◯" | "〇" => {
            Ok(true)
        }
        "false" | "f" | "no" | "n" | "いいえ" | "誤り" | "誤" | "×" | "✕" | "✖" | "✗" => {
            Ok(false)
        }
        _ => Err(FormError::NotTrueFalse {
            input: input.trim().to_owned(),
        }),
    }
}

/// Reads an order of `count` items as the positions typed, first to last:
/// `C A B`, `c,a,b` and `cab` all give `[2, 0, 1]`. Every item must appear once.
///
/// ```
/// use netdojo::quiz::answer::parse_order;
/// assert_eq!(parse_order("C A B", 3), Ok(vec![2, 0, 1]));
/// assert!(parse_order("C A", 3).is_err());
/// ```
pub fn parse_order(input: &str, count: usize) -> Result<Vec<usize>, FormError> {
    let text = normalize(input);
    if text.is_empty() {
        return Err(FormError::Empty);
    }
    let not_an_order = || FormError::NotAnOrder {
        input: input.trim().to_owned(),
        last: choice_letter(count.saturating_sub(1)),
        count,
    };
    let order = tokens(&text)
        .iter()
        .map(|t| choice_token(t, count))
        .collect::<Option<Vec<_>>>()
        .ok_or_else(not_an_order)?;
    if !is_permutation(&order, count) {
        return Err(not_an_order());
    }
    Ok(order)
}

fn is_permutation(order: &[usize], count: usize) -> bool {
    let mut sorted = order.to_vec();
    sorted.sort_unstable();
    sorted.len() == count && sorted.iter().enumerate().all(|(i, &v)| i == v)
}

/// Whether a typed answer equals the answer or one of the accepted spellings,
/// compared after [`normalize`].
///
/// ```
/// use netdojo::quiz::answer::text_matches;
/// assert!(text_matches("１９２.１６８.５.９５", "192.168.5.95", &[]));
/// assert!(text_matches("/26", "255.255.255.192", &["/26".to_owned()]));
/// assert!(!text_matches("192.168.5.96", "192.168.5.95", &[]));
/// ```
pub fn text_matches(input: &str, answer: &str, accept: &[String]) -> bool {
    let typed = normalize(input);
    std::iter::once(answer)
        .chain(accept.iter().map(String::as_str))
        .any(|a| normalize(a) == typed)
}

/// Grades an answer to a lesson question: `Ok(true)` when right, `Ok(false)` when
/// wrong, an error when the answer cannot be read.
///
/// `shown` is the order choices or items were shown in: `shown[i]` is the index
/// (as written in the lesson) of the entry shown at letter `i`. Pass `&[]` when
/// they were shown as written.
///
/// ```
/// use netdojo::lesson::{Question, QuestionKind};
/// use netdojo::quiz::answer::grade;
/// let question = Question {
///     id: "q4".into(),
///     line: 1,
///     prompt: "Put the delegation chain in order.".into(),
///     kind: QuestionKind::Order { items: vec!["root".into(), "jp".into(), "co.jp".into()] },
///     explanation: String::new(),
///     skill: None,
///     verify: None,
/// };
/// // Shown as C = root, A = jp, B = co.jp.
/// assert_eq!(grade(&question, "c a b", &[1, 2, 0]), Ok(true));
/// assert_eq!(grade(&question, "a b c", &[1, 2, 0]), Ok(false));
/// ```
pub fn grade(question: &Question, input: &str, shown: &[usize]) -> Result<bool, FormError> {
    let count = match &question.kind {
        QuestionKind::Choice { choices, .. } | QuestionKind::Multi { choices, .. } => choices.len(),
        QuestionKind::Order { items } => items.len(),
        QuestionKind::TrueFalse { .. } | QuestionKind::Short { .. } => 0,
    };
    if !shown.is_empty() && !is_permutation(shown, count) {
        return Err(FormError::Layout { count });
    }
    let as_written = |position: usize| {
        if shown.is_empty() {
            position
        } else {
            shown.get(position).copied().unwrap_or(position)
        }
    };
    match &question.kind {
        QuestionKind::Choice { answer, .. } => {
            Ok(as_written(parse_choice(input, count)?) == *answer)
        }
        QuestionKind::Multi { answers, .. } => {
            let mut picked: Vec<usize> = parse_choice_set(input, count)?
                .into_iter()
                .map(as_written)
                .collect();
            picked.sort_unstable();
            let mut right = answers.clone();
            right.sort_unstable();
            right.dedup();
            Ok(picked == right)
        }
        QuestionKind::TrueFalse { answer } => Ok(parse_true_false(input)? == *answer),
        QuestionKind::Order { .. } => Ok(parse_order(input, count)?
            .into_iter()
            .map(as_written)
            .enumerate()
            .all(|(i, item)| i == item)),
        QuestionKind::Short { answer, accept } => {
            if normalize(input).is_empty() {
                return Err(FormError::Empty);
            }
            Ok(text_matches(input, answer, accept))
        }
    }
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

    fn four() -> Vec<String> {
        ["62", "64", "59", "30"].map(String::from).to_vec()
    }

    #[test]
    fn a_choice_is_read_as_a_letter_or_a_number_in_any_width() {
        let q = question(QuestionKind::Choice {
            choices: four(),
            answer: 1,
        });
        for input in ["B", "b", "2", " ｂ ", "Ｂ", "２", "(b)", "B."] {
            assert_eq!(grade(&q, input, &[]), Ok(true), "{input}");
        }
        assert_eq!(grade(&q, "a", &[]), Ok(false));
        assert_eq!(grade(&q, "", &[]), Err(FormError::Empty));
        assert_eq!(
            grade(&q, "5", &[]).unwrap_err().to_string(),
            "\"5\" is not one of the choices: answer with a letter from A to D or a number from 1 to 4"
        );
    }

    #[test]
    fn a_choice_shown_shuffled_is_mapped_back() {
        let q = question(QuestionKind::Choice {
            choices: four(),
            answer: 1,
        });
        // "64" (index 1) shown at letter D.
        assert_eq!(grade(&q, "d", &[0, 2, 3, 1]), Ok(true));
        assert_eq!(
            grade(&q, "d", &[0, 2, 3]),
            Err(FormError::Layout { count: 4 })
        );
    }

    #[test]
    fn multi_answers_ignore_order_separators_and_repeats() {
        let q = question(QuestionKind::Multi {
            choices: four(),
            answers: vec![2, 0],
        });
        for input in ["A, C", "c a", "ac", "1,3", "Ａ、Ｃ", "a c a"] {
            assert_eq!(grade(&q, input, &[]), Ok(true), "{input}");
        }
        assert_eq!(grade(&q, "a", &[]), Ok(false));
        assert_eq!(grade(&q, "a c d", &[]), Ok(false));
    }

    #[test]
    fn true_false_takes_words_and_marks_in_both_languages() {
        let q = question(QuestionKind::TrueFalse { answer: false });
        for input in ["false", "F", "no", "N", "いいえ", "×", "ｆａｌｓｅ", "誤り"] {
            assert_eq!(grade(&q, input, &[]), Ok(true), "{input}");
        }
        for input in ["true", "T", "yes", "はい", "○", "〇", "正しい"] {
            assert_eq!(grade(&q, input, &[]), Ok(false), "{input}");
        }
        assert_eq!(
            grade(&q, "perhaps", &[]).unwrap_err().to_string(),
            "\"perhaps\" is not true or false: answer true, false, yes, no, ○ or ×"
        );
    }

    #[test]
    fn an_order_must_name_every_item_once() {
        let q = question(QuestionKind::Order {
            items: ["a", "b", "c"].map(String::from).to_vec(),
        });
        assert_eq!(grade(&q, "A B C", &[]), Ok(true));
        assert_eq!(grade(&q, "a→b→c", &[]), Ok(true));
        assert_eq!(grade(&q, "B A C", &[]), Ok(false));
        assert_eq!(
            grade(&q, "A A C", &[]).unwrap_err().to_string(),
            "\"A A C\" is not an order of the 3 items: give each letter from A to C once"
        );
    }

    #[test]
    fn short_answers_match_after_normalising() {
        let q = question(QuestionKind::Short {
            answer: "192.168.5.95".into(),
            accept: vec![],
        });
        assert_eq!(grade(&q, " １９２．１６８．５．９５", &[]), Ok(true));
        assert_eq!(grade(&q, "192.168.5.96", &[]), Ok(false));
        assert_eq!(grade(&q, "  ", &[]), Err(FormError::Empty));
        let q = question(QuestionKind::Short {
            answer: "Broadcast".into(),
            accept: vec!["ブロードキャスト".into()],
        });
        assert_eq!(grade(&q, "BROADCAST", &[]), Ok(true));
        assert_eq!(grade(&q, "ブロードキャスト", &[]), Ok(true));
        // Half-width katakana typed by some input methods normalises too.
        assert_eq!(grade(&q, "ﾌﾞﾛｰﾄﾞｷｬｽﾄ", &[]), Ok(true));
    }
}
