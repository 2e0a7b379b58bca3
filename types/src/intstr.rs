//! Kubernetes' `intstr` package: [`IntOrString`], a field that holds either a 32-bit integer
//! or a string (ports given by number or by name, percentages such as `"25%"`).

use std::fmt;

use kcodec::json::write::{write_i64, write_str};
use kcodec::json::JsonReader;
use kcodec::proto::{field, key_len, varint_len, ProtoMessage, ProtoReader, RevBuf, WireType};
use kcodec::{JsonDecode, JsonEncode, Str};

/// Either an `int32` or a string, as Kubernetes' `intstr.IntOrString`.
///
/// JSON: an integer is a bare number, a string a JSON string. Decoding looks at the first
/// byte: `"` gives [`IntOrString::String`], anything else must be an `int32` number. `null`
/// gives `Int(0)`, as the Go decoder leaves the integer untouched when it meets `null`.
///
/// Protobuf (Kubernetes' message `{int64 type = 1; int32 intVal = 2; string strVal = 3}`):
/// `type` is 0 for [`IntOrString::Int`] and 1 for [`IntOrString::String`] (see
/// [`IntOrString::proto_type`]); all three fields are always written, the unused one as 0
/// or `""`. Decoding takes the variant from `type` (fields merge one by one, as in Go, so a
/// message may set `type` without the value); any other `type` is an error.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum IntOrString {
    /// An integer value (Kubernetes' `Type == Int`).
    Int(i32),
    /// A string value (Kubernetes' `Type == String`).
    String(Str),
}

impl Default for IntOrString {
    /// `Int(0)`, Kubernetes' zero value.
    fn default() -> Self {
        IntOrString::Int(0)
    }
}

impl IntOrString {
    /// An integer value.
    pub const fn from_int(v: i32) -> Self {
        IntOrString::Int(v)
    }

    /// A string value.
    pub fn from_string(s: impl Into<Str>) -> Self {
        IntOrString::String(s.into())
    }

    /// Kubernetes' `intstr.Parse`: an integer when `s` is a valid decimal `int32` (optional
    /// sign, no spaces), otherwise the string itself.
    pub fn parse(s: &str) -> Self {
        match parse_i32(s) {
            Some(v) => IntOrString::Int(v),
            None => IntOrString::String(Str::from(s)),
        }
    }

    /// The integer, or the string read as a decimal integer (0 when it is not one), as
    /// Kubernetes' `IntValue`.
    pub fn int_value(&self) -> i64 {
        match self {
            IntOrString::Int(v) => i64::from(*v),
            IntOrString::String(s) => parse_i64(s).unwrap_or(0),
        }
    }

    /// The integer, when this holds one.
    pub fn as_int(&self) -> Option<i32> {
        match self {
            IntOrString::Int(v) => Some(*v),
            IntOrString::String(_) => None,
        }
    }

    /// The string, when this holds one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            IntOrString::Int(_) => None,
            IntOrString::String(s) => Some(s),
        }
    }

    /// Whether this holds a string.
    pub fn is_string(&self) -> bool {
        matches!(self, IntOrString::String(_))
    }

    /// The value of Kubernetes' protobuf field `type`: 0 for an integer, 1 for a string.
    pub fn proto_type(&self) -> i64 {
        match self {
            IntOrString::Int(_) => 0,
            IntOrString::String(_) => 1,
        }
    }
}

/// Parse a decimal integer with an optional sign, as Go's `strconv.ParseInt(s, 10, 64)`
/// (underscores are not allowed in base 10).
fn parse_i64(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    let (neg, digits) = match b.first() {
        Some(b'-') => (true, &b[1..]),
        Some(b'+') => (false, &b[1..]),
        _ => (false, b),
    };
    if digits.is_empty() {
        return None;
    }
    let mut mag: u64 = 0;
    for &d in digits {
        if !d.is_ascii_digit() {
            return None;
        }
        mag = mag.checked_mul(10)?.checked_add(u64::from(d - b'0'))?;
    }
    if neg {
        if mag > i64::MAX as u64 + 1 {
            return None;
        }
        Some((mag as i64).wrapping_neg())
    } else {
        i64::try_from(mag).ok()
    }
}

