//! A Go slice or map held as `Option<T>` (nil apart from empty) in a field with
//! `omitempty`: Go leaves the field out when the slice is nil *or* empty, while an
//! `Option`'s own rule (for Go pointers) leaves it out only when `None`. Name this module
//! in the field's `#[kcodec(with = "kcodec::go_slice")]`; kcodec-typegen does for
//! `[]byte` fields with `omitempty` (a `[]byte` is always `Option<Binary>`, since protobuf
//! writes it iff non-nil).

use crate::json::{JsonDecode, JsonEncode, JsonReader};
use crate::{Omit, Result};

/// Write the value: `null` for `None`, else the slice or map.
#[inline]
pub fn encode_json<T: JsonEncode>(v: &Option<T>, out: &mut Vec<u8>) {
    v.encode_json(out)
}

/// Go's `omitempty` on a slice or map: nil or empty.
#[inline]
pub fn is_empty_value<T: Omit>(v: &Option<T>) -> bool {
    v.as_ref().is_none_or(Omit::is_empty_value)
}

/// Read the value: `null` is `None` (nil), anything else the slice or map.
#[inline]
pub fn decode_json<T: JsonDecode>(r: &mut JsonReader<'_>) -> Result<Option<T>> {
    Option::<T>::decode_json(r)
}

/// CBOR: write the value (`null` for `None`).
#[cfg(feature = "cbor")]
#[inline]
pub fn encode_cbor<T: crate::cbor::CborEncode>(v: &Option<T>, out: &mut Vec<u8>) {
    crate::cbor::CborEncode::encode_cbor(v, out)
}

/// CBOR: read the value (`null` is `None`).
#[cfg(feature = "cbor")]
#[inline]
pub fn decode_cbor<T: crate::cbor::CborDecode>(
    r: &mut crate::cbor::CborReader<'_>,
) -> Result<Option<T>> {
    crate::cbor::CborDecode::decode_cbor(r)
}

#[cfg(test)]
mod tests {
    use crate::Binary;

    #[test]
    fn nil_and_empty_are_both_empty() {
        assert!(super::is_empty_value::<Binary>(&None));
        assert!(super::is_empty_value(&Some(Binary::default())));
        assert!(!super::is_empty_value(&Some(Binary::from(vec![1u8]))));
    }
}
