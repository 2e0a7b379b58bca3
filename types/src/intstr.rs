//! Kubernetes' `intstr` package: [`IntOrString`], a field that holds either a 32-bit integer
//! or a string (ports given by number or by name, percentages such as `"25%"`).

use std::fmt;

use kcodec::json::write::{write_i64, write_str};
use kcodec::json::JsonReader;
use kcodec::{JsonDecode, JsonEncode, Str};

/// Either an `int32` or a string, as Kubernetes' `intstr.IntOrString`.
///
/// JSON: an integer is a bare number, a string a JSON string. Decoding looks at the first
/// byte: `"` gives [`IntOrString::String`], anything else must be an `int32` number. `null`
/// gives `Int(0)`, as the Go decoder leaves the integer untouched when it meets `null`.
///
/// Protobuf (Kubernetes' message `{type = 1, intVal = 2, strVal = 3}`): `type` is 0 for
/// [`IntOrString::Int`] and 1 for [`IntOrString::String`]; see [`IntOrString::proto_type`].
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

    /// Go's `omitzero`: the zero struct is `{Type: Int, IntVal: 0, StrVal: ""}`.
    #[inline]
    fn is_json_zero(&self) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;
    use kcodec::json;

    fn enc(v: &IntOrString) -> String {
        String::from_utf8(json::to_vec(v)).unwrap()
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
            let bytes = json::to_vec(&v);
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
        assert!(IntOrString::Int(0).is_json_zero());
        assert!(!IntOrString::Int(1).is_json_zero());
        assert!(!IntOrString::from("").is_json_zero());
        // A Go struct is never omitted by omitempty.
        assert!(!IntOrString::Int(0).is_json_empty());
    }
}
