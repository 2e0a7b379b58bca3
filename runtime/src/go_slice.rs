//! A Go slice or map that keeps nil apart from empty, in a field with `omitempty`: Go leaves
//! the field out when the slice is nil *or* empty. [`List`] and
//! [`Map`] follow that rule on their own; an `Option<T>` (Go's pointer rule)
//! leaves the field out only when `None`, so an `Option` that stands for a slice names this
//! module in the field's `#[kcodec(with = "kcodec::go_slice")]`. kcodec-typegen does
//! for `[]byte` fields with `omitempty` (a `[]byte` is always `Option<Binary>`, since
//! protobuf writes it iff non-nil).

use crate::json::impls::JsonKey;
use crate::json::{JsonDecode, JsonReader};
use crate::{List, Map, Omit, Result};

/// A slice or map held so that nil is apart from empty: `Option<T>` of a collection,
/// [`List`] or [`Map`].
pub trait GoSlice: JsonDecode {
    /// Nil or empty (Go's `omitempty` on a slice or map).
    fn is_nil_or_empty(&self) -> bool;
}

impl<T: JsonDecode> GoSlice for Option<T> {
    #[inline]
    fn is_nil_or_empty(&self) -> bool {
        self.as_ref().is_none_or(Omit::is_empty_value)
    }
}

impl<T: JsonDecode + Default> GoSlice for List<T> {
    #[inline]
    fn is_nil_or_empty(&self) -> bool {
        self.is_empty()
    }
}

impl<K: JsonKey, V: JsonDecode> GoSlice for Map<K, V> {
    #[inline]
    fn is_nil_or_empty(&self) -> bool {
        self.is_empty()
    }
}

/// Write the value: `null` for nil, else the slice or map.
#[inline]
pub fn encode_json<S: GoSlice>(v: &S, out: &mut Vec<u8>) {
    v.encode_json(out)
}

/// Go's `omitempty` on a slice or map: nil or empty.
#[inline]
pub fn is_empty_value<S: GoSlice>(v: &S) -> bool {
    v.is_nil_or_empty()
}

/// Read the value: `null` is nil, anything else the slice or map.
#[inline]
pub fn decode_json<S: GoSlice>(r: &mut JsonReader<'_>) -> Result<S> {
    S::decode_json(r)
}

/// CBOR: write the value (`null` for nil).
#[cfg(feature = "cbor")]
#[inline]
pub fn encode_cbor<S: GoSlice + crate::cbor::CborEncode>(v: &S, out: &mut Vec<u8>) {
    v.encode_cbor(out)
}

/// CBOR: read the value (`null` is nil).
#[cfg(feature = "cbor")]
#[inline]
pub fn decode_cbor<S: GoSlice + crate::cbor::CborDecode>(
    r: &mut crate::cbor::CborReader<'_>,
) -> Result<S> {
    S::decode_cbor(r)
}

#[cfg(test)]
mod tests {
    use super::is_empty_value;
    use crate::{Binary, List, Map, Str};

    #[test]
    fn nil_and_empty_are_both_empty() {
        assert!(is_empty_value::<Option<Binary>>(&None));
        assert!(is_empty_value(&Some(Binary::default())));
        assert!(!is_empty_value(&Some(Binary::from(vec![1u8]))));
        assert!(is_empty_value(&List::<i32>::nil()));
        assert!(is_empty_value(&List::<i32>::empty()));
        assert!(!is_empty_value(&List::from(vec![1])));
        assert!(is_empty_value(&Map::<Str, i32>::nil()));
        assert!(is_empty_value(&Map::<Str, i32>::empty()));
        assert!(!is_empty_value(&Map::from([(Str::from("a"), 1)])));
    }
}
