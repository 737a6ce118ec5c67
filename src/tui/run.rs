//! The terminal session: set the terminal up, run the event loop, and put the
//! terminal back the way it was — on quit, on error and on panic.

use std::io::{self, IsTerminal, Stdout, stdout};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;
// Exam
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};

use super::app::App;
use super::app::Status;
use super::event::to_action;
use super::theme::Theme;
use super::update::{Effect, update};
use super::view::view;
use crate::i18n::{Lang, Msg};
use crate::lesson::Library;
use crate::progress::{Day, Progress, store};
// Exam
use super::action::{Action, Clock, Stored};
use super::app::exam::ExamSetup;
use crate::classroom::store as class_store;

/// How the app starts, decided by the caller (which reads flags and environment).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// The interface language.
    pub lang: Lang,
    /// Whether colours may be used (false under `NO_COLOR`).
    pub color: bool,
    /// The lessons, loaded once by the caller.
    pub library: Arc<Library>,
    // Practice
    /// The progress file practice answers are kept in (`None`: not kept).
    pub progress: Option<PathBuf>,
    /// Today, for what is due.
    pub today: Day,
    /// The seed of the first practice session.
    pub seed: u64,
}

/// Why the app could not run.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    /// Standard input or output is not a terminal.
    #[error(
        "the terminal app needs a terminal; for text output use `netdojo screen` or a subcommand"
    )]
    NotATerminal,
    /// The terminal failed.
    #[error("terminal error: {0}")]
    Io(#[from] io::Error),
}

/// Runs the app in the terminal until the user quits.
pub fn run(options: Options) -> Result<(), RunError> {
    if !stdout().is_terminal() || !io::stdin().is_terminal() {
        return Err(RunError::NotATerminal);
    }
    install_panic_hook();
    let result = setup().and_then(|mut terminal| event_loop(&mut terminal, options));
    let restored = restore();
    result?;
    restored?;
    Ok(())
}

/// Chains a hook that restores the terminal in front of whatever hook was there,
/// so the panic message lands on a normal screen.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = restore();
        previous(info);
    }));
}

fn setup() -> io::Result<Terminal<CrosstermBackend<Stdout>>> {
    enable_raw_mode()?;
    execute!(
        stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        EnableBracketedPaste
    )?;
    Terminal::new(CrosstermBackend::new(stdout()))
}

/// Puts the terminal back. Safe to call more than once.
fn restore() -> io::Result<()> {
    let raw = disable_raw_mode();
    execute!(
        stdout(),
        DisableBracketedPaste,
        DisableMouseCapture,
        LeaveAlternateScreen,
        Show
    )?;
    raw
}

fn event_loop(
    terminal: &mut Terminal<CrosstermBackend<Stdout>>,
    options: Options,
) -> io::Result<()> {
    let size = terminal.size()?;
    let (progress, path, problem) = load_progress(options.progress);
    let mut app = App::with_library(
        options.lang,
        Theme::new(options.color),
        size.width,
        size.height,
        options.library,
    )
    .with_progress(progress, options.today, options.seed);
    app.status = problem;
    loop {
        terminal.draw(|frame| view(&app, frame))?;
        // Block until something happens: no timer, so an idle app uses no CPU.
        let mut next = Some(event::read()?);
        while let Some(ev) = next {
            if let Some(action) = to_action(&ev, app.mode()) {
                match update(&mut app, action) {
                    Some(Effect::Quit) => return Ok(()),
                    Some(Effect::SaveProgress) => {
                        if let Some(problem) = save_progress(path.as_deref(), &app.progress) {
                            app.status = Some(Status {
                                msg: Msg::ProgressNotSaved,
                                args: vec![problem],
                            });
                        }
                    }
                    // Only an exam asks for these, and exams run in `exam_loop`.
                    Some(Effect::SaveExam(_) | Effect::SubmitExam(_)) | None => {}
                }
            }
            // Take whatever else is already waiting before drawing again, so a burst
            // of keys (or a paste without bracketed paste) costs one frame.
            next = if event::poll(Duration::ZERO)? {
                Some(event::read()?)
            } else {
                None
            };
        }
    }
}

