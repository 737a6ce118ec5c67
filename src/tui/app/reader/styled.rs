//! Styled text wrapped by display width. The lesson's own wrapper
//! ([`crate::lesson::wrap::wrap`]) decides where lines break; this only carries
//! each character's ink through it, so prose and plain text always break alike.

use crate::i18n::width::columns;
use crate::lesson::wrap::wrap;
use crate::lesson::{Span, Style};

use super::page::{Ink, Inline, Piece};

/// A run of text with one ink, before wrapping.
pub type Run = (String, Ink);

/// The ink of lesson text with `style`, inside a link or not.
pub fn inline(style: Style, link: bool) -> Ink {
    Ink::Text(Inline {
        strong: style.strong,
        emphasis: style.emphasis,
        code: style.code,
        link,
    })
}

/// The runs of a lesson's spans: their text with their styles, and a link's
/// target after its text (unless the text is the target), as plain text shows it.
pub fn runs(spans: &[Span]) -> Vec<Run> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < spans.len() {
        let Some(url) = &spans[i].link else {
            out.push((spans[i].text.clone(), inline(spans[i].style, false)));
            i += 1;
            continue;
        };
        let mut text = String::new();
        while i < spans.len() && spans[i].link.as_ref() == Some(url) {
            out.push((spans[i].text.clone(), inline(spans[i].style, true)));
            text.push_str(&spans[i].text);
            i += 1;
        }
        if text != *url {
            out.push((format!(" ({url})"), Ink::Url));
        }
    }
    out
}

/// The runs with every ink passed through `ink`, for table headers that make
/// their text strong.
pub fn restyle(runs: Vec<Run>, ink: impl Fn(Ink) -> Ink) -> Vec<Run> {
    runs.into_iter().map(|(text, i)| (text, ink(i))).collect()
}

fn text(runs: &[Run]) -> String {
    runs.iter().map(|(t, _)| t.as_str()).collect()
}

/// The widest piece of the runs that wrapping never breaks.
pub fn longest_word(runs: &[Run]) -> usize {
    crate::lesson::wrap::longest_word(&text(runs))
}

/// The columns the runs take once their spaces are collapsed as wrapping does.
pub fn natural_width(runs: &[Run]) -> usize {
    wrap(&text(runs), usize::MAX / 2)
        .iter()
        .map(|l| columns(l))
        .max()
        .unwrap_or(0)
}

/// Wraps runs into lines of at most `width` columns, each line a list of pieces.
/// An empty text gives no lines.
pub fn wrap_runs(runs: &[Run], width: usize) -> Vec<Vec<Piece>> {
    let mut source: Vec<(char, Ink)> = Vec::new();
    for (text, ink) in runs {
        source.extend(text.chars().map(|c| (c, *ink)));
    }
    let text: String = source.iter().map(|(c, _)| *c).collect();
    let plain_ink = Ink::Text(Inline::default());
    let mut at = 0;
    let mut last = plain_ink;
    let mut out = Vec::new();
    for line in wrap(&text, width) {
        let mut pieces: Vec<Piece> = Vec::new();
        for c in line.chars() {
            let ink = if c == ' ' {
                // A space stands for a run of white space in the source.
                let ink = match source.get(at) {
                    Some((s, ink)) if s.is_whitespace() => *ink,
                    _ => last,
                };
                while source.get(at).is_some_and(|(s, _)| s.is_whitespace()) {
                    at += 1;
                }
                ink
            } else {
                // White space dropped where the line broke is skipped.
                while source
                    .get(at)
                    .is_some_and(|(s, _)| s.is_whitespace() && *s != c)
                {
                    at += 1;
                }
                match source.get(at) {
                    Some((s, ink)) if *s == c => {
                        at += 1;
                        *ink
                    }
                    _ => last,
                }
            };
            last = ink;
            push(&mut pieces, c, ink);
        }
        out.push(pieces);
    }
    out
}

fn push(pieces: &mut Vec<Piece>, c: char, ink: Ink) {
    match pieces.last_mut() {
        Some(piece) if piece.ink == ink => piece.text.push(c),
        _ => pieces.push(Piece {
            text: c.to_string(),
            ink,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bold() -> Ink {
        Ink::Text(Inline {
            strong: true,
            ..Inline::default()
        })
    }

    fn plain() -> Ink {
        Ink::Text(Inline::default())
    }

    fn shown(lines: &[Vec<Piece>]) -> Vec<Vec<(String, Ink)>> {
        lines
            .iter()
            .map(|l| l.iter().map(|p| (p.text.clone(), p.ink)).collect())
            .collect()
    }

    #[test]
    fn styles_follow_their_characters_across_line_breaks() {
        let runs = vec![
            ("a mask   marks ".to_string(), plain()),
            ("the network".to_string(), bold()),
            (" bits".to_string(), plain()),
        ];
        let lines = wrap_runs(&runs, 12);
        assert_eq!(
            shown(&lines),
            vec![
                vec![("a mask marks".into(), plain())],
                vec![("the network".into(), bold())],
                vec![("bits".into(), plain())],
            ]
        );
    }

    #[test]
    fn japanese_breaks_like_the_plain_wrapper() {
        let runs = vec![
            ("サブネットに".to_string(), plain()),
            ("分割".to_string(), bold()),
            ("する。".to_string(), plain()),
        ];
        let lines = wrap_runs(&runs, 8);
        let texts: Vec<String> = lines
            .iter()
            .map(|l| l.iter().map(|p| p.text.as_str()).collect())
            .collect();
        assert_eq!(texts, wrap("サブネットに分割する。", 8));
        assert_eq!(
            lines[1][1],
            Piece {
                text: "分割".into(),
                ink: bold()
            }
        );
    }

    #[test]
    fn links_show_their_target_once() {
        let link = |t: &str| Span {
            text: t.into(),
            style: Style::default(),
            link: Some("https://x".into()),
        };
        let r = runs(&[Span::plain("see "), link("the RFC")]);
        assert_eq!(r.last(), Some(&(" (https://x)".to_string(), Ink::Url)));
        assert_eq!(runs(&[link("https://x")]).len(), 1);
        assert_eq!(natural_width(&r), "see the RFC (https://x)".len());
    }
}
