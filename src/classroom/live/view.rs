//! Draws a [`StudentView`] with ratatui. Nothing here decides anything: every text and
//! mark comes from `screen.rs`.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::screen::{BoardRow, Body, ChoiceLine, Mark, StudentView};
use super::text::Lang;

/// Below this size, the screen only asks for a larger window.
pub const MIN_WIDTH: u16 = 24;
/// Below this size, the screen only asks for a larger window.
pub const MIN_HEIGHT: u16 = 8;

/// Draws a student's screen on the whole frame, at any size.
pub fn draw_student(frame: &mut Frame, view: &StudentView) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        draw_too_small(frame, area, view.lang);
        return;
    }
    let [top, body, notice, hints] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    frame.render_widget(title_bar(&view.title, &view.who, top.width), top);
    let inner = Rect {
        x: body.x.saturating_add(2),
        y: body.y.saturating_add(1),
        width: body.width.saturating_sub(4),
        height: body.height.saturating_sub(1),
    };
    frame.render_widget(
        Paragraph::new(body_lines(&view.body, view.lang)).wrap(Wrap { trim: false }),
        inner,
    );
    if let Some(text) = &view.notice {
        let line = Line::from(vec![
            Span::styled("! ", Style::new().add_modifier(Modifier::BOLD)),
            Span::raw(text.as_str()),
        ])
        .style(Style::new().fg(Color::Yellow));
        frame.render_widget(Paragraph::new(line), notice);
    }
    frame.render_widget(Paragraph::new(hint_line(&view.hints)), hints);
}

/// The polite note shown when the window is too small for the quiz.
pub fn draw_too_small(frame: &mut Frame, area: Rect, lang: Lang) {
    let text = lang.pick("Enlarge the window", "ウィンドウを広げてください");
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), area);
}

/// A reversed line with the title on the left and `right` on the right.
pub fn title_bar<'a>(title: &'a str, right: &'a str, width: u16) -> Paragraph<'a> {
    let used = title
        .width()
        .saturating_add(right.width())
        .saturating_add(2);
    let gap = usize::from(width).saturating_sub(used);
    let line = Line::from(vec![
        Span::styled(
            format!(" {title}"),
            Style::new().add_modifier(Modifier::BOLD),
        ),
        Span::raw(" ".repeat(gap)),
        Span::raw(format!("{right} ")),
    ]);
    Paragraph::new(line).style(Style::new().add_modifier(Modifier::REVERSED))
}

/// Keys in bold followed by what they do.
pub fn hint_line(hints: &[(String, String)]) -> Line<'_> {
    let mut spans = Vec::with_capacity(hints.len().saturating_mul(3));
    for (keys, what) in hints {
        spans.push(Span::styled(
            keys.as_str(),
            Style::new().add_modifier(Modifier::BOLD),
        ));
        spans.push(Span::raw(" "));
        spans.push(Span::styled(
            what.as_str(),
            Style::new().add_modifier(Modifier::DIM),
        ));
        spans.push(Span::raw("   "));
    }
    Line::from(spans)
}

fn body_lines(body: &Body, lang: Lang) -> Vec<Line<'_>> {
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let dim = Style::new().add_modifier(Modifier::DIM);
    match body {
        Body::Naming {
            prompt,
            input,
            error,
            key_line,
        } => {
            let mut lines = vec![
                Line::styled(prompt.as_str(), bold),
                Line::raw(""),
                Line::from(vec![
                    Span::raw("> "),
                    Span::styled(input.as_str(), bold),
                    Span::styled("▏", Style::new().add_modifier(Modifier::SLOW_BLINK)),
                ]),
            ];
            if let Some(error) = error {
                lines.push(Line::styled(
                    format!("✗ {error}"),
                    Style::new().fg(Color::Red),
                ));
            }
            lines.push(Line::raw(""));
            lines.push(Line::styled(key_line.as_str(), dim));
            lines
        }
        Body::Message { headline, lines } => {
            let mut out = vec![Line::styled(headline.as_str(), bold), Line::raw("")];
            out.extend(lines.iter().map(|l| Line::raw(l.as_str())));
            out
        }
        Body::Question {
            heading,
            prompt,
            choices,
            status,
            input,
            ..
        } => {
            let mut lines = vec![
                Line::styled(heading.as_str(), dim),
                Line::raw(""),
                Line::styled(prompt.as_str(), bold),
                Line::raw(""),
            ];
            lines.extend(choices.iter().map(|c| choice_line(c, lang)));
            lines.push(Line::raw(""));
            lines.extend(status.iter().map(|s| Line::raw(s.as_str())));
            if let Some(input) = input {
                lines.push(Line::raw(""));
                lines.push(Line::styled(format!("> {input}▏"), bold));
            }
            lines
        }
        Body::Board {
            heading,
            rows,
            footer,
        } => {
            let mut lines = vec![Line::styled(heading.as_str(), bold), Line::raw("")];
            lines.extend(rows.iter().map(board_line));
            if let Some(footer) = footer {
                lines.push(Line::raw(""));
                lines.push(Line::styled(footer.as_str(), bold));
            }
            lines
        }
    }
}

