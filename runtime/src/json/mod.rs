//! JSON: the traits generated code implements, the reader and writer it drives, and the
//! entry points users call.
//!
//! Output is byte-identical to Go's `encoding/json` as the Kubernetes API server uses it:
//! [`to_vec`] = `json.Marshal`, [`to_vec_pretty`] = `json.MarshalIndent(v, "", "  ")`, and
//! [`to_vec_response`] = `json.NewEncoder(w).Encode(v)` (compact plus `\n`).

pub(crate) mod impls;
mod indent;
mod path;
mod raw;
pub mod read;
pub(crate) mod scan;
mod unstructured;
pub mod write;

#[cfg(feature = "cbor")]
pub(crate) use impls::JsonKey;
pub use indent::{compact_into, indent_into};
pub use path::path_at;
pub use raw::{is_one_json_value, not_json, write_raw, RawValue};
pub use read::{default_memory_budget, DecodeOptions, JsonReader, StrictIssue, StrictIssueKind};
pub use unstructured::{marshal_unstructured, marshal_unstructured_into};

use crate::error::Result;

/// A value that can be written as JSON.
///
/// `#[derive(Json)]` implements it for structs (an object with fields in declaration order)
/// and enums (a string), with the type's omit rules ([`Omit`](crate::Omit)); a hand-written
/// codec implements `Omit` too (`impl kcodec::Omit for MyType {}` when "never omitted" is right).
#[diagnostic::on_unimplemented(
    message = "kcodec: `{Self}` cannot be written as JSON",
    label = "`{Self}` does not implement `kcodec::JsonEncode`",
    note = "for a struct or enum of yours, add `#[derive(kcodec::Json)]` to it"
)]
pub trait JsonEncode: crate::Omit {
    /// Append the compact JSON form of `self` to `out`.
    fn encode_json(&self, out: &mut Vec<u8>);
}

/// A value that can be read from JSON (and written: every kcodec type goes both ways, so a
/// type that is not a JSON value is one missing trait, reported once).
#[diagnostic::on_unimplemented(
    message = "kcodec: `{Self}` cannot be read from JSON",
    label = "`{Self}` does not implement `kcodec::JsonDecode`",
    note = "for a struct or enum of yours, add `#[derive(kcodec::Json)]` to it"
)]
pub trait JsonDecode: JsonEncode + Sized {
    /// Read one value from `r`.
    fn decode_json(r: &mut JsonReader<'_>) -> Result<Self>;

    /// Read one value from `r` into `self`, as Go's `json.Unmarshal` decodes into an existing
    /// value: objects merge into the existing struct (fields not in the input keep their
    /// value), maps gain entries, lists and scalars are replaced, `null` leaves non-pointer
    /// values unchanged. Generated code decodes every field this way, so nested structs
    /// are filled in place instead of built and moved.
    #[inline]
    fn decode_json_into(&mut self, r: &mut JsonReader<'_>) -> Result<()> {
        *self = Self::decode_json(r)?;
        Ok(())
    }
}

/// A Rust type that can be the type of a field of a `#[derive(Json)]` struct: any
/// [`JsonDecode`] (and so [`JsonEncode`]) type. Generated code reaches a field's codec
/// through this one trait, so a field whose type has no JSON codec is one error, at the
/// field's type, whichever of its methods the derive calls. Everything is inlined.
#[diagnostic::on_unimplemented(
    message = "kcodec: `{Self}` cannot be a JSON field",
    label = "not a JSON field type",
    note = "a JSON field is bool, an integer (i8..i64, u8..u64), f32, f64, String, Str, \
            Binary, a type deriving `kcodec::Json`, or an `Option`, `Box`, `Vec`, `List` or \
            `BTreeMap`/`Map<String|Str, _>` of those",
    note = "for a struct or enum of yours, add `#[derive(kcodec::Json)]` to it",
    note = "use `BTreeMap` instead of `HashMap` (Go writes map keys sorted), and \
            `i64`/`u64` instead of `isize`/`usize`"
)]
pub trait JsonField {
    /// [`JsonEncode::encode_json`].
    fn encode_field(&self, out: &mut Vec<u8>);
    /// [`Omit::is_empty_value`](crate::Omit::is_empty_value): the `omitempty` test.
    fn is_field_empty(&self) -> bool;
    /// [`Omit::is_zero_value`](crate::Omit::is_zero_value): the `omitzero` test.
    fn is_field_zero(&self) -> bool;
    /// [`JsonDecode::decode_json_into`].
    fn decode_field_into(&mut self, r: &mut JsonReader<'_>) -> Result<()>;
}

impl<T: JsonDecode> JsonField for T {
    #[inline(always)]
    fn encode_field(&self, out: &mut Vec<u8>) {
        self.encode_json(out)
    }
    #[inline(always)]
    fn is_field_empty(&self) -> bool {
        self.is_empty_value()
    }
    #[inline(always)]
    fn is_field_zero(&self) -> bool {
        self.is_zero_value()
    }
    #[inline(always)]
    fn decode_field_into(&mut self, r: &mut JsonReader<'_>) -> Result<()> {
        self.decode_json_into(r)
    }
}

/// A struct encoded as a JSON object, whose fields can be flattened into another object
/// (Go's `json:",inline"`, kcodec's `#[kcodec(inline)]`).
#[diagnostic::on_unimplemented(
    message = "kcodec: `{Self}` cannot be an inline field",
    label = "not a JSON object type",
    note = "an `inline` field (Go's embedded struct with `json:\",inline\"`) must be a struct \
            with `#[derive(kcodec::Json)]`"
)]
pub trait JsonObject: JsonEncode + JsonDecode + Default + crate::Omit {
    /// Append this struct's members (`"key":value` pairs, comma-separated) to `out`. `first`
    /// tells whether no member has been written yet in the enclosing object; it is updated.
    fn encode_json_fields(&self, out: &mut Vec<u8>, first: &mut bool);

