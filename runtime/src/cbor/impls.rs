//! CBOR codecs of the standard types kcodec fields use, with Go's decoding rules: `null` leaves
//! a scalar unchanged and empties a list or map, integers are range-checked and never read
//! from floats, map keys are written in CBOR order (length first).

use std::collections::BTreeMap;

use super::read::CborReader;
use super::write;
use super::{CborDecode, CborEncode};
use crate::error::Result;
use crate::json::impls::{finish_list, push_default};
use crate::json::JsonKey;
use crate::{Binary, List, Map, Str};

macro_rules! int_impl {
    ($($t:ty => $go:literal),*) => {$(
        impl CborEncode for $t {
            #[inline]
            fn encode_cbor(&self, out: &mut Vec<u8>) {
                write::write_i64(out, *self as i64);
            }
        }
        impl CborDecode for $t {
            #[inline]
            fn decode_cbor(r: &mut CborReader<'_>) -> Result<Self> {
                let mut v = 0;
                v.decode_cbor_into(r)?;
                Ok(v)
            }
            #[inline]
            fn decode_cbor_into(&mut self, r: &mut CborReader<'_>) -> Result<()> {
                if r.eat_null()? {
                    return Ok(());
                }
                *self = r.read_int(<$t>::MIN as i64, <$t>::MAX as i64, $go)? as $t;
                Ok(())
            }
        }
    )*};
}

int_impl!(i8 => "int8", i16 => "int16", i32 => "int32", i64 => "int64", u8 => "uint8", u16 => "uint16", u32 => "uint32");

impl CborEncode for u64 {
    #[inline]
    fn encode_cbor(&self, out: &mut Vec<u8>) {
        write::write_u64(out, *self);
    }
}

impl CborDecode for u64 {
    fn decode_cbor(r: &mut CborReader<'_>) -> Result<Self> {
        let mut v = 0;
        v.decode_cbor_into(r)?;
        Ok(v)
    }
    fn decode_cbor_into(&mut self, r: &mut CborReader<'_>) -> Result<()> {
        if !r.eat_null()? {
            *self = r.read_u64()?;
        }
        Ok(())
    }
}

impl CborEncode for f64 {
    fn encode_cbor(&self, out: &mut Vec<u8>) {
        write::write_f64(out, *self);
    }
}

impl CborDecode for f64 {
    fn decode_cbor(r: &mut CborReader<'_>) -> Result<Self> {
        let mut v = 0.0;
        v.decode_cbor_into(r)?;
        Ok(v)
    }
    fn decode_cbor_into(&mut self, r: &mut CborReader<'_>) -> Result<()> {
        if !r.eat_null()? {
            *self = r.read_f64()?;
        }
        Ok(())
    }
}

impl CborEncode for f32 {
    fn encode_cbor(&self, out: &mut Vec<u8>) {
        write::write_f32(out, *self);
    }
}

impl CborDecode for f32 {
    fn decode_cbor(r: &mut CborReader<'_>) -> Result<Self> {
        let mut v = 0.0;
        v.decode_cbor_into(r)?;
        Ok(v)
    }
    fn decode_cbor_into(&mut self, r: &mut CborReader<'_>) -> Result<()> {
        if r.eat_null()? {
            return Ok(());
        }
        let at = r.offset();
        let v = r.read_f64()?;
        if v.abs() > f32::MAX as f64 {
            return Err(crate::Error::new(
                crate::ErrorKind::NumberOutOfRange { target: "float32" },
                at,
            ));
        }
        *self = v as f32;
        Ok(())
    }
}

impl CborEncode for bool {
    #[inline]
    fn encode_cbor(&self, out: &mut Vec<u8>) {
        write::write_bool(out, *self);
    }
}

impl CborDecode for bool {
    fn decode_cbor(r: &mut CborReader<'_>) -> Result<Self> {
        let mut v = false;
        v.decode_cbor_into(r)?;
        Ok(v)
    }
    fn decode_cbor_into(&mut self, r: &mut CborReader<'_>) -> Result<()> {
        if !r.eat_null()? {
            *self = r.read_bool()?;
        }
        Ok(())
    }
}

