//! Any screen as plain text, exactly as a terminal of a given size would show it,
//! with no terminal needed: for documentation, bug reports and tests.

use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

use super::action::{Action, Clock, Stored};
use super::app::{App, AwsKind, CalcKind, FirewallKind, Route, Screen};
// Exam
use super::app::exam::ExamSetup;
use super::theme::Theme;
use super::update::update;
use super::view::view;
use crate::classroom::exam::Exam;
use crate::classroom::result::{ResultFile, rfc3339};
use crate::classroom::{pack, store};
use crate::i18n::Lang;
use crate::lesson::Library;
use crate::lesson::load::embedded_library;

/// The largest size `netdojo screen` draws (each side).
pub const MAX_SIDE: u16 = 1000;

/// A screen `netdojo screen` can draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScreenName {
    /// The home list; arguments become its filter.
    Home,
    /// The key help over the home screen.
    Help,
    /// The subnet calculator; arguments become its input.
    Subnet,
    /// The availability calculator; arguments become its system, or after `mtbf`
    /// or `size` the inputs of that view.
    Avail,
    /// The port classifier; arguments become its ports.
    Port,
    /// TCP step by step; arguments become the walk-through's ISNs and sizes, or
    /// after `compare` or `fragment` open that view.
    Tcp,
    /// The VPC planner; arguments are the CIDR, the AZ count, the tiers and the
    /// subnet prefix.
    Vpc,
    /// The route table lookup; arguments are the address, then the routes
    /// (`DESTINATION TARGET`, separated by `;`).
    Route,
    /// Split and VLSM; arguments are the network, then `/N` (a prefix), `N` (equal
    /// parts) or `N,N,...` (hosts per subnet).
    Split,
    /// Aggregate and overlap; arguments are the prefixes.
    Aggregate,
    /// The lesson reader; the argument is the lesson's id.
    Lesson,
    // DNS, HTTP, SSH screens
    /// DNS step by step; arguments become the name to split, or after `walk` the name and record type to resolve, or `records`.
    Dns,
    /// SSH public-key login step by step; the argument is the user (after `--seed N`, the key pair's seed; 1 when not given).
    Ssh,
    /// HTTP message check; the arguments, joined, are the message (`\\r\\n` read as CR LF), or after `status` the codes.
    Http,
    // AWS calculators
    /// The S3 calculator; `parts` first picks the multipart mode.
    S3,
    /// Weighted routing; the argument is the weights.
    Weighted,
    /// The instance-type decoder; arguments are the types.
    Instance,
    /// The certificate matcher; arguments are the certificate's names, then the hosts.
    Cert,
    /// The MySQL host-pattern matcher; arguments are the accounts, then the clients.
    Mysqlhost,
    /// The public IPv4 charge; arguments are the addresses, hours and yen rate.
    Ipv4cost,
    // Security groups and network ACLs
    /// A security group; arguments are the rules (an example's name, or rules
    /// separated by `;`), the address, protocol, port and the sender's groups.
    Sg,
    /// A network ACL; `inbound` or `outbound` first picks the direction, then the
    /// rules, the address, protocol and port.
    Nacl,
    // Practice
    /// A practice session; arguments are `--skill ID`, `--module M`, `--lesson
    /// ID` and `--seed N`, then answers to type into its questions one after
    /// the other (the last one's feedback is shown).
    Practice,
    /// The statistics of practice (of no progress: `netdojo screen` reads none).
    Stats,
    // Exam
    /// An exam; the arguments are the pack's file, the student's name, then the
    /// steps taken (see [`exam_steps`]).
    Exam,
}

