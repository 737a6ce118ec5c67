//! The one place the model changes: `update(&mut App, Action)`. Pure: it draws
//! nothing and touches no terminal; what it needs done outside comes back as an
//! [`Effect`] for the run loop.

use ratatui::layout::Rect;

use super::action::Action;
use super::app::exam::ExamWrite;
use super::app::{App, CliViewState, HelpState, Outcome, Overlay, Route, Screen, Status};
use super::layout;
use crate::i18n::Msg;

/// Work for the run loop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Restore the terminal and exit.
    Quit,
    // Practice
    /// Write the learner's progress to its file.
    SaveProgress,
    // Exam
    /// Save an exam's answers so far (the autosave).
    SaveExam(Box<ExamWrite>),
    /// Write an exam's result file: the submission.
    SubmitExam(Box<ExamWrite>),
}

/// Applies one action to the app.
pub fn update(app: &mut App, action: Action) -> Option<Effect> {
    // A footer message lasts until the next thing the user does.
    if !matches!(action, Action::Resize(..) | Action::Tick(..)) {
        app.status = None;
    }
    match action {
        Action::Quit => return Some(Effect::Quit),
        // Exam
        Action::Tick(clock) => return tick(app, clock),
        Action::ToggleLang if exam_language_fixed(app) => {
            app.status = Some(Status {
                msg: Msg::ExamOneLanguage,
                args: vec![app.lang.text(Msg::LanguageName).to_owned()],
            });
        }
        Action::ExamStored(_) => {
            let ctx = app.ctx();
            if let Screen::Exam(exam) = &mut app.root {
                exam.update(&action, &ctx);
            }
        }
        Action::Resize(width, height) => resize(app, width, height),
        Action::ToggleLang => {
            app.lang = app.lang.other();
            // Screens lay text out again in the new language, as after a resize.
            resize(app, app.area.width, app.area.height);
        }
        Action::ToggleHelp => toggle_help(app),
        Action::Go(route) => {
            app.overlay = None;
            app.open(&route);
        }
        _ if app.overlay.is_some() => overlay(app, &action),
        Action::ShowCli => match app.screen().cli(app.lang) {
            Some(text) => app.overlay = Some(Overlay::Cli(CliViewState::new(text))),
            None => {
                app.status = Some(Status {
                    msg: Msg::NoCli,
                    args: Vec::new(),
                })
            }
        },
        _ => return screen(app, &action),
    }
    None
}

fn resize(app: &mut App, width: u16, height: u16) {
    app.area = Rect::new(0, 0, width, height);
    let ctx = app.ctx();
    let action = Action::Resize(width, height);
    app.root.update(&action, &ctx);
    for screen in &mut app.stack {
        screen.update(&action, &ctx);
    }
    match &mut app.overlay {
        Some(Overlay::Help(help)) => {
            help.update(&action, &ctx);
        }
        Some(Overlay::Cli(cli)) => {
            cli.update(&action, &ctx);
        }
        None => {}
    }
}

fn toggle_help(app: &mut App) {
    app.overlay = match app.overlay {
        Some(Overlay::Help(_)) => None,
        _ => Some(Overlay::Help(HelpState::new(app.screen().mode()))),
    };
}

fn overlay(app: &mut App, action: &Action) {
    let ctx = app.ctx();
    let close = match (&mut app.overlay, action) {
        (_, Action::Back) | (Some(Overlay::Cli(_)), Action::ShowCli) => true,
        (_, Action::Click(x, y)) => !layout::overlay(ctx.body).contains((*x, *y).into()),
        (Some(Overlay::Help(help)), _) => {
            help.update(action, &ctx);
            false
        }
        (Some(Overlay::Cli(cli)), _) => {
            cli.update(action, &ctx);
            false
        }
        (None, _) => false,
    };
    if close {
        app.overlay = None;
    }
}

