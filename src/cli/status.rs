use std::process::ExitCode;

/// How a subcommand ended, mapped to the process exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Everything worked: exit 0.
    Ok,
    /// The command ran and found problems in what it checked: exit 1.
    Problems,
    /// Some input was invalid: exit 2 (the same status clap uses for usage errors).
    BadInput,
    /// Output could not be written: exit 1.
    Failure,
}

impl Status {
    /// The worse of two statuses, so a run over many inputs reports the worst one.
    pub fn worst(self, other: Status) -> Status {
        if self.code() >= other.code() {
            self
        } else {
            other
        }
    }

    /// The numeric exit status.
    pub fn code(self) -> u8 {
        match self {
            Status::Ok => 0,
            Status::Problems | Status::Failure => 1,
            Status::BadInput => 2,
        }
    }
}

impl From<Status> for ExitCode {
    fn from(status: Status) -> ExitCode {
        ExitCode::from(status.code())
    }
}
