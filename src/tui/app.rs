//! The model: a stack of screens (home at the bottom), an optional overlay, the
//! language, the theme and the terminal size. Each screen has its own state struct
//! and its own pure transitions in `app/`; `update` routes actions to them.

pub mod aggregate;
pub mod avail;
pub mod bar;
pub mod bars;
pub mod calc;
pub mod cli_view;
// Exam
pub mod exam;
pub mod help;
pub mod home;
pub mod numbers;
pub mod port;
pub mod reader;
// Practice
pub mod practice;
pub mod route_lookup;
pub mod rows;
pub mod scroll;
pub mod shelf;
pub mod split;
pub mod stats;
pub mod subnet;
pub mod tcp;
pub mod vpc;
// DNS, HTTP, SSH screens
pub mod dns;
pub mod http;
pub mod ssh;

// AWS calculators
pub mod aws;
pub mod labelled;
pub mod s3;
// Security groups and network ACLs
pub mod firewall;

use std::sync::Arc;

use ratatui::layout::Rect;

use super::action::Action;
use super::keymap::Mode;
use super::layout;
use super::theme::Theme;
use crate::i18n::{Lang, Msg};
use crate::progress::{Day, Progress};

pub use aggregate::AggregateState;
pub use avail::AvailState;
pub use cli_view::{CliText, CliViewState};
// Exam
pub use exam::ExamState;
pub use help::HelpState;
pub use home::HomeState;
pub use port::PortState;
pub use reader::ReaderState;
pub use route_lookup::RouteState;
pub use shelf::Shelf;
pub use split::SplitState;
pub use subnet::SubnetState;
pub use tcp::TcpState;
pub use vpc::VpcState;
// DNS, HTTP, SSH screens
pub use dns::DnsState;
pub use http::HttpState;
pub use ssh::SshState;

// AWS calculators
pub use aws::{AwsKind, AwsState};
pub use s3::S3State;
// Security groups and network ACLs
pub use firewall::{FirewallKind, FirewallState};
// Practice
pub use practice::{PracticeSource, PracticeSpec, PracticeState};
pub use stats::StatsState;

use crate::lesson::Library;

use calc::Calculator;

/// A place the app can open: a screen and what to prefill it with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The home screen.
    Home,
    /// A calculator, its inputs prefilled in order (empty: its defaults).
    Calc(CalcKind, Vec<String>),
    /// A lesson, by id.
    Lesson(String),
    // Practice
    /// A practice session.
    Practice(PracticeSpec),
    /// The statistics of practice.
    Stats,
    // Exam
    /// One section of the home list (what an exam allows to open).
    Shelf(super::catalog::Section),
}

/// The calculators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CalcKind {
    /// Facts about one block.
    Subnet,
    /// Availability: systems, MTBF/MTTR, N+k sizing.
    Avail,
    /// Port numbers classified.
    Port,
    /// TCP: a connection step by step, TCP vs UDP, fragmentation.
    Tcp,
    /// The VPC planner.
    Vpc,
    /// The route table lookup.
    RouteLookup,
    /// Split and VLSM.
    Split,
    /// Aggregate and overlap.
    Aggregate,
    // DNS, HTTP, SSH screens
    /// DNS: a name's levels, a resolution step by step, record types.
    Dns,
    /// SSH public-key authentication step by step.
    Ssh,
    /// HTTP: a message annotated part by part, status codes.
    Http,
    // AWS calculators
    /// S3 storage cost and multipart uploads.
    S3,
    /// One of the smaller AWS calculators.
    Aws(AwsKind),
    // Security groups and network ACLs
    /// A security group or a network ACL judging a packet.
    Firewall(FirewallKind),
}

