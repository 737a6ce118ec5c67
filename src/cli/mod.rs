//! The command-line face: argument parsing and the subcommands that print text or
//! JSON Lines. Each subcommand writes to the writers it is given, so tests can run
//! it without a process.

mod aggregate;
mod avail;
mod cert;
mod class;
mod completions;
mod dns;
mod exclude;
mod http;
pub mod input;
mod instance;
mod ipv4cost;
mod learner;
mod lessons;
mod mysqlhost;
mod nacl;
mod overlap;
mod packet;
mod port;
mod progress;
mod quiz;
mod range;
pub(crate) use crate::format::prefix_rows;
mod report;
mod route;
mod s3;
mod screen;
mod sg;
mod split;
mod ssh;
mod status;
mod subnet;
pub mod table;
mod tcp;
mod textfile;
mod vpc;
mod weighted;

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{CommandFactory, Parser, Subcommand};

use crate::lang::Lang;

pub use status::Status;

/// Everything a subcommand needs besides its own arguments.
pub struct Io<'a> {
    /// Where `-` arguments read from (standard input in the binary).
    pub input: &'a mut dyn std::io::BufRead,
    /// Where results go.
    pub out: &'a mut dyn Write,
    /// Where one-line error messages go.
    pub err: &'a mut dyn Write,
    /// Whether text output may use colour (a terminal and no `NO_COLOR`).
    pub color: bool,
    /// The language asked for with the top-level `--lang`, or else by the locale.
    pub lang: Lang,
}

#[derive(Debug, Parser)]
#[command(
    name = "netdojo",
    version,
    about = "A terminal tutor for networking and cloud-infrastructure fundamentals",
    long_about = "netdojo teaches IPv4/IPv6 addressing, subnetting, VPC design, routing, DNS, \
                  HTTP, SSH and availability math. Its calculators are scriptable: every \
                  subcommand prints readable text, or JSON Lines with --json."
)]
pub struct Cli {
    /// Language of the terminal app [default: from LC_ALL, LC_MESSAGES or LANG]
    #[arg(long, value_enum, value_name = "LANG")]
    pub lang: Option<Lang>,

