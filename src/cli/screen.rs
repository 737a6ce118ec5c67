//! `netdojo screen`: a screen of the terminal app as plain text, drawn off-screen
//! at a chosen size. The drawing lives in the terminal face; this only asks for it.

use std::io;

use clap::Args;

use super::{Io, Status};
use crate::i18n::Lang;
use crate::tui::{ScreenName, ScreenSize, render_to_text};

#[derive(Debug, Args)]
#[command(after_help = "Screens: home, help, subnet, avail, port, tcp.\n\n\
Examples:\n  \
netdojo screen home\n  \
netdojo screen home dns            # the home list filtered by \"dns\"\n  \
netdojo screen help --size 100x30 --lang ja\n  \
netdojo screen avail 'alb:99.99 * (web:99 | web:99) * rds:99.95'\n  \
netdojo screen avail mtbf 1000h 2h # the MTBF/MTTR view\n  \
netdojo screen port 22 443 49152\n  \
netdojo screen tcp fragment 4000 1500 --size 100x30")]
pub struct ScreenArgs {
    /// The screen to draw
    pub name: String,

    /// The terminal size to draw at, COLSxROWS
    #[arg(long, default_value = "80x24", value_name = "COLSxROWS")]
    pub size: String,

    /// Language of the screen [default: from LC_ALL, LC_MESSAGES or LANG]
    #[arg(long, value_enum, value_name = "LANG")]
    pub lang: Option<Lang>,

    /// Text to type into the screen's input first
    pub args: Vec<String>,
}

pub fn run(args: &ScreenArgs, io: &mut Io<'_>) -> io::Result<Status> {
    let drawn = args.name.parse::<ScreenName>().and_then(|name| {
        let size = args.size.parse::<ScreenSize>()?;
        let lang = args.lang.unwrap_or(io.lang);
        render_to_text(name, size, lang, &args.args)
    });
    match drawn {
        Ok(text) => {
            io.out.write_all(text.as_bytes())?;
            Ok(Status::Ok)
        }
        Err(e) => {
            writeln!(io.err, "netdojo: {e}")?;
            Ok(Status::BadInput)
        }
    }
}