/// One screen's state.
#[derive(Debug, Clone)]
pub enum Screen {
    /// The home list.
    Home(HomeState),
    /// The subnet calculator.
    Subnet(Box<SubnetState>),
    /// The availability calculator.
    Avail(Box<AvailState>),
    /// The port classifier.
    Port(Box<PortState>),
    /// TCP step by step.
    Tcp(Box<TcpState>),
    /// The VPC planner.
    Vpc(Box<VpcState>),
    /// The route table lookup.
    RouteLookup(Box<RouteState>),
    /// Split and VLSM.
    Split(Box<SplitState>),
    /// Aggregate and overlap.
    Aggregate(Box<AggregateState>),
    // DNS, HTTP, SSH screens
    /// DNS: a name's levels, a resolution step by step, record types.
    Dns(Box<DnsState>),
    /// SSH public-key authentication step by step.
    Ssh(Box<SshState>),
    /// HTTP: a message annotated part by part, status codes.
    Http(Box<HttpState>),
    /// A lesson.
    Reader(Box<ReaderState>),
    // AWS calculators
    /// The S3 calculator.
    S3(Box<S3State>),
    /// One of the smaller AWS calculators.
    Aws(Box<AwsState>),
    // Security groups and network ACLs
    /// A security group or a network ACL judging a packet.
    Firewall(Box<FirewallState>),
    // Practice
    /// A practice session.
    Practice(Box<PracticeState>),
    /// The statistics of practice.
    Stats(Box<StatsState>),
    // Exam
    /// An exam.
    Exam(Box<ExamState>),
}

/// What a screen wants after handling an action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The screen did not use the action; the app may (Esc goes back).
    Ignored,
    /// The screen used the action.
    Handled,
    /// Open a new screen on top.
    Open(Route),
    /// Show a message in the footer.
    Status(Status),
    // Practice
    /// A practice answer to record in the learner's progress.
    Answered {
        /// The skill of the question.
        skill: String,
        /// Whether the answer was right.
        right: bool,
    },
    /// The learner chose how hard practice questions are from now on.
    Difficulty(crate::quiz::model::Difficulty),
    // Exam
    /// Work for the run loop (writing an exam's answers).
    Effect(super::update::Effect),
}

/// What screens may look at while they update.
#[derive(Debug, Clone, Copy)]
pub struct Ctx {
    /// The interface language.
    pub lang: Lang,
    /// The area the screen's body is drawn in.
    pub body: Rect,
}

impl Screen {
    /// A new screen for `route`.
    pub fn open(route: &Route) -> Screen {
        match route {
            Route::Home => Screen::Home(HomeState::new()),
            Route::Calc(CalcKind::Subnet, prefill) => {
                Screen::Subnet(Box::new(SubnetState::new(prefill)))
            }
            Route::Calc(CalcKind::Avail, prefill) => {
                Screen::Avail(Box::new(AvailState::new(prefill)))
            }
            Route::Calc(CalcKind::Port, prefill) => Screen::Port(Box::new(PortState::new(prefill))),
            Route::Calc(CalcKind::Tcp, prefill) => Screen::Tcp(Box::new(TcpState::new(prefill))),
            Route::Calc(CalcKind::Vpc, prefill) => Screen::Vpc(Box::new(VpcState::new(prefill))),
            Route::Calc(CalcKind::RouteLookup, prefill) => {
                Screen::RouteLookup(Box::new(RouteState::new(prefill)))
            }
            Route::Calc(CalcKind::Split, prefill) => {
                Screen::Split(Box::new(SplitState::new(prefill)))
            }
            Route::Calc(CalcKind::Aggregate, prefill) => {
                Screen::Aggregate(Box::new(AggregateState::new(prefill)))
            }
            // DNS, HTTP, SSH screens
            Route::Calc(CalcKind::Dns, prefill) => Screen::Dns(Box::new(DnsState::new(prefill))),
            Route::Calc(CalcKind::Ssh, prefill) => Screen::Ssh(Box::new(SshState::new(prefill))),
            Route::Calc(CalcKind::Http, prefill) => Screen::Http(Box::new(HttpState::new(prefill))),
            // Without the app's library: the reader says the lesson is missing.
            // `App::open` opens lessons from its shelf instead.
            Route::Lesson(id) => Screen::Reader(Box::new(ReaderState::new(Arc::default(), id))),
            // AWS calculators
            Route::Calc(CalcKind::S3, prefill) => Screen::S3(Box::new(S3State::new(prefill))),
            Route::Calc(CalcKind::Aws(kind), prefill) => {
                Screen::Aws(Box::new(AwsState::new(*kind, prefill)))
            }
            // Security groups and network ACLs
            Route::Calc(CalcKind::Firewall(kind), prefill) => {
                Screen::Firewall(Box::new(FirewallState::new(*kind, prefill)))
            }
            // Without the app's progress and lessons: `App::open` lends them instead.
            Route::Practice(spec) => {
                let (progress, library) = (Progress::default(), Library::default());
                let start = practice::Start {
                    progress: &progress,
                    today: Day(0),
                    library: &library,
                    seed: 1,
                    difficulty: crate::quiz::model::Difficulty::Medium,
                };
                Screen::Practice(Box::new(PracticeState::start(spec, &start)))
            }
            Route::Stats => Screen::Stats(Box::new(StatsState::new(Progress::default(), Day(0)))),
            // Exam
            Route::Shelf(section) => Screen::Home(HomeState::with_entries(
                super::catalog::catalog()
                    .into_iter()
                    .filter(|e| e.section == *section)
                    .collect(),
            )),
        }
    }

