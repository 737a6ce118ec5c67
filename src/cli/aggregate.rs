//! `netdojo aggregate`: a list of prefixes to the fewest prefixes covering the same
//! addresses.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Write};

use clap::Args;

use super::report::{Origin, bad_input_at};
use super::{Io, Status, input, prefix_rows};
use crate::calc::setops::aggregate;

#[derive(Debug, Args)]
#[command(after_help = "\
Input: one IPv4 or IPv6 prefix per line; `#` starts a comment, blank lines are
skipped. Overlapping, duplicate and neighbouring prefixes are merged; IPv4 comes
out first, then IPv6, each in address order. If any line is bad, every bad line
is reported and nothing is printed: a summary missing a prefix would be wrong.

Examples:
  netdojo aggregate prefixes.txt
  printf '10.0.0.0/24\\n10.0.1.0/24\\n' | netdojo aggregate      -> 10.0.0.0/23
  netdojo aggregate --json - < prefixes.txt")]
pub struct AggregateArgs {
    /// File with one prefix per line; `-` or nothing reads standard input
    #[arg(value_name = "FILE|-")]
    pub file: Option<String>,
    /// Print JSON Lines: one object per resulting prefix
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: &AggregateArgs, io: &mut Io<'_>) -> io::Result<Status> {
    let path = args.file.as_deref().filter(|&f| f != "-");
    let mut file_reader;
    let (reader, source): (&mut dyn BufRead, &str) = match path {
        None => (&mut *io.input, "stdin"),
        Some(path) => match File::open(path) {
            Ok(file) => {
                file_reader = BufReader::with_capacity(1 << 16, file);
                (&mut file_reader, path)
            }
            Err(e) => {
                let message = format!("cannot read \"{path}\": {e}");
                bad_input_at(io.out, io.err, args.json, path, None, &message)?;
                return Ok(Status::BadInput);
            }
        },
    };

    let mut nets = Vec::new();
    let mut status = Status::Ok;
    let mut line = Vec::new();
    let mut number = 0;
    loop {
        line.clear();
        let read = match reader.read_until(b'\n', &mut line) {
            Ok(n) => n,
            Err(e) => {
                let message = format!("cannot read \"{source}\": {e}");
                bad_input_at(io.out, io.err, args.json, source, None, &message)?;
                return Ok(Status::BadInput);
            }
        };
        if read == 0 {
            break;
        }
        number += 1;
        let origin = Some(Origin {
            source,
            line: number,
        });
        let Ok(text) = std::str::from_utf8(&line) else {
            let shown = String::from_utf8_lossy(&line);
            let shown = shown.trim_end();
            let message = format!("\"{shown}\" is not UTF-8 text");
            bad_input_at(io.out, io.err, args.json, shown, origin, &message)?;
            status = Status::BadInput;
            continue;
        };
        let text = text.split('#').next().unwrap_or_default().trim();
        if text.is_empty() {
            continue;
        }
        match input::net(text) {
            Ok(net) => nets.push(net),
            Err(message) => {
                bad_input_at(io.out, io.err, args.json, text, origin, &message)?;
                status = Status::BadInput;
            }
        }
    }
    if status != Status::Ok {
        return Ok(status);
    }

    let merged = aggregate(&nets);
    drop(nets);
    let mut out = BufWriter::with_capacity(1 << 16, &mut *io.out);
    prefix_rows::write_all(&mut out, args.json, &merged, "No prefixes in the input.")?;
    out.flush()?;
    Ok(Status::Ok)
}
