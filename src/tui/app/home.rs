//! The home screen's state: the catalog, the filter, the selection and the scroll.

use crate::i18n::Msg;
use crate::tui::action::Action;
use crate::tui::catalog::{Entry, Section, catalog};
use crate::tui::input::TextField;
use crate::tui::keymap::{CharClass, Mode};
use crate::tui::layout;

use super::{Ctx, Outcome, Status, scroll};

/// One row of the home list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// A section heading.
    Header(Section),
    /// An entry, by its index in the catalog.
    Entry(usize),
}

/// The state of the home screen.
#[derive(Debug, Clone)]
pub struct HomeState {
    entries: Vec<Entry>,
    filter: TextField,
    filtering: bool,
    selected: Option<usize>,
    offset: usize,
    due: usize,
}

impl Default for HomeState {
    fn default() -> Self {
        HomeState::new()
    }
}

impl HomeState {
    /// The home screen over the built-in catalog, first entry selected.
    pub fn new() -> HomeState {
        HomeState::with_entries(catalog())
    }

    /// The home screen over the given entries.
    pub fn with_entries(entries: Vec<Entry>) -> HomeState {
        let selected = if entries.is_empty() { None } else { Some(0) };
        HomeState {
            entries,
            filter: TextField::default(),
            filtering: false,
            selected,
            offset: 0,
            due: 0,
        }
    }

    /// The keymap mode: typing a filter or moving through the list.
    pub fn mode(&self) -> Mode {
        if self.filtering {
            Mode::HOME_FILTER
        } else {
            Mode::HOME
        }
    }

    /// Every entry of the catalog.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The filter field.
    pub fn filter(&self) -> &TextField {
        &self.filter
    }

    /// Whether the filter is being typed.
    pub fn filtering(&self) -> bool {
        self.filtering
    }

    /// Whether the filter line is shown (while typing, or while a filter applies).
    pub fn shows_filter(&self) -> bool {
        self.filtering || !self.filter.text().is_empty()
    }

    /// The selected entry's index in the catalog, if any entry matches.
    pub fn selected(&self) -> Option<usize> {
        self.selected
    }

    /// The selected entry.
    pub fn selected_entry(&self) -> Option<&Entry> {
        self.selected.and_then(|i| self.entries.get(i))
    }

    /// Skills due for review today, shown with the practice section.
    pub fn due(&self) -> usize {
        self.due
    }

    /// Sets the count of skills due today.
    pub fn set_due(&mut self, due: usize) {
        self.due = due;
    }

    /// The first row shown.
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// The rows that match the filter: each section heading followed by its entries.
    pub fn rows(&self) -> Vec<Row> {
        let needle = self.filter.text().trim().to_lowercase();
        let mut rows = Vec::new();
        let mut section = None;
        for (i, entry) in self.entries.iter().enumerate() {
            if !entry.matches(&needle) {
                continue;
            }
            if section != Some(entry.section) {
                section = Some(entry.section);
                rows.push(Row::Header(entry.section));
            }
            rows.push(Row::Entry(i));
        }
        rows
    }

    /// Handles an action.
    pub fn update(&mut self, action: &Action, ctx: &Ctx) -> Outcome {
        let areas = layout::home(ctx.body, self.shows_filter());
        let height = usize::from(areas.rows.height);
        let outcome = match action {
            Action::Resize(..) => Outcome::Handled,
            Action::StartFilter => {
                self.filtering = true;
                Outcome::Handled
            }
            Action::Back if self.filtering || !self.filter.text().is_empty() => {
                self.filtering = false;
                self.filter = TextField::default();
                self.reselect();
                Outcome::Handled
            }
            Action::Open => {
                self.filtering = false;
                self.open(ctx)
            }
            Action::Click(x, y) => self.click(*x, *y, areas, ctx),
            Action::ScrollUp(x, y) | Action::ScrollDown(x, y)
                if !areas.list_box.contains((*x, *y).into()) =>
            {
                Outcome::Ignored
            }
            _ if self.filtering && self.filter.apply(action, CharClass::Free) => {
                self.offset = 0;
                self.reselect();
                Outcome::Handled
            }
            _ => self.step(action, height),
        };
        self.keep_in_view(height);
        outcome
    }