    /// The keymap mode the screen is in.
    pub fn mode(&self) -> Mode {
        match self {
            Screen::Home(s) => s.mode(),
            Screen::Subnet(s) => s.mode(),
            Screen::Avail(s) => s.mode(),
            Screen::Port(s) => s.mode(),
            Screen::Tcp(s) => s.mode(),
            Screen::Vpc(s) => s.mode(),
            Screen::RouteLookup(s) => s.mode(),
            Screen::Split(s) => s.mode(),
            Screen::Aggregate(s) => s.mode(),
            // DNS, HTTP, SSH screens
            Screen::Dns(s) => s.mode(),
            Screen::Ssh(s) => s.mode(),
            Screen::Http(s) => s.mode(),
            Screen::Reader(s) => s.mode(),
            // AWS calculators
            Screen::S3(s) => s.mode(),
            Screen::Aws(s) => s.mode(),
            // Security groups and network ACLs
            Screen::Firewall(s) => s.mode(),
            Screen::Practice(s) => s.mode(),
            Screen::Stats(s) => s.mode(),
            // Exam
            Screen::Exam(s) => s.mode(),
        }
    }

    /// The title shown in the top row.
    pub fn title(&self) -> Msg {
        match self {
            Screen::Home(_) => Msg::HomeTitle,
            Screen::Subnet(_) => Msg::SubnetTitle,
            Screen::Avail(_) => Msg::AvailTitle,
            Screen::Port(_) => Msg::PortTitle,
            Screen::Tcp(_) => Msg::TcpTitle,
            Screen::Vpc(_) => Msg::VpcTitle,
            Screen::RouteLookup(_) => Msg::RouteTitle,
            Screen::Split(_) => Msg::SplitTitle,
            Screen::Aggregate(_) => Msg::AggregateTitle,
            // DNS, HTTP, SSH screens
            Screen::Dns(_) => Msg::DnsTitle,
            Screen::Ssh(_) => Msg::SshTitle,
            Screen::Http(_) => Msg::HttpTitle,
            Screen::Reader(_) => Msg::ReaderTitle,
            // AWS calculators
            Screen::S3(_) => Msg::S3Title,
            Screen::Aws(s) => s.kind().title(),
            // Security groups and network ACLs
            Screen::Firewall(s) => s.kind().title(),
            Screen::Practice(_) => Msg::PracticeTitle,
            Screen::Stats(_) => Msg::StatsTitle,
            // Exam
            Screen::Exam(_) => Msg::ExamTitle,
        }
    }

    /// Handles an action.
    pub fn update(&mut self, action: &Action, ctx: &Ctx) -> Outcome {
        match self {
            Screen::Home(s) => s.update(action, ctx),
            Screen::Subnet(s) => calc::update(s.as_mut(), action, ctx),
            Screen::Avail(s) => calc::update(s.as_mut(), action, ctx),
            Screen::Port(s) => calc::update(s.as_mut(), action, ctx),
            Screen::Tcp(s) => s.update(action, ctx),
            Screen::Vpc(s) => calc::update(s.as_mut(), action, ctx),
            Screen::RouteLookup(s) => calc::update(s.as_mut(), action, ctx),
            Screen::Split(s) => calc::update(s.as_mut(), action, ctx),
            Screen::Aggregate(s) => calc::update(s.as_mut(), action, ctx),
            // DNS, HTTP, SSH screens
            Screen::Dns(s) => s.update(action, ctx),
            Screen::Ssh(s) => s.update(action, ctx),
            Screen::Http(s) => s.update(action, ctx),
            Screen::Reader(s) => s.update(action, ctx),
            // AWS calculators
            Screen::S3(s) => calc::update(s.as_mut(), action, ctx),
            Screen::Aws(s) => calc::update(s.as_mut(), action, ctx),
            // Security groups and network ACLs
            Screen::Firewall(s) => calc::update(s.as_mut(), action, ctx),
            Screen::Practice(s) => s.update(action, ctx),
            Screen::Stats(s) => s.update(action, ctx),
            // Exam
            Screen::Exam(s) => s.update(action, ctx),
        }
    }

