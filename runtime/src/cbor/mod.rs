//! CBOR (`application/cbor`, KEP-4222) as the Kubernetes API server writes and reads it: the
//! traits generated code implements, the reader and writer it drives, and the entry points
//! users call.
//!
//! Output is byte-identical to apimachinery's CBOR serializer: the self-described tag
//! `d9 d9 f7` first ([`to_vec`]), every string a byte string, map keys (struct fields too) in
//! bytewise order of their encoded form, shortest heads, `[]byte` as tag 22 + bytes.
//! `#[derive(Cbor)]` implements the traits, reading the same `#[kcodec(..)]` attributes as
//! `#[derive(Json)]` (field names, omit rules), as Go's CBOR serializer reads the `json` tags.

mod impls;
pub mod read;
mod unstructured;
pub mod write;

pub use read::{path_at, CborReader, Key, MapState};
pub use unstructured::{cbor_to_json, json_to_cbor, json_to_cbor_into};

use crate::error::Result;
use crate::json::{DecodeOptions, StrictIssue};

/// A value that can be written as CBOR.
#[diagnostic::on_unimplemented(
    message = "kcodec: `{Self}` cannot be written as CBOR",
    label = "`{Self}` does not implement `kcodec::cbor::CborEncode`",
    note = "for a struct or enum of yours, add `#[derive(kcodec::Cbor)]` to it (kcodec's `cbor` feature)"
)]
pub trait CborEncode: crate::Omit {
    /// Append the CBOR data item of `self` (no self-described prefix) to `out`.
    fn encode_cbor(&self, out: &mut Vec<u8>);
}

/// A value that can be read from CBOR.
#[diagnostic::on_unimplemented(
    message = "kcodec: `{Self}` cannot be read from CBOR",
    label = "`{Self}` does not implement `kcodec::cbor::CborDecode`",
    note = "for a struct or enum of yours, add `#[derive(kcodec::Cbor)]` to it (kcodec's `cbor` feature)"
)]
pub trait CborDecode: CborEncode + Sized {
    /// Read one value from `r`.
    fn decode_cbor(r: &mut CborReader<'_>) -> Result<Self>;

    /// Read one value into `self`, as Go decodes into an existing value (maps merge into the
    /// existing struct, `null` leaves a non-pointer value unchanged): see
    /// [`JsonDecode::decode_json_into`](crate::JsonDecode::decode_json_into).
    #[inline]
    fn decode_cbor_into(&mut self, r: &mut CborReader<'_>) -> Result<()> {
        *self = Self::decode_cbor(r)?;
        Ok(())
    }
}

/// A Rust type that can be the type of a field of a `#[derive(Cbor)]` struct: every
/// [`CborDecode`] type. Generated code reaches a field's codec through this one trait.
#[diagnostic::on_unimplemented(
    message = "kcodec: `{Self}` cannot be a CBOR field",
    label = "not a CBOR field type",
    note = "a field of a `#[derive(Cbor)]` struct must implement `kcodec::cbor::CborDecode`: add `#[derive(kcodec::Cbor)]` to its type"
)]
pub trait CborField {
    /// [`CborEncode::encode_cbor`].
    fn encode_cbor_field(&self, out: &mut Vec<u8>);
    /// [`Omit::is_empty_value`](crate::Omit::is_empty_value): the `omitempty` test.
    fn is_field_empty(&self) -> bool;
    /// [`Omit::is_zero_value`](crate::Omit::is_zero_value): the `omitzero` test.
    fn is_field_zero(&self) -> bool;
    /// [`CborDecode::decode_cbor_into`].
    fn decode_cbor_field_into(&mut self, r: &mut CborReader<'_>) -> Result<()>;
}

impl<T: CborDecode> CborField for T {
    #[inline(always)]
    fn encode_cbor_field(&self, out: &mut Vec<u8>) {
        self.encode_cbor(out)
    }
    #[inline(always)]
    fn is_field_empty(&self) -> bool {
        crate::Omit::is_empty_value(self)
    }
    #[inline(always)]
    fn is_field_zero(&self) -> bool {
        crate::Omit::is_zero_value(self)
    }
    #[inline(always)]
    fn decode_cbor_field_into(&mut self, r: &mut CborReader<'_>) -> Result<()> {
        self.decode_cbor_into(r)
    }
}

/// A struct written as a CBOR map, whose fields can be flattened into another struct's map
/// (an `inline` field). Its fields are addressed by their rank in CBOR key order, so that
/// a struct with inline fields can interleave its own with theirs.
#[diagnostic::on_unimplemented(
    message = "kcodec: `{Self}` cannot be an inline field",
    label = "not a CBOR object type",
    note = "an `inline` field (Go's embedded struct with `json:\",inline\"`) must be a struct \
            with `#[derive(kcodec::Cbor)]`"
)]
pub trait CborObject: CborDecode + Default {
    /// The encoded keys (byte-string head and name) of every field, inline fields' included,
    /// in CBOR order.
    fn cbor_keys() -> &'static [&'static [u8]];

    /// Write the fields of ranks `from..to` in [`cbor_keys`](CborObject::cbor_keys) (key and
    /// value of each one not omitted); returns how many were written.
    fn encode_cbor_fields(&self, from: usize, to: usize, out: &mut Vec<u8>) -> usize;

    /// Decode the value of the field named `key` into it; `Ok(false)`, having consumed
    /// nothing, when `key` names no field.
    fn decode_cbor_field(&mut self, key: &[u8], r: &mut CborReader<'_>) -> Result<bool>;
}