    fn step(&mut self, action: &Action, page: usize) -> Outcome {
        let visible: Vec<usize> = self
            .rows()
            .into_iter()
            .filter_map(|row| match row {
                Row::Entry(i) => Some(i),
                Row::Header(_) => None,
            })
            .collect();
        let position = self
            .selected
            .and_then(|s| visible.iter().position(|&i| i == s))
            .unwrap_or(0);
        match scroll::step(position, action, visible.len(), page) {
            Some(next) => {
                self.selected = visible.get(next).copied();
                Outcome::Handled
            }
            None => Outcome::Ignored,
        }
    }

    fn open(&self, ctx: &Ctx) -> Outcome {
        match self.selected_entry() {
            Some(Entry {
                target: Some(route),
                ..
            }) => Outcome::Open(route.clone()),
            Some(entry) => Outcome::Status(Status {
                msg: Msg::Coming,
                args: vec![entry.title.get(ctx.lang).to_string()],
            }),
            None => Outcome::Handled,
        }
    }

    fn click(&mut self, x: u16, y: u16, areas: layout::Home, ctx: &Ctx) -> Outcome {
        if areas.filter.contains((x, y).into()) {
            self.filtering = true;
            return Outcome::Handled;
        }
        if !areas.rows.contains((x, y).into()) {
            return Outcome::Ignored;
        }
        let index = self.offset + usize::from(y - areas.rows.y);
        match self.rows().get(index) {
            Some(Row::Entry(i)) if self.selected == Some(*i) => self.open(ctx),
            Some(Row::Entry(i)) => {
                self.selected = Some(*i);
                Outcome::Handled
            }
            _ => Outcome::Handled,
        }
    }

    /// After the filter changed: an entry whose id is exactly the filter wins (so
    /// `/vpc` Enter opens the VPC planner), else the selection stays if it still
    /// matches, else the first match is taken.
    fn reselect(&mut self) {
        let rows = self.rows();
        let needle = self.filter.text().trim().to_lowercase();
        let exact = rows.iter().find_map(|row| match row {
            Row::Entry(i)
                if self
                    .entries
                    .get(*i)
                    .is_some_and(|e| e.id.to_lowercase() == needle) =>
            {
                Some(*i)
            }
            _ => None,
        });
        let still_there = self.selected.filter(|s| rows.contains(&Row::Entry(*s)));
        let first = rows.iter().find_map(|row| match row {
            Row::Entry(i) => Some(*i),
            Row::Header(_) => None,
        });
        self.selected = exact.or(still_there).or(first);
    }

    fn keep_in_view(&mut self, height: usize) {
        let rows = self.rows();
        let Some(at) = self
            .selected
            .and_then(|s| rows.iter().position(|r| *r == Row::Entry(s)))
        else {
            self.offset = 0;
            return;
        };
        // Show the heading above the first entry of a section along with it.
        let want = if at > 0 && matches!(rows[at - 1], Row::Header(_)) && height > 1 {
            at - 1
        } else {
            at
        };
        let mut offset = scroll::follow(self.offset, at, height);
        if want < offset {
            offset = want;
        }
        self.offset = offset.min(scroll::max_offset(rows.len(), height));
    }
}

#[cfg(test)]
mod tests {
    use ratatui::layout::Rect;

    use super::*;
    use crate::i18n::Lang;
    use crate::tui::layout::chrome;

    fn ctx(w: u16, h: u16) -> Ctx {
        Ctx {
            lang: Lang::En,
            body: chrome(Rect::new(0, 0, w, h)).body,
        }
    }

    fn selected_id(home: &HomeState) -> String {
        home.selected_entry()
            .map(|e| e.id.to_string())
            .unwrap_or_default()
    }