    /// The command line that computes what the screen shows, with its output
    /// (in `lang` where the command prints text in either language).
    pub fn cli(&self, lang: Lang) -> Option<CliText> {
        match self {
            Screen::Home(_) | Screen::Reader(_) | Screen::Practice(_) | Screen::Stats(_) => None,
            // Exam
            Screen::Exam(_) => None,
            Screen::Subnet(s) => s.cli(),
            Screen::Avail(s) => s.cli(),
            Screen::Port(s) => s.cli(),
            Screen::Tcp(s) => s.cli_in(lang),
            Screen::Vpc(s) => s.cli(),
            Screen::RouteLookup(s) => s.cli(),
            Screen::Split(s) => s.cli(),
            Screen::Aggregate(s) => s.cli(),
            // DNS, HTTP, SSH screens
            Screen::Dns(s) => s.cli_in(lang),
            Screen::Ssh(s) => s.cli_in(lang),
            Screen::Http(s) => s.cli_in(lang),
            // AWS calculators
            Screen::S3(s) => s.cli(),
            Screen::Aws(s) => s.cli(),
            // Security groups and network ACLs
            Screen::Firewall(s) => s.cli(),
        }
    }
}

/// A box drawn over the screen, which takes the keys while it is open.
#[derive(Debug, Clone)]
pub enum Overlay {
    /// The keys of the screen under it.
    Help(HelpState),
    /// The command line equivalent of the screen under it.
    Cli(CliViewState),
}

/// A one-line message in the footer until the next key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    /// The message.
    pub msg: Msg,
    /// Its arguments.
    pub args: Vec<String>,
}

/// The whole state of the app.
#[derive(Debug, Clone)]
pub struct App {
    /// The interface language.
    pub lang: Lang,
    /// The styles.
    pub theme: Theme,
    /// The terminal size.
    pub area: Rect,
    /// The bottom screen (home); never popped.
    pub root: Screen,
    /// Screens opened on top of the root, last on top.
    pub stack: Vec<Screen>,
    /// The overlay, if one is open.
    pub overlay: Option<Overlay>,
    /// The footer message, if any.
    pub status: Option<Status>,
    /// The lessons, and the readers closed so far.
    pub shelf: Shelf,
    // Practice
    /// The learner's progress, as loaded by the run loop (empty otherwise).
    pub progress: Progress,
    /// Today, for what is due.
    pub today: Day,
    /// The seed of the next practice session that names none.
    pub next_seed: u64,
    /// How hard generated practice questions are (medium until the learner
    /// changes it).
    pub difficulty: crate::quiz::model::Difficulty,
}

impl App {
    /// The app at its home screen, for a terminal of `width` × `height`.
    pub fn new(lang: Lang, theme: Theme, width: u16, height: u16) -> App {
        App {
            lang,
            theme,
            area: Rect::new(0, 0, width, height),
            root: Screen::open(&Route::Home),
            stack: Vec::new(),
            overlay: None,
            status: None,
            shelf: Shelf::default(),
            progress: Progress::default(),
            today: Day(0),
            next_seed: 1,
            difficulty: crate::quiz::model::Difficulty::Medium,
        }
    }

    /// The app at its home screen listing the lessons of `library`.
    pub fn with_library(
        lang: Lang,
        theme: Theme,
        width: u16,
        height: u16,
        library: Arc<Library>,
    ) -> App {
        let entries = super::catalog::with_lessons(&library);
        App {
            root: Screen::Home(HomeState::with_entries(entries)),
            shelf: Shelf::new(library),
            ..App::new(lang, theme, width, height)
        }
    }

    /// Closes the screen on top (never the home screen); a closed reader is
    /// kept so its lesson reopens where it was left.
    pub fn pop(&mut self) {
        if let Some(screen) = self.stack.pop() {
            self.shelf.keep(screen);
        }
    }

