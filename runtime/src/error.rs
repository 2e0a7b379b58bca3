//! The one error type of kcodec: what went wrong, at which byte, under which field path.

use std::fmt;

/// What went wrong while decoding (or, rarely, encoding: [`ErrorKind::Unencodable`]) a value.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input ended in the middle of a value.
    UnexpectedEof,
    /// A byte that cannot start or continue the expected token.
    UnexpectedByte {
        /// The byte found.
        found: u8,
        /// What the decoder expected there.
        expected: &'static str,
    },
    /// A JSON value of the wrong type for the target field (e.g. a string for an int).
    InvalidType {
        /// The JSON type found (`string`, `number`, `object`, ...).
        found: &'static str,
        /// The Rust/Go type expected.
        expected: &'static str,
    },
    /// A number that does not fit the target integer type, or is not an integer.
    NumberOutOfRange {
        /// The target type (`int32`, `int64`, ...).
        target: &'static str,
    },
    /// A malformed string escape (`\x`, a short `\u` sequence).
    InvalidEscape,
    /// A control character (< 0x20) inside a string.
    ControlCharacter,
    /// More nested objects/arrays/messages than the configured limit.
    DepthLimitExceeded {
        /// The configured limit.
        limit: usize,
    },
    /// Non-whitespace bytes after the top-level value.
    TrailingData,
    /// A value that is well-formed JSON but invalid for its type (bad time, bad quantity, ...).
    InvalidValue {
        /// A short description of the problem.
        message: String,
    },
    /// A protobuf wire-format problem (bad varint, wrong wire type, length past the end, ...).
    Wire {
        /// A short description of the problem.
        message: String,
    },
    /// The decoded value would take more memory than the decode's budget allows (an input
    /// made of many tiny list elements of a large type, for instance).
    MemoryLimitExceeded {
        /// The budget, in bytes.
        limit: usize,
    },
    /// A value that cannot be written in the output format, where Go's encoder fails too
    /// (embedded raw bytes that are not JSON, ...). The error's offset is in the output,
    /// and its path is the value's.
    Unencodable {
        /// The value's type (`RawExtension`, `FieldsV1`, ...).
        type_name: &'static str,
        /// Why it cannot be written.
        reason: &'static str,
    },
    /// A type registry lookup failed (unknown apiVersion/kind).
    UnknownType {
        /// The apiVersion looked up.
        api_version: String,
        /// The kind looked up.
        kind: String,
    },
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorKind::UnexpectedEof => f.write_str("unexpected end of input"),
            ErrorKind::UnexpectedByte { found, expected } => {
                write!(f, "unexpected byte ")?;
                if found.is_ascii_graphic() {
                    write!(f, "'{}'", *found as char)?;
                } else {
                    write!(f, "0x{found:02x}")?;
                }
                write!(f, ", expected {expected}")
            }
            ErrorKind::MemoryLimitExceeded { limit } => write!(
                f,
                "decoded value exceeds the memory budget of {limit} bytes (see DecodeOptions::max_memory)"
            ),
            ErrorKind::InvalidType { found, expected } => {
                write!(f, "cannot decode {found} into {expected}")
            }
            ErrorKind::NumberOutOfRange { target } => {
                write!(
                    f,
                    "number is not a valid {target} (out of range or not an integer)"
                )
            }
            ErrorKind::InvalidEscape => f.write_str("invalid escape sequence in string"),
            ErrorKind::ControlCharacter => f.write_str("control character in string"),
            ErrorKind::DepthLimitExceeded { limit } => {
                write!(f, "nesting deeper than the limit of {limit}")
            }
            ErrorKind::TrailingData => f.write_str("trailing data after the top-level value"),
            ErrorKind::InvalidValue { message } => f.write_str(message),
            ErrorKind::Wire { message } => f.write_str(message),
            ErrorKind::Unencodable { type_name, reason } => {
                write!(f, "cannot encode {type_name}: {reason}")
            }
            ErrorKind::UnknownType { api_version, kind } => {
                write!(
                    f,
                    "no type registered for apiVersion {api_version:?}, kind {kind:?}"
                )
            }
        }
    }
}

/// A decoding error: its kind, the byte offset in the input where it was detected, and the
/// field path leading there (e.g. `.spec.containers[0].ports[1].containerPort`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: Box<ErrorKind>,
    offset: usize,
    path: String,
}

impl Error {
    /// An error of `kind` detected at byte `offset`, with no path yet.
    pub fn new(kind: ErrorKind, offset: usize) -> Self {
        Error {
            kind: Box::new(kind),
            offset,
            path: String::new(),
        }
    }

    /// Shorthand for [`ErrorKind::InvalidValue`].
    pub fn invalid_value(message: impl Into<String>, offset: usize) -> Self {
        Error::new(
            ErrorKind::InvalidValue {
                message: message.into(),
            },
            offset,
        )
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// Byte offset in the input where the problem was detected.
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// The field path of the value being decoded (`""` at the top level).
    pub fn path(&self) -> &str {
        &self.path
    }

    /// Replace the field path (used by decoders that compute the path once the error is known).
    pub fn with_path(mut self, path: String) -> Self {
        self.path = path;
        self
    }

    /// Prefix the path with a field name segment (`.name`), used by decoders that build the path
    /// while the error travels up (the protobuf decoder does this).
    pub fn in_field(mut self, name: &str) -> Self {
        self.path.insert_str(0, name);
        self.path.insert(0, '.');
        self
    }

    /// The same error with its offset moved by `base` bytes: for an error found inside a
    /// frame or an embedded value, the offset in the enclosing stream or document.
    pub fn shifted(mut self, base: u64) -> Self {
        self.offset = self
            .offset
            .saturating_add(usize::try_from(base).unwrap_or(usize::MAX));
        self
    }

    /// Prefix the path with an index segment (`[i]`).
    pub fn in_index(mut self, index: usize) -> Self {
        self.path.insert_str(0, &format!("[{index}]"));
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at byte {}", self.kind, self.offset)?;
        if !self.path.is_empty() {
            write!(f, " (field {})", self.path)?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}

/// The result type of kcodec's decoders.
pub type Result<T, E = Error> = std::result::Result<T, E>;