/// The keys of a struct with inline fields in CBOR order, and the runs of consecutive ranks
/// that one part holds (see [`merge_keys`]).
#[doc(hidden)]
pub struct Plan {
    /// Every key, inline fields' included, in CBOR order.
    pub keys: Vec<&'static [u8]>,
    /// The merged order as runs: ranks `at..at + (to - from)` are the part's ranks
    /// `from..to`.
    pub runs: Vec<Run>,
}

/// A run of a [`Plan`]: consecutive ranks of one part (0: the struct itself, `j`: its `j`-th
/// inline field).
#[doc(hidden)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Run {
    /// The part.
    pub part: usize,
    /// The part's first rank in the run.
    pub from: usize,
    /// The part's rank after the run.
    pub to: usize,
    /// The merged rank of the run's first field.
    pub at: usize,
}

impl Plan {
    /// Write the fields of merged ranks `from..to` through `part_fields(part, from, to, out)`
    /// (a part's [`CborObject::encode_cbor_fields`]); returns how many were written.
    #[inline]
    pub fn encode(
        &self,
        from: usize,
        to: usize,
        out: &mut Vec<u8>,
        mut part_fields: impl FnMut(usize, usize, usize, &mut Vec<u8>) -> usize,
    ) -> usize {
        let mut n = 0;
        for run in &self.runs {
            let len = run.to - run.from;
            let (lo, hi) = (from.max(run.at), to.min(run.at + len));
            if lo < hi {
                n += part_fields(
                    run.part,
                    run.from + (lo - run.at),
                    run.from + (hi - run.at),
                    out,
                );
            }
        }
        n
    }
}

/// The plan of a struct with inline fields, from each part's keys in CBOR order (its own
/// first, then each inline field's): the merged order of all keys, as runs of consecutive
/// ranks of one part. Built once per type by generated code.
#[doc(hidden)]
pub fn merge_keys(parts: &[&'static [&'static [u8]]]) -> Plan {
    let mut all: Vec<(&'static [u8], usize, usize)> = Vec::new();
    for (j, keys) in parts.iter().enumerate() {
        for (k, key) in keys.iter().enumerate() {
            all.push((key, j, k));
        }
    }
    all.sort_by(|a, b| a.0.cmp(b.0));
    let mut runs: Vec<Run> = Vec::new();
    for (at, &(_, part, k)) in all.iter().enumerate() {
        match runs.last_mut() {
            Some(r) if r.part == part && r.to == k => r.to += 1,
            _ => runs.push(Run {
                part,
                from: k,
                to: k + 1,
                at,
            }),
        }
    }
    Plan {
        keys: all.iter().map(|e| e.0).collect(),
        runs,
    }
}

/// Decode a map into the struct `v` field by field (generated `decode_cbor_into`): `null`
/// leaves it unchanged; unknown keys (non-string keys too) are skipped, reported in strict
/// mode.
#[doc(hidden)]
pub fn decode_struct<T: CborObject>(v: &mut T, r: &mut CborReader<'_>) -> Result<()> {
    if r.eat_null()? {
        return Ok(());
    }
    let mut m = r.begin_map()?;
    while let Some(key) = r.next_key(&mut m)? {
        let at = r.last_key_offset();
        let known = match &key {
            Key::Str(k) => v.decode_cbor_field(k, r)?,
            Key::Other => false,
        };
        if !known {
            r.unknown_field(at)?;
        }
    }
    Ok(())
}

/// Go's text of a string's bytes (invalid UTF-8 as U+FFFD per byte).
#[doc(hidden)]
pub fn go_str(b: &[u8]) -> std::borrow::Cow<'_, str> {
    match crate::string::utf8(b) {
        Ok(s) => std::borrow::Cow::Borrowed(s),
        Err(_) => std::borrow::Cow::Owned(crate::string::go_lossy(b)),
    }
}

