//! Reading a rules file named on the command line, or standard input for `-`.

use super::Io;

/// The text of a file, or of standard input when `name` is `-`, and a label that
/// names it in messages (`"rules.txt"`, `standard input`). The error is one line.
pub fn read(name: &str, what: &str, io: &mut Io<'_>) -> Result<(String, String), String> {
    if name == "-" {
        let mut text = String::new();
        io.input
            .read_to_string(&mut text)
            .map_err(|e| format!("cannot read the {what} from standard input: {e}"))?;
        return Ok((text, "standard input".to_owned()));
    }
    let text =
        std::fs::read_to_string(name).map_err(|e| format!("cannot read {what} {name:?}: {e}"))?;
    Ok((text, format!("{name:?}")))
}
