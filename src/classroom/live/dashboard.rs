//! The teacher's dashboard in their own terminal: the join command, the host key
//! fingerprint, who is here, the live answer distribution, the leaderboard and the
//! host's notes. Keys come from the rows of `teacher.rs`.

use std::io::{self, Stdout, stdout};
use std::sync::Arc;
use std::time::Duration;

use ratatui::Frame;
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{self, Event as TermEvent, KeyCode, KeyEventKind, KeyModifiers};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::hub::Hub;
use super::keys::Key;
use super::model::LiveSession;
use super::teacher::{TeacherAction, action_for_key, distribution, hints, phase_line};
use super::text::Lang;
use super::view::{draw_too_small, hint_line, pad, title_bar};

/// What the dashboard shows besides the session.
#[derive(Debug, Clone)]
pub struct DashboardInfo {
    /// `ssh -p PORT CODE@ADDRESS`.
    pub join: String,
    /// The host key's fingerprint.
    pub fingerprint: String,
    /// The journal's path, as text.
    pub journal: String,
}

/// Draws the dashboard.
pub fn draw_dashboard(
    frame: &mut Frame,
    session: &LiveSession,
    info: &DashboardInfo,
    notes: &[String],
    lang: Lang,
    status: Option<&str>,
) {
    let area = frame.area();
    if area.width < 40 || area.height < 12 {
        draw_too_small(frame, area, lang);
        return;
    }
    let [top, facts, body, status_row, hint_row] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(4),
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let phase = phase_line(session, lang);
    frame.render_widget(title_bar(&session.setup().title, &phase, top.width), top);
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let fact = |label: &str, value: &str| {
        Line::from(vec![
            Span::raw(format!(" {}", pad(label, 10))),
            Span::styled(value.to_string(), bold),
        ])
    };
    let facts_lines = vec![
        fact(lang.pick("Join:", "参加:"), &info.join),
        fact(lang.pick("Host key:", "ホスト鍵:"), &info.fingerprint),
        fact(lang.pick("Journal:", "記録:"), &info.journal),
    ];
    frame.render_widget(Paragraph::new(facts_lines), facts);

    let [left, right] =
        Layout::horizontal([Constraint::Percentage(60), Constraint::Percentage(40)]).areas(body);
    let [question_area, board_area] =
        Layout::vertical([Constraint::Percentage(55), Constraint::Fill(1)]).areas(left);
    let [students_area, notes_area] =
        Layout::vertical([Constraint::Percentage(60), Constraint::Fill(1)]).areas(right);
    draw_question(frame, question_area, session, lang);
    draw_board(frame, board_area, session, lang);
    draw_students(frame, students_area, session, lang);
    let note_lines: Vec<Line> = notes.iter().map(|n| Line::raw(n.as_str())).collect();
    frame.render_widget(
        Paragraph::new(note_lines)
            .wrap(Wrap { trim: true })
            .block(boxed(lang.pick("Notes", "お知らせ"))),
        notes_area,
    );
    if let Some(status) = status {
        frame.render_widget(Paragraph::new(Line::styled(status, bold)), status_row);
    }
    let hint_pairs = hints(lang);
    frame.render_widget(Paragraph::new(hint_line(&hint_pairs)), hint_row);
}

fn boxed(title: &str) -> Block<'_> {
    Block::new().borders(Borders::TOP).title(title)
}

