//! The library's error type and the documented exit codes (SPEC 7).

use std::path::PathBuf;

use crate::problem::Problem;

/// Everything that stops a command. The `Display` texts are for logs and tests (English); people
/// read an error in their language through `cmd::error_text`, and each problem of `Invalid` is
/// already in the language it was found in.
#[derive(Debug, thiserror::Error)]
pub enum KaoheError {
    /// Invalid input or rules: every problem found, in order.
    #[error("{} problems in the input", .0.len())]
    Invalid(Vec<Problem>),
    /// The ledger refused the change (a closed month).
    #[error("{0}")]
    Refused(String),
    /// A bad combination of command-line arguments that clap cannot express.
    #[error("{0}")]
    Usage(String),
    /// A file could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The ledger database failed.
    #[error("ledger {}: {message}", path.display())]
    Ledger { path: PathBuf, message: String },
}

impl KaoheError {
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> KaoheError {
        KaoheError::Io { path: path.into(), source }
    }

    /// SPEC 7: 1 invalid input or rules · 2 usage · 3 refused by the ledger · 4 file I/O.
    pub fn exit_code(&self) -> i32 {
        match self {
            KaoheError::Invalid(_) => 1,
            KaoheError::Usage(_) => 2,
            KaoheError::Refused(_) => 3,
            KaoheError::Io { .. } | KaoheError::Ledger { .. } => 4,
        }
    }
}

pub type Result<T, E = KaoheError> = std::result::Result<T, E>;
