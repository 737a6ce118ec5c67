//! Styles. Colours are ANSI names (the terminal's own palette, so light and dark
//! themes both adapt them), pairs of foreground and background are set together
//! where contrast matters, and every meaning also has a glyph, a letter or a
//! position, so the plain theme (`NO_COLOR`) loses nothing but colour.

use ratatui::style::{Color, Modifier, Style};

use super::content::Tone;

/// The styles every screen draws with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// The app title.
    pub title: Style,
    /// Section headings and labels of values.
    pub heading: Style,
    /// The selected row (also marked with `▶`).
    pub selected: Style,
    /// Secondary text.
    pub dim: Style,
    /// Key names in the hint bar and help.
    pub key: Style,
    /// An error (also prefixed with `✗`).
    pub error: Style,
    /// A success or an available entry (also prefixed with `✓`).
    pub good: Style,
    /// Network bits (also marked `n` under them).
    pub network: Style,
    /// Host bits (also marked `h` under them).
    pub host: Style,
    /// The allocated part of a bar (also drawn `█`).
    pub used: Style,
    /// The free part of a bar (also drawn `░`).
    pub free: Style,
    /// The winning row of a table (also marked `▶`).
    pub highlight: Style,
    /// Borders and rules.
    pub border: Style,
}

impl Theme {
    /// The theme for a terminal that may show colours (`color`) or must not (`NO_COLOR`).
    pub fn new(color: bool) -> Theme {
        if color {
            Theme::colored()
        } else {
            Theme::plain()
        }
    }

    /// The default theme.
    pub fn colored() -> Theme {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        Theme {
            title: bold.fg(Color::Magenta),
            heading: bold.fg(Color::Magenta),
            selected: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            dim: Style::new().add_modifier(Modifier::DIM),
            key: bold.fg(Color::Blue),
            error: bold.fg(Color::Red),
            good: Style::new().fg(Color::Green),
            network: Style::new()
                .fg(Color::White)
                .bg(Color::Blue)
                .add_modifier(Modifier::BOLD),
            host: Style::new().fg(Color::Black).bg(Color::Green),
            used: Style::new().fg(Color::Blue),
            free: Style::new().add_modifier(Modifier::DIM),
            highlight: Style::new()
                .fg(Color::Black)
                .bg(Color::Green)
                .add_modifier(Modifier::BOLD),
            border: Style::new(),
        }
    }

    /// The style of a tone.
    pub fn tone(&self, tone: Tone) -> Style {
        match tone {
            Tone::Plain => Style::new(),
            Tone::Heading => self.heading,
            Tone::Dim => self.dim,
            Tone::Key => self.key,
            Tone::Good => self.good,
            Tone::Error => self.error,
            Tone::Network => self.network,
            Tone::Host => self.host,
            Tone::Used => self.used,
            Tone::Free => self.free,
            Tone::Highlight => self.highlight,
        }
    }

    /// No colours at all: only bold, dim, reverse and underline.
    pub fn plain() -> Theme {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        Theme {
            title: bold,
            heading: bold,
            selected: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            dim: Style::new().add_modifier(Modifier::DIM),
            key: bold,
            error: bold,
            good: Style::new(),
            network: bold.add_modifier(Modifier::UNDERLINED),
            host: Style::new(),
            used: Style::new(),
            free: Style::new().add_modifier(Modifier::DIM),
            highlight: Style::new().add_modifier(Modifier::REVERSED),
            border: Style::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_plain_theme_has_no_colour() {
        let t = Theme::plain();
        let all = [
            t.title,
            t.heading,
            t.selected,
            t.dim,
            t.key,
            t.error,
            t.good,
            t.network,
            t.host,
            t.used,
            t.free,
            t.highlight,
            t.border,
        ];
        for style in all {
            assert_eq!(style.fg, None, "{style:?}");
            assert_eq!(style.bg, None, "{style:?}");
        }
    }
}
