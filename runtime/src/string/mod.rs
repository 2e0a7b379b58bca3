//! [`Str`], the string type of kcodec's generated types.
//!
//! A 24-byte immutable string that is one of:
//! - **inline**: up to 23 bytes inside the value itself (no allocation); most strings of a
//!   Kubernetes object (names, keys, label values, enum values) are this short;
//! - **heap**: its own reference-counted allocation (so `clone` never copies);
//! - **shared**: a slice of the bytes it was decoded from, when the input was a
//!   [`bytes::Bytes`] ([`json::from_bytes`](crate::json::from_bytes),
//!   [`proto::from_bytes`](crate::proto::from_bytes)): no allocation and no copy;
//! - **not UTF-8**: bytes read from protobuf that are not valid UTF-8. Go's strings are bytes,
//!   and Kubernetes serves such objects: kcodec keeps them too. The text ([`Str::as_str`]) is
//!   Go's reading of the bytes (each byte of an invalid sequence becomes U+FFFD), which is
//!   what Go writes to JSON and YAML; protobuf gets the original bytes back
//!   ([`Str::wire_bytes`]).
//!
//! Strings compare, order and hash by their wire bytes, as Go's strings do (so a map's keys
//! sort as Go sorts them); for valid UTF-8 that is the order of `str`.

mod repr;

use std::borrow::{Borrow, Cow};
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;
use std::sync::Arc;

use repr::Repr;
pub(crate) use repr::{Owner, INLINE_CAP};

/// The string type of kcodec's generated types. See the [module docs](self).
#[derive(Clone)]
pub struct Str(Repr);

impl Str {
    /// The empty string.
    #[inline]
    pub const fn empty() -> Str {
        Str(Repr::empty())
    }

    /// A constant string of at most 23 bytes (stored inline); longer is an error at compile
    /// time in a `const` (a panic elsewhere).
    pub const fn const_new(s: &'static str) -> Str {
        Str(Repr::const_inline(s))
    }

    /// A copy of `s` (inline when at most 23 bytes).
    #[inline]
    pub fn new(s: impl AsRef<str>) -> Str {
        Str(Repr::copy(s.as_ref().as_bytes()))
    }

    /// A string of any bytes, as Go holds strings: valid UTF-8 is the text itself; other
    /// bytes are kept as they are, and the text is Go's reading of them (U+FFFD for each byte
    /// of an invalid sequence).
    pub fn from_wire(bytes: &[u8]) -> Str {
        match std::str::from_utf8(bytes) {
            Ok(s) => Str::new(s),
            Err(_) => Str(Repr::lossy(bytes, go_lossy(bytes))),
        }
    }

    /// `s` (at most [`Str::INLINE_CAPACITY`] bytes) inline, copied from `input` when `s` lies in
    /// it with 24 bytes to read from its start: a decoder's fast path for short strings.
    #[inline(always)]
    pub(crate) fn inline_from_input(input: &[u8], s: &str) -> Option<Str> {
        debug_assert!(s.len() <= Str::INLINE_CAPACITY);
        let off = (s.as_ptr() as usize).wrapping_sub(input.as_ptr() as usize);
        let window: &[u8; 24] = input.get(off..off.checked_add(24)?)?.try_into().ok()?;
        // `s` is at that address, so the window starts with its bytes.
        debug_assert_eq!(&window[..s.len()], s.as_bytes());
        Some(Str(Repr::inline_window(window, s.len())))
    }

    /// `s`, a string a decoder read from `input`: inline when short (from `input`'s window
    /// when there is one), else shared with `owner` (a decoder over shared bytes) or copied.
    #[inline(always)]
    pub(crate) fn of_input(input: &[u8], owner: Option<&Arc<Owner>>, s: &str) -> Str {
        if s.len() <= Str::INLINE_CAPACITY {
            if let Some(short) = Str::inline_from_input(input, s) {
                return short;
            }
        }
        match owner {
            Some(owner) => Str::shared(s, owner),
            None => Str::new(s),
        }
    }

    /// `s`, a slice of the buffer `owner` holds, shared with it (inline when short).
    #[inline]
    pub(crate) fn shared(s: &str, owner: &Arc<Owner>) -> Str {
        Str(Repr::shared(s.as_bytes(), owner))
    }

    /// The text.
    #[inline(always)]
    pub fn as_str(&self) -> &str {
        // SAFETY: `Repr`'s invariant: its bytes are valid UTF-8.
        unsafe { std::str::from_utf8_unchecked(self.0.as_bytes()) }
    }

    /// The bytes as they came from the wire, written back to protobuf: [`as_str`](Str::as_str)'s
    /// bytes, except for a string that was not valid UTF-8.
    #[inline(always)]
    pub fn wire_bytes(&self) -> &[u8] {
        self.0.wire_bytes()
    }

    /// Whether the string was valid UTF-8 (`false` only for [`from_wire`](Str::from_wire) of
    /// other bytes).
    #[inline]
    pub fn is_utf8(&self) -> bool {
        self.0.lossy_raw().is_none()
    }

    /// Whether the string is a slice of the buffer it was decoded from (and so keeps that
    /// buffer alive).
    pub fn is_shared(&self) -> bool {
        self.0.is_shared()
    }

