//! Number fields: what a Japanese input method may type in them, read as ASCII.

/// `text` with full-width digits, commas and spaces turned into their ASCII forms.
///
/// ```
/// use netdojo::tui::app::numbers::halfwidth;
/// assert_eq!(halfwidth("２２，４４３　８０"), "22,443 80");
/// assert_eq!(halfwidth("1000"), "1000");
/// ```
pub fn halfwidth(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '０'..='９' => {
                char::from_u32(u32::from(c) - u32::from('０') + u32::from('0')).unwrap_or(c)
            }
            '，' => ',',
            '\u{3000}' => ' ',
            other => other,
        })
        .collect()
}

/// The numbers of a field, split at commas and spaces, in ASCII.
///
/// ```
/// use netdojo::tui::app::numbers::tokens;
/// assert_eq!(tokens(" 22, 443  ８０"), ["22", "443", "80"]);
/// assert!(tokens(" , ").is_empty());
/// ```
pub fn tokens(text: &str) -> Vec<String> {
    halfwidth(text)
        .split([',', ' '])
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}