impl ScreenName {
    /// Every screen, in the order the error message lists them.
    pub const ALL: &'static [ScreenName] = &[
        ScreenName::Home,
        ScreenName::Help,
        ScreenName::Subnet,
        ScreenName::Avail,
        ScreenName::Port,
        ScreenName::Tcp,
        ScreenName::Vpc,
        ScreenName::Route,
        ScreenName::Split,
        ScreenName::Aggregate,
        ScreenName::Lesson,
        // DNS, HTTP, SSH screens
        ScreenName::Dns,
        ScreenName::Ssh,
        ScreenName::Http,
        // AWS calculators
        ScreenName::S3,
        ScreenName::Weighted,
        ScreenName::Instance,
        ScreenName::Cert,
        ScreenName::Mysqlhost,
        ScreenName::Ipv4cost,
        // Security groups and network ACLs
        ScreenName::Sg,
        ScreenName::Nacl,
        ScreenName::Practice,
        ScreenName::Stats,
        // Exam
        ScreenName::Exam,
    ];

    /// The name typed on the command line.
    pub fn name(self) -> &'static str {
        match self {
            ScreenName::Home => "home",
            ScreenName::Help => "help",
            ScreenName::Subnet => "subnet",
            ScreenName::Avail => "avail",
            ScreenName::Port => "port",
            ScreenName::Tcp => "tcp",
            ScreenName::Vpc => "vpc",
            ScreenName::Route => "route",
            ScreenName::Split => "split",
            ScreenName::Aggregate => "aggregate",
            ScreenName::Lesson => "lesson",
            // DNS, HTTP, SSH screens
            ScreenName::Dns => "dns",
            ScreenName::Ssh => "ssh",
            ScreenName::Http => "http",
            // AWS calculators
            ScreenName::S3 => "s3",
            ScreenName::Weighted => "weighted",
            ScreenName::Instance => "instance",
            ScreenName::Cert => "cert",
            ScreenName::Mysqlhost => "mysqlhost",
            ScreenName::Ipv4cost => "ipv4cost",
            // Security groups and network ACLs
            ScreenName::Sg => "sg",
            ScreenName::Nacl => "nacl",
            ScreenName::Practice => "practice",
            ScreenName::Stats => "stats",
            // Exam
            ScreenName::Exam => "exam",
        }
    }

    /// The actions that bring a fresh app to this screen, prefilled with `args`.
    pub fn script(self, args: &[String]) -> Result<Vec<Action>, ScreenError> {
        let joined = args.join(" ");
        match self {
            ScreenName::Home if joined.is_empty() => Ok(Vec::new()),
            ScreenName::Home => Ok(vec![Action::StartFilter, Action::Paste(joined)]),
            ScreenName::Help if joined.is_empty() => Ok(vec![Action::ToggleHelp]),
            ScreenName::Help => Err(ScreenError::NoArguments {
                screen: self,
                given: joined,
            }),
            ScreenName::Subnet => Ok(vec![Action::Go(Route::Calc(
                CalcKind::Subnet,
                args.to_vec(),
            ))]),
            ScreenName::Avail => Ok(vec![Action::Go(Route::Calc(
                CalcKind::Avail,
                args.to_vec(),
            ))]),
            ScreenName::Port => Ok(vec![Action::Go(Route::Calc(CalcKind::Port, args.to_vec()))]),
            ScreenName::Tcp => Ok(vec![Action::Go(Route::Calc(CalcKind::Tcp, args.to_vec()))]),
            ScreenName::Vpc => Ok(vec![Action::Go(Route::Calc(CalcKind::Vpc, args.to_vec()))]),
            ScreenName::Route => Ok(vec![Action::Go(Route::Calc(
                CalcKind::RouteLookup,
                args.to_vec(),
            ))]),
            ScreenName::Split => Ok(vec![Action::Go(Route::Calc(
                CalcKind::Split,
                args.to_vec(),
            ))]),
            ScreenName::Aggregate => Ok(vec![Action::Go(Route::Calc(
                CalcKind::Aggregate,
                args.to_vec(),
            ))]),
            // DNS, HTTP, SSH screens
            ScreenName::Dns => Ok(vec![Action::Go(Route::Calc(CalcKind::Dns, dns_args(args)))]),
            ScreenName::Ssh => Ok(vec![Action::Go(Route::Calc(CalcKind::Ssh, ssh_args(args)))]),
            ScreenName::Http => Ok(vec![Action::Go(Route::Calc(
                CalcKind::Http,
                http_args(args),
            ))]),
            ScreenName::Practice => practice_script(args),
            ScreenName::Stats if joined.is_empty() => Ok(vec![Action::Go(Route::Stats)]),
            ScreenName::Stats => Err(ScreenError::NoArguments {
                screen: self,
                given: joined,
            }),
            ScreenName::Lesson => match args {
                [] => Err(ScreenError::NoLesson),
                [id] => Ok(vec![Action::Go(Route::Lesson(id.clone()))]),
                [_, rest @ ..] => Err(ScreenError::NoArguments {
                    screen: self,
                    given: rest.join(" "),
                }),
            },
            // AWS calculators
            ScreenName::S3 => Ok(vec![Action::Go(Route::Calc(CalcKind::S3, args.to_vec()))]),
            ScreenName::Weighted => aws(AwsKind::Weighted, args),
            ScreenName::Instance => aws(AwsKind::Instance, args),
            ScreenName::Cert => aws(AwsKind::Cert, args),
            ScreenName::Mysqlhost => aws(AwsKind::MysqlHost, args),
            ScreenName::Ipv4cost => aws(AwsKind::Ipv4Cost, args),
            // Security groups and network ACLs
            ScreenName::Sg => Ok(vec![Action::Go(Route::Calc(
                CalcKind::Firewall(FirewallKind::Sg),
                args.to_vec(),
            ))]),
            ScreenName::Nacl => Ok(vec![Action::Go(Route::Calc(
                CalcKind::Firewall(FirewallKind::Nacl),
                args.to_vec(),
            ))]),
            // Exam
            ScreenName::Exam => match args {
                // The steps depend on the page shown: see `exam_steps`.
                [_, _, ..] => Ok(Vec::new()),
                _ => Err(ScreenError::NoPack),
            },
        }
    }
}

