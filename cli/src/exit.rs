//! Failures of a command and the exit code of each kind, as documented in `--help`.

use std::fmt;
use std::process::ExitCode;

use dangdang_api::Error;

/// The exit codes, shown after `--help`.
pub const EXIT_CODES_HELP: &str = "\
Exit codes:
  0  success
  1  internal error (the embedded spec does not load, stdout cannot be written)
  2  usage: bad arguments, unknown method, missing credentials, unreadable upload file
  3  refused before sending: a parameter or upload breaks the spec (nothing was sent)
  4  gateway error: the gateway refused the call (<errorResponse>: signature, session, throttling, clock)
  5  business error: the method rejected the request (<Error><operCode>)
  6  transport: connecting, timeouts, HTTP status, redirects
  7  decode: the reply is not what the protocol or spec says (charset, size, shape, pagination)
  130 interrupted (Ctrl-C; `pages` stops after the current page)

Environment: DANGDANG_APP_KEY, DANGDANG_APP_SECRET, DANGDANG_SESSION, DANGDANG_ENDPOINT.
A typed method's reply prints as typed JSON (Rust field names, codes as {\"code\", \"name\"}, times as
wire text, decimals as strings); --tree prints JSON of the XML tree (wire names), as untyped methods do.";

/// Why a command failed.
#[derive(Debug)]
pub enum Failure {
    /// Bad arguments (exit 2).
    Usage(String),
    /// A library error, classified by kind.
    Api(Error),
    /// The command could not run at all (exit 1).
    Internal(String),
    /// Ctrl-C (exit 130).
    Interrupted(String),
    /// Stdout was closed by its reader (`| head`): the command stops quietly with success, as
    /// other command-line tools do.
    OutputClosed,
}

impl Failure {
    /// The process exit code of this failure.
    pub fn code(&self) -> u8 {
        match self {
            Failure::OutputClosed => 0,
            Failure::Internal(_) => 1,
            Failure::Usage(_) => 2,
            Failure::Interrupted(_) => 130,
            Failure::Api(error) => api_code(error),
        }
    }

    /// Prints the failure on stderr and returns its exit code.
    pub fn report(&self) -> ExitCode {
        if !matches!(self, Failure::OutputClosed) {
            eprintln!("dangdang: {self}");
        }
        ExitCode::from(self.code())
    }
}

/// The exit code of a library error.
fn api_code(error: &Error) -> u8 {
    match error {
        Error::InvalidParam { .. } | Error::Unencodable { .. } => 3,
        Error::Gateway { .. } | Error::Throttled { .. } | Error::ClockSkew { .. } => 4,
        Error::Business { .. } => 5,
        Error::HttpStatus { .. } | Error::Timeout { .. } | Error::Redirect { .. } | Error::Transport { .. } => 6,
        Error::Decode { .. } | Error::Charset { .. } | Error::ResponseTooLarge { .. } | Error::Pagination { .. } => 7,
        Error::Config(_) => 2,
        // `Error` is non-exhaustive: a kind added later is reported, as internal until classified.
        _ => 1,
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Usage(message) | Failure::Internal(message) | Failure::Interrupted(message) => {
                f.write_str(message)
            }
            Failure::OutputClosed => f.write_str("the output was closed"),
            // The library's messages never hold the secret, the session or parameter values.
            Failure::Api(error) => write!(f, "{error}"),
        }
    }
}

impl From<Error> for Failure {
    fn from(error: Error) -> Failure {
        Failure::Api(error)
    }
}

impl From<std::io::Error> for Failure {
    fn from(error: std::io::Error) -> Failure {
        if error.kind() == std::io::ErrorKind::BrokenPipe {
            return Failure::OutputClosed;
        }
        Failure::Internal(format!("cannot write the output: {error}"))
    }
}
