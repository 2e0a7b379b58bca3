//! Encode failures without a `Result` on the hot path.
//!
//! `JsonEncode::encode_json` and `CborEncode::encode_cbor` append to a buffer and cannot
//! fail: nearly every value can be written, and a `Result` threaded through every generated
//! field encoder would cost every encode. The few leaf values Go's encoders refuse (embedded
//! raw bytes that are not JSON, ...) call [`crate::json::write::fail`] or
//! [`crate::cbor::write::fail`] instead: the first failure is recorded, with its offset in the
//! output, in a thread-local slot, and a placeholder (`null`) keeps the output well-formed.
//! Every top-level entry point ([`crate::json::to_vec`], [`crate::cbor::to_vec`], the cache,
//! the list writers, ...) runs its encode through [`checked`], which empties the slot first,
//! takes what the encode recorded, puts the slot's previous content back (so an entry point
//! called inside another encode neither loses nor leaks the outer one's failure), and turns a
//! failure into an [`Error`] whose path is computed from the output written.

use std::cell::Cell;

use crate::error::{Error, ErrorKind, Result};

/// A failure: what, and where in the output buffer it happened.
struct Failure {
    kind: ErrorKind,
    offset: usize,
}

thread_local! {
    /// The first failure of the encode running on this thread, if any.
    static SLOT: Cell<Option<Box<Failure>>> = const { Cell::new(None) };
}

/// Record a failure at `offset` of the output buffer, unless one is recorded already (the
/// first one is reported).
#[cold]
pub(crate) fn record(kind: ErrorKind, offset: usize) {
    SLOT.with(|slot| {
        let first = slot
            .take()
            .unwrap_or_else(|| Box::new(Failure { kind, offset }));
        slot.set(Some(first));
    });
}

/// Run `encode`, which appends to `out` from its current length, as a top-level encode: the
/// first failure it records is returned as an error located in what it wrote, with its field
/// path computed by `path_at` from those bytes (`path_at(written, offset_in_written)`).
#[inline]
pub(crate) fn checked(
    out: &mut Vec<u8>,
    encode: impl FnOnce(&mut Vec<u8>),
    path_at: fn(&[u8], usize) -> String,
) -> Result<()> {
    let start = out.len();
    let outer = SLOT.with(Cell::take);
    encode(out);
    let mine = SLOT.with(|slot| slot.replace(outer));
    match mine {
        None => Ok(()),
        Some(failure) => Err(located(*failure, &out[start..], start, path_at)),
    }
}

#[cold]
fn located(
    failure: Failure,
    written: &[u8],
    start: usize,
    path_at: fn(&[u8], usize) -> String,
) -> Error {
    let offset = failure.offset.saturating_sub(start);
    let path = path_at(written, offset);
    Error::new(failure.kind, offset).with_path(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fail_at(out: &mut Vec<u8>, what: &'static str) {
        record(
            ErrorKind::Unencodable {
                type_name: what,
                reason: "test",
            },
            out.len(),
        );
        out.extend_from_slice(b"null");
    }

    #[test]
    fn the_first_failure_is_reported_with_its_path() {
        let mut out = b"prefix".to_vec();
        let err = checked(
            &mut out,
            |out| {
                out.extend_from_slice(br#"{"a":[1,"#);
                fail_at(out, "First");
                out.extend_from_slice(br#"],"b":"#);
                fail_at(out, "Second");
                out.push(b'}');
            },
            crate::json::path_at,
        )
        .unwrap_err();
        assert_eq!(err.offset(), 8);
        assert_eq!(err.path(), ".a[1]");
        assert!(err.to_string().contains("First"), "{err}");
        // Nothing is left behind for the next encode.
        assert!(checked(&mut Vec::new(), |_| {}, crate::json::path_at).is_ok());
    }

    #[test]
    fn a_nested_entry_point_keeps_the_outer_failure() {
        let err = checked(
            &mut Vec::new(),
            |out| {
                out.extend_from_slice(br#"{"x":"#);
                fail_at(out, "Outer");
                out.extend_from_slice(br#","y":"#);
                // An encoder that encodes something else on its own, and fails there too.
                let inner = checked(
                    &mut Vec::new(),
                    |o| fail_at(o, "Inner"),
                    crate::json::path_at,
                );
                assert!(inner.unwrap_err().to_string().contains("Inner"));
                // One that succeeds does not clear the outer failure either.
                assert!(checked(&mut Vec::new(), |_| {}, crate::json::path_at).is_ok());
                out.extend_from_slice(b"1}");
            },
            crate::json::path_at,
        )
        .unwrap_err();
        assert!(err.to_string().contains("Outer"), "{err}");
        assert_eq!(err.path(), ".x");
    }
}