fn choice_line(choice: &ChoiceLine, lang: Lang) -> Line<'_> {
    let yours = lang.pick("  ← your answer", "  ← あなたの回答");
    let (symbol, style, suffix) = match choice.mark {
        Mark::None => ("  ", Style::new(), ""),
        Mark::Cursor => ("› ", Style::new().add_modifier(Modifier::REVERSED), ""),
        Mark::Picked => ("● ", Style::new().add_modifier(Modifier::BOLD), yours),
        Mark::Right => ("✓ ", Style::new().fg(Color::Green), ""),
        Mark::RightPicked => (
            "✓ ",
            Style::new().fg(Color::Green).add_modifier(Modifier::BOLD),
            yours,
        ),
        Mark::WrongPicked => ("✗ ", Style::new().fg(Color::Red), yours),
    };
    Line::from(vec![
        Span::raw(symbol),
        Span::styled(format!("{}  {}", choice.letter, choice.text), style),
        Span::raw(suffix),
    ])
}

/// A leaderboard line: rank, name padded by display width, score.
pub fn board_line(row: &BoardRow) -> Line<'_> {
    let marker = if row.me { "▶ " } else { "  " };
    let style = if row.me {
        Style::new().add_modifier(Modifier::BOLD)
    } else {
        Style::new()
    };
    Line::styled(
        format!(
            "{marker}{:>3}. {} {:>6}",
            row.rank,
            pad(&row.name, 20),
            row.score
        ),
        style,
    )
}

/// `text` followed by spaces up to `width` display columns.
pub fn pad(text: &str, width: usize) -> String {
    let fill = width.saturating_sub(text.width());
    format!("{text}{}", " ".repeat(fill))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classroom::live::screen::StudentView;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    fn view() -> StudentView {
        StudentView {
            lang: Lang::En,
            title: "Subnetting".into(),
            who: "Aiko · 10 pts".into(),
            body: Body::Question {
                heading: "Question 1 of 3 · 10 points".into(),
                prompt: "How many hosts?".into(),
                choices: vec![
                    ChoiceLine {
                        letter: 'A',
                        text: "62".into(),
                        mark: Mark::RightPicked,
                    },
                    ChoiceLine {
                        letter: 'B',
                        text: "64".into(),
                        mark: Mark::None,
                    },
                ],
                input: None,
                status: vec!["The answer is A.".into()],
                answerable: false,
            },
            notice: Some("Port forwarding is turned off here.".into()),
            hints: vec![("q".into(), "leave".into())],
        }
    }

    fn render(width: u16, height: u16, view: &StudentView) -> String {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        terminal.draw(|f| draw_student(f, view)).unwrap();
        let buffer = terminal.backend().buffer().clone();
        let mut text = String::new();
        for y in 0..buffer.area.height {
            let mut line = String::new();
            for x in 0..buffer.area.width {
                line.push_str(buffer[(x, y)].symbol());
            }
            text.push_str(line.trim_end());
            text.push('\n');
        }
        text
    }

    #[test]
    fn a_question_screen_at_80_by_12() {
        assert_eq!(
            render(60, 12, &view()),
            " Subnetting                                   Aiko · 10 pts\n\
             \n  Question 1 of 3 · 10 points\n\
             \n  How many hosts?\n\
             \n  ✓ A  62  ← your answer\n\
             \x20   B  64\n\
             \n  The answer is A.\n\
             ! Port forwarding is turned off here.\n\
             q leave\n"
        );
    }

    #[test]
    fn any_size_renders_without_panicking() {
        for (w, h) in [(0, 0), (1, 1), (20, 5), (24, 8), (80, 24), (200, 60)] {
            let text = render(w, h, &view());
            if w > 0 && h > 0 && (w < MIN_WIDTH || h < MIN_HEIGHT) {
                assert!(text.starts_with('E'), "{w}x{h}: {text}");
            }
        }
    }

    #[test]
    fn names_pad_by_display_width() {
        assert_eq!(pad("田中", 6), "田中  ");
        assert_eq!(pad("toolongname", 4), "toolongname");
    }
}