    /// The screen on top.
    pub fn screen(&self) -> &Screen {
        self.stack.last().unwrap_or(&self.root)
    }

    /// The screen on top, to change it.
    pub fn screen_mut(&mut self) -> &mut Screen {
        self.stack.last_mut().unwrap_or(&mut self.root)
    }

    /// The keymap mode: the overlay's while one is open, else the screen's.
    pub fn mode(&self) -> Mode {
        match &self.overlay {
            Some(_) => Mode::OVERLAY,
            None => self.screen().mode(),
        }
    }

    /// What screens may look at while they update.
    pub fn ctx(&self) -> Ctx {
        Ctx {
            lang: self.lang,
            body: layout::chrome(self.area).body,
        }
    }

    /// Opens a screen on top (home clears the stack instead, keeping its state).
    pub fn open(&mut self, route: &Route) {
        if *route == Route::Home {
            while !self.stack.is_empty() {
                self.pop();
            }
            return;
        }
        let mut screen = match route {
            Route::Lesson(id) => match self.shelf.open(id) {
                Some(reader) => Screen::Reader(Box::new(reader)),
                None => {
                    self.status = Some(Status {
                        msg: Msg::LessonMissing,
                        args: vec![id.clone()],
                    });
                    return;
                }
            },
            Route::Practice(spec) => {
                let start = practice::Start {
                    progress: &self.progress,
                    today: self.today,
                    library: self.shelf.library(),
                    seed: self.next_seed,
                    difficulty: self.difficulty,
                };
                let screen = Screen::Practice(Box::new(PracticeState::start(spec, &start)));
                if spec.seed.is_none() {
                    self.next_seed = self.next_seed.wrapping_add(1);
                }
                // A session started from a session takes its place.
                if matches!(self.screen(), Screen::Practice(_)) {
                    self.pop();
                }
                screen
            }
            Route::Stats => {
                Screen::Stats(Box::new(StatsState::new(self.progress.clone(), self.today)))
            }
            // Exam
            Route::Shelf(section) => Screen::Home(HomeState::with_entries(
                super::catalog::with_lessons(self.shelf.library())
                    .into_iter()
                    .filter(|e| e.section == *section)
                    .collect(),
            )),
            _ => Screen::open(route),
        };
        // Let the new screen size its view to the terminal at once.
        let ctx = self.ctx();
        screen.update(&Action::Resize(self.area.width, self.area.height), &ctx);
        self.stack.push(screen);
    }
}

// Practice
impl App {
    /// The app with the learner's progress as of `today`; `seed` starts the
    /// practice sessions that name no seed.
    pub fn with_progress(mut self, progress: Progress, today: Day, seed: u64) -> App {
        self.progress = progress;
        self.today = today;
        self.next_seed = seed;
        self.refresh_due();
        self
    }

    /// Records a practice answer by the rules `netdojo quiz` uses.
    pub fn record_answer(&mut self, skill: &str, right: bool) {
        self.progress
            .record(&crate::progress::Leitner, skill, right, self.today);
        self.refresh_due();
    }

    /// Skills with practice questions that are due today.
    pub fn due_count(&self) -> usize {
        self.progress
            .due(&crate::progress::Leitner, self.today)
            .into_iter()
            .filter(|id| crate::quiz::generators::find(id).is_some())
            .count()
    }

    fn refresh_due(&mut self) {
        let due = self.due_count();
        if let Screen::Home(home) = &mut self.root {
            home.set_due(due);
        }
    }
}

// Exam
impl App {
    /// The app running an exam: the exam is the bottom screen, so nothing closes it.
    pub fn exam(
        lang: Lang,
        theme: Theme,
        width: u16,
        height: u16,
        library: Arc<Library>,
        setup: exam::ExamSetup,
    ) -> App {
        App {
            root: Screen::Exam(Box::new(ExamState::new(setup))),
            shelf: Shelf::new(library),
            ..App::new(lang, theme, width, height)
        }
    }

    /// The exam, when the app runs one.
    pub fn exam_state(&self) -> Option<&ExamState> {
        match &self.root {
            Screen::Exam(exam) => Some(exam),
            _ => None,
        }
    }
}
