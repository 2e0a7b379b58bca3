//! A generic, validated, raw JSON value.

use super::{JsonDecode, JsonEncode, JsonReader};
use crate::error::Result;

/// Any JSON value, validated and kept as its raw bytes (whitespace included). Encoding
/// writes it compacted with Go's HTML escaping, as Go writes a `json.RawMessage`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct RawValue(pub Vec<u8>);

impl RawValue {
    /// The raw bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }
}

impl JsonDecode for RawValue {
    fn decode_json(r: &mut JsonReader<'_>) -> Result<Self> {
        Ok(RawValue(r.raw_value()?.to_vec()))
    }
}

impl JsonEncode for RawValue {
    fn encode_json(&self, out: &mut Vec<u8>) {
        if self.0.is_empty() {
            out.extend_from_slice(b"null");
        } else {
            super::compact_into(out, &self.0, true);
        }
    }
}
