//! `JsonEncode`/`JsonDecode` for the standard building blocks: integers, bool, floats,
//! strings, `Option`, `Box`, `Vec`, `BTreeMap`, and kcodec's [`Str`](crate::Str),
//! [`List`](crate::List), [`Map`](crate::Map) and [`Binary`](crate::Binary).

use std::borrow::Cow;
use std::collections::BTreeMap;

use super::read::JsonReader;
use super::write;
use super::{JsonDecode, JsonEncode};
use crate::error::{Error, ErrorKind, Result};
use crate::{Binary, List, Map, Str};

/// Go's `json.Unmarshal` leaves a non-pointer scalar unchanged on `null` (a repeated key's
/// `null` keeps the first value); a fresh value decoded from `null` is the zero value.
macro_rules! null_keeps {
    ($self:ident, $r:ident) => {{
        if $r.peek() == Some(b'n') {
            $r.eat_null()?;
        } else {
            *$self = Self::decode_json($r)?;
        }
        Ok(())
    }};
}

macro_rules! int_impl {
    ($($t:ty => $name:literal),*) => {$(
        impl JsonEncode for $t {
            #[inline]
            fn encode_json(&self, out: &mut Vec<u8>) {
                write::write_i64(out, *self as i64);
            }
        }
        impl JsonDecode for $t {
            #[inline]
            fn decode_json(r: &mut JsonReader<'_>) -> Result<Self> {
                if r.eat_null()? {
                    return Ok(0);
                }
                r.read_int(<$t>::MIN as i64, <$t>::MAX as i64, $name).map(|v| v as $t)
            }
            /// `null` leaves the number unchanged (Go).
            #[inline]
            fn decode_json_into(&mut self, r: &mut JsonReader<'_>) -> Result<()> {
                null_keeps!(self, r)
            }
        }
    )*};
}
int_impl!(i8 => "int8", i16 => "int16", i32 => "int32", i64 => "int64", u8 => "uint8", u16 => "uint16", u32 => "uint32");

impl JsonEncode for u64 {
    #[inline]
    fn encode_json(&self, out: &mut Vec<u8>) {
        write::write_u64(out, *self);
    }
}

impl JsonDecode for u64 {
    fn decode_json(r: &mut JsonReader<'_>) -> Result<Self> {
        if r.eat_null()? {
            return Ok(0);
        }
        r.read_u64()
    }

    /// `null` leaves the value unchanged (Go).
    #[inline]
    fn decode_json_into(&mut self, r: &mut JsonReader<'_>) -> Result<()> {
        null_keeps!(self, r)
    }
}

impl JsonEncode for f64 {
    fn encode_json(&self, out: &mut Vec<u8>) {
        write::write_f64(out, *self);
    }
}

impl JsonDecode for f64 {
    fn decode_json(r: &mut JsonReader<'_>) -> Result<Self> {
        if r.eat_null()? {
            return Ok(0.0);
        }
        r.read_f64()
    }

    /// `null` leaves the value unchanged (Go).
    #[inline]
    fn decode_json_into(&mut self, r: &mut JsonReader<'_>) -> Result<()> {
        null_keeps!(self, r)
    }
}

impl JsonEncode for f32 {
    fn encode_json(&self, out: &mut Vec<u8>) {
        write::write_f32(out, *self);
    }
}

impl JsonDecode for f32 {
    fn decode_json(r: &mut JsonReader<'_>) -> Result<Self> {
        if r.eat_null()? {
            return Ok(0.0);
        }
        let start = r.offset();
        let v = r.read_f64()?;
        if v.abs() > f32::MAX as f64 {
            return Err(Error::new(
                ErrorKind::NumberOutOfRange { target: "float32" },
                start,
            ));
        }
        Ok(v as f32)
    }

    /// `null` leaves the value unchanged (Go).
    #[inline]
    fn decode_json_into(&mut self, r: &mut JsonReader<'_>) -> Result<()> {
        null_keeps!(self, r)
    }
}

impl JsonEncode for bool {
    #[inline]
    fn encode_json(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(if *self { b"true" } else { b"false" });
    }
}