fn parse_i32(s: &str) -> Option<i32> {
    parse_i64(s).and_then(|v| i32::try_from(v).ok())
}

impl From<i32> for IntOrString {
    fn from(v: i32) -> Self {
        IntOrString::Int(v)
    }
}

impl From<&str> for IntOrString {
    fn from(s: &str) -> Self {
        IntOrString::String(Str::from(s))
    }
}

impl From<Str> for IntOrString {
    fn from(s: Str) -> Self {
        IntOrString::String(s)
    }
}

impl fmt::Display for IntOrString {
    /// The integer in decimal, or the string as is (Kubernetes' `String()`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IntOrString::Int(v) => write!(f, "{v}"),
            IntOrString::String(s) => f.write_str(s),
        }
    }
}

impl JsonEncode for IntOrString {
    #[inline]
    fn encode_json(&self, out: &mut Vec<u8>) {
        match self {
            IntOrString::Int(v) => write_i64(out, i64::from(*v)),
            IntOrString::String(s) => write_str(out, s),
        }
    }
}

impl kcodec::Omit for IntOrString {
    /// Go's `omitzero`: the zero struct is `{Type: Int, IntVal: 0, StrVal: ""}`.
    #[inline]
    fn is_zero_value(&self) -> bool {
        matches!(self, IntOrString::Int(0))
    }
}

impl JsonDecode for IntOrString {
    fn decode_json(r: &mut JsonReader<'_>) -> kcodec::Result<Self> {
        match r.peek() {
            Some(b'"') => Ok(IntOrString::String(Str::from(r.read_str()?))),
            Some(b'n') => {
                r.eat_null()?;
                Ok(IntOrString::Int(0))
            }
            _ => r
                .read_int(i64::from(i32::MIN), i64::from(i32::MAX), "int32")
                .map(|v| IntOrString::Int(v as i32)),
        }
    }
}

impl IntOrString {
    /// The three protobuf fields: (`type`, `intVal`, `strVal`'s bytes as they came).
    #[inline]
    fn proto_parts(&self) -> (i64, i32, &[u8]) {
        match self {
            IntOrString::Int(v) => (0, *v, b""),
            IntOrString::String(s) => (1, 0, s.wire_bytes()),
        }
    }
}

impl ProtoMessage for IntOrString {
    #[inline]
    fn encoded_len(&self) -> usize {
        let (ty, int_val, str_val) = self.proto_parts();
        field::len(1, &ty)
            + field::len(2, &int_val)
            + key_len(3)
            + varint_len(str_val.len() as u64)
            + str_val.len()
    }

    #[inline]
    fn encode_rev(&self, w: &mut RevBuf) {
        let (ty, int_val, str_val) = self.proto_parts();
        w.put_slice(str_val);
        w.put_varint(str_val.len() as u64);
        w.put_key(3, WireType::Len);
        field::encode(w, 2, &int_val);
        field::encode(w, 1, &ty);
    }

    /// Merges field by field into the fields `self` stands for (`Int(v)` is `{0, v, ""}`,
    /// `String(s)` is `{1, 0, s}`), then picks the variant by `type`.
    fn merge(&mut self, r: &mut ProtoReader<'_>) -> kcodec::Result<()> {
        let (mut ty, mut int_val, mut str_val) = match std::mem::take(self) {
            IntOrString::Int(v) => (0i64, v, Str::default()),
            IntOrString::String(s) => (1i64, 0i32, s),
        };
        let mut type_at = r.offset();
        while !r.at_end() {
            let key_at = r.offset();
            let (tag, wire) = r.read_key()?;
            match tag {
                1 => {
                    type_at = key_at;
                    field::merge(r, 1, wire, &mut ty)?;
                }
                2 => field::merge(r, 2, wire, &mut int_val)?,
                3 => field::merge(r, 3, wire, &mut str_val)?,
                _ => r.skip(wire)?,
            }
        }
        *self = match ty {
            0 => IntOrString::Int(int_val),
            1 => IntOrString::String(str_val),
            other => {
                return Err(kcodec::Error::invalid_value(
                    format!("IntOrString type {other} is neither 0 (Int) nor 1 (String)"),
                    type_at,
                ))
            }
        };
        Ok(())
    }
}