// DNS, HTTP, SSH screens
/// The DNS screen takes its arguments as they are.
fn dns_args(args: &[String]) -> Vec<String> {
    args.to_vec()
}

/// The SSH screen draws the key pair of seed 1 unless given `--seed N`, so its
/// text is the same on every run.
fn ssh_args(args: &[String]) -> Vec<String> {
    let mut args = args.to_vec();
    if !args.iter().any(|a| a == "--seed") {
        args.extend(["--seed".to_string(), "1".to_string()]);
    }
    args
}

/// The HTTP screen reads `\r`, `\n`, `\t` and `\\` in its arguments as
/// printf does, so a message with its line ends fits on a command line.
fn http_args(args: &[String]) -> Vec<String> {
    args.iter()
        .map(|a| crate::tui::app::http::unescape(a))
        .collect()
}

// AWS calculators
/// Opens the AWS calculator `kind` with `args` as its inputs.
fn aws(kind: AwsKind, args: &[String]) -> Result<Vec<Action>, ScreenError> {
    Ok(vec![Action::Go(Route::Calc(
        CalcKind::Aws(kind),
        args.to_vec(),
    ))])
}

impl FromStr for ScreenName {
    type Err = ScreenError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ScreenName::ALL
            .iter()
            .copied()
            .find(|screen| screen.name() == s)
            .ok_or_else(|| ScreenError::UnknownScreen(s.to_string()))
    }
}

/// A terminal size, `COLSxROWS`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScreenSize {
    /// Columns.
    pub cols: u16,
    /// Rows.
    pub rows: u16,
}

impl Default for ScreenSize {
    fn default() -> Self {
        ScreenSize { cols: 80, rows: 24 }
    }
}

impl FromStr for ScreenSize {
    type Err = ScreenError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || ScreenError::BadSize(s.to_string());
        let (cols, rows) = s.split_once(['x', 'X']).ok_or_else(bad)?;
        let side = |text: &str| {
            text.parse::<u16>()
                .ok()
                .filter(|n| *n <= MAX_SIDE && text.bytes().all(|b| b.is_ascii_digit()))
        };
        match (side(cols), side(rows)) {
            (Some(cols), Some(rows)) => Ok(ScreenSize { cols, rows }),
            _ => Err(bad()),
        }
    }
}

impl fmt::Display for ScreenSize {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}x{}", self.cols, self.rows)
    }
}

