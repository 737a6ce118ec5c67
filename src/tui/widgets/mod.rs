//! Small drawing pieces shared by the screens. Drawing only: they read values and
//! write cells, clipped to the area they are given and to the buffer.

pub mod footer;
pub mod text_field;
pub mod title_bar;
pub mod too_small;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

/// Draws `line` on row `row` of `area`, clipped; rows outside `area` draw nothing.
pub fn put_line(buf: &mut Buffer, area: Rect, row: u16, line: &Line<'_>) {
    if row >= area.height {
        return;
    }
    let target = Rect {
        y: area.y.saturating_add(row),
        height: 1,
        ..area
    }
    .intersection(buf.area);
    if !target.is_empty() {
        buf.set_line(target.x, target.y, line, target.width);
    }
}

/// Draws `lines` from the top of `area`, one per row, as many as fit.
pub fn put_lines(buf: &mut Buffer, area: Rect, lines: &[Line<'_>]) {
    for (row, line) in lines.iter().enumerate().take(usize::from(area.height)) {
        put_line(buf, area, row as u16, line);
    }
}