    /// Decode the value of member `key` into the matching field. Returns `Ok(false)`, having
    /// consumed nothing, when `key` is not a field of this struct.
    fn decode_json_field(&mut self, key: &[u8], r: &mut JsonReader<'_>) -> Result<bool>;

    /// [`Omit::is_zero_value`](crate::Omit::is_zero_value), reached through this trait:
    /// generated code tests an inline field's zero value with it, so that every use of the
    /// field is the same `JsonObject` bound (one error when the type is not an object).
    #[inline(always)]
    fn is_object_zero(&self) -> bool {
        crate::Omit::is_zero_value(self)
    }
}

/// Compact JSON, as Go's `json.Marshal`. Fails where Go's encoder fails (a value that cannot
/// be written as JSON, such as embedded raw bytes that are not JSON: [`write::fail`]), with
/// the value's path and its offset in the output.
pub fn to_vec<T: JsonEncode + ?Sized>(value: &T) -> Result<Vec<u8>> {
    let mut out = Vec::with_capacity(256);
    encode_into(&mut out, value)?;
    Ok(out)
}

/// Append the compact JSON of `value` to `out`, as [`to_vec`] writes it; on failure `out` is
/// left as it was (a list writer can skip the value), and the error's offset and path are in
/// the value's own JSON.
pub fn encode_into<T: JsonEncode + ?Sized>(out: &mut Vec<u8>, value: &T) -> Result<()> {
    let start = out.len();
    crate::fail::checked(out, |out| value.encode_json(out), path_at).inspect_err(|_| {
        out.truncate(start);
    })
}

/// Compact JSON followed by `\n`, as the API server writes a response body or a watch event
/// (`json.NewEncoder(w).Encode(v)`). Fails as [`to_vec`].
pub fn to_vec_response<T: JsonEncode + ?Sized>(value: &T) -> Result<Vec<u8>> {
    let mut out = to_vec(value)?;
    out.push(b'\n');
    Ok(out)
}

/// Indented JSON, as Go's `json.MarshalIndent(v, "", "  ")` (no trailing newline). This is
/// the form of Kubernetes' round-trip fixtures and of `?pretty=true` responses. Fails as
/// [`to_vec`] (the error's offset is in the compact JSON).
pub fn to_vec_pretty<T: JsonEncode + ?Sized>(value: &T) -> Result<Vec<u8>> {
    let compact = to_vec(value)?;
    let mut out = Vec::with_capacity(compact.len() * 2);
    indent_into(&mut out, &compact, "", "  ");
    Ok(out)
}

/// Decode a value from a complete JSON document (default mode: unknown fields ignored,
/// the last of duplicate fields wins). Errors carry the byte offset and field path.
pub fn from_slice<T: JsonDecode>(input: &[u8]) -> Result<T> {
    from_slice_with(input, DecodeOptions::default()).map(|(v, _)| v)
}

/// Decode in strict mode: decoding completes as in default mode, and every unknown or
/// duplicate field is reported with its path (at most `max_reports`, in document order).
pub fn from_slice_strict<T: JsonDecode>(input: &[u8]) -> Result<(T, Vec<StrictIssue>)> {
    from_slice_with(
        input,
        DecodeOptions {
            strict: true,
            ..DecodeOptions::default()
        },
    )
}

/// Decode with explicit options; returns the value and the strict-mode reports (empty unless
/// `opts.strict`).
pub fn from_slice_with<T: JsonDecode>(
    input: &[u8],
    opts: DecodeOptions,
) -> Result<(T, Vec<StrictIssue>)> {
    decode_document(input, opts, T::decode_json)
}

/// Decode a whole document with `decode` (for type-erased decoders, e.g. a registry): checks
/// for trailing data, fills the error path, and resolves strict-mode report paths.
pub fn decode_document<'de, T>(
    input: &'de [u8],
    opts: DecodeOptions,
    decode: impl FnOnce(&mut JsonReader<'de>) -> Result<T>,
) -> Result<(T, Vec<StrictIssue>)> {
    read_document(JsonReader::with_options(input, opts), decode)
}

/// Decode from shared bytes (default mode): as [`from_slice`], but every string that needs no
/// unescaping and is longer than [`Str::INLINE_CAPACITY`](crate::Str::INLINE_CAPACITY) is a
/// slice of `input` instead of a copy. The value keeps `input`'s buffer alive; a cache that
/// keeps the input anyway (to serve it again) holds each string once.
pub fn from_bytes<T: JsonDecode>(input: &bytes::Bytes) -> Result<T> {
    from_bytes_with(input, DecodeOptions::default()).map(|(v, _)| v)
}

/// [`from_bytes`] with explicit options; returns the value and the strict-mode reports.
pub fn from_bytes_with<T: JsonDecode>(
    input: &bytes::Bytes,
    opts: DecodeOptions,
) -> Result<(T, Vec<StrictIssue>)> {
    decode_document_bytes(input, opts, T::decode_json)
}

/// [`decode_document`] over shared bytes (see [`from_bytes`]).
pub fn decode_document_bytes<'de, T>(
    input: &'de bytes::Bytes,
    opts: DecodeOptions,
    decode: impl FnOnce(&mut JsonReader<'de>) -> Result<T>,
) -> Result<(T, Vec<StrictIssue>)> {
    read_document(JsonReader::from_bytes(input, opts), decode)
}

fn read_document<'de, T>(
    mut r: JsonReader<'de>,
    decode: impl FnOnce(&mut JsonReader<'de>) -> Result<T>,
) -> Result<(T, Vec<StrictIssue>)> {
    let input = r.input();
    let result = decode(&mut r).and_then(|v| r.finish().map(|_| v));
    let (raw, _dropped) = r.take_issues();
    with_paths(input, result, raw, path_at)
}

/// A whole document's result with paths filled in: the error's, or each strict-mode
/// report's, computed from `input` by the format's `path_at`. Shared by the JSON and CBOR
/// document decoders.
pub(crate) fn with_paths<T>(
    input: &[u8],
    result: Result<T>,
    raw: Vec<(StrictIssueKind, usize)>,
    path_at: fn(&[u8], usize) -> String,
) -> Result<(T, Vec<StrictIssue>)> {
    match result {
        Ok(v) => {
            let issues = raw
                .into_iter()
                .map(|(kind, offset)| StrictIssue {
                    kind,
                    offset,
                    path: path_at(input, offset),
                })
                .collect();
            Ok((v, issues))
        }
        Err(e) => {
            let path = path_at(input, e.offset());
            Err(e.with_path(path))
        }
    }
}
