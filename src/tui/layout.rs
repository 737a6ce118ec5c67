//! Where things go on the screen. Pure geometry, used by the view to draw and by
//! `update` to know page sizes and what a mouse click hit, so both always agree.

use ratatui::layout::{Margin, Rect};

/// The smallest terminal the app draws its screens in; below it, a note asks for more.
pub const MIN_WIDTH: u16 = 40;
/// See [`MIN_WIDTH`].
pub const MIN_HEIGHT: u16 = 10;

/// Whether `area` is too small for the screens.
pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// The frame around every screen: a title row, the body, and a footer row (status
/// message or key hints).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chrome {
    /// The top row.
    pub title: Rect,
    /// Where the screen draws.
    pub body: Rect,
    /// The bottom row.
    pub footer: Rect,
}

/// Splits the terminal area into title, body and footer.
pub fn chrome(area: Rect) -> Chrome {
    let title = Rect {
        height: area.height.min(1),
        ..area
    };
    let footer_height = area.height.saturating_sub(1).min(1);
    let footer = Rect {
        y: area.bottom().saturating_sub(footer_height),
        height: footer_height,
        ..area
    };
    let body = Rect {
        y: title.bottom(),
        height: area.height.saturating_sub(title.height + footer.height),
        ..area
    };
    Chrome {
        title,
        body,
        footer,
    }
}

/// The inside of a bordered box.
pub fn inner(area: Rect) -> Rect {
    area.inner(Margin::new(1, 1))
}

/// The inside of a bordered box with a column of space on each side.
pub fn padded(area: Rect) -> Rect {
    area.inner(Margin::new(2, 1))
}

/// The box of an overlay over `body`: most of it, leaving a margin when there is room.
pub fn overlay(body: Rect) -> Rect {
    let margin_x = if body.width >= 60 { 4 } else { 0 };
    let margin_y = if body.height >= 16 { 1 } else { 0 };
    body.inner(Margin::new(margin_x, margin_y))
}

/// The parts of the home screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Home {
    /// The list box (bordered).
    pub list_box: Rect,
    /// The filter line inside the list box (zero height when no filter is shown).
    pub filter: Rect,
    /// The rows of the list.
    pub rows: Rect,
    /// The details box (bordered), when the terminal is wide enough.
    pub detail: Option<Rect>,
}

/// Lays out the home screen in `body`; `show_filter` reserves the filter line.
pub fn home(body: Rect, show_filter: bool) -> Home {
    let (list_box, detail) = if body.width >= 72 {
        let list_width = (body.width * 11 / 20).max(38);
        let list_box = Rect {
            width: list_width,
            ..body
        };
        let detail = Rect {
            x: list_box.right(),
            width: body.width - list_width,
            ..body
        };
        (list_box, Some(detail))
    } else {
        (body, None)
    };
    let inside = padded(list_box);
    let filter_height = if show_filter { inside.height.min(1) } else { 0 };
    let filter = Rect {
        height: filter_height,
        ..inside
    };
    let rows = Rect {
        y: inside.y + filter_height,
        height: inside.height - filter_height,
        ..inside
    };
    Home {
        list_box,
        filter,
        rows,
        detail,
    }
}

/// The parts of a calculator screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Calc {
    /// The box around the inputs.
    pub form_box: Rect,
    /// The input rows, one per field.
    pub fields: Rect,
    /// The row under the inputs (an error or a one-line answer).
    pub message: Rect,
    /// The box around the result.
    pub result_box: Rect,
    /// The result lines.
    pub result: Rect,
}

/// Lays out a calculator with `fields` inputs in `body`.
pub fn calc(body: Rect, fields: usize) -> Calc {
    let fields_height = u16::try_from(fields).unwrap_or(u16::MAX);
    let form_height = fields_height.saturating_add(3).min(body.height);
    let form_box = Rect {
        height: form_height,
        ..body
    };
    let inside = padded(form_box);
    let fields = Rect {
        height: inside.height.min(fields_height),
        ..inside
    };
    let message = Rect {
        y: fields.bottom(),
        height: inside.height - fields.height,
        ..inside
    };
    let result_box = Rect {
        y: form_box.bottom(),
        height: body.height - form_box.height,
        ..body
    };
    Calc {
        form_box,
        fields,
        message,
        result_box,
        result: padded(result_box),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chrome_fits_any_size() {
        for (w, h) in [(0, 0), (1, 1), (5, 2), (80, 24)] {
            let area = Rect::new(0, 0, w, h);
            let c = chrome(area);
            assert_eq!(c.title.height + c.body.height + c.footer.height, h);
            assert!(area.contains(c.body.as_position()) || c.body.is_empty());
        }
        let c = chrome(Rect::new(0, 0, 80, 24));
        assert_eq!(
            (c.title.y, c.body.y, c.body.height, c.footer.y),
            (0, 1, 22, 23)
        );
    }

    #[test]
    fn calc_stacks_inputs_message_and_result() {
        let c = calc(Rect::new(0, 1, 80, 22), 3);
        assert_eq!((c.form_box.height, c.fields.y, c.fields.height), (6, 2, 3));
        assert_eq!((c.message.y, c.message.height), (5, 1));
        assert_eq!(
            (c.result_box.y, c.result_box.height, c.result.height),
            (7, 16, 14)
        );
        let tiny = calc(Rect::new(0, 0, 3, 2), 4);
        assert_eq!((tiny.fields.height, tiny.result.height), (0, 0));
    }

    #[test]
    fn home_has_details_only_when_wide() {
        assert!(home(Rect::new(0, 1, 71, 22), false).detail.is_none());
        let h = home(Rect::new(0, 1, 80, 22), true);
        assert_eq!(h.list_box.width + h.detail.map_or(0, |d| d.width), 80);
        assert_eq!((h.filter.height, h.rows.y, h.rows.height), (1, 3, 19));
        assert_eq!((h.rows.x, h.rows.width), (2, h.list_box.width - 4));
        let tiny = home(Rect::new(0, 0, 1, 1), true);
        assert_eq!(tiny.rows.height, 0);
    }
}