/// Why a screen could not be drawn as text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScreenError {
    /// No screen has that name.
    #[error("\"{0}\" is not a screen name (expected one of: {names})", names = screen_names())]
    UnknownScreen(String),
    /// The size is not `COLSxROWS` within the limits.
    #[error(
        "\"{0}\" is not a screen size (expected COLSxROWS such as 80x24, each side 0 to {MAX_SIDE})"
    )]
    BadSize(String),
    /// An option of other screens was given to this one.
    #[error("\"{given}\" is not an option of the {} screen (only {owners})", screen.name())]
    Misplaced {
        /// The screen.
        screen: ScreenName,
        /// The option and its value.
        given: String,
        /// The screens that take it, and the verb.
        owners: &'static str,
    },
    /// The screen takes no arguments but some were given.
    #[error("\"{given}\" is not expected: the {} screen takes no arguments", screen.name())]
    NoArguments {
        /// The screen.
        screen: ScreenName,
        /// What was given.
        given: String,
    },
    /// The lesson screen was asked for without a lesson.
    #[error(
        "the lesson screen needs a lesson: add --lesson ID (netdojo lessons list shows the ids)"
    )]
    NoLesson,
    /// No lesson has that id.
    #[error("\"{0}\" is not a lesson id (netdojo lessons list shows the ids)")]
    UnknownLesson(String),
    // Practice
    /// No skill with practice questions has that id.
    #[error("\"{0}\" is not a skill with practice questions (netdojo quiz --list shows the ids)")]
    UnknownSkill(String),
    /// No module has practice questions by that name.
    #[error("\"{0}\" is not a module with practice questions (expected one of: {modules})", modules = crate::quiz::generators::modules().join(", "))]
    UnknownModule(String),
    /// The seed is not a whole number.
    #[error("\"{0}\" is not a seed (expected a whole number from 0 to 18446744073709551615)")]
    BadSeed(String),
    /// The difficulty is not one of the three.
    #[error(transparent)]
    BadDifficulty(#[from] crate::quiz::model::UnknownDifficulty),
    // Exam
    /// The exam screen was asked for without a pack and a name.
    #[error(
        "the exam screen needs a pack and a name: netdojo screen exam PACK NAME [ANSWER...] [:review|:confirm|:submit]"
    )]
    NoPack,
    /// The pack cannot be read or makes no exam.
    #[error("\"{0}\" cannot be used for an exam: {1}")]
    BadPack(String, String),
}

// Practice
/// The actions that open a practice session from `netdojo screen practice`'s
/// arguments and type the answers given after them.
fn practice_script(args: &[String]) -> Result<Vec<Action>, ScreenError> {
    use super::app::{PracticeSource, PracticeSpec};
    use crate::quiz::generators;
    let (mut skills, mut module, mut lesson, mut seed) = (Vec::new(), None, None, None);
    let mut difficulty = None;
    let mut answers = Vec::new();
    let mut words = args.iter();
    while let Some(word) = words.next() {
        let mut value = || words.next().cloned().unwrap_or_default();
        match word.as_str() {
            "--skill" => {
                let id = value();
                generators::find(id.trim()).ok_or(ScreenError::UnknownSkill(id.clone()))?;
                skills.push(id.trim().to_owned());
            }
            "--module" => {
                let name = value();
                let wanted = name.trim().to_uppercase();
                if !generators::modules().contains(&wanted.as_str()) {
                    return Err(ScreenError::UnknownModule(name));
                }
                module = Some(wanted);
            }
            "--lesson" => lesson = Some(value()),
            "--difficulty" => {
                let text = value();
                difficulty = Some(text.parse::<crate::quiz::model::Difficulty>()?);
            }
            "--seed" => {
                let text = value();
                seed = Some(
                    text.parse::<u64>()
                        .map_err(|_| ScreenError::BadSeed(text))?,
                );
            }
            _ => answers.push(word.clone()),
        }
    }
    let source = match (lesson, module) {
        (Some(id), _) => PracticeSource::Lesson(id),
        (None, Some(module)) if skills.is_empty() => PracticeSource::Module(module),
        (None, Some(module)) => {
            for skill in generators::SKILLS.iter().filter(|s| s.module() == module) {
                if !skills.iter().any(|id| id == skill.id.as_str()) {
                    skills.push(skill.id.as_str().to_owned());
                }
            }
            PracticeSource::Skills(skills)
        }
        (None, None) if skills.is_empty() => PracticeSource::Due,
        (None, None) => PracticeSource::Skills(skills),
    };
    let mut script = vec![Action::Go(Route::Practice(PracticeSpec {
        source,
        seed,
        difficulty,
    }))];
    for (i, answer) in answers.iter().enumerate() {
        if i > 0 {
            script.push(Action::Open);
        }
        script.push(Action::Paste(answer.clone()));
        script.push(Action::Open);
    }
    Ok(script)
}