    /// The text as a `String` (a copy).
    pub fn into_string(self) -> String {
        self.as_str().to_owned()
    }

    /// Length of the text in bytes.
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the text is empty.
    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.0.len() == 0
    }

    /// Whether this many bytes are stored inline (without allocating).
    pub const INLINE_CAPACITY: usize = INLINE_CAP;
}

/// `bytes` as text when they are UTF-8, with an ASCII fast path (the protobuf and CBOR
/// readers' check of every string).
#[inline(always)]
pub(crate) fn utf8(bytes: &[u8]) -> std::result::Result<&str, std::str::Utf8Error> {
    if bytes.is_ascii() {
        // SAFETY: ASCII is valid UTF-8. (`is_ascii` is much cheaper than `from_utf8` on the
        // short strings that dominate Kubernetes objects.)
        return Ok(unsafe { std::str::from_utf8_unchecked(bytes) });
    }
    std::str::from_utf8(bytes)
}

/// Go's text of `bytes`: each byte that does not start a valid UTF-8 sequence becomes U+FFFD
/// (`utf8.DecodeRune` reports such a byte with width 1).
pub(crate) fn go_lossy(mut bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() + 8);
    loop {
        match std::str::from_utf8(bytes) {
            Ok(s) => {
                out.push_str(s);
                return out;
            }
            Err(e) => {
                let valid = e.valid_up_to();
                // SAFETY: `from_utf8` validated the bytes before `valid`.
                out.push_str(unsafe { std::str::from_utf8_unchecked(&bytes[..valid]) });
                out.push('\u{FFFD}');
                bytes = &bytes[valid + 1..];
            }
        }
    }
}

impl Default for Str {
    #[inline]
    fn default() -> Str {
        Str::empty()
    }
}

impl Deref for Str {
    type Target = str;
    #[inline(always)]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Str {
    #[inline]
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<[u8]> for Str {
    #[inline]
    fn as_ref(&self) -> &[u8] {
        self.as_bytes()
    }
}

/// Lookups by `&str` in maps keyed by `Str`. Exact for every valid UTF-8 key; a key that was
/// not valid UTF-8 (see [`Str::is_utf8`]) is ordered and compared by its bytes, which its
/// text does not reproduce, so it is found by iterating, not by its text.
impl Borrow<str> for Str {
    #[inline]
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Display for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl fmt::Debug for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.lossy_raw() {
            None => fmt::Debug::fmt(self.as_str(), f),
            Some(raw) => write!(f, "Str::from_wire({:?})", raw.escape_ascii().to_string()),
        }
    }
}

impl PartialEq for Str {
    #[inline]
    fn eq(&self, other: &Str) -> bool {
        self.wire_bytes() == other.wire_bytes()
    }
}

impl Eq for Str {}

impl PartialOrd for Str {
    #[inline]
    fn partial_cmp(&self, other: &Str) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Str {
    #[inline]
    fn cmp(&self, other: &Str) -> std::cmp::Ordering {
        self.wire_bytes().cmp(other.wire_bytes())
    }
}

impl Hash for Str {
    /// Hashes the text as `str` does, so that `HashMap<Str, _>` finds keys by `&str` (equal
    /// wire bytes have equal text, so this agrees with `Eq`).
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state)
    }
}

macro_rules! eq_with {
    ($($t:ty),*) => {$(
        impl PartialEq<$t> for Str {
            #[inline]
            fn eq(&self, other: &$t) -> bool {
                self.is_utf8() && self.as_str() == AsRef::<str>::as_ref(other)
            }
        }
        impl PartialEq<Str> for $t {
            #[inline]
            fn eq(&self, other: &Str) -> bool {
                other == self
            }
        }
    )*};
}
eq_with!(str, &str, String, Cow<'_, str>);

impl From<&str> for Str {
    #[inline]
    fn from(s: &str) -> Str {
        Str::new(s)
    }
}

impl From<&String> for Str {
    #[inline]
    fn from(s: &String) -> Str {
        Str::new(s)
    }
}

impl From<String> for Str {
    #[inline]
    fn from(s: String) -> Str {
        Str::new(s)
    }
}

impl From<Box<str>> for Str {
    fn from(s: Box<str>) -> Str {
        Str::new(s)
    }
}

impl From<Cow<'_, str>> for Str {
    #[inline]
    fn from(s: Cow<'_, str>) -> Str {
        Str::new(s)
    }
}

impl From<char> for Str {
    fn from(c: char) -> Str {
        Str::new(c.encode_utf8(&mut [0; 4]))
    }
}

impl From<Str> for String {
    fn from(s: Str) -> String {
        s.into_string()
    }
}

impl std::str::FromStr for Str {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Str, Self::Err> {
        Ok(Str::new(s))
    }
}

impl FromIterator<char> for Str {
    fn from_iter<I: IntoIterator<Item = char>>(iter: I) -> Str {
        Str::from(iter.into_iter().collect::<String>())
    }
}

impl<'a> FromIterator<&'a str> for Str {
    fn from_iter<I: IntoIterator<Item = &'a str>>(iter: I) -> Str {
        Str::from(iter.into_iter().collect::<String>())
    }
}

