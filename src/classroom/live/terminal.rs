//! A ratatui terminal whose output goes into an SSH channel instead of a local tty.
//!
//! [`ChannelWriter`] collects the bytes of one frame; the connection takes them after
//! each draw and sends them as channel data. The viewport is fixed to the size the
//! client announced (pty-request, window-change), capped so that a client claiming a
//! huge window cannot make the host allocate a huge buffer.

use std::io::{self, Write};
use std::sync::{Arc, Mutex, PoisonError};

use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

/// The widest screen drawn; wider windows get a screen this wide.
pub const MAX_COLS: u16 = 200;
/// The tallest screen drawn.
pub const MAX_ROWS: u16 = 60;
/// The size used when a client announces none (0 x 0).
pub const DEFAULT_SIZE: (u16, u16) = (80, 24);

/// Bytes that put the student's terminal into the quiz: the alternate screen, no
/// cursor, cleared.
pub const ENTER: &[u8] = b"\x1b[?1049h\x1b[?25l\x1b[2J\x1b[H";
/// Bytes that give the terminal back: the cursor and the normal screen.
pub const LEAVE: &[u8] = b"\x1b[0m\x1b[?25h\x1b[?1049l";

/// Collects what ratatui writes for one frame; the connection takes the bytes through
/// the [`FrameTap`] made with it.
#[derive(Debug, Default)]
pub struct ChannelWriter {
    frame: Arc<Mutex<Vec<u8>>>,
}

/// The connection's end of a [`ChannelWriter`].
#[derive(Debug, Clone, Default)]
pub struct FrameTap {
    frame: Arc<Mutex<Vec<u8>>>,
}

impl FrameTap {
    /// The bytes written since the last call, leaving the writer empty.
    pub fn take(&self) -> Vec<u8> {
        std::mem::take(&mut *self.frame.lock().unwrap_or_else(PoisonError::into_inner))
    }
}

impl ChannelWriter {
    /// A writer and the tap that empties it.
    pub fn new() -> (ChannelWriter, FrameTap) {
        let frame = Arc::new(Mutex::new(Vec::new()));
        (
            ChannelWriter {
                frame: Arc::clone(&frame),
            },
            FrameTap { frame },
        )
    }
}

impl Write for ChannelWriter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.frame
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// A ratatui terminal drawing into a [`ChannelWriter`].
pub type SshTerminal = Terminal<CrosstermBackend<ChannelWriter>>;

/// The drawing area for a size a client announced.
///
/// ```
/// use netdojo::classroom::live::terminal::viewport;
/// assert_eq!(viewport(100, 30).width, 100);
/// assert_eq!(viewport(0, 0).width, 80);
/// assert_eq!(viewport(u32::MAX, u32::MAX).height, 60);
/// ```
pub fn viewport(cols: u32, rows: u32) -> Rect {
    let (cols, rows) = if cols == 0 || rows == 0 {
        DEFAULT_SIZE
    } else {
        (
            u16::try_from(cols).unwrap_or(MAX_COLS).min(MAX_COLS),
            u16::try_from(rows).unwrap_or(MAX_ROWS).min(MAX_ROWS),
        )
    };
    Rect::new(0, 0, cols, rows)
}

/// A terminal of the announced size, and the tap that collects its frames.
pub fn new_terminal(cols: u32, rows: u32) -> io::Result<(SshTerminal, FrameTap)> {
    let (writer, tap) = ChannelWriter::new();
    let terminal = Terminal::with_options(
        CrosstermBackend::new(writer),
        TerminalOptions {
            viewport: Viewport::Fixed(viewport(cols, rows)),
        },
    )?;
    Ok((terminal, tap))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::widgets::Paragraph;

    #[test]
    fn a_frame_is_collected_and_the_next_one_holds_only_changes() {
        let (mut terminal, tap) = new_terminal(20, 3).unwrap();
        terminal
            .draw(|f| f.render_widget(Paragraph::new("hello"), f.area()))
            .unwrap();
        let first = tap.take();
        assert!(String::from_utf8_lossy(&first).contains("hello"));
        terminal
            .draw(|f| f.render_widget(Paragraph::new("hello"), f.area()))
            .unwrap();
        let second = tap.take();
        assert!(!String::from_utf8_lossy(&second).contains("hello"));
        assert!(second.len() < first.len());
    }
}
