//! Drawing the whole app: title row, the screen on top, an overlay, and the
//! footer. Drawing only; the model is read, never changed.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};

use super::app::calc::Calculator;
use super::app::{App, Overlay, Screen};
use super::layout;
use super::screens::calc::CalcView;
use super::screens::cli_view::CliView;
use super::screens::exam::ExamView;
use super::screens::help::HelpView;
use super::screens::home::HomeView;
use super::screens::practice::PracticeView;
use super::screens::reader::ReaderView;
use super::screens::stats::StatsView;
use super::widgets::footer::Footer;
use super::widgets::title_bar::TitleBar;
use super::widgets::too_small::TooSmall;
use ratatui::widgets::Widget;

/// Draws the app in the frame and places the terminal cursor.
pub fn view(app: &App, frame: &mut Frame<'_>) {
    let area = frame.area();
    let cursor = draw(app, area, frame.buffer_mut());
    if let Some(position) = cursor {
        frame.set_cursor_position(position);
    }
}

/// Draws the app into a buffer; returns where the terminal cursor belongs, if anywhere.
pub fn draw(app: &App, area: Rect, buf: &mut Buffer) -> Option<Position> {
    let area = area.intersection(buf.area);
    if layout::too_small(area) {
        TooSmall { lang: app.lang }.render(area, buf);
        return None;
    }
    let chrome = layout::chrome(area);
    let mut path = vec![app.lang.text(app.root.title()).to_string()];
    path.extend(
        app.stack
            .iter()
            .map(|s| app.lang.text(s.title()).to_string()),
    );
    TitleBar {
        lang: app.lang,
        path,
    }
    .render(chrome.title, buf);
    let cursor = draw_screen(app, app.screen(), chrome.body, buf);
    match &app.overlay {
        Some(Overlay::Help(help)) => HelpView {
            state: help,
            screen: app.screen().title(),
            lang: app.lang,
            theme: &app.theme,
        }
        .render(chrome.body, buf),
        Some(Overlay::Cli(cli)) => CliView {
            state: cli,
            lang: app.lang,
            theme: &app.theme,
        }
        .render(chrome.body, buf),
        None => {}
    }
    Footer {
        lang: app.lang,
        theme: &app.theme,
        mode: app.mode(),
        status: app.status.as_ref(),
    }
    .render(chrome.footer, buf);
    if app.overlay.is_some() { None } else { cursor }
}

/// Draws a screen view that places the cursor, and returns where it goes.
macro_rules! draw_with_cursor {
    ($view:ident, $app:expr, $state:expr, $body:expr, $buf:expr) => {{
        let view = $view {
            state: $state,
            lang: $app.lang,
            theme: &$app.theme,
        };
        let cursor = view.cursor($body);
        view.render($body, $buf);
        cursor
    }};
}

fn draw_screen(app: &App, screen: &Screen, body: Rect, buf: &mut Buffer) -> Option<Position> {
    match screen {
        Screen::Home(state) => draw_with_cursor!(HomeView, app, state, body, buf),
        Screen::Subnet(state) => calc_view(app, state.as_ref(), body, buf),
        Screen::Avail(state) => calc_view(app, state.as_ref(), body, buf),
        Screen::Port(state) => calc_view(app, state.as_ref(), body, buf),
        Screen::Tcp(state) => calc_view(app, state.as_ref(), body, buf),
        Screen::Vpc(state) => calc_view(app, state.as_ref(), body, buf),
        Screen::RouteLookup(state) => calc_view(app, state.as_ref(), body, buf),
        Screen::Split(state) => calc_view(app, state.as_ref(), body, buf),
        Screen::Aggregate(state) => calc_view(app, state.as_ref(), body, buf),
        // DNS, HTTP, SSH screens
        Screen::Dns(state) => calc_view(app, state.as_ref(), body, buf),
        Screen::Ssh(state) => calc_view(app, state.as_ref(), body, buf),
        Screen::Http(state) => calc_view(app, state.as_ref(), body, buf),
        // Practice
        Screen::Practice(state) => draw_with_cursor!(PracticeView, app, state, body, buf),
        // Exam
        Screen::Exam(state) => draw_with_cursor!(ExamView, app, state, body, buf),
        Screen::Stats(state) => {
            StatsView {
                state,
                lang: app.lang,
                theme: &app.theme,
            }
            .render(body, buf);
            None
        }
        Screen::Reader(state) => draw_with_cursor!(ReaderView, app, state, body, buf),
        // AWS calculators
        Screen::S3(state) => calc_view(app, state.as_ref(), body, buf),
        Screen::Aws(state) => calc_view(app, state.as_ref(), body, buf),
        // Security groups and network ACLs
        Screen::Firewall(state) => calc_view(app, state.as_ref(), body, buf),
    }
}

fn calc_view<C: Calculator>(
    app: &App,
    state: &C,
    body: Rect,
    buf: &mut Buffer,
) -> Option<Position> {
    let view = CalcView {
        state,
        lang: app.lang,
        theme: &app.theme,
    };
    let cursor = view.cursor(body);
    view.render(body, buf);
    cursor
}