impl CborEncode for str {
    #[inline]
    fn encode_cbor(&self, out: &mut Vec<u8>) {
        write::write_bytes(out, self.as_bytes());
    }
}

impl CborEncode for String {
    #[inline]
    fn encode_cbor(&self, out: &mut Vec<u8>) {
        write::write_bytes(out, self.as_bytes());
    }
}

impl CborDecode for String {
    fn decode_cbor(r: &mut CborReader<'_>) -> Result<Self> {
        let mut v = String::new();
        v.decode_cbor_into(r)?;
        Ok(v)
    }
    fn decode_cbor_into(&mut self, r: &mut CborReader<'_>) -> Result<()> {
        if !r.eat_null()? {
            *self = r.read_string()?;
        }
        Ok(())
    }
}

impl CborEncode for Str {
    /// The wire bytes: a string read from a non-UTF-8 byte string is written back as it came.
    #[inline]
    fn encode_cbor(&self, out: &mut Vec<u8>) {
        write::write_bytes(out, self.wire_bytes());
    }
}

impl CborDecode for Str {
    #[inline]
    fn decode_cbor(r: &mut CborReader<'_>) -> Result<Self> {
        if r.eat_null()? {
            return Ok(Str::empty());
        }
        r.read_str_value()
    }
    #[inline]
    fn decode_cbor_into(&mut self, r: &mut CborReader<'_>) -> Result<()> {
        if !r.eat_null()? {
            *self = r.read_str_value()?;
        }
        Ok(())
    }
}

impl<T: CborEncode> CborEncode for Option<T> {
    #[inline]
    fn encode_cbor(&self, out: &mut Vec<u8>) {
        match self {
            Some(v) => v.encode_cbor(out),
            None => write::write_null(out),
        }
    }
}

impl<T: CborDecode> CborDecode for Option<T> {
    #[inline]
    fn decode_cbor(r: &mut CborReader<'_>) -> Result<Self> {
        if r.eat_nil()? {
            return Ok(None);
        }
        T::decode_cbor(r).map(Some)
    }
    #[inline]
    fn decode_cbor_into(&mut self, r: &mut CborReader<'_>) -> Result<()> {
        if r.eat_nil()? {
            *self = None;
            return Ok(());
        }
        match self {
            Some(v) => v.decode_cbor_into(r),
            None => {
                *self = Some(T::decode_cbor(r)?);
                Ok(())
            }
        }
    }
}

impl<T: CborEncode + ?Sized> CborEncode for Box<T> {
    #[inline]
    fn encode_cbor(&self, out: &mut Vec<u8>) {
        (**self).encode_cbor(out)
    }
}

impl<T: CborDecode> CborDecode for Box<T> {
    #[inline]
    fn decode_cbor(r: &mut CborReader<'_>) -> Result<Self> {
        r.charge(std::mem::size_of::<T>())?;
        T::decode_cbor(r).map(Box::new)
    }
    #[inline]
    fn decode_cbor_into(&mut self, r: &mut CborReader<'_>) -> Result<()> {
        (**self).decode_cbor_into(r)
    }
}

impl<T: CborEncode> CborEncode for Vec<T> {
    #[inline]
    fn encode_cbor(&self, out: &mut Vec<u8>) {
        self.as_slice().encode_cbor(out)
    }
}

impl<T: CborEncode> CborEncode for [T] {
    fn encode_cbor(&self, out: &mut Vec<u8>) {
        write::write_head(out, write::MAJOR_ARRAY, self.len() as u64);
        for v in self {
            v.encode_cbor(out);
        }
    }
}

impl<T: CborDecode + Default> CborDecode for Vec<T> {
    fn decode_cbor(r: &mut CborReader<'_>) -> Result<Self> {
        let mut v = Vec::new();
        v.decode_cbor_into(r)?;
        Ok(v)
    }