fn draw_question(frame: &mut Frame, area: Rect, session: &LiveSession, lang: Lang) {
    let Some((index, rows)) = distribution(session) else {
        frame.render_widget(boxed(lang.pick("Question", "問題")), area);
        return;
    };
    let prompt = super::teacher::question_shown(session, index)
        .map_or("", |q| lang.pick(&q.prompt_en, &q.prompt_ja));
    let total: u32 = rows.iter().map(|r| r.count).sum();
    let mut lines = vec![Line::styled(
        prompt.to_string(),
        Style::new().add_modifier(Modifier::BOLD),
    )];
    for row in rows {
        let width = row
            .count
            .saturating_mul(20)
            .checked_div(total)
            .and_then(|w| usize::try_from(w).ok())
            .unwrap_or(0);
        let mark = if row.right { "✓" } else { " " };
        lines.push(Line::raw(format!(
            "{mark} {}  {} {} {}",
            row.letter,
            pad(&row.text, 14),
            pad(&"█".repeat(width), 20),
            row.count
        )));
    }
    let title = match lang {
        Lang::En => format!("Question {}", index.saturating_add(1)),
        Lang::Ja => format!("問題 {}", index.saturating_add(1)),
    };
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(Block::new().borders(Borders::TOP).title(title)),
        area,
    );
}

fn draw_board(frame: &mut Frame, area: Rect, session: &LiveSession, lang: Lang) {
    let lines: Vec<Line> = session
        .standings()
        .iter()
        .take(usize::from(area.height.saturating_sub(1)))
        .map(|s| {
            Line::raw(format!(
                "{:>3}. {} {:>6}  {}/{}",
                s.rank,
                pad(&s.name, 20),
                s.score,
                s.correct,
                s.answered
            ))
        })
        .collect();
    let title = if session.board_visible() {
        lang.pick("Leaderboard (students see it)", "ランキング（生徒に公開）")
    } else {
        lang.pick(
            "Leaderboard (hidden from students)",
            "ランキング（生徒には非公開）",
        )
    };
    frame.render_widget(Paragraph::new(lines).block(boxed(title)), area);
}

fn draw_students(frame: &mut Frame, area: Rect, session: &LiveSession, lang: Lang) {
    let current = super::teacher::distribution(session).map(|(q, _)| q);
    let students = session.students();
    let lines: Vec<Line> = students
        .iter()
        .map(|s| {
            let here = if s.present { "●" } else { "○" };
            let answered = match current {
                Some(q) if s.answers.contains_key(&q) => " ✓",
                _ => "",
            };
            let name = s.name.clone().unwrap_or_else(|| {
                format!(
                    "({} {})",
                    lang.pick("naming", "名前入力中"),
                    s.fingerprint.short()
                )
            });
            Line::raw(format!("{here} {name}{answered}"))
        })
        .collect();
    let title = match lang {
        Lang::En => format!(
            "Students: {} here, {} joined",
            session.present_count(),
            students.len()
        ),
        Lang::Ja => format!(
            "生徒：参加中 {} 人／参加済み {} 人",
            session.present_count(),
            students.len()
        ),
    };
    frame.render_widget(Paragraph::new(lines).block(boxed(&title)), area);
}

/// Maps a terminal key press to the keys the rows speak of.
fn key_of(code: KeyCode, modifiers: KeyModifiers) -> Option<Key> {
    if modifiers.contains(KeyModifiers::CONTROL) {
        return match code {
            KeyCode::Char('c') => Some(Key::CtrlC),
            _ => None,
        };
    }
    match code {
        KeyCode::Char(c) => Some(Key::Char(c)),
        KeyCode::Enter => Some(Key::Enter),
        KeyCode::Right => Some(Key::Right),
        _ => None,
    }
}

fn setup() -> io::Result<Terminal<CrosstermBackend<Stdout>>> {
    enable_raw_mode()?;
    execute!(stdout(), EnterAlternateScreen)?;
    Terminal::new(CrosstermBackend::new(stdout()))
}

fn restore() -> io::Result<()> {
    disable_raw_mode()?;
    execute!(
        stdout(),
        LeaveAlternateScreen,
        ratatui::crossterm::cursor::Show
    )
}

/// Chains a hook that puts the terminal back before the panic message.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = restore();
        previous(info);
    }));
}