kcodec::proto_message_value!(IntOrString);

#[cfg(test)]
mod tests {
    use super::*;
    use kcodec::json;
    #[allow(unused_imports)]
    use kcodec::proto::{field, ProtoValue, WireType};
    use kcodec::Omit as _;

    fn enc(v: &IntOrString) -> String {
        String::from_utf8(json::to_vec(v).unwrap()).unwrap()
    }

    #[test]
    fn encodes_int_as_number_and_string_as_string() {
        assert_eq!(enc(&IntOrString::Int(8080)), "8080");
        assert_eq!(enc(&IntOrString::Int(-1)), "-1");
        assert_eq!(enc(&IntOrString::Int(i32::MIN)), "-2147483648");
        assert_eq!(enc(&IntOrString::from("http")), r#""http""#);
        assert_eq!(enc(&IntOrString::from("25%")), r#""25%""#);
        assert_eq!(enc(&IntOrString::from("")), r#""""#);
        assert_eq!(
            enc(&IntOrString::from("<a&b>")),
            r#""\u003ca\u0026b\u003e""#
        );
        assert_eq!(enc(&IntOrString::default()), "0");
    }

    #[test]
    fn decodes_by_first_byte() {
        let d = |s: &str| json::from_slice::<IntOrString>(s.as_bytes());
        assert_eq!(d("8080").unwrap(), IntOrString::Int(8080));
        assert_eq!(d(" -5 ").unwrap(), IntOrString::Int(-5));
        assert_eq!(d(r#""8080""#).unwrap(), IntOrString::from("8080"));
        assert_eq!(d(r#""a\u0062c""#).unwrap(), IntOrString::from("abc"));
        assert_eq!(d("null").unwrap(), IntOrString::Int(0));
        assert_eq!(d("2147483647").unwrap(), IntOrString::Int(i32::MAX));
        assert!(d("2147483648").is_err());
        assert!(d("1.5").is_err());
        assert!(d("1e2").is_err());
        assert!(d("true").is_err());
        assert!(d("{}").is_err());
        assert!(d("[]").is_err());
    }

    #[test]
    fn round_trips() {
        for v in [
            IntOrString::Int(0),
            IntOrString::Int(443),
            IntOrString::from("metrics"),
            IntOrString::from("é\u{2028}"),
        ] {
            let bytes = json::to_vec(&v).unwrap();
            assert_eq!(json::from_slice::<IntOrString>(&bytes).unwrap(), v);
        }
    }

    #[test]
    fn helpers_follow_kubernetes() {
        assert_eq!(IntOrString::parse("42"), IntOrString::Int(42));
        assert_eq!(IntOrString::parse("-42"), IntOrString::Int(-42));
        assert_eq!(IntOrString::parse("+7"), IntOrString::Int(7));
        assert_eq!(
            IntOrString::parse("2147483648"),
            IntOrString::from("2147483648")
        );
        assert_eq!(IntOrString::parse("25%"), IntOrString::from("25%"));
        assert_eq!(IntOrString::parse(""), IntOrString::from(""));
        assert_eq!(IntOrString::parse(" 1"), IntOrString::from(" 1"));
        assert_eq!(IntOrString::from("12").int_value(), 12);
        assert_eq!(IntOrString::from("x").int_value(), 0);
        assert_eq!(IntOrString::Int(-3).int_value(), -3);
        assert_eq!(IntOrString::Int(3).to_string(), "3");
        assert_eq!(IntOrString::from("p").to_string(), "p");
        assert_eq!(IntOrString::Int(1).proto_type(), 0);
        assert_eq!(IntOrString::from("p").proto_type(), 1);
        assert_eq!(IntOrString::from("p").as_str(), Some("p"));
        assert_eq!(IntOrString::Int(9).as_int(), Some(9));
        assert!(IntOrString::from_string("s").is_string());
        assert_eq!(IntOrString::from_int(5), IntOrString::Int(5));
    }

    #[test]
    fn zero_and_empty() {
        assert!(IntOrString::Int(0).is_zero_value());
        assert!(!IntOrString::Int(1).is_zero_value());
        assert!(!IntOrString::from("").is_zero_value());
        // A Go struct is never omitted by omitempty.
        assert!(!IntOrString::Int(0).is_empty_value());
    }

    // ---- Protobuf ----

    use kcodec::proto;

    /// `v` as field `tag` of an enclosing message (key, length, body); checks the size.
    fn proto_field<T: ProtoValue>(tag: u32, v: &T) -> Vec<u8> {
        let mut w = RevBuf::new();
        field::encode(&mut w, tag, v);
        assert_eq!(w.len(), field::len(tag, v));
        w.into_vec()
    }

    /// Decode the single field written by [`proto_field`].
    fn from_proto_field<T: ProtoValue>(bytes: &[u8]) -> kcodec::Result<T> {
        let mut r = ProtoReader::new(bytes);
        let (tag, wire) = r.read_key()?;
        let mut v = T::default();
        field::merge(&mut r, tag, wire, &mut v)?;
        if !r.at_end() {
            return Err(r.wire_error("trailing bytes"));
        }
        Ok(v)
    }

    /// Every proper prefix of an encoded field fails to decode (and nothing panics).
    fn assert_truncations_fail<T: ProtoValue + fmt::Debug>(bytes: &[u8]) {
        for cut in 0..bytes.len() {
            let got = from_proto_field::<T>(&bytes[..cut]);
            assert!(got.is_err(), "cut at {cut}: {got:?}");
        }
    }

    #[test]
    fn protobuf_bytes() {
        let mut string_body = vec![0x08, 0x01, 0x10, 0x00, 0x1a, 0x0f];
        string_body.extend_from_slice(b"targetPortValue");
        let neg_body = [
            0x08, 0x00, 0x10, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 0x1a,
            0x00,
        ];
        let cases: [(IntOrString, &[u8]); 5] = [
            (IntOrString::from("targetPortValue"), &string_body),
            (
                IntOrString::Int(8080),
                &[0x08, 0x00, 0x10, 0x90, 0x3f, 0x1a, 0x00],
            ),
            (IntOrString::Int(0), &[0x08, 0x00, 0x10, 0x00, 0x1a, 0x00]),
            (IntOrString::from(""), &[0x08, 0x01, 0x10, 0x00, 0x1a, 0x00]),
            (IntOrString::Int(-1), &neg_body),
        ];
        for (v, body) in cases {
            assert_eq!(proto::to_vec(&v), body, "{v:?}");
            assert_eq!(v.value_len(), body.len());
            assert_eq!(proto::from_slice::<IntOrString>(body).unwrap(), v);
            // As ServicePort.targetPort (field 4).
            let f = proto_field(4, &v);
            assert_eq!(f[..2], [0x22, body.len() as u8]);
            assert_eq!(f[2..], *body);
            assert_eq!(from_proto_field::<IntOrString>(&f).unwrap(), v);
            assert_truncations_fail::<IntOrString>(&f);
        }
        for v in [IntOrString::Int(i32::MIN), IntOrString::from("é\u{2028}")] {
            assert_eq!(
                proto::from_slice::<IntOrString>(&proto::to_vec(&v)).unwrap(),
                v
            );
        }
    }

    #[test]
    fn protobuf_type_decides() {
        let d = |b: &[u8]| proto::from_slice::<IntOrString>(b);
        // The unused field is ignored, whatever it holds.
        assert_eq!(
            d(&[0x08, 0x00, 0x10, 0x05, 0x1a, 0x01, b'x']).unwrap(),
            IntOrString::Int(5)
        );
        assert_eq!(
            d(&[0x08, 0x01, 0x10, 0x05, 0x1a, 0x01, b'x']).unwrap(),
            IntOrString::from("x")
        );
        // Absent fields: type 0, intVal 0, strVal "".
        assert_eq!(d(b"").unwrap(), IntOrString::Int(0));
        assert_eq!(d(&[0x10, 0x07]).unwrap(), IntOrString::Int(7));
        assert_eq!(d(&[0x08, 0x01]).unwrap(), IntOrString::from(""));
        // Field order does not matter; unknown fields are skipped.
        assert_eq!(
            d(&[0x1a, 0x01, b'p', 0x20, 0x09, 0x08, 0x01]).unwrap(),
            IntOrString::from("p")
        );
        // intVal is an int32: a wider varint is truncated, as Go does.
        assert_eq!(
            d(&[0x10, 0x80, 0x80, 0x80, 0x80, 0x10]).unwrap(),
            IntOrString::Int(0)
        );
        // Merging keeps what the message does not set.
        let mut v = IntOrString::from("keep");
        ProtoValue::merge_value(&mut v, &mut ProtoReader::new(&[0x02, 0x10, 0x03])).unwrap();
        assert_eq!(v, IntOrString::from("keep"));
        let mut v = IntOrString::from("keep");
        ProtoValue::merge_value(&mut v, &mut ProtoReader::new(&[0x02, 0x08, 0x00])).unwrap();
        assert_eq!(v, IntOrString::Int(0));
        // Any other type is an error, located at the type field.
        let e = d(&[0x10, 0x01, 0x08, 0x02]).unwrap_err();
        assert!(e.to_string().contains("type 2"), "{e}");
        assert_eq!(e.offset(), 2);
        assert!(d(&[0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]).is_err());
        // Wrong wire types.
        for bad in [&[0x0a, 0x00][..], &[0x12, 0x00], &[0x18, 0x00]] {
            assert!(d(bad).is_err(), "{bad:?}");
        }
        // A `strVal` that is not UTF-8 is kept as it came (Go's strings hold any bytes).
        let v = d(&[0x08, 0x01, 0x1a, 0x02, 0xc3, 0x28]).unwrap();
        match &v {
            IntOrString::String(s) => assert_eq!(s.wire_bytes(), b"\xc3\x28"),
            other => panic!("{other:?}"),
        }
        let mut w = RevBuf::new();
        ProtoMessage::encode_rev(&v, &mut w);
        assert!(
            w.as_slice().ends_with(&[0x1a, 0x02, 0xc3, 0x28]),
            "{:?}",
            w.as_slice()
        );
        let mut v = IntOrString::default();
        let e =
            field::merge(&mut ProtoReader::new(&[0x01]), 4, WireType::Varint, &mut v).unwrap_err();
        assert!(e.to_string().contains("wire type"), "{e}");
    }
}

/// CBOR: an integer or a byte string; decoding tries a string first (so `null`, which Go
/// decodes into a string by leaving it unchanged, gives the string form), then an `int32`.
#[cfg(feature = "cbor")]
mod cbor {
    use kcodec::cbor::{write, CborDecode, CborEncode, CborReader};
    use kcodec::Str;

    use super::IntOrString;

    impl CborEncode for IntOrString {
        fn encode_cbor(&self, out: &mut Vec<u8>) {
            match self {
                IntOrString::Int(v) => write::write_i64(out, i64::from(*v)),
                IntOrString::String(s) => write::write_bytes(out, s.wire_bytes()),
            }
        }
    }

    impl CborDecode for IntOrString {
        fn decode_cbor(r: &mut CborReader<'_>) -> kcodec::Result<Self> {
            let mut v = IntOrString::Int(0);
            v.decode_cbor_into(r)?;
            Ok(v)
        }

        fn decode_cbor_into(&mut self, r: &mut CborReader<'_>) -> kcodec::Result<()> {
            r.standalone(|r| self.decode_own(r))
        }
    }

    impl IntOrString {
        fn decode_own(&mut self, r: &mut CborReader<'_>) -> kcodec::Result<()> {
            if r.eat_null()? {
                if let IntOrString::Int(_) = self {
                    *self = IntOrString::String(Str::empty());
                }
                return Ok(());
            }
            *self = match r.peek()? >> 5 {
                2 | 3 => IntOrString::String(r.read_str_value()?),
                _ => IntOrString::Int(r.read_int(
                    i64::from(i32::MIN),
                    i64::from(i32::MAX),
                    "int32",
                )? as i32),
            };
            Ok(())
        }
    }
}
