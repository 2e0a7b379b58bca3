//! A downstream crate with every kcodec feature on. Its own types ask for JSON only (and one
//! for JSON and protobuf), hold a hand-written field codec and a `with` module that know
//! nothing of CBOR or serde, and one derives serde's traits itself: turning kcodec's `cbor`
//! and `serde` features on (here, and through `kcodec-types` in any crate of the build) adds
//! no code to these types, so they compile. A feature that added a CBOR or serde impl to every
//! `#[derive(Json)]` type would break this crate.

use kcodec::json::JsonReader;
use kcodec::{Json, JsonDecode, JsonEncode, Omit, Proto, Str};
use kcodec_types::core::v1::Pod;

/// A field type with a hand-written JSON codec (a temperature written as `"21.5C"`), and no
/// CBOR, protobuf or serde codec.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Celsius(pub f64);

/// Go's omit rules for the type (`omitempty`: never; the defaults), which every format's codec
/// reads.
impl Omit for Celsius {}

impl JsonEncode for Celsius {
    fn encode_json(&self, out: &mut Vec<u8>) {
        kcodec::json::write::write_str(out, &format!("{}C", self.0));
    }
}

impl JsonDecode for Celsius {
    fn decode_json(r: &mut JsonReader<'_>) -> kcodec::Result<Self> {
        let at = r.offset();
        let s = r.read_str()?;
        s.strip_suffix('C')
            .and_then(|n| n.parse().ok())
            .map(Celsius)
            .ok_or_else(|| {
                kcodec::Error::invalid_value(
                    format!("{s:?} is not a temperature like \"21.5C\""),
                    at,
                )
            })
    }
}

/// A `with` module: a comma-separated string in JSON, a list in Rust. JSON functions only.
pub mod csv {
    use kcodec::json::JsonReader;

    /// Write the list as one string.
    pub fn encode_json(v: &[String], out: &mut Vec<u8>) {
        kcodec::json::write::write_str(out, &v.join(","));
    }

    /// Read one string into the list.
    pub fn decode_json(r: &mut JsonReader<'_>) -> kcodec::Result<Vec<String>> {
        let s = r.read_str()?;
        Ok(s.split(',')
            .filter(|p| !p.is_empty())
            .map(String::from)
            .collect())
    }

    /// `omitempty`: no elements.
    pub fn is_empty_value(v: &[String]) -> bool {
        v.is_empty()
    }
}

/// A JSON-only type of the user's, holding a Kubernetes object (which, from kcodec-types,
/// has every format).
#[derive(Clone, Debug, Default, PartialEq, Json)]
pub struct Reading {
    /// A hand-written field codec.
    #[kcodec(rename = "temp")]
    pub temp: Celsius,
    /// A `with` module.
    #[kcodec(rename = "tags", with = "csv", omitempty)]
    pub tags: Vec<String>,
    /// A generated Kubernetes type.
    #[kcodec(rename = "pod", omitempty)]
    pub pod: Option<Pod>,
}

/// A type that derives serde's traits itself beside kcodec's JSON (with kcodec's `serde`
/// feature on, which must not implement them a second time).
#[derive(Clone, Debug, Default, PartialEq, Json, serde::Serialize, serde::Deserialize)]
pub struct Label {
    /// Key.
    #[kcodec(rename = "key")]
    pub key: String,
    /// Value.
    #[kcodec(rename = "value", omitempty)]
    pub value: String,
}

/// JSON and protobuf, not CBOR: a type that names its formats.
#[derive(Clone, Debug, Default, PartialEq, Json, Proto)]
pub struct Sample {
    /// A string.
    #[kcodec(rename = "name", tag = 1, omitempty)]
    pub name: Str,
    /// A number.
    #[kcodec(rename = "count", tag = 2)]
    pub count: i64,
}