impl JsonDecode for bool {
    #[inline]
    fn decode_json(r: &mut JsonReader<'_>) -> Result<Self> {
        if r.eat_null()? {
            return Ok(false);
        }
        r.read_bool()
    }

    /// `null` leaves the value unchanged (Go).
    #[inline]
    fn decode_json_into(&mut self, r: &mut JsonReader<'_>) -> Result<()> {
        null_keeps!(self, r)
    }
}

impl JsonEncode for str {
    #[inline]
    fn encode_json(&self, out: &mut Vec<u8>) {
        write::write_str(out, self);
    }
}

impl JsonEncode for String {
    #[inline]
    fn encode_json(&self, out: &mut Vec<u8>) {
        write::write_str(out, self);
    }
}

impl JsonDecode for String {
    #[inline]
    fn decode_json(r: &mut JsonReader<'_>) -> Result<Self> {
        if r.eat_null()? {
            return Ok(String::new());
        }
        Ok(r.read_str()?.into_owned())
    }

    /// `null` leaves the value unchanged (Go).
    #[inline]
    fn decode_json_into(&mut self, r: &mut JsonReader<'_>) -> Result<()> {
        null_keeps!(self, r)
    }
}

impl JsonEncode for Str {
    #[inline]
    fn encode_json(&self, out: &mut Vec<u8>) {
        write::write_str(out, self.as_str());
    }
}

impl JsonDecode for Str {
    #[inline]
    fn decode_json(r: &mut JsonReader<'_>) -> Result<Self> {
        if r.eat_null()? {
            return Ok(Str::default());
        }
        Ok(match r.read_str()? {
            Cow::Borrowed(s) => r.str_of(s),
            Cow::Owned(s) => Str::from(s),
        })
    }

    /// `null` leaves a string unchanged (Go).
    #[inline]
    fn decode_json_into(&mut self, r: &mut JsonReader<'_>) -> Result<()> {
        if r.peek() == Some(b'n') {
            r.eat_null()?;
            return Ok(());
        }
        *self = match r.read_str()? {
            Cow::Borrowed(s) => r.str_of(s),
            Cow::Owned(s) => Str::from(s),
        };
        Ok(())
    }
}

impl<T: JsonEncode> JsonEncode for Option<T> {
    #[inline]
    fn encode_json(&self, out: &mut Vec<u8>) {
        match self {
            Some(v) => v.encode_json(out),
            None => out.extend_from_slice(b"null"),
        }
    }
}

impl<T: JsonDecode> JsonDecode for Option<T> {
    #[inline]
    fn decode_json(r: &mut JsonReader<'_>) -> Result<Self> {
        if r.eat_null()? {
            return Ok(None);
        }
        T::decode_json(r).map(Some)
    }

    #[inline]
    fn decode_json_into(&mut self, r: &mut JsonReader<'_>) -> Result<()> {
        if r.eat_null()? {
            *self = None;
            return Ok(());
        }
        match self {
            Some(v) => v.decode_json_into(r),
            None => {
                *self = Some(T::decode_json(r)?);
                Ok(())
            }
        }
    }
}

impl<T: JsonEncode + ?Sized> JsonEncode for Box<T> {
    #[inline]
    fn encode_json(&self, out: &mut Vec<u8>) {
        (**self).encode_json(out)
    }
}

impl<T: JsonDecode> JsonDecode for Box<T> {
    #[inline]
    fn decode_json(r: &mut JsonReader<'_>) -> Result<Self> {
        r.charge(std::mem::size_of::<T>())?;
        T::decode_json(r).map(Box::new)
    }

    #[inline]
    fn decode_json_into(&mut self, r: &mut JsonReader<'_>) -> Result<()> {
        (**self).decode_json_into(r)
    }
}

impl<T: JsonEncode> JsonEncode for Vec<T> {
    #[inline]
    fn encode_json(&self, out: &mut Vec<u8>) {
        self.as_slice().encode_json(out)
    }
}

impl<T: JsonEncode> JsonEncode for [T] {
    fn encode_json(&self, out: &mut Vec<u8>) {
        out.push(b'[');
        let mut iter = self.iter();
        if let Some(first) = iter.next() {
            first.encode_json(out);
            for v in iter {
                out.push(b',');
                v.encode_json(out);
            }
        }
        out.push(b']');
    }
}