fn screen_names() -> String {
    ScreenName::ALL
        .iter()
        .map(|s| s.name())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Draws a screen at `size` in `lang`, over the lessons built into netdojo, and
/// returns its text: one line per row, trailing spaces removed, each line
/// ending in a newline.
pub fn render_to_text(
    screen: ScreenName,
    size: ScreenSize,
    lang: Lang,
    args: &[String],
) -> Result<String, ScreenError> {
    let request = ScreenRequest {
        size,
        lang,
        args: args.to_vec(),
        scroll: 0,
    };
    render_screen(screen, &request, embedded_library())
}

/// What `netdojo screen` asks for besides the screen's name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ScreenRequest {
    /// The terminal size.
    pub size: ScreenSize,
    /// The interface language.
    pub lang: Lang,
    /// The screen's arguments (the lesson's id for the lesson screen).
    pub args: Vec<String>,
    /// The first row of a lesson to show.
    pub scroll: usize,
}

/// Draws a screen as [`render_to_text`] does, over the lessons of `library`.
pub fn render_screen(
    screen: ScreenName,
    request: &ScreenRequest,
    library: Arc<Library>,
) -> Result<String, ScreenError> {
    let size = request.size;
    let script = screen.script(&request.args)?;
    let mut app = match screen {
        // Exam
        ScreenName::Exam => exam_app(request, library)?,
        _ => App::with_library(request.lang, Theme::plain(), size.cols, size.rows, library),
    };
    for action in script {
        update(&mut app, action);
    }
    // Exam
    if let [_, name, steps @ ..] = request.args.as_slice() {
        if screen == ScreenName::Exam {
            exam_steps(&mut app, name, steps);
        }
    }
    if screen == ScreenName::Lesson {
        match app.screen_mut() {
            Screen::Reader(reader) => reader.scroll_to(request.scroll),
            _ => {
                let id = request.args.first().cloned().unwrap_or_default();
                return Err(ScreenError::UnknownLesson(id));
            }
        }
    }
    Ok(draw_app(&app))
}

/// Draws `app` at its own size and returns the text, as [`render_to_text`] does.
pub fn draw_app(app: &App) -> String {
    let mut terminal = match Terminal::new(TestBackend::new(app.area.width, app.area.height)) {
        Ok(terminal) => terminal,
        Err(never) => match never {},
    };
    match terminal.draw(|frame| view(app, frame)) {
        Ok(_) => {}
        Err(never) => match never {},
    }
    buffer_text(terminal.backend().buffer())
}

