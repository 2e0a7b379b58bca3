//! serde interop (feature `serde`): `#[derive(Json, Serde)]` gives a type `serde::Serialize`
//! and `serde::Deserialize`, with exactly the JSON of kcodec's own codec.
//!
//! Both go through that codec, so no field rule is written twice:
//! - [`serialize`] encodes the value with [`JsonEncode`], then replays the JSON into any
//!   serde `Serializer` (objects as maps with their length known, numbers as `i64`/`u64`/`f64`).
//!   `serde_json::to_vec` of a kcodec type therefore gives kcodec's JSON, key for key (serde_json
//!   does not HTML-escape `<`, `>`, `&`, which Go does; the values are the same).
//! - [`deserialize`] turns any self-describing input (serde_json, YAML, a `serde_json::Value`,
//!   ...) into JSON bytes through a visitor, then decodes them with [`JsonDecode`], so Go's
//!   rules (integers must be integral, case-sensitive keys, decode-into semantics) hold.
//!
//! This is the interop path (kube-rs, k8s-openapi, anything on serde), not the hot path: it
//! costs an extra encode or decode. Use kcodec's own entry points where speed matters.

use std::borrow::Cow;
use std::fmt;

use ::serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use ::serde::ser::{self, SerializeMap, SerializeSeq, Serializer};

use crate::error::Result;
use crate::json::{self, write, JsonDecode, JsonEncode, JsonReader};

/// `Serialize` through kcodec's JSON encoder (used by the generated impls).
pub fn serialize<T: JsonEncode + ?Sized, S: Serializer>(
    value: &T,
    serializer: S,
) -> std::result::Result<S::Ok, S::Error> {
    let bytes = json::to_vec(value).map_err(ser::Error::custom)?;
    let tree = Tree::parse(&bytes).map_err(ser::Error::custom)?;
    tree.serialize(serializer)
}

/// `Deserialize` through kcodec's JSON decoder (used by the generated impls).
pub fn deserialize<'de, T: JsonDecode, D: Deserializer<'de>>(
    deserializer: D,
) -> std::result::Result<T, D::Error> {
    let mut out = Vec::new();
    deserializer.deserialize_any(JsonWriter { out: &mut out })?;
    json::from_slice(&out).map_err(de::Error::custom)
}

/// A parsed JSON value, for replaying into a serializer with lengths known.
enum Tree<'a> {
    Null,
    Bool(bool),
    I64(i64),
    U64(u64),
    F64(f64),
    Str(Cow<'a, str>),
    Seq(Vec<Tree<'a>>),
    Map(Vec<(Cow<'a, str>, Tree<'a>)>),
}

impl<'a> Tree<'a> {
    fn parse(input: &'a [u8]) -> Result<Tree<'a>> {
        let mut r = JsonReader::new(input);
        let t = Tree::read(&mut r)?;
        r.finish()?;
        Ok(t)
    }

    fn read(r: &mut JsonReader<'a>) -> Result<Tree<'a>> {
        Ok(match r.peek() {
            Some(b'{') => {
                r.begin_object()?;
                let mut first = true;
                let mut entries = Vec::new();
                while let Some(key) = r.next_key(&mut first)? {
                    let key = match key {
                        Cow::Borrowed(b) => String::from_utf8_lossy(b),
                        Cow::Owned(v) => Cow::Owned(String::from_utf8_lossy(&v).into_owned()),
                    };
                    entries.push((key, Tree::read(r)?));
                }
                Tree::Map(entries)
            }
            Some(b'[') => {
                r.begin_array()?;
                let mut first = true;
                let mut items = Vec::new();
                while r.next_element(&mut first)? {
                    items.push(Tree::read(r)?);
                }
                Tree::Seq(items)
            }
            Some(b'"') => Tree::Str(r.read_str()?),
            Some(b't' | b'f') => Tree::Bool(r.read_bool()?),
            Some(b'n') => {
                r.eat_null()?;
                Tree::Null
            }
            _ => {
                let token = r.read_number_token()?;
                let text = std::str::from_utf8(token).unwrap_or("0");
                if let Ok(i) = text.parse::<i64>() {
                    Tree::I64(i)
                } else if let Ok(u) = text.parse::<u64>() {
                    Tree::U64(u)
                } else {
                    Tree::F64(text.parse().unwrap_or(f64::NAN))
                }
            }
        })
    }

    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        match self {
            Tree::Null => s.serialize_unit(),
            Tree::Bool(b) => s.serialize_bool(*b),
            Tree::I64(i) => s.serialize_i64(*i),
            Tree::U64(u) => s.serialize_u64(*u),
            Tree::F64(f) => s.serialize_f64(*f),
            Tree::Str(v) => s.serialize_str(v),
            Tree::Seq(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(&Replay(item))?;
                }
                seq.end()
            }
            Tree::Map(entries) => {
                let mut map = s.serialize_map(Some(entries.len()))?;
                for (k, v) in entries {
                    map.serialize_entry(k.as_ref(), &Replay(v))?;
                }
                map.end()
            }
        }
    }
}

struct Replay<'t, 'a>(&'t Tree<'a>);

impl ser::Serialize for Replay<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

/// A visitor that writes whatever it is shown as compact JSON.
struct JsonWriter<'o> {
    out: &'o mut Vec<u8>,
}