impl<T: JsonDecode + Default> JsonDecode for Vec<T> {
    fn decode_json(r: &mut JsonReader<'_>) -> Result<Self> {
        let mut v = Vec::new();
        v.decode_json_into(r)?;
        Ok(v)
    }

    /// As Go decodes into a slice: `null` empties it; an array decodes its elements into the
    /// list's existing elements first (so a key given twice merges objects element by
    /// element, as Go's decoder does), then appends, then drops what is left over.
    fn decode_json_into(&mut self, r: &mut JsonReader<'_>) -> Result<()> {
        if r.eat_null()? {
            self.clear();
            return Ok(());
        }
        r.begin_array()?;
        let mut first = true;
        let mut i = 0;
        while r.next_element(&mut first)? {
            if i < self.len() {
                self[i].decode_json_into(r)?;
            } else {
                // Twice the element, for the list's growth.
                r.charge(2 * std::mem::size_of::<T>())?;
                push_default(self).decode_json_into(r)?;
            }
            i += 1;
        }
        finish_list(self, i);
        Ok(())
    }
}

/// A new default element at the end of `list`, to decode in place (no build-then-move of
/// large elements). Growth doubles from one element (std starts small elements at four):
/// lists of one or two (most lists in an object) hold no spare element, longer ones fewer
/// than half, without a shrinking realloc at their end. Shared by the list decoders of every
/// format.
#[inline]
pub(crate) fn push_default<T: Default>(list: &mut Vec<T>) -> &mut T {
    if list.len() == list.capacity() {
        list.reserve_exact(list.capacity().max(1));
    }
    list.push(T::default());
    list.last_mut().expect("just pushed")
}

/// End a list decoded into an existing one: drop the elements past the `len` decoded, and
/// give back what doubling left over in a long list (one realloc, paid for by the elements;
/// short lists keep their at most one spare element).
#[inline]
pub(crate) fn finish_list<T>(list: &mut Vec<T>, len: usize) {
    list.truncate(len);
    if len >= 16 && list.capacity() - len > len / 8 {
        list.shrink_to_fit();
    }
}