/// Runs the dashboard until the teacher stops the host (or `stop` says so).
pub fn run_dashboard(
    hub: &Arc<Hub>,
    info: &DashboardInfo,
    mut lang: Lang,
    stop: &dyn Fn() -> bool,
) -> io::Result<()> {
    install_panic_hook();
    let mut terminal = setup()?;
    let result = dashboard_loop(&mut terminal, hub, info, &mut lang, stop);
    let restored = restore();
    result?;
    restored
}

fn dashboard_loop(
    terminal: &mut Terminal<CrosstermBackend<Stdout>>,
    hub: &Arc<Hub>,
    info: &DashboardInfo,
    lang: &mut Lang,
    stop: &dyn Fn() -> bool,
) -> io::Result<()> {
    let mut version = hub.subscribe();
    let mut status: Option<String> = None;
    let mut confirm_quit = false;
    let mut notes: Vec<String> = Vec::new();
    let mut last_note = 0;
    let mut dirty = true;
    loop {
        if stop() {
            return Ok(());
        }
        for note in hub.notes_after(last_note) {
            last_note = note.seq;
            notes.insert(0, note.text);
            notes.truncate(50);
            dirty = true;
        }
        if version.has_changed().unwrap_or(false) {
            version.borrow_and_update();
            dirty = true;
        }
        if dirty {
            dirty = false;
            terminal.draw(|frame| {
                hub.read(|s| draw_dashboard(frame, s, info, &notes, *lang, status.as_deref()));
            })?;
        }
        if !event::poll(Duration::from_millis(200))? {
            continue;
        }
        let TermEvent::Key(press) = event::read()? else {
            dirty = true;
            continue;
        };
        if press.kind != KeyEventKind::Press {
            continue;
        }
        dirty = true;
        let Some(action) = key_of(press.code, press.modifiers).and_then(action_for_key) else {
            continue;
        };
        match action {
            TeacherAction::Quit if confirm_quit || press.code != KeyCode::Char('q') => {
                return Ok(());
            }
            TeacherAction::Quit => {
                confirm_quit = true;
                status = Some(
                    lang.pick(
                        "Press q again to stop the host (students are told the class closed).",
                        "もう一度 q でホストを停止します（生徒には終了が伝わります）。",
                    )
                    .to_string(),
                );
                continue;
            }
            TeacherAction::Language => *lang = lang.other(),
            TeacherAction::Command(command) => {
                status = hub
                    .command(command)
                    .err()
                    .map(|e| format!("{}: {e}", lang.pick("Not now", "できません")));
            }
        }
        confirm_quit = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classroom::live::demo::demo_setup;
    use crate::classroom::live::model::Pacing;
    use ratatui::backend::TestBackend;

    #[test]
    fn the_dashboard_renders_at_any_size() {
        let session = LiveSession::new(demo_setup(
            "net101",
            Pacing::Teacher {
                question_secs: None,
            },
            40,
        ))
        .unwrap();
        let info = DashboardInfo {
            join: "ssh -p 2222 net101@192.0.2.10".into(),
            fingerprint: "SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s".into(),
            journal: "class.jsonl".into(),
        };
        for (w, h) in [(0, 0), (1, 1), (39, 11), (80, 24), (250, 80)] {
            let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
            terminal
                .draw(|f| draw_dashboard(f, &session, &info, &[], Lang::En, None))
                .unwrap();
        }
        let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
        terminal
            .draw(|f| draw_dashboard(f, &session, &info, &[], Lang::En, None))
            .unwrap();
        let buffer = terminal.backend().buffer();
        let row = |y: u16| -> String { (0..100).map(|x| buffer[(x, y)].symbol()).collect() };
        assert!(
            row(1).contains("ssh -p 2222 net101@192.0.2.10"),
            "{}",
            row(1)
        );
        assert!(row(2).contains("SHA256:uNiV"), "{}", row(2));
        assert!(
            row(0).contains("lobby: 0 students here, 0 joined"),
            "{}",
            row(0)
        );
    }
}