fn screen(app: &mut App, action: &Action) -> Option<Effect> {
    let ctx = app.ctx();
    match app.screen_mut().update(action, &ctx) {
        Outcome::Handled => {}
        Outcome::Ignored => {
            if *action == Action::Back {
                app.pop();
            }
        }
        // Exam
        Outcome::Open(route) => match exam_refuses(app, &route) {
            Some(msg) => {
                app.status = Some(Status {
                    msg,
                    args: Vec::new(),
                })
            }
            None => app.open(&route),
        },
        Outcome::Status(status) => app.status = Some(status),
        Outcome::Answered { skill, right } => {
            app.record_answer(&skill, right);
            return Some(Effect::SaveProgress);
        }
        Outcome::Difficulty(difficulty) => {
            app.difficulty = difficulty;
            app.status = Some(Status {
                msg: Msg::PracticeDifficultyChanged,
                args: vec![
                    app.lang
                        .text(super::app::practice::page::difficulty_name(difficulty))
                        .to_owned(),
                ],
            });
        }
        Outcome::Effect(effect) => return Some(effect),
    }
    None
}

// Exam
/// The clock reaches the exam whatever is open over it; when the exam is
/// submitted for lack of time, everything over it closes.
fn tick(app: &mut App, clock: super::action::Clock) -> Option<Effect> {
    let Screen::Exam(exam) = &mut app.root else {
        return None;
    };
    let effect = exam.tick(clock);
    if matches!(effect, Some(Effect::SubmitExam(_))) {
        app.overlay = None;
        while !app.stack.is_empty() {
            app.pop();
        }
    }
    effect
}

/// Whether an exam in one language only is running.
fn exam_language_fixed(app: &App) -> bool {
    app.exam_state()
        .is_some_and(|exam| !exam.pack().languages.contains(&app.lang.other()))
}

/// Why a link may not be followed during an exam (a lesson's calculator when
/// calculators are closed, say), if it may not.
fn exam_refuses(app: &App, route: &Route) -> Option<Msg> {
    let allow = app.exam_state()?.pack().allow;
    match route {
        Route::Calc(..) if !allow.calculators => Some(Msg::ExamNoCalculators),
        Route::Lesson(_) if !allow.lessons => Some(Msg::ExamNoLessons),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::tui::app::Screen;
    use crate::tui::keymap::Mode;
    use crate::tui::theme::Theme;

    fn app() -> App {
        App::new(Lang::En, Theme::plain(), 80, 24)
    }

    #[test]
    fn quit_is_an_effect() {
        let mut app = app();
        assert_eq!(update(&mut app, Action::Quit), Some(Effect::Quit));
        assert_eq!(update(&mut app, Action::Down), None);
    }

    #[test]
    fn help_opens_over_the_screen_and_closes() {
        let mut app = app();
        update(&mut app, Action::ToggleHelp);
        assert!(matches!(app.overlay, Some(Overlay::Help(ref h)) if h.mode == Mode::HOME));
        assert_eq!(app.mode(), Mode::OVERLAY);
        update(&mut app, Action::Down);
        update(&mut app, Action::Back);
        assert!(app.overlay.is_none());
        update(&mut app, Action::ToggleHelp);
        update(&mut app, Action::ToggleHelp);
        assert!(app.overlay.is_none());
    }

    #[test]
    fn language_switches_back_and_forth() {
        let mut app = app();
        update(&mut app, Action::ToggleLang);
        assert_eq!(app.lang, Lang::Ja);
        update(&mut app, Action::ToggleLang);
        assert_eq!(app.lang, Lang::En);
    }

    #[test]
    fn the_status_line_lasts_until_the_next_action() {
        let mut app = app();
        update(&mut app, Action::Open);
        assert_eq!(app.status.as_ref().map(|s| s.msg), Some(Msg::Coming));
        update(&mut app, Action::Resize(100, 30));
        assert!(app.status.is_some());
        update(&mut app, Action::Down);
        assert!(app.status.is_none());
    }

    #[test]
    fn home_has_no_command_line_equivalent() {
        let mut app = app();
        update(&mut app, Action::ShowCli);
        assert_eq!(app.status.as_ref().map(|s| s.msg), Some(Msg::NoCli));
    }

    #[test]
    fn back_at_home_stays_home() {
        let mut app = app();
        update(&mut app, Action::Back);
        assert!(app.stack.is_empty());
        assert!(matches!(app.screen(), Screen::Home(_)));
    }
}