    #[test]
    fn moving_skips_headings_and_stops_at_the_ends() {
        let mut home = HomeState::new();
        let c = ctx(80, 24);
        assert_eq!(selected_id(&home), "M1");
        home.update(&Action::Up, &c);
        assert_eq!(selected_id(&home), "M1");
        for _ in 0..19 {
            home.update(&Action::Down, &c);
        }
        assert_eq!(selected_id(&home), "subnet");
        home.update(&Action::Last, &c);
        assert_eq!(selected_id(&home), "stats");
        home.update(&Action::Down, &c);
        assert_eq!(selected_id(&home), "stats");
        home.update(&Action::First, &c);
        assert_eq!((selected_id(&home).as_str(), home.offset()), ("M1", 0));
    }

    #[test]
    fn the_selection_stays_in_view() {
        let mut home = HomeState::new();
        let c = ctx(80, 12);
        let height = usize::from(layout::home(c.body, false).rows.height);
        home.update(&Action::Last, &c);
        let rows = home.rows();
        let at = rows
            .iter()
            .position(|r| *r == Row::Entry(home.selected().unwrap_or(0)));
        let at = at.unwrap_or(0);
        assert!(at >= home.offset() && at < home.offset() + height);
        assert_eq!(home.offset() + height, rows.len());
    }

    #[test]
    fn filtering_narrows_the_list_and_esc_restores_it() {
        let mut home = HomeState::new();
        let c = ctx(80, 24);
        home.update(&Action::StartFilter, &c);
        assert_eq!(home.mode(), Mode::HOME_FILTER);
        for ch in "dns".chars() {
            home.update(&Action::Input(ch), &c);
        }
        assert_eq!(
            home.rows(),
            vec![
                Row::Header(Section::Lessons),
                Row::Entry(7),
                Row::Header(Section::Calculators),
                Row::Entry(33),
                Row::Header(Section::Practice),
                Row::Entry(42),
            ]
        );
        assert_eq!(selected_id(&home), "dns");
        for ch in "zz".chars() {
            home.update(&Action::Input(ch), &c);
        }
        assert_eq!(home.rows(), vec![]);
        assert_eq!(home.selected(), None);
        home.update(&Action::Back, &c);
        assert_eq!(home.mode(), Mode::HOME);
        // Every entry, and a header for each of the three sections.
        assert_eq!(home.rows().len(), crate::tui::catalog::catalog().len() + 3);
        assert_eq!(selected_id(&home), "M1");
    }

    #[test]
    fn a_filter_equal_to_an_id_selects_that_entry() {
        let mut home = HomeState::new();
        let c = ctx(80, 24);
        home.update(&Action::StartFilter, &c);
        for ch in "subnet".chars() {
            home.update(&Action::Input(ch), &c);
        }
        assert_eq!(selected_id(&home), "subnet");
        home.update(&Action::Backspace, &c);
        assert_eq!(selected_id(&home), "subnet");
    }

    #[test]
    fn enter_on_an_entry_still_to_come_says_so() {
        let mut home = HomeState::new();
        let outcome = home.update(&Action::Open, &ctx(80, 24));
        assert_eq!(
            outcome,
            Outcome::Status(Status {
                msg: Msg::Coming,
                args: vec!["AWS global infrastructure".into()]
            })
        );
    }

    #[test]
    fn a_click_selects_and_a_second_click_opens() {
        let mut home = HomeState::new();
        let c = ctx(80, 24);
        let rows = layout::home(c.body, false).rows;
        // Row 0 is the "Lessons" heading, row 2 is M2.
        assert_eq!(
            home.update(&Action::Click(rows.x + 2, rows.y + 2), &c),
            Outcome::Handled
        );
        assert_eq!(selected_id(&home), "M2");
        let second = home.update(&Action::Click(rows.x + 2, rows.y + 2), &c);
        assert!(matches!(second, Outcome::Status(_)));
        assert_eq!(home.update(&Action::Click(0, 0), &c), Outcome::Ignored);
    }
}
