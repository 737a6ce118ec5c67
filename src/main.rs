use std::process::ExitCode;

fn main() -> ExitCode {
    netdojo::cli::main()
}