#[cfg(feature = "serde")]
mod serde_impls {
    use super::Str;

    impl serde::Serialize for Str {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_str(self.as_str())
        }
    }

    impl<'de> serde::Deserialize<'de> for Str {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Str, D::Error> {
            struct V;
            impl serde::de::Visitor<'_> for V {
                type Value = Str;
                fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str("a string")
                }
                fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Str, E> {
                    Ok(Str::new(v))
                }
                fn visit_bytes<E: serde::de::Error>(self, v: &[u8]) -> Result<Str, E> {
                    Ok(Str::from_wire(v))
                }
            }
            d.deserialize_str(V)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn owner(b: &'static [u8]) -> Arc<Owner> {
        Arc::new(Owner::Buffer(bytes::Bytes::from_static(b)))
    }

    #[test]
    fn every_variant_reads_back_its_text() {
        for len in [0, 1, 7, 8, 15, 16, 22, 23, 24, 25, 100, 5000] {
            let text: String = (0..len).map(|i| (b'a' + (i % 26) as u8) as char).collect();
            let a = Str::new(&text);
            assert_eq!(a.as_str(), text);
            assert_eq!(a.len(), len);
            let b = a.clone();
            drop(a);
            assert_eq!(b, text.as_str());
            let buf: &'static [u8] =
                Box::leak(format!("xx{text}yy").into_bytes().into_boxed_slice());
            let o = owner(buf);
            let s = Str::shared(std::str::from_utf8(&buf[2..2 + len]).unwrap(), &o);
            assert_eq!(s.as_str(), text);
            assert_eq!(s.is_shared(), len > INLINE_CAP);
            if len > INLINE_CAP {
                assert_eq!(
                    s.as_ptr(),
                    buf[2..].as_ptr(),
                    "a slice of the buffer, not a copy"
                );
                assert_eq!(Arc::strong_count(&o), 2);
            }
            let c = s.clone();
            drop(s);
            assert_eq!(c, b);
            drop(c);
            assert_eq!(Arc::strong_count(&o), 1, "every clone released the buffer");
        }
    }

    #[test]
    fn bytes_that_are_not_utf8_keep_their_bytes_and_read_as_go_reads_them() {
        let s = Str::from_wire(b"a\xff\xe2b");
        assert!(!s.is_utf8());
        assert_eq!(
            s.as_str(),
            "a\u{FFFD}\u{FFFD}b",
            "one U+FFFD per byte, as Go"
        );
        assert_eq!(s.wire_bytes(), b"a\xff\xe2b");
        assert_eq!(Str::from_wire(b"v\xf0\x9f").as_str(), "v\u{FFFD}\u{FFFD}");
        assert_ne!(s, Str::new("a\u{FFFD}\u{FFFD}b"), "compared by their bytes");
        assert_ne!(s, "a\u{FFFD}\u{FFFD}b");
        assert_eq!(s.clone(), s);
        let ok = Str::from_wire("héllo".as_bytes());
        assert!(ok.is_utf8());
        assert_eq!(ok, "héllo");
        assert!(format!("{s:?}").contains("\\xff"));
    }

    #[test]
    fn order_is_go_byte_order() {
        let mut m = BTreeMap::new();
        m.insert(Str::from_wire(b"k\xc3("), 1);
        m.insert(Str::new("kRR"), 2);
        m.insert(Str::new("k"), 3);
        let keys: Vec<&[u8]> = m.keys().map(Str::wire_bytes).collect();
        assert_eq!(keys, [&b"k"[..], b"kRR", b"k\xc3("]);
        assert_eq!(m.get("kRR"), Some(&2));
    }

    /// The decoders' short-string path: a window of the input when 24 bytes are left from
    /// the string's start, nothing otherwise (the caller copies), never a string that is not
    /// in the input.
    #[test]
    fn short_strings_are_copied_from_their_input_window() {
        let input: Vec<u8> = (0..64u8).map(|i| b'a' + i % 26).collect();
        let text = std::str::from_utf8(&input).unwrap();
        for start in [0, 10, 40] {
            for len in [0, 1, 9, 23] {
                let s = &text[start..start + len];
                match Str::inline_from_input(&input, s) {
                    Some(short) => {
                        assert!(start + 24 <= input.len());
                        assert_eq!(short, s);
                        assert_eq!(short.len(), len);
                        assert_eq!(short.clone(), short);
                    }
                    None => assert!(start + 24 > input.len(), "{start} {len}"),
                }
            }
        }
        assert!(Str::inline_from_input(&input, "elsewhere").is_none());
        // Through the JSON reader: short strings at the end of the input (no window) and
        // inside it read the same.
        let strs: Vec<Str> = crate::json::from_slice(br#"["0123456789012345678901","q"]"#).unwrap();
        assert_eq!(strs, ["0123456789012345678901", "q"]);
    }

    #[test]
    fn option_of_str_costs_nothing() {
        assert_eq!(std::mem::size_of::<Str>(), 24);
        assert_eq!(std::mem::size_of::<Option<Str>>(), 24);
    }
}