// Practice
/// The learner's progress from `path`, the path to save to (`None` when the
/// file could not be read, so it is never overwritten), and a message about
/// any problem for the footer.
fn load_progress(path: Option<PathBuf>) -> (Progress, Option<PathBuf>, Option<Status>) {
    let status = |msg, problem: String| {
        Some(Status {
            msg,
            args: vec![problem],
        })
    };
    let Some(path) = path else {
        let problem = "no data folder (set NETDOJO_HOME)".to_owned();
        return (
            Progress::default(),
            None,
            status(Msg::ProgressNotSaved, problem),
        );
    };
    match store::load(&path) {
        Ok(loaded) => {
            let warning = loaded.warning.and_then(|w| status(Msg::ProgressWarning, w));
            (loaded.progress, Some(path), warning)
        }
        Err(e) => (
            Progress::default(),
            None,
            status(Msg::ProgressNotSaved, e.to_string()),
        ),
    }
}

/// Writes the progress; what went wrong, if anything.
fn save_progress(path: Option<&Path>, progress: &Progress) -> Option<String> {
    let path = path?;
    store::save(path, progress).err().map(|e| e.to_string())
}

// Exam
/// How a full-screen exam ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExamEnd {
    /// Submitted: the result file written.
    Submitted(String),
    /// Left before submitting; the answers so far are in the autosave.
    Left,
}

/// Runs an exam full-screen until it is submitted and left, or left early.
pub fn run_exam(options: Options, exam: ExamSetup) -> Result<ExamEnd, RunError> {
    if !stdout().is_terminal() || !io::stdin().is_terminal() {
        return Err(RunError::NotATerminal);
    }
    install_panic_hook();
    let result = setup().and_then(|mut terminal| exam_loop(&mut terminal, options, exam));
    let restored = restore();
    let end = result?;
    restored?;
    Ok(end)
}

/// The exam's event loop: as the app's, but it wakes up every second to give the
/// exam the time, and it performs the writes the exam asks for.
fn exam_loop(
    terminal: &mut Terminal<CrosstermBackend<Stdout>>,
    options: Options,
    setup: ExamSetup,
) -> io::Result<ExamEnd> {
    let start = Instant::now();
    let clock = || Clock {
        ms: u64::try_from(start.elapsed().as_millis()).unwrap_or(u64::MAX),
        unix: SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs()),
    };
    let size = terminal.size()?;
    let mut app = App::exam(
        options.lang,
        Theme::new(options.color),
        size.width,
        size.height,
        options.library,
        setup,
    );
    let mut submitted = None;
    update(&mut app, Action::Tick(clock()));
    loop {
        terminal.draw(|frame| view(&app, frame))?;
        let into_second = clock().ms % 1000;
        let wait = Duration::from_millis((1000 - into_second).max(20));
        if event::poll(wait)? {
            let mut next = Some(event::read()?);
            while let Some(ev) = next {
                if let Some(action) = to_action(&ev, app.mode()) {
                    let effect = update(&mut app, action);
                    if perform(&mut app, effect, &mut submitted) {
                        return Ok(end(submitted));
                    }
                }
                next = if event::poll(Duration::ZERO)? {
                    Some(event::read()?)
                } else {
                    None
                };
            }
        }
        let effect = update(&mut app, Action::Tick(clock()));
        if perform(&mut app, effect, &mut submitted) {
            return Ok(end(submitted));
        }
    }
}

fn end(submitted: Option<String>) -> ExamEnd {
    submitted.map_or(ExamEnd::Left, ExamEnd::Submitted)
}

/// Performs an effect of the exam; returns whether to leave.
fn perform(app: &mut App, effect: Option<Effect>, submitted: &mut Option<String>) -> bool {
    match effect {
        // An exam never practises, so it has no progress to save.
        None | Some(Effect::SaveProgress) => false,
        Some(Effect::Quit) => {
            if let Some(write) = app.exam_state().and_then(|exam| exam.save_on_quit()) {
                // Leaving anyway: a failure here leaves the previous autosave in place.
                let _ = class_store::autosave(&write.dir, &write.result);
            }
            true
        }
        Some(Effect::SaveExam(write)) => {
            if let Err(e) = class_store::autosave(&write.dir, &write.result) {
                let stored = Stored {
                    submitted: false,
                    outcome: Err(e.to_string()),
                };
                update(app, Action::ExamStored(stored));
            }
            false
        }
        Some(Effect::SubmitExam(write)) => {
            let outcome = class_store::submit(&write.dir, &write.result)
                .map(|path| path.display().to_string())
                .map_err(|e| e.to_string());
            if let Ok(path) = &outcome {
                *submitted = Some(path.clone());
            }
            let stored = Stored {
                submitted: true,
                outcome,
            };
            update(app, Action::ExamStored(stored));
            false
        }
    }
}