/// The text of a buffer: the cells hidden under wide characters are skipped, and
/// trailing spaces are removed from each line.
pub fn buffer_text(buffer: &Buffer) -> String {
    let width = usize::from(buffer.area.width);
    let mut out = String::new();
    if width == 0 {
        // Rows with no columns are still rows.
        return "\n".repeat(usize::from(buffer.area.height));
    }
    for row in buffer.content.chunks(width) {
        let mut line = String::new();
        let mut hidden = 0;
        for cell in row {
            if hidden > 0 {
                hidden -= 1;
                continue;
            }
            let symbol = cell.symbol();
            line.push_str(symbol);
            hidden = crate::i18n::width::columns(symbol).saturating_sub(1);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

// Exam
/// The seconds each step of an exam script takes on the screen's fixed clock.
pub const EXAM_STEP_SECS: u64 = 20;

/// The wall clock of the exam screen: 2026-01-01 09:00:00 UTC.
pub const EXAM_EPOCH: u64 = 1_767_258_000;

/// Takes the steps of an exam script: each step is an answer typed to the
/// question shown, then Enter (on a locked question, Enter first goes on to the
/// next); `_` leaves the question empty; `:next` and `:prev` move without
/// answering; `:review`, `:confirm` and `:submit` end on the review page, the
/// confirmation, or the submitted page (taken as written to `./<name's file>.json`).
/// Every step takes [`EXAM_STEP_SECS`] of a fixed clock that starts at
/// [`EXAM_EPOCH`].
pub fn exam_steps(app: &mut App, name: &str, steps: &[String]) {
    let mut clock = Clock {
        ms: 0,
        unix: EXAM_EPOCH,
    };
    update(app, Action::Tick(clock));
    for step in steps {
        clock.ms += EXAM_STEP_SECS * 1000;
        clock.unix += EXAM_STEP_SECS;
        update(app, Action::Tick(clock));
        let actions = match step.as_str() {
            ":next" => vec![Action::NextQuestion],
            ":prev" => vec![Action::PrevQuestion],
            ":review" => vec![Action::Review],
            ":confirm" => vec![Action::Review, Action::Submit],
            ":submit" => {
                let path = store::final_path(std::path::Path::new("."), name);
                vec![
                    Action::Review,
                    Action::Submit,
                    Action::Confirm,
                    Action::ExamStored(Stored {
                        submitted: true,
                        outcome: Ok(path.display().to_string()),
                    }),
                ]
            }
            typed => {
                let mut actions = Vec::new();
                if app.mode() == super::keymap::Mode::EXAM_LOCKED {
                    actions.push(Action::Open);
                }
                actions.push(Action::ClearInput);
                if typed != "_" {
                    actions.push(Action::Paste(typed.to_owned()));
                }
                actions.push(Action::Open);
                actions
            }
        };
        for action in actions {
            update(app, action);
        }
    }
}

/// The app running the exam of `args[1]` on the pack file `args[0]`, new (no
/// autosave is read) and writing nothing.
fn exam_app(request: &ScreenRequest, library: Arc<Library>) -> Result<App, ScreenError> {
    let (Some(path), Some(name)) = (request.args.first(), request.args.get(1)) else {
        return Err(ScreenError::NoPack);
    };
    let bad = |why: String| ScreenError::BadPack(path.clone(), why);
    let text = store::read_text(std::path::Path::new(path)).map_err(|e| bad(e.to_string()))?;
    let pack = pack::read(&text, &library).map_err(|problems| {
        bad(problems
            .first()
            .map(ToString::to_string)
            .unwrap_or_default())
    })?;
    let exam = Exam::build(&pack, &library, Some(name)).map_err(|e| bad(e.to_string()))?;
    let result = ResultFile::start(name, &pack, &text, &rfc3339(EXAM_EPOCH));
    let lang = pack.language(Some(request.lang));
    let setup = ExamSetup {
        exam,
        pack,
        result,
        dir: std::path::PathBuf::from("."),
    };
    let size = request.size;
    Ok(App::exam(
        lang,
        Theme::plain(),
        size.cols,
        size.rows,
        library,
        setup,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse_strictly() {
        assert_eq!("80x24".parse(), Ok(ScreenSize { cols: 80, rows: 24 }));
        assert_eq!("0X0".parse(), Ok(ScreenSize { cols: 0, rows: 0 }));
        for bad in [
            "80", "80x", "x24", "+80x24", "80x24x1", "1001x5", "-1x5", " 80x24",
        ] {
            assert_eq!(
                bad.parse::<ScreenSize>(),
                Err(ScreenError::BadSize(bad.into())),
                "{bad}"
            );
        }
    }

    #[test]
    fn errors_name_the_value_in_quotes() {
        assert_eq!(
            "homr".parse::<ScreenName>().map_err(|e| e.to_string()),
            Err(
                "\"homr\" is not a screen name (expected one of: home, help, subnet, avail, port, tcp, vpc, route, split, aggregate, lesson, dns, ssh, http, s3, weighted, instance, cert, mysqlhost, ipv4cost, sg, nacl, practice, stats, exam)"
                    .to_string()
            )
        );
        assert_eq!(
            ScreenError::BadSize("9".into()).to_string(),
            "\"9\" is not a screen size (expected COLSxROWS such as 80x24, each side 0 to 1000)"
        );
    }

    #[test]
    fn zero_by_zero_is_empty_and_rows_are_kept() {
        let text = render_to_text(
            ScreenName::Home,
            ScreenSize { cols: 0, rows: 0 },
            Lang::En,
            &[],
        );
        assert_eq!(text, Ok(String::new()));
        let text = render_to_text(
            ScreenName::Home,
            ScreenSize { cols: 80, rows: 24 },
            Lang::En,
            &[],
        );
        assert_eq!(text.map(|t| t.lines().count()), Ok(24));
    }

    #[test]
    fn wide_characters_are_not_followed_by_their_hidden_cells() {
        let text = render_to_text(
            ScreenName::Home,
            ScreenSize { cols: 80, rows: 24 },
            Lang::Ja,
            &[],
        )
        .unwrap_or_default();
        for line in text.lines() {
            assert!(crate::i18n::width::columns(line) <= 80, "{line}");
        }
        assert!(text.contains("目次"));
    }
}
