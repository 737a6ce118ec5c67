//! The model: a stack of screens (home at the bottom), an optional overlay, the
//! language, the theme and the terminal size. Each screen has its own state struct
//! and its own pure transitions in `app/`; `update` routes actions to them.

pub mod calc;
pub mod cli_view;
pub mod help;
pub mod home;
pub mod labelled;
pub mod s3;
pub mod scroll;
pub mod subnet;

use ratatui::layout::Rect;

use super::action::Action;
use super::keymap::Mode;
use super::layout;
use super::theme::Theme;
use crate::i18n::{Lang, Msg};

pub use cli_view::{CliText, CliViewState};
pub use help::HelpState;
pub use home::HomeState;
pub use s3::S3State;
pub use subnet::SubnetState;

use calc::Calculator;

/// A place the app can open: a screen and what to prefill it with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The home screen.
    Home,
    /// A calculator, its inputs prefilled in order (empty: its defaults).
    Calc(CalcKind, Vec<String>),
}

/// The calculators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CalcKind {
    /// Facts about one block.
    Subnet,
    /// S3 storage cost and multipart uploads.
    S3,
}

/// One screen's state.
#[derive(Debug, Clone)]
pub enum Screen {
    /// The home list.
    Home(HomeState),
    /// The subnet calculator.
    Subnet(Box<SubnetState>),
    /// The S3 calculator.
    S3(Box<S3State>),
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
            Route::Calc(CalcKind::S3, prefill) => Screen::S3(Box::new(S3State::new(prefill))),
        }
    }

    /// The keymap mode the screen is in.
    pub fn mode(&self) -> Mode {
        match self {
            Screen::Home(s) => s.mode(),
            Screen::Subnet(s) => s.mode(),
            Screen::S3(s) => s.mode(),
        }
    }

    /// The title shown in the top row.
    pub fn title(&self) -> Msg {
        match self {
            Screen::Home(_) => Msg::HomeTitle,
            Screen::Subnet(_) => Msg::SubnetTitle,
            Screen::S3(_) => Msg::S3Title,
        }
    }

    /// Handles an action.
    pub fn update(&mut self, action: &Action, ctx: &Ctx) -> Outcome {
        match self {
            Screen::Home(s) => s.update(action, ctx),
            Screen::Subnet(s) => calc::update(s.as_mut(), action, ctx),
            Screen::S3(s) => calc::update(s.as_mut(), action, ctx),
        }
    }

    /// The command line that computes what the screen shows, with its output.
    pub fn cli(&self) -> Option<CliText> {
        match self {
            Screen::Home(_) => None,
            Screen::Subnet(s) => s.cli(),
            Screen::S3(s) => s.cli(),
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
            self.stack.clear();
            return;
        }
        let mut screen = Screen::open(route);
        // Let the new screen size its view to the terminal at once.
        let ctx = self.ctx();
        screen.update(&Action::Resize(self.area.width, self.area.height), &ctx);
        self.stack.push(screen);
    }
}
