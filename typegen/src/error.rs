//! Errors with the file, line and column they point at.

use std::fmt;

/// A position in a source file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in bytes (as Go's tools count).
    pub col: u32,
    /// Byte offset from the start of the file.
    pub offset: usize,
}

/// A problem reading Go sources: `file:line:column: message`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// The file (as given to the reader), or the folder for package-level problems.
    pub file: String,
    /// Where in the file (line 0 for problems not tied to a position).
    pub pos: Pos,
    /// What is wrong.
    pub message: String,
}

impl Error {
    /// An error at `pos` in `file`.
    pub fn new(file: &str, pos: Pos, message: impl Into<String>) -> Error {
        Error {
            file: file.to_string(),
            pos,
            message: message.into(),
        }
    }

    /// An error about a whole file or folder.
    pub fn whole(file: &str, message: impl Into<String>) -> Error {
        Error::new(file, Pos::default(), message)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.pos.line == 0 {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(
                f,
                "{}:{}:{}: {}",
                self.file, self.pos.line, self.pos.col, self.message
            )
        }
    }
}

impl std::error::Error for Error {}