    /// As Go decodes into a slice: `null` empties it; elements decode into the existing ones
    /// first, then are appended (grown as JSON's lists grow); what is left over is dropped.
    fn decode_cbor_into(&mut self, r: &mut CborReader<'_>) -> Result<()> {
        if r.eat_null()? {
            self.clear();
            return Ok(());
        }
        let mut a = r.begin_array()?;
        let mut i = 0;
        while r.next_element(&mut a)? {
            if i < self.len() {
                self[i].decode_cbor_into(r)?;
            } else {
                r.charge(2 * std::mem::size_of::<T>())?;
                push_default(self).decode_cbor_into(r)?;
            }
            i += 1;
        }
        finish_list(self, i);
        Ok(())
    }
}

/// A map key's bytes on the wire.
pub trait CborKey: JsonKey {
    /// The bytes written as the key's byte string.
    fn key_bytes(&self) -> &[u8];
    /// The key of a Go string's bytes.
    fn from_wire_key(b: &[u8]) -> Self;
}

impl CborKey for String {
    fn key_bytes(&self) -> &[u8] {
        self.as_bytes()
    }
    fn from_wire_key(b: &[u8]) -> Self {
        match std::str::from_utf8(b) {
            Ok(s) => s.to_owned(),
            Err(_) => crate::string::go_lossy(b),
        }
    }
}

impl CborKey for Str {
    fn key_bytes(&self) -> &[u8] {
        self.wire_bytes()
    }
    fn from_wire_key(b: &[u8]) -> Self {
        Str::from_wire(b)
    }
}

impl<K: CborKey, V: CborEncode> CborEncode for BTreeMap<K, V> {
    /// Keys in CBOR order: by length, then bytewise (the map's own order is bytewise, so it
    /// is used as is when all keys have one length).
    fn encode_cbor(&self, out: &mut Vec<u8>) {
        write::write_head(out, write::MAJOR_MAP, self.len() as u64);
        let mut prev: Option<&[u8]> = None;
        let in_order = self.keys().all(|k| {
            let b = k.key_bytes();
            let ok = prev.is_none_or(|p| write::key_order(p, b).is_lt());
            prev = Some(b);
            ok
        });
        if in_order {
            for (k, v) in self {
                write::write_bytes(out, k.key_bytes());
                v.encode_cbor(out);
            }
            return;
        }
        let mut entries: Vec<(&[u8], &V)> = self.iter().map(|(k, v)| (k.key_bytes(), v)).collect();
        entries.sort_by(|a, b| write::key_order(a.0, b.0));
        for (k, v) in entries {
            write::write_bytes(out, k);
            v.encode_cbor(out);
        }
    }
}

impl<K: CborKey, V: CborDecode> CborDecode for BTreeMap<K, V> {
    fn decode_cbor(r: &mut CborReader<'_>) -> Result<Self> {
        let mut map = BTreeMap::new();
        map.decode_cbor_into(r)?;
        Ok(map)
    }

    /// Go decodes into an existing map by adding entries (`null` sets it to nil).
    fn decode_cbor_into(&mut self, r: &mut CborReader<'_>) -> Result<()> {
        if r.eat_null()? {
            self.clear();
            return Ok(());
        }
        let mut m = r.begin_map()?;
        while let Some(key) = r.next_map_key(&mut m)? {
            r.charge(2 * (std::mem::size_of::<K>() + std::mem::size_of::<V>()))?;
            let k = K::from_wire_key(&key);
            let v = V::decode_cbor(r)?;
            self.insert(k, v);
        }
        Ok(())
    }
}

/// `null` when nil, else the array: `Option<Vec<T>>`'s bytes.
impl<T: CborEncode> CborEncode for List<T> {
    #[inline]
    fn encode_cbor(&self, out: &mut Vec<u8>) {
        match self.as_option() {
            Some(v) => v.as_slice().encode_cbor(out),
            None => write::write_null(out),
        }
    }
}