/// CBOR as the API server writes an object: the self-described tag, then the item. Fails
/// where Go's encoder fails (a value that cannot be written as CBOR, such as embedded raw bytes
/// that are neither JSON nor CBOR: [`write::fail`]), with the value's path and its offset in
/// the output.
pub fn to_vec<T: CborEncode + ?Sized>(value: &T) -> Result<Vec<u8>> {
    let mut out = Vec::with_capacity(256);
    out.extend_from_slice(&write::SELF_DESCRIBED);
    encode_into(&mut out, value).map_err(|e| e.shifted(write::SELF_DESCRIBED.len() as u64))?;
    Ok(out)
}

/// The CBOR item of `value` without the self-described prefix (as nested in a watch event's
/// object or a RawExtension). Fails as [`to_vec`].
pub fn to_vec_bare<T: CborEncode + ?Sized>(value: &T) -> Result<Vec<u8>> {
    let mut out = Vec::with_capacity(256);
    encode_into(&mut out, value)?;
    Ok(out)
}

/// Append the CBOR item of `value` (no prefix) to `out`; on failure `out` is left as it was
/// (a list writer can skip the value), and the error's offset and path are in the item.
pub fn encode_into<T: CborEncode + ?Sized>(out: &mut Vec<u8>, value: &T) -> Result<()> {
    let start = out.len();
    crate::fail::checked(out, |out| value.encode_cbor(out), path_at).inspect_err(|_| {
        out.truncate(start);
    })
}

/// Decode a value from a complete CBOR document (default mode: unknown fields ignored;
/// duplicate keys are an error, as in Go). Errors carry the byte offset and field path.
pub fn from_slice<T: CborDecode>(input: &[u8]) -> Result<T> {
    from_slice_with(input, DecodeOptions::default()).map(|(v, _)| v)
}

/// Decode in strict mode: every unknown field is reported with its path.
pub fn from_slice_strict<T: CborDecode>(input: &[u8]) -> Result<(T, Vec<StrictIssue>)> {
    from_slice_with(
        input,
        DecodeOptions {
            strict: true,
            ..DecodeOptions::default()
        },
    )
}

/// Decode with explicit options; returns the value and the strict-mode reports.
pub fn from_slice_with<T: CborDecode>(
    input: &[u8],
    opts: DecodeOptions,
) -> Result<(T, Vec<StrictIssue>)> {
    decode_document(input, opts, T::decode_cbor)
}

/// Decode from shared bytes: strings longer than the inline capacity are slices of `input`.
pub fn from_bytes<T: CborDecode>(input: &bytes::Bytes) -> Result<T> {
    read_document(
        CborReader::from_bytes(input, DecodeOptions::default()),
        T::decode_cbor,
    )
    .map(|(v, _)| v)
}

/// Decode a whole document with `decode` (for type-erased decoders such as a registry):
/// checks for trailing data, fills the error path and the strict-mode report paths.
pub fn decode_document<'de, T>(
    input: &'de [u8],
    opts: DecodeOptions,
    decode: impl FnOnce(&mut CborReader<'de>) -> Result<T>,
) -> Result<(T, Vec<StrictIssue>)> {
    read_document(CborReader::new(input, opts), decode)
}

fn read_document<'de, T>(
    mut r: CborReader<'de>,
    decode: impl FnOnce(&mut CborReader<'de>) -> Result<T>,
) -> Result<(T, Vec<StrictIssue>)> {
    let input = r.input();
    let result = decode(&mut r).and_then(|v| r.finish().map(|_| v));
    let (raw, _dropped) = r.take_issues();
    crate::json::with_paths(input, result, raw, path_at)
}

/// Whether `input` looks like CBOR as Kubernetes writes it: the self-described tag first.
pub fn is_cbor(input: &[u8]) -> bool {
    input.starts_with(&write::SELF_DESCRIBED)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Inline fields' keys interleave with the struct's own; the plan holds runs of one part,
    /// and a range of merged ranks maps to the parts' ranges.
    #[test]
    fn plans_are_runs_of_one_part() {
        static OWN: [&[u8]; 2] = [b"\x44name", b"\x46status"];
        static INLINE: [&[u8]; 3] = [b"\x43nfs", b"\x44kind", b"\x48hostPath"];
        let plan = merge_keys(&[&OWN, &INLINE]);
        assert_eq!(
            plan.keys,
            [
                &b"\x43nfs"[..],
                b"\x44kind",
                b"\x44name",
                b"\x46status",
                b"\x48hostPath"
            ]
        );
        let run = |part, from, to, at| Run { part, from, to, at };
        assert_eq!(
            plan.runs,
            [run(1, 0, 2, 0), run(0, 0, 2, 2), run(1, 2, 3, 4)]
        );
        let mut calls = Vec::new();
        let n = plan.encode(1, 4, &mut Vec::new(), |part, a, b, _| {
            calls.push((part, a, b));
            b - a
        });
        assert_eq!(calls, [(1, 1, 2), (0, 0, 2)]);
        assert_eq!(n, 3);
    }
}