/// A type usable as a JSON object key (map keys are strings in JSON).
pub trait JsonKey: Ord + Sized {
    /// The key as text.
    fn key_str(&self) -> &str;
    /// Build the key from the unescaped key bytes (invalid UTF-8 replaced, as Go does).
    fn from_key(key: Cow<'_, [u8]>) -> Self;
}

fn key_to_cow_str(key: Cow<'_, [u8]>) -> Cow<'_, str> {
    match key {
        Cow::Borrowed(b) => String::from_utf8_lossy(b),
        Cow::Owned(b) => match String::from_utf8(b) {
            Ok(s) => Cow::Owned(s),
            Err(e) => Cow::Owned(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        },
    }
}

impl JsonKey for String {
    fn key_str(&self) -> &str {
        self
    }
    fn from_key(key: Cow<'_, [u8]>) -> Self {
        key_to_cow_str(key).into_owned()
    }
}

impl JsonKey for Str {
    fn key_str(&self) -> &str {
        self.as_str()
    }
    #[inline]
    fn from_key(key: Cow<'_, [u8]>) -> Self {
        match key {
            Cow::Borrowed(b) => match std::str::from_utf8(b) {
                Ok(s) => Str::new(s),
                Err(_) => Str::from(String::from_utf8_lossy(b).into_owned()),
            },
            owned => Str::from(key_to_cow_str(owned).into_owned()),
        }
    }
}

impl<K: JsonKey, V: JsonEncode> JsonEncode for BTreeMap<K, V> {
    fn encode_json(&self, out: &mut Vec<u8>) {
        out.push(b'{');
        let mut first = true;
        for (k, v) in self {
            if !first {
                out.push(b',');
            }
            first = false;
            write::write_str(out, k.key_str());
            out.push(b':');
            v.encode_json(out);
        }
        out.push(b'}');
    }
}

impl<K: JsonKey, V: JsonDecode> JsonDecode for BTreeMap<K, V> {
    fn decode_json(r: &mut JsonReader<'_>) -> Result<Self> {
        let mut map = BTreeMap::new();
        map.decode_json_into(r)?;
        Ok(map)
    }

    /// Go decodes into an existing map by adding entries (`null` sets it to nil).
    fn decode_json_into(&mut self, r: &mut JsonReader<'_>) -> Result<()> {
        if r.eat_null()? {
            self.clear();
            return Ok(());
        }
        r.begin_object()?;
        let mut first = true;
        while let Some(key) = r.next_key(&mut first)? {
            // A B-tree entry, with node overhead.
            r.charge(2 * (std::mem::size_of::<K>() + std::mem::size_of::<V>()))?;
            let k = K::from_key(key);
            let v = V::decode_json(r)?;
            self.insert(k, v);
        }
        Ok(())
    }
}

/// `null` when nil, else the elements: `Option<Vec<T>>`'s bytes. Go's `omitempty` leaves
/// out a nil or empty slice, `omitzero` a nil one.
impl<T: JsonEncode> JsonEncode for List<T> {
    #[inline]
    fn encode_json(&self, out: &mut Vec<u8>) {
        match self.as_option() {
            Some(v) => v.as_slice().encode_json(out),
            None => out.extend_from_slice(b"null"),
        }
    }
}

impl<T: JsonDecode + Default> JsonDecode for List<T> {
    #[inline]
    fn decode_json(r: &mut JsonReader<'_>) -> Result<Self> {
        Option::<Vec<T>>::decode_json(r).map(List::from)
    }

    /// As Go decodes into a slice: `null` makes it nil; an array decodes into the existing
    /// elements, then appends (see `Vec`'s `decode_json_into`), and makes a nil list
    /// non-nil, even when empty.
    #[inline]
    fn decode_json_into(&mut self, r: &mut JsonReader<'_>) -> Result<()> {
        self.as_option_mut().decode_json_into(r)
    }
}

/// `null` when nil, else the object: `Option<BTreeMap<K, V>>`'s bytes. Go's `omitempty`
/// leaves out a nil or empty map, `omitzero` a nil one.
impl<K: JsonKey, V: JsonEncode> JsonEncode for Map<K, V> {
    #[inline]
    fn encode_json(&self, out: &mut Vec<u8>) {
        match self.as_option() {
            Some(m) => m.encode_json(out),
            None => out.extend_from_slice(b"null"),
        }
    }
}

impl<K: JsonKey, V: JsonDecode> JsonDecode for Map<K, V> {
    #[inline]
    fn decode_json(r: &mut JsonReader<'_>) -> Result<Self> {
        let mut m = Map::nil();
        m.decode_json_into(r)?;
        Ok(m)
    }

    /// As Go decodes into a map: `null` makes it nil; an object adds its entries (and makes
    /// a nil map non-nil, even when empty).
    #[inline]
    fn decode_json_into(&mut self, r: &mut JsonReader<'_>) -> Result<()> {
        if r.eat_null()? {
            *self = Map::nil();
            return Ok(());
        }
        self.map_mut().decode_json_into(r)
    }
}

impl JsonEncode for Binary {
    fn encode_json(&self, out: &mut Vec<u8>) {
        out.push(b'"');
        crate::binary::encode_base64(out, &self.0);
        out.push(b'"');
    }
}

impl JsonDecode for Binary {
    fn decode_json(r: &mut JsonReader<'_>) -> Result<Self> {
        if r.eat_null()? {
            return Ok(Binary::default());
        }
        if r.peek() == Some(b'[') {
            // Go's decoder also takes a `[]byte` as an array of numbers (each a uint8).
            return Vec::<u8>::decode_json(r).map(Binary);
        }
        let start = r.offset();
        let s = r.read_str()?;
        crate::binary::decode_base64(s.as_bytes())
            .map(Binary)
            .ok_or_else(|| Error::invalid_value("illegal base64 data", start))
    }
}

#[cfg(test)]
mod tests {
    use crate::json::{from_slice, to_vec};
    use crate::ErrorKind;
    use std::collections::BTreeMap;

    #[test]
    fn null_leaves_a_scalar_unchanged_as_in_go() {
        use crate::json::{JsonDecode, JsonReader};
        let mut n = 7i32;
        n.decode_json_into(&mut JsonReader::new(b"null")).unwrap();
        assert_eq!(n, 7);
        let mut b = true;
        b.decode_json_into(&mut JsonReader::new(b"null")).unwrap();
        assert!(b);
        let mut s = String::from("x");
        s.decode_json_into(&mut JsonReader::new(b"null")).unwrap();
        assert_eq!(s, "x");
        let mut f = 1.5f64;
        f.decode_json_into(&mut JsonReader::new(b"null")).unwrap();
        assert_eq!(f, 1.5);
        assert_eq!(from_slice::<u64>(b"null").unwrap(), 0);
    }

    #[test]
    fn bytes_decode_from_base64_or_an_array_of_numbers_as_in_go() {
        assert_eq!(
            from_slice::<crate::Binary>(br#""AQL/""#).unwrap().0,
            vec![1, 2, 255]
        );
        assert_eq!(
            from_slice::<crate::Binary>(b"[1,2,255]").unwrap().0,
            vec![1, 2, 255]
        );
        assert!(from_slice::<crate::Binary>(b"[256]").is_err());
        assert!(from_slice::<crate::Binary>(b"[1.5]").is_err());
    }

    #[test]
    fn ints_follow_go_rules() {
        assert_eq!(from_slice::<i32>(b"2147483647").unwrap(), i32::MAX);
        assert_eq!(from_slice::<i32>(b"-2147483648").unwrap(), i32::MIN);
        for bad in ["2147483648", "1.0", "1e2", "-2147483649"] {
            let e = from_slice::<i32>(bad.as_bytes()).unwrap_err();
            assert!(
                matches!(e.kind(), ErrorKind::NumberOutOfRange { target: "int32" }),
                "{bad}: {e}"
            );
        }
        assert_eq!(
            from_slice::<i64>(b"-9223372036854775808").unwrap(),
            i64::MIN
        );
        assert!(from_slice::<i64>(b"9223372036854775808").is_err());
        assert!(from_slice::<i64>(b"99999999999999999999999").is_err());
        assert!(from_slice::<i64>(b"01").is_err());
        assert!(from_slice::<i64>(b"-").is_err());
        assert!(from_slice::<i64>(b"\"1\"").is_err());
    }

    #[test]
    fn strings_unescape_like_go() {
        let s: String = from_slice(br#""a\u00e9\ud83d\ude00\n\/""#).unwrap();
        assert_eq!(s, "aé😀\n/");
        let s: String = from_slice(br#""\ud800x""#).unwrap();
        assert_eq!(s, "\u{FFFD}x");
        let s: String = from_slice(b"\"a\xffb\"").unwrap();
        assert_eq!(s, "a\u{FFFD}b");
        assert!(from_slice::<String>(b"\"a\tb\"").is_err());
        assert!(from_slice::<String>(br#""\x""#).is_err());
        assert!(from_slice::<String>(br#""\u12""#).is_err());
    }

    #[test]
    fn maps_are_sorted_and_roundtrip() {
        let m: BTreeMap<crate::Str, i64> = from_slice(br#"{"b":2,"a":1}"#).unwrap();
        assert_eq!(to_vec(&m).unwrap(), br#"{"a":1,"b":2}"#);
        let e = from_slice::<BTreeMap<String, i64>>(br#"{"a":1,}"#).unwrap_err();
        assert_eq!(e.offset(), 7);
    }

    #[test]
    fn vec_errors_carry_paths() {
        let e = from_slice::<Vec<i32>>(b"[1, 2, true]").unwrap_err();
        assert_eq!(e.path(), "[2]");
        assert_eq!(e.offset(), 7);
        assert!(from_slice::<Vec<i32>>(b"[1,]").is_err());
        assert!(from_slice::<Vec<i32>>(b"[1 2]").is_err());
        assert_eq!(from_slice::<Vec<i32>>(b" [ ] ").unwrap(), Vec::<i32>::new());
    }

    #[test]
    fn binary_is_base64() {
        let b: crate::Binary = from_slice(br#""Aw==""#).unwrap();
        assert_eq!(b.0, vec![3]);
        assert_eq!(to_vec(&b).unwrap(), br#""Aw==""#);
        assert!(from_slice::<crate::Binary>(br#""A""#).is_err());
    }
}