/// As Go decodes into a slice: `null` makes it nil, an array decodes into the existing
/// elements (a nil list becomes non-nil, even when the array is empty). `undefined` is an
/// error, as in Go (which reads it as nil only into a pointer, where `Option<Vec<T>>` takes
/// it).
impl<T: CborDecode + Default> CborDecode for List<T> {
    #[inline]
    fn decode_cbor(r: &mut CborReader<'_>) -> Result<Self> {
        let mut l = List::nil();
        l.decode_cbor_into(r)?;
        Ok(l)
    }
    #[inline]
    fn decode_cbor_into(&mut self, r: &mut CborReader<'_>) -> Result<()> {
        if r.eat_null()? {
            *self = List::nil();
            return Ok(());
        }
        self.vec_mut().decode_cbor_into(r)
    }
}

/// `null` when nil, else the map: `Option<BTreeMap<K, V>>`'s bytes.
impl<K: CborKey, V: CborEncode> CborEncode for Map<K, V> {
    #[inline]
    fn encode_cbor(&self, out: &mut Vec<u8>) {
        match self.as_option() {
            Some(m) => m.encode_cbor(out),
            None => write::write_null(out),
        }
    }
}

/// As Go decodes into a map: `null` makes it nil, a map adds its entries (a nil map becomes
/// non-nil, even when the CBOR map is empty). `undefined` is an error, as in Go.
impl<K: CborKey, V: CborDecode> CborDecode for Map<K, V> {
    #[inline]
    fn decode_cbor(r: &mut CborReader<'_>) -> Result<Self> {
        let mut m = Map::nil();
        m.decode_cbor_into(r)?;
        Ok(m)
    }
    #[inline]
    fn decode_cbor_into(&mut self, r: &mut CborReader<'_>) -> Result<()> {
        if r.eat_null()? {
            *self = Map::nil();
            return Ok(());
        }
        self.map_mut().decode_cbor_into(r)
    }
}

impl CborEncode for Binary {
    #[inline]
    fn encode_cbor(&self, out: &mut Vec<u8>) {
        write::write_binary(out, &self.0);
    }
}

impl CborDecode for Binary {
    fn decode_cbor(r: &mut CborReader<'_>) -> Result<Self> {
        if r.eat_null()? {
            return Ok(Binary::default());
        }
        r.read_binary().map(Binary)
    }
}

#[cfg(test)]
mod tests {
    use super::super::{from_slice, to_vec_bare};
    use super::*;

    #[test]
    fn scalars_round_trip() {
        assert_eq!(to_vec_bare(&-1i32).unwrap(), [0x20]);
        assert_eq!(from_slice::<i32>(&[0x20]).unwrap(), -1);
        assert!(from_slice::<i32>(&[0x1b, 0, 0, 1, 0, 0, 0, 0, 0]).is_err());
        assert_eq!(
            from_slice::<Str>(b"\x42\xff\xfe").unwrap().wire_bytes(),
            b"\xff\xfe"
        );
        assert_eq!(to_vec_bare(&Binary(vec![4])).unwrap(), [0xd6, 0x41, 4]);
        assert_eq!(from_slice::<Option<bool>>(&[0xf7]).unwrap(), None);
        assert!(from_slice::<bool>(&[0xf7]).is_err());
    }

    #[test]
    fn map_keys_length_first() {
        let m: BTreeMap<String, i32> = [
            ("bb".to_string(), 1),
            ("a".to_string(), 2),
            ("c".to_string(), 3),
        ]
        .into();
        assert_eq!(
            to_vec_bare(&m).unwrap(),
            b"\xa3\x41a\x02\x41c\x03\x42bb\x01"
        );
        assert_eq!(
            from_slice::<BTreeMap<String, i32>>(&to_vec_bare(&m).unwrap()).unwrap(),
            m
        );
        assert!(from_slice::<BTreeMap<String, i32>>(b"\xa1\x01\x02").is_err());
    }
}