impl<'de> Visitor<'de> for JsonWriter<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON-compatible value")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> std::result::Result<(), E> {
        self.out
            .extend_from_slice(if v { b"true" } else { b"false" });
        Ok(())
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> std::result::Result<(), E> {
        write::write_i64(self.out, v);
        Ok(())
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> std::result::Result<(), E> {
        write::write_u64(self.out, v);
        Ok(())
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> std::result::Result<(), E> {
        if !v.is_finite() {
            return Err(E::custom("NaN or infinity has no JSON form"));
        }
        write::write_f64(self.out, v);
        Ok(())
    }

    fn visit_str<E: de::Error>(self, v: &str) -> std::result::Result<(), E> {
        write::write_str(self.out, v);
        Ok(())
    }

    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> std::result::Result<(), E> {
        // Go's encoding/json writes []byte as base64; so does kcodec's `Binary`.
        use base64::Engine as _;
        let text = base64::engine::general_purpose::STANDARD.encode(v);
        write::write_str(self.out, &text);
        Ok(())
    }

    fn visit_none<E: de::Error>(self) -> std::result::Result<(), E> {
        self.out.extend_from_slice(b"null");
        Ok(())
    }

    fn visit_unit<E: de::Error>(self) -> std::result::Result<(), E> {
        self.out.extend_from_slice(b"null");
        Ok(())
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
        d.deserialize_any(self)
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
        d.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<(), A::Error> {
        self.out.push(b'[');
        let mut first = true;
        loop {
            let mark = self.out.len();
            if !first {
                self.out.push(b',');
            }
            if seq.next_element_seed(Seed { out: self.out })?.is_none() {
                self.out.truncate(mark);
                break;
            }
            first = false;
        }
        self.out.push(b']');
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<(), A::Error> {
        self.out.push(b'{');
        let mut first = true;
        while let Some(key) = map.next_key::<MapKey>()? {
            if !first {
                self.out.push(b',');
            }
            first = false;
            write::write_str(self.out, &key.0);
            self.out.push(b':');
            map.next_value_seed(Seed { out: self.out })?;
        }
        self.out.push(b'}');
        Ok(())
    }
}

/// Writes one value (a sequence element or a map value) as JSON.
struct Seed<'o> {
    out: &'o mut Vec<u8>,
}

impl<'de> de::DeserializeSeed<'de> for Seed<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
        d.deserialize_any(JsonWriter { out: self.out })
    }
}

/// A map key: JSON keys are strings; numbers and booleans are written as their text, as
/// sigs.k8s.io/yaml does for YAML keys.
struct MapKey(String);

impl<'de> de::Deserialize<'de> for MapKey {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = MapKey;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string, number or boolean map key")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> std::result::Result<MapKey, E> {
                Ok(MapKey(v.to_string()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> std::result::Result<MapKey, E> {
                Ok(MapKey(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> std::result::Result<MapKey, E> {
                Ok(MapKey(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> std::result::Result<MapKey, E> {
                Ok(MapKey(v.to_string()))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> std::result::Result<MapKey, E> {
                Ok(MapKey(v.to_string()))
            }
        }
        d.deserialize_any(KeyVisitor)
    }
}

/// Implement `serde::Serialize` and `serde::Deserialize` for a `JsonEncode + JsonDecode` type
/// through kcodec's codec. `#[derive(Serde)]` invokes it; invoke it yourself for hand-written
/// codecs.
#[macro_export]
#[doc(hidden)]
macro_rules! __impl_serde {
    ($ty:ty) => {
        impl $crate::__private::serde::Serialize for $ty {
            fn serialize<S: $crate::__private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> $crate::__private::StdResult<S::Ok, S::Error> {
                $crate::serde::serialize(self, serializer)
            }
        }
        impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> $crate::__private::StdResult<Self, D::Error> {
                $crate::serde::deserialize(deserializer)
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Str;

    #[derive(Debug, Default, PartialEq, crate::Json)]
    #[kcodec(crate = "crate")]
    struct Port {
        #[kcodec(rename = "name", omitempty)]
        name: Str,
        #[kcodec(rename = "containerPort")]
        container_port: i32,
        #[kcodec(rename = "hostIP", omitempty)]
        host_ip: Option<Str>,
    }

    /// A tiny serde `Serializer`-independent check: replay into a collecting serializer is
    /// covered by the serde_json tests in kcodec-types; here, the JSON-writing visitor.
    #[test]
    fn visitor_writes_json_from_a_deserializer() {
        use ::serde::de::value::{MapDeserializer, SeqDeserializer};
        let map = MapDeserializer::<_, de::value::Error>::new(
            vec![("containerPort", 8080i64), ("x", -1)].into_iter(),
        );
        let mut out = Vec::new();
        map.deserialize_any(JsonWriter { out: &mut out }).unwrap();
        assert_eq!(out, br#"{"containerPort":8080,"x":-1}"#);
        let port: Port = json::from_slice(&out).unwrap();
        assert_eq!(port.container_port, 8080);

        let seq = SeqDeserializer::<_, de::value::Error>::new(vec!["a", "<b>"].into_iter());
        let mut out = Vec::new();
        seq.deserialize_any(JsonWriter { out: &mut out }).unwrap();
        assert_eq!(out, br#"["a","\u003cb\u003e"]"#);
    }

    #[test]
    fn tree_keeps_integer_and_float_types() {
        let t = Tree::parse(br#"{"a":[1,-2,18446744073709551615,1.5,null,true,"s"]}"#).unwrap();
        let Tree::Map(entries) = t else { panic!() };
        let Tree::Seq(items) = &entries[0].1 else {
            panic!()
        };
        assert!(matches!(items[0], Tree::I64(1)));
        assert!(matches!(items[1], Tree::I64(-2)));
        assert!(matches!(items[2], Tree::U64(u64::MAX)));
        assert!(matches!(items[3], Tree::F64(f) if f == 1.5));
        assert!(matches!(items[4], Tree::Null));
    }
}
