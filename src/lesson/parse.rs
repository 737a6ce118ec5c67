//! Reading one lesson file: TOML front matter between `+++` lines, then Markdown.

use super::front::parse_front;
use super::markdown::parse_body;
use super::model::{Lang, Lesson};
use super::source::Problem;

/// What parsing one file gives: the lesson when its front matter could be read,
/// and every problem found on the way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    /// The lesson; `None` when the front matter is missing or not valid TOML.
    pub lesson: Option<Lesson>,
    /// Problems of syntax and structure, each with its line.
    pub problems: Vec<Problem>,
    /// Ids of questions left out of the lesson because they could not be read
    /// (each has a problem), so that other rules do not report them again.
    pub skipped_questions: Vec<String>,
}

/// Parses the text of a lesson file. `file` names it in problems; `lang` is the
/// language folder it came from. Never panics, whatever the text.
///
/// ```
/// use netdojo::lesson::{parse, Lang};
/// let text = "+++\nformat_version = 1\nid = \"m03-x\"\nmodule = \"M3\"\norder = 1\ntitle = \"Masks\"\n+++\n## Start\n\nA mask marks the network bits.\n";
/// let parsed = parse(text, "en/m03-x.md", Lang::En);
/// assert!(parsed.problems.is_empty());
/// assert_eq!(parsed.lesson.unwrap().meta.title, "Masks");
///
/// let broken = parse("title = \"x\"\n", "en/a.md", Lang::En);
/// assert_eq!(
///     broken.problems[0].to_string(),
///     "en/a.md:1: the file must start with a line `+++` that opens the TOML front matter"
/// );
/// ```
pub fn parse(text: &str, file: &str, lang: Lang) -> Parsed {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let split = match split_front_matter(text) {
        Ok(split) => split,
        Err((line, message)) => {
            return Parsed {
                lesson: None,
                problems: vec![Problem::new(file, line, message)],
                skipped_questions: Vec::new(),
            };
        }
    };
    let mut problems = Vec::new();
    let front = parse_front(split.front, split.front_line, file, &mut problems);
    let blocks = parse_body(split.body, split.body_line, file, &mut problems);
    // One construct can yield the same problem twice on a line (`<b>` and `</b>`).
    problems.dedup();
    let (lesson, skipped_questions) = match front {
        Some(front) => (
            Some(Lesson {
                lang,
                file: file.to_owned(),
                meta: front.meta,
                blocks,
                questions: front.questions,
            }),
            front.skipped,
        ),
        None => (None, Vec::new()),
    };
    Parsed {
        lesson,
        problems,
        skipped_questions,
    }
}

/// A file cut into front matter and body, with the line each starts on.
struct Split<'a> {
    front: &'a str,
    front_line: usize,
    body: &'a str,
    body_line: usize,
}

fn is_fence(line: &str) -> bool {
    line.trim_end() == "+++"
}

fn split_front_matter(text: &str) -> Result<Split<'_>, (usize, &'static str)> {
    let mut lines = text.split_inclusive('\n');
    let opening = lines.next().unwrap_or("");
    if !is_fence(opening) {
        return Err((
            1,
            "the file must start with a line `+++` that opens the TOML front matter",
        ));
    }
    let front_start = opening.len();
    let mut offset = front_start;
    for (index, line) in lines.enumerate() {
        if is_fence(line) {
            let body_start = offset + line.len();
            return Ok(Split {
                front: &text[front_start..offset],
                front_line: 2,
                body: &text[body_start..],
                // The opening fence is line 1, the front matter starts on line 2,
                // and this closing fence is line `index + 2`.
                body_line: index + 3,
            });
        }
        offset += line.len();
    }
    Err((
        1,
        "the front matter opened on line 1 is never closed by a `+++` line",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_body_starts_after_the_closing_fence() {
        let text = "+++\na = 1\n+++\nbody\n";
        let split = split_front_matter(text).unwrap();
        assert_eq!(split.front, "a = 1\n");
        assert_eq!(
            (split.front_line, split.body, split.body_line),
            (2, "body\n", 4)
        );
    }

    #[test]
    fn windows_line_endings_are_read() {
        let split = split_front_matter("+++\r\na = 1\r\n+++\r\nx").unwrap();
        assert_eq!((split.front, split.body), ("a = 1\r\n", "x"));
    }

    #[test]
    fn missing_fences_are_reported_on_line_1() {
        assert_eq!(
            split_front_matter("").err(),
            Some((
                1,
                "the file must start with a line `+++` that opens the TOML front matter"
            ))
        );
        assert_eq!(
            split_front_matter("+++\na = 1\n").err(),
            Some((
                1,
                "the front matter opened on line 1 is never closed by a `+++` line"
            ))
        );
    }
}