    /// Read lessons from DIR (holding en/ and ja/) instead of the built-in ones, to preview them in the app
    #[arg(long, value_name = "DIR")]
    pub lessons: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

// `--lang en|ja` everywhere reads the one shared language type.
impl clap::ValueEnum for Lang {
    fn value_variants<'a>() -> &'a [Self] {
        &Lang::ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        let help = match self {
            Lang::En => "English",
            Lang::Ja => "Japanese",
        };
        Some(clap::builder::PossibleValue::new(self.code()).help(help))
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Practise with generated questions, line by line: feedback, working, a summary
    #[command(after_help = quiz::AFTER_HELP)]
    Quiz(quiz::QuizArgs),
    /// Show practice results per module and skill, the streak and what is due; reset them
    #[command(after_help = progress::AFTER_HELP)]
    Progress(progress::ProgressArgs),
    /// Read lessons as plain text, or check lesson files
    #[command(
        after_help = "Examples:\n  netdojo lessons list --lang ja\n  netdojo lessons show m03-subnetting --width 72\n  netdojo lessons check lessons"
    )]
    Lessons(lessons::LessonsArgs),
    /// Classroom: quiz packs, exams, answer keys, class reports, Moodle export, live sessions over SSH
    #[command(
        after_help = "Examples:\n  netdojo class new > quiz.json\n  netdojo class check quiz.json\n  netdojo class key quiz.json --student Aiko\n  netdojo class take quiz.json --name Aiko --out results --plain\n  netdojo class report results --pack quiz.json\n  netdojo class export quiz.json --format gift > quiz.gift\n  netdojo class host quiz.json --listen 0.0.0.0:2222"
    )]
    Class(class::ClassArgs),
    /// Show everything about IPv4/IPv6 blocks: masks, host range, counts, AWS view, bits
    #[command(long_about = subnet::ABOUT, after_help = subnet::AFTER_HELP)]
    Subnet(subnet::SubnetArgs),
    /// Split a network by prefix, into N equal parts, or by host counts (VLSM)
    Split(split::SplitArgs),
    /// Merge a list of prefixes into the fewest covering the same addresses
    Aggregate(aggregate::AggregateArgs),
    /// Show how every pair of prefixes relates (contains, adjacent, ...)
    Overlap(overlap::OverlapArgs),
    /// Turn an address range into prefixes, or a prefix into its range
    Range(range::RangeArgs),
    /// Remove prefixes from a network, leaving the fewest prefixes
    Exclude(exclude::ExcludeArgs),
    /// AWS VPC tools: plan subnets across AZs, check ranges for overlaps
    Vpc(vpc::VpcArgs),
    /// Look addresses up in a route table: longest-prefix match with a trace of every route
    Route(route::RouteArgs),
    /// Classify port numbers: range, common services, Linux ephemeral range
    #[command(
        after_help = "Examples:\n  netdojo port 22 443 49151 49152\n  netdojo port 53 --json\n\n\
                      Ranges (RFC 6335): well-known 0-1023, registered 1024-49151, dynamic 49152-65535.\n\
                      Linux picks client source ports from 32768-60999 by default."
    )]
    Port(port::PortArgs),
    /// TCP step by step: handshake and sequence numbers, TCP vs UDP, IPv4 fragmentation
    Tcp(tcp::TcpArgs),
    /// DNS: split a name into levels, walk an iterative resolution, explain record types
    Dns(dns::DnsArgs),
    /// HTTP/1.1: annotate and check messages, classify status codes
    Http(http::HttpArgs),
    /// SSH: public-key authentication step by step, key fingerprints
    Ssh(ssh::SshArgs),
    /// Availability of a system, MTBF/MTTR, nines and downtime, N+k sizing
    Avail(avail::AvailArgs),
    /// Amazon S3: monthly storage cost by price tier, multipart upload parts and limits
    S3(s3::S3Args),
    /// Cost of public IPv4 addresses at $0.005 per address-hour (charged since 2024-02-01)
    Ipv4cost(ipv4cost::Ipv4CostArgs),
    /// Route 53 weighted routing: each record's share from weights, or weights for shares
    Weighted(weighted::WeightedArgs),
    /// Decode EC2 instance type names (c7gn.2xlarge) and compare sizes within a family
    Instance(instance::InstanceArgs),
    /// Check whether a certificate's names (wildcards included) cover host names
    Cert(cert::CertArgs),
    /// Which MySQL account ('user'@'host' with % and _ patterns) a client is matched to
    Mysqlhost(mysqlhost::MysqlHostArgs),
    /// Security group inbound rules: is a packet allowed, and by which rule (stateful)
    Sg(sg::SgArgs),
    /// Network ACL rules: numbered allow/deny, first match wins, default deny (stateless)
    Nacl(nacl::NaclArgs),
    /// Print a screen of the terminal app as text, as a terminal of the given size shows it
    Screen(screen::ScreenArgs),
    /// Print a shell completion script
    #[command(
        after_help = "Examples:\n  netdojo completions bash > ~/.local/share/bash-completion/completions/netdojo\n  netdojo completions zsh > \"${fpath[1]}/_netdojo\"\n  netdojo completions fish > ~/.config/fish/completions/netdojo.fish"
    )]
    Completions(completions::CompletionsArgs),
    /// Print the manual page (roff) on standard output
    #[command(after_help = "Example:\n  netdojo man > netdojo.1 && man ./netdojo.1")]
    Man,
}

/// The clap command tree, for completions, the man page and tests.
pub fn command() -> clap::Command {
    Cli::command()
}

