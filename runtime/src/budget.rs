//! The memory budget of one decode, shared by the JSON and protobuf readers: container
//! decoders charge what they are about to hold, and the decode fails once the budget is spent.

use crate::error::{Error, ErrorKind, Result};

/// The default budget for decoding `input_len` bytes: `64 × input_len + 16 MiB`.
pub fn default_memory_budget(input_len: usize) -> usize {
    input_len.saturating_mul(64).saturating_add(16 << 20)
}

/// Bytes left to spend, and the limit (for the error message).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Budget {
    left: usize,
    limit: usize,
}

impl Budget {
    /// `max` if given, else the default for `input_len` bytes.
    pub(crate) fn new(max: Option<usize>, input_len: usize) -> Self {
        let limit = max.unwrap_or_else(|| default_memory_budget(input_len));
        Budget { left: limit, limit }
    }

    /// Spend `bytes`; the error is placed at `offset`.
    #[inline]
    pub(crate) fn charge(&mut self, bytes: usize, offset: usize) -> Result<()> {
        match self.left.checked_sub(bytes) {
            Some(left) => {
                self.left = left;
                Ok(())
            }
            None => Err(Error::new(
                ErrorKind::MemoryLimitExceeded { limit: self.limit },
                offset,
            )),
        }
    }
}
