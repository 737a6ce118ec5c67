//! `netdojo screen`: a screen of the terminal app as plain text, drawn off-screen
//! at a chosen size. The drawing lives in the terminal face; this only asks for it.

use std::io;
use std::path::PathBuf;
use std::sync::Arc;

use clap::Args;

use super::{Io, Status};
use crate::i18n::Lang;
use crate::lesson::load::embedded_library;
use crate::tui::{ScreenError, ScreenName, ScreenRequest, ScreenSize, render_screen};

#[derive(Debug, Args)]
#[command(
    after_help = "Screens: home, help, subnet, avail, port, tcp, vpc, route, split, aggregate, lesson, dns, ssh, http, s3, weighted, instance, cert, mysqlhost, ipv4cost, sg, nacl, practice, stats, exam.\n\n\
Examples:\n  \
netdojo screen home\n  \
netdojo screen home dns            # the home list filtered by \"dns\"\n  \
netdojo screen help --size 100x30 --lang ja\n  \
netdojo screen avail 'alb:99.99 * (web:99 | web:99) * rds:99.95'\n  \
netdojo screen avail mtbf 1000h 2h # the MTBF/MTTR view\n  \
netdojo screen port 22 443 49152\n  \
netdojo screen tcp fragment 4000 1500 --size 100x30\n  \
netdojo screen subnet 10.0.20.37/24\n  \
netdojo screen dns walk www.example.co.jp\n  \
netdojo screen http 'GET / HTTP/1.1\\r\\nHost: a\\r\\n\\r\\n'\n  \
netdojo screen ssh admin\n  \
netdojo screen sg db 10.0.1.5 tcp 3306 sg-web\n  \
netdojo screen nacl outbound nacl-outbound 203.0.113.7 tcp 50123\n  \
netdojo screen lesson --lesson m03-subnetting --lang ja --scroll 40\n  \
netdojo screen practice --skill subnet.broadcast --seed 7\n  \
netdojo screen practice --module M3 --seed 7 B   # answered B: the feedback\n  \
netdojo screen practice --lesson m03-subnetting --seed 1\n  \
netdojo screen practice --skill subnet.split --difficulty hard --seed 3\n\n\
The practice screen reads no progress and saves none."
)]
pub struct ScreenArgs {
    /// The screen to draw
    pub name: String,

    /// The terminal size to draw at, COLSxROWS
    #[arg(long, default_value = "80x24", value_name = "COLSxROWS")]
    pub size: String,

    /// Language of the screen [default: from LC_ALL, LC_MESSAGES or LANG]
    #[arg(long, value_enum, value_name = "LANG")]
    pub lang: Option<Lang>,

    /// The lesson the lesson screen shows, as `netdojo lessons list` shows it
    #[arg(long, value_name = "ID")]
    pub lesson: Option<String>,

    /// The lesson screen's first row (0 is the top)
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub scroll: usize,

    /// Read lessons from DIR (holding en/ and ja/) instead of the built-in ones
    #[arg(long, value_name = "DIR")]
    pub lessons: Option<PathBuf>,

    /// The practice screen's skill (repeat for several; netdojo quiz --list shows the ids)
    #[arg(long = "skill", value_name = "ID")]
    pub skills: Vec<String>,

    /// The practice screen's module, such as M3
    #[arg(long, value_name = "MODULE")]
    pub module: Option<String>,

    /// The seed of the practice screen's questions [default: 1]
    #[arg(long, value_name = "N")]
    pub seed: Option<String>,

    /// How hard the practice screen's questions are: easy, medium or hard [default: medium]
    #[arg(long, value_name = "LEVEL")]
    pub difficulty: Option<String>,

    /// Text to type into the screen's input first
    pub args: Vec<String>,
}

pub fn run(args: &ScreenArgs, io: &mut Io<'_>) -> io::Result<Status> {
    let request = match request(args, io.lang) {
        Ok(request) => request,
        Err(e) => return refuse(&e, io),
    };
    let library = match &args.lessons {
        None => embedded_library(),
        Some(dir) => match super::lessons::library(Some(dir), false, io)? {
            Ok(library) => Arc::new(library),
            Err(status) => return Ok(status),
        },
    };
    match render_screen(request.0, &request.1, library) {
        Ok(text) => {
            io.out.write_all(text.as_bytes())?;
            Ok(Status::Ok)
        }
        Err(e) => refuse(&e, io),
    }
}

fn refuse(e: &ScreenError, io: &mut Io<'_>) -> io::Result<Status> {
    writeln!(io.err, "netdojo: {e}")?;
    Ok(Status::BadInput)
}

/// The screen and what to draw, from the arguments; `--lesson` and `--scroll`
/// belong to the lesson screen only.
fn request(args: &ScreenArgs, lang: Lang) -> Result<(ScreenName, ScreenRequest), ScreenError> {
    let name = args.name.parse::<ScreenName>()?;
    let size = args.size.parse::<ScreenSize>()?;
    let mut screen_args = args.args.clone();
    let lesson_only = |given: String| ScreenError::NoArguments {
        screen: name,
        given,
    };
    let misplaced = |given: String, owners: &'static str| ScreenError::Misplaced {
        screen: name,
        given,
        owners,
    };
    let practice_only = !args.skills.is_empty()
        || args.module.is_some()
        || args.seed.is_some()
        || args.difficulty.is_some();
    if name == ScreenName::Practice {
        let mut flags = Vec::new();
        for skill in &args.skills {
            flags.extend(["--skill".to_owned(), skill.clone()]);
        }
        for (flag, value) in [
            ("--module", &args.module),
            ("--seed", &args.seed),
            ("--difficulty", &args.difficulty),
            ("--lesson", &args.lesson),
        ] {
            if let Some(value) = value {
                flags.extend([flag.to_owned(), value.clone()]);
            }
        }
        if args.scroll > 0 {
            return Err(misplaced(
                format!("--scroll {}", args.scroll),
                "the lesson screen takes it",
            ));
        }
        flags.extend(screen_args);
        screen_args = flags;
    } else if practice_only {
        let mut given = Vec::new();
        for skill in &args.skills {
            given.push(format!("--skill {skill}"));
        }
        if let Some(module) = &args.module {
            given.push(format!("--module {module}"));
        }
        if let Some(seed) = &args.seed {
            given.push(format!("--seed {seed}"));
        }
        if let Some(difficulty) = &args.difficulty {
            given.push(format!("--difficulty {difficulty}"));
        }
        return Err(misplaced(given.join(" "), "the practice screen takes it"));
    } else if name == ScreenName::Lesson {
        if let Some(id) = &args.lesson {
            if !screen_args.is_empty() {
                return Err(lesson_only(screen_args.join(" ")));
            }
            screen_args = vec![id.clone()];
        }
    } else if let Some(id) = &args.lesson {
        return Err(misplaced(
            format!("--lesson {id}"),
            "the lesson and practice screens take it",
        ));
    } else if args.scroll > 0 {
        return Err(misplaced(
            format!("--scroll {}", args.scroll),
            "the lesson screen takes it",
        ));
    }
    let request = ScreenRequest {
        size,
        lang: args.lang.unwrap_or(lang),
        args: screen_args,
        scroll: args.scroll,
    };
    Ok((name, request))
}