/// Entry point of the binary: parse the arguments, run, map the status to an exit code.
/// With no subcommand, the terminal app opens.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let lang = cli.lang.unwrap_or_else(|| {
        let var = |name| std::env::var(name).ok();
        Lang::from_locale(
            var("LC_ALL").as_deref(),
            var("LC_MESSAGES").as_deref(),
            var("LANG").as_deref(),
        )
    });
    let Some(mut command) = cli.command else {
        return run_app(lang, !no_color, cli.lessons.as_deref());
    };
    // The top-level `--lessons` also serves the commands that read lessons.
    if let Some(dir) = cli.lessons {
        match &mut command {
            Command::Screen(args) => {
                args.lessons.get_or_insert(dir);
            }
            Command::Lessons(args) => {
                args.lessons.get_or_insert(dir);
            }
            _ => {}
        }
    }
    let stdout = std::io::stdout();
    let color = stdout.is_terminal() && !no_color;
    let mut out = stdout.lock();
    let mut err = std::io::stderr().lock();
    // Not locked: a live host reads standard input on a thread of its own.
    let mut input = std::io::BufReader::new(std::io::stdin());
    let mut io = Io {
        input: &mut input,
        out: &mut out,
        err: &mut err,
        color,
        lang,
    };
    let status = run(command, &mut io);
    let _ = io.out.flush();
    status.into()
}

/// Loads the lessons (from `dir` when given) and runs the terminal app.
fn run_app(lang: Lang, color: bool, dir: Option<&Path>) -> ExitCode {
    let library = match dir {
        None => crate::lesson::load::embedded_library(),
        Some(dir) => {
            let (mut out, mut err, mut input) =
                (std::io::stdout(), std::io::stderr(), std::io::empty());
            let mut io = Io {
                input: &mut input,
                out: &mut out,
                err: &mut err,
                color: false,
                lang,
            };
            match lessons::library(Some(dir), false, &mut io) {
                Ok(Ok(library)) => Arc::new(library),
                Ok(Err(status)) => return status.into(),
                Err(_) => return Status::Failure.into(),
            }
        }
    };
    match crate::tui::run(crate::tui::Options {
        lang,
        color,
        library,
        progress: learner::progress_path(),
        today: learner::today(),
        seed: learner::fresh_seed(),
    }) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("netdojo: {e}");
            Status::Failure.into()
        }
    }
}

/// Runs one subcommand against the given writers.
pub fn run(command: Command, io: &mut Io<'_>) -> Status {
    let result = match command {
        Command::Subnet(args) => subnet::run(&args, io),
        Command::Completions(args) => completions::run_completions(&args, io),
        Command::Man => completions::run_man(io),
        Command::Lessons(args) => lessons::run(&args, io),
        Command::Screen(args) => screen::run(&args, io),
        Command::Dns(args) => dns::run(&args, io),
        Command::Http(args) => http::run(&args, io),
        Command::Route(args) => route::run(&args, io),
        Command::Ssh(args) => ssh::run(&args, io),
        Command::Vpc(args) => vpc::run(&args, io),
        Command::Avail(args) => avail::run(&args, io),
        Command::Port(args) => port::run(&args, io),
        Command::Tcp(args) => tcp::run(&args, io),
        Command::Split(args) => split::run(&args, io),
        Command::Aggregate(args) => aggregate::run(&args, io),
        Command::Overlap(args) => overlap::run(&args, io),
        Command::Range(args) => range::run(&args, io),
        Command::Exclude(args) => exclude::run(&args, io),
        Command::S3(args) => s3::run(&args, io),
        Command::Ipv4cost(args) => ipv4cost::run(&args, io),
        Command::Weighted(args) => weighted::run(&args, io),
        Command::Instance(args) => instance::run(&args, io),
        Command::Cert(args) => cert::run(&args, io),
        Command::Mysqlhost(args) => mysqlhost::run(&args, io),
        Command::Sg(args) => sg::run(&args, io),
        Command::Nacl(args) => nacl::run(&args, io),
        Command::Quiz(args) => quiz::run(&args, io),
        Command::Progress(args) => progress::run(&args, io),
        Command::Class(args) => class::run(&args, io),
    };
    match result {
        Ok(status) => status,
        // A closed pipe (`netdojo split ... | head`) is not an error worth a message.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Status::Ok,
        Err(e) => {
            let _ = writeln!(io.err, "netdojo: cannot write output: {e}");
            Status::Failure
        }
    }
}
