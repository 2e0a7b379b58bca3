//! [`Duration`]: a signed span of nanoseconds written as Go writes a `time.Duration`.

use std::fmt;
use std::str::FromStr;

use kcodec::json::JsonReader;
use kcodec::proto::{field, ProtoMessage, ProtoReader, RevBuf};
use kcodec::{JsonDecode, JsonEncode};

const NANOSECOND: u64 = 1;
const MICROSECOND: u64 = 1_000;
const MILLISECOND: u64 = 1_000_000;
const SECOND: u64 = 1_000_000_000;
const MINUTE: u64 = 60 * SECOND;
const HOUR: u64 = 60 * MINUTE;

/// A signed amount of time in nanoseconds (Kubernetes' `metav1.Duration`, a Go
/// `time.Duration`), range ±292 years.
///
/// JSON: a string in Go's `Duration.String()` form: `"1h0m0s"`, `"1m30s"`, `"1.5s"`,
/// `"500ms"`, `"1.5µs"` (micro sign U+00B5), `"10ns"`, `"0s"`, `"-2m3s"`. Decoding follows
/// Go's `time.ParseDuration`: a sequence of decimal numbers with optional fraction and a unit
/// each (`ns`, `us`, `µs`, `μs`, `ms`, `s`, `m`, `h`), optional leading sign, `"0"` alone
/// allowed; out-of-range values are an error. `null` is an error too, as in Go (it reaches
/// `ParseDuration("")`); an `Option<Duration>` field takes `null` as `None`.
///
/// Protobuf: Kubernetes' message `{int64 duration = 1}` holds [`Duration::as_nanos`],
/// always written (zero too); a message without the field leaves the value unchanged.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Duration {
    nanos: i64,
}

/// Why a duration string was rejected by [`Duration::parse`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DurationError {
    /// Not of the form `[-+]?([0-9]*(\.[0-9]*)?[a-z]+)+`, or out of range.
    Invalid(String),
    /// A number without a unit.
    MissingUnit(String),
    /// A unit other than `ns`, `us`, `µs`, `μs`, `ms`, `s`, `m`, `h`.
    UnknownUnit {
        /// The unit found.
        unit: String,
        /// The whole input.
        input: String,
    },
}

impl fmt::Display for DurationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DurationError::Invalid(s) => write!(f, "time: invalid duration {s:?}"),
            DurationError::MissingUnit(s) => write!(f, "time: missing unit in duration {s:?}"),
            DurationError::UnknownUnit { unit, input } => {
                write!(f, "time: unknown unit {unit:?} in duration {input:?}")
            }
        }
    }
}

impl std::error::Error for DurationError {}

impl Duration {
    /// The zero duration.
    pub const ZERO: Duration = Duration { nanos: 0 };

    /// A duration of `nanos` nanoseconds.
    pub const fn from_nanos(nanos: i64) -> Self {
        Duration { nanos }
    }

    /// A duration of `ms` milliseconds (saturating at the `i64` nanosecond range).
    pub const fn from_millis(ms: i64) -> Self {
        Duration {
            nanos: ms.saturating_mul(MILLISECOND as i64),
        }
    }

    /// A duration of `secs` seconds (saturating at the `i64` nanosecond range).
    pub const fn from_secs(secs: i64) -> Self {
        Duration {
            nanos: secs.saturating_mul(SECOND as i64),
        }
    }

    /// The duration in nanoseconds.
    pub const fn as_nanos(self) -> i64 {
        self.nanos
    }

    /// The duration in whole seconds, truncated toward zero.
    pub const fn as_secs(self) -> i64 {
        self.nanos / SECOND as i64
    }

    /// The duration as a `std::time::Duration`, or `None` when negative.
    pub fn to_std(self) -> Option<std::time::Duration> {
        u64::try_from(self.nanos)
            .ok()
            .map(std::time::Duration::from_nanos)
    }

    /// Parse Go's duration syntax (`time.ParseDuration`): `"300ms"`, `"-1.5h"`, `"2h45m"`.
    pub fn parse(s: &str) -> Result<Duration, DurationError> {
        parse_duration(s)
    }

    /// Write Go's `Duration.String()` form into `buf`; returns the start of the text.
    fn format(self, buf: &mut [u8; 32]) -> usize {
        let mut w = buf.len();
        let neg = self.nanos < 0;
        let mut u = self.nanos.unsigned_abs();
        if u < SECOND {
            // Below one second: a single unit (ns, µs or ms) with a fraction.
            w -= 1;
            buf[w] = b's';
            let prec;
            if u == 0 {
                w -= 1;
                buf[w] = b'0';
                return w;
            } else if u < MICROSECOND {
                prec = 0;
                w -= 1;
                buf[w] = b'n';
            } else if u < MILLISECOND {
                prec = 3;
                w -= 2;
                buf[w..w + 2].copy_from_slice("µ".as_bytes());
            } else {
                prec = 6;
                w -= 1;
                buf[w] = b'm';
            }
            let (nw, nu) = fmt_frac(buf, w, u, prec);
            w = fmt_int(buf, nw, nu);
        } else {
            w -= 1;
            buf[w] = b's';
            let (nw, nu) = fmt_frac(buf, w, u, 9);
            w = nw;
            u = nu; // whole seconds
            w = fmt_int(buf, w, u % 60);
            u /= 60; // whole minutes
            if u > 0 {
                w -= 1;
                buf[w] = b'm';
                w = fmt_int(buf, w, u % 60);
                u /= 60; // whole hours
                if u > 0 {
                    w -= 1;
                    buf[w] = b'h';
                    w = fmt_int(buf, w, u);
                }
            }
        }
        if neg {
            w -= 1;
            buf[w] = b'-';
        }
        w
    }
}

/// Write the `prec` low decimal digits of `v` as a fraction (`.5`, `.125`) ending before
/// `buf[w]`, without trailing zeros and without the point when they are all zero. Returns
/// the new start and `v` with those digits removed.
fn fmt_frac(buf: &mut [u8; 32], mut w: usize, mut v: u64, prec: usize) -> (usize, u64) {
    let mut print = false;
    for _ in 0..prec {
        let digit = (v % 10) as u8;
        print = print || digit != 0;
        if print {
            w -= 1;
            buf[w] = b'0' + digit;
        }
        v /= 10;
    }
    if print {
        w -= 1;
        buf[w] = b'.';
    }
    (w, v)
}

/// Write `v` in decimal ending before `buf[w]`; returns the new start.
fn fmt_int(buf: &mut [u8; 32], mut w: usize, mut v: u64) -> usize {
    if v == 0 {
        w -= 1;
        buf[w] = b'0';
        return w;
    }
    while v > 0 {
        w -= 1;
        buf[w] = b'0' + (v % 10) as u8;
        v /= 10;
    }
    w
}

fn unit_nanos(unit: &[u8]) -> Option<u64> {
    Some(match unit {
        b"ns" => NANOSECOND,
        b"us" => MICROSECOND,
        [0xC2, 0xB5, b's'] => MICROSECOND, // "µs", U+00B5 micro sign
        [0xCE, 0xBC, b's'] => MICROSECOND, // "μs", U+03BC Greek small letter mu
        b"ms" => MILLISECOND,
        b"s" => SECOND,
        b"m" => MINUTE,
        b"h" => HOUR,
        _ => return None,
    })
}

const LIMIT: u64 = 1 << 63;

fn parse_duration(orig: &str) -> Result<Duration, DurationError> {
    let invalid = || DurationError::Invalid(orig.to_owned());
    let mut s = orig.as_bytes();
    let mut neg = false;
    if let Some(&c) = s.first() {
        if c == b'-' || c == b'+' {
            neg = c == b'-';
            s = &s[1..];
        }
    }
    if s == b"0" {
        return Ok(Duration::ZERO);
    }
    if s.is_empty() {
        return Err(invalid());
    }
    let mut total: u64 = 0;
    while !s.is_empty() {
        if !(s[0] == b'.' || s[0].is_ascii_digit()) {
            return Err(invalid());
        }
        // Integer part.
        let mut i = 0;
        let mut v: u64 = 0;
        while i < s.len() && s[i].is_ascii_digit() {
            if v > LIMIT / 10 {
                return Err(invalid());
            }
            v = v * 10 + u64::from(s[i] - b'0');
            if v > LIMIT {
                return Err(invalid());
            }
            i += 1;
        }
        let pre = i > 0;
        s = &s[i..];
        // Fraction: digits past the precision of a u64 are read but ignored.
        let mut f: u64 = 0;
        let mut scale: f64 = 1.0;
        let mut post = false;
        if s.first() == Some(&b'.') {
            s = &s[1..];
            let mut i = 0;
            let mut overflow = false;
            while i < s.len() && s[i].is_ascii_digit() {
                if !overflow {
                    if f > (LIMIT - 1) / 10 {
                        overflow = true;
                    } else {
                        let y = f * 10 + u64::from(s[i] - b'0');
                        if y > LIMIT {
                            overflow = true;
                        } else {
                            f = y;
                            scale *= 10.0;
                        }
                    }
                }
                i += 1;
            }
            post = i > 0;
            s = &s[i..];
        }
        if !pre && !post {
            return Err(invalid());
        }
        // Unit: everything up to the next digit or point.
        let mut i = 0;
        while i < s.len() && !(s[i] == b'.' || s[i].is_ascii_digit()) {
            i += 1;
        }
        if i == 0 {
            return Err(DurationError::MissingUnit(orig.to_owned()));
        }
        let unit_bytes = &s[..i];
        s = &s[i..];
        let unit = unit_nanos(unit_bytes).ok_or_else(|| DurationError::UnknownUnit {
            unit: String::from_utf8_lossy(unit_bytes).into_owned(),
            input: orig.to_owned(),
        })?;
        if v > LIMIT / unit {
            return Err(invalid());
        }
        v *= unit;
        if f > 0 {
            // Float arithmetic as Go does it: exact to the nanosecond for any fraction of an
            // hour, and the same rounding as Go otherwise.
            v += (f as f64 * (unit as f64 / scale)) as u64;
            if v > LIMIT {
                return Err(invalid());
            }
        }
        total += v;
        if total > LIMIT {
            return Err(invalid());
        }
    }
    if neg {
        return Ok(Duration {
            nanos: (total as i64).wrapping_neg(),
        });
    }
    if total > LIMIT - 1 {
        return Err(invalid());
    }
    Ok(Duration {
        nanos: total as i64,
    })
}

impl FromStr for Duration {
    type Err = DurationError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Duration::parse(s)
    }
}

impl fmt::Display for Duration {
    /// Go's `Duration.String()`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut buf = [0u8; 32];
        let w = self.format(&mut buf);
        // The formatter writes ASCII and the two bytes of "µ" only.
        f.write_str(std::str::from_utf8(&buf[w..]).map_err(|_| fmt::Error)?)
    }
}

impl TryFrom<std::time::Duration> for Duration {
    type Error = std::num::TryFromIntError;

    /// Fails when the duration exceeds `i64::MAX` nanoseconds.
    fn try_from(d: std::time::Duration) -> Result<Self, Self::Error> {
        i64::try_from(d.as_nanos()).map(Duration::from_nanos)
    }
}

impl JsonEncode for Duration {
    #[inline]
    fn encode_json(&self, out: &mut Vec<u8>) {
        let mut buf = [0u8; 32];
        let w = self.format(&mut buf);
        // No byte of the text needs escaping: quote it directly.
        out.reserve(buf.len() - w + 2);
        out.push(b'"');
        out.extend_from_slice(&buf[w..]);
        out.push(b'"');
    }
}

impl kcodec::Omit for Duration {
    /// Go's `omitzero`: zero nanoseconds.
    #[inline]
    fn is_zero_value(&self) -> bool {
        self.nanos == 0
    }
}

impl JsonDecode for Duration {
    fn decode_json(r: &mut JsonReader<'_>) -> kcodec::Result<Self> {
        let next = r.peek();
        let start = r.offset();
        if next == Some(b'n') {
            r.eat_null()?;
            return Err(kcodec::Error::invalid_value(
                "time: invalid duration \"\"",
                start,
            ));
        }
        let s = r.read_str()?;
        Duration::parse(&s).map_err(|e| kcodec::Error::invalid_value(e.to_string(), start))
    }
}

impl ProtoMessage for Duration {
    #[inline]
    fn encoded_len(&self) -> usize {
        field::len(1, &self.nanos)
    }

    #[inline]
    fn encode_rev(&self, w: &mut RevBuf) {
        field::encode(w, 1, &self.nanos);
    }

    fn merge(&mut self, r: &mut ProtoReader<'_>) -> kcodec::Result<()> {
        while !r.at_end() {
            let (tag, wire) = r.read_key()?;
            match tag {
                1 => field::merge(r, 1, wire, &mut self.nanos)?,
                _ => r.skip(wire)?,
            }
        }
        Ok(())
    }
}

kcodec::proto_message_value!(Duration);

#[cfg(test)]
mod tests {
    use super::*;
    use kcodec::json;
    #[allow(unused_imports)]
    use kcodec::proto::{field, ProtoValue, WireType};
    use kcodec::Omit as _;

    const NS: i64 = 1;
    const US: i64 = 1_000;
    const MS: i64 = 1_000_000;
    const S: i64 = 1_000_000_000;
    const M: i64 = 60 * S;
    const H: i64 = 60 * M;

    #[test]
    fn formats_like_go() {
        let cases: &[(i64, &str)] = &[
            (0, "0s"),
            (NS, "1ns"),
            (1100 * NS, "1.1µs"),
            (2200 * US, "2.2ms"),
            (3300 * MS, "3.3s"),
            (4 * M + 5 * S, "4m5s"),
            (4 * M + 5001 * MS, "4m5.001s"),
            (5 * H + 6 * M + 7001 * MS, "5h6m7.001s"),
            (8 * M + NS, "8m0.000000001s"),
            (H, "1h0m0s"),
            (M + 30 * S, "1m30s"),
            (500 * MS, "500ms"),
            (1500 * NS, "1.5µs"),
            (999 * NS, "999ns"),
            (S, "1s"),
            (i64::MAX, "2562047h47m16.854775807s"),
            (i64::MIN, "-2562047h47m16.854775808s"),
            (-S, "-1s"),
            (-1, "-1ns"),
            (-90 * M, "-1h30m0s"),
        ];
        for &(nanos, want) in cases {
            let d = Duration::from_nanos(nanos);
            assert_eq!(d.to_string(), want, "{nanos}");
            assert_eq!(
                json::to_vec(&d).unwrap(),
                format!("\"{want}\"").into_bytes()
            );
            // Every formatted value parses back to itself.
            assert_eq!(Duration::parse(want).unwrap(), d, "{want}");
        }
    }

    #[test]
    fn parses_like_go() {
        let cases: &[(&str, i64)] = &[
            ("0", 0),
            ("5s", 5 * S),
            ("30s", 30 * S),
            ("1478s", 1478 * S),
            ("-5s", -5 * S),
            ("+5s", 5 * S),
            ("-0", 0),
            ("+0", 0),
            ("5.0s", 5 * S),
            ("5.6s", 5 * S + 600 * MS),
            ("5.s", 5 * S),
            (".5s", 500 * MS),
            ("1.0s", S),
            ("1.00s", S),
            ("1.004s", S + 4 * MS),
            ("1.0040s", S + 4 * MS),
            ("100.00100s", 100 * S + MS),
            ("10ns", 10 * NS),
            ("11us", 11 * US),
            ("12µs", 12 * US),
            ("12μs", 12 * US),
            ("13ms", 13 * MS),
            ("14s", 14 * S),
            ("15m", 15 * M),
            ("16h", 16 * H),
            ("3h30m", 3 * H + 30 * M),
            ("10.5s4m", 4 * M + 10 * S + 500 * MS),
            ("-2m3.4s", -(2 * M + 3 * S + 400 * MS)),
            (
                "1h2m3s4ms5us6ns",
                H + 2 * M + 3 * S + 4 * MS + 5 * US + 6 * NS,
            ),
            ("39h9m14.425s", 39 * H + 9 * M + 14 * S + 425 * MS),
            ("52763797000ns", 52763797000 * NS),
            ("0.3333333333333333333h", 20 * M),
            ("9007199254740993ns", (1 << 53) + 1),
            ("9223372036854775807ns", i64::MAX),
            ("9223372036854775.807us", i64::MAX),
            ("9223372036s854ms775us807ns", i64::MAX),
            ("-9223372036854775808ns", i64::MIN),
            ("-9223372036854775.808us", i64::MIN),
            ("-9223372036s854ms775us808ns", i64::MIN),
            ("-2562047h47m16.854775808s", i64::MIN),
            ("0.100000000000000000000h", 6 * M),
            ("9223372036854775807.9ns", i64::MAX),
            ("0.830103483285477580700h", 49 * M + 48 * S + 372539827 * NS),
        ];
        for &(input, want) in cases {
            assert_eq!(
                Duration::parse(input),
                Ok(Duration::from_nanos(want)),
                "{input}"
            );
        }
    }

    #[test]
    fn rejects_like_go() {
        for bad in [
            "",
            "3",
            "-",
            "s",
            ".",
            "-.",
            ".s",
            "+.s",
            "1d",
            "\u{85}\u{85}",
            "\u{FFFD}",
            "9223372036854775808ns",
            "9223372036854775.808us",
            "-9223372036854775809ns",
            "3000000h",
            "1.5",
            " 1s",
            "1s ",
            "1 s",
        ] {
            assert!(Duration::parse(bad).is_err(), "{bad:?}");
        }
        assert_eq!(
            Duration::parse("3").unwrap_err().to_string(),
            "time: missing unit in duration \"3\""
        );
        assert_eq!(
            Duration::parse("1d").unwrap_err().to_string(),
            "time: unknown unit \"d\" in duration \"1d\""
        );
        assert_eq!(
            Duration::parse("").unwrap_err().to_string(),
            "time: invalid duration \"\""
        );
    }

    #[test]
    fn json_decode() {
        let d = |s: &str| json::from_slice::<Duration>(s.as_bytes());
        assert_eq!(d(r#""1h0m0s""#).unwrap(), Duration::from_secs(3600));
        assert_eq!(d(r#" "90s" "#).unwrap(), Duration::from_secs(90));
        assert_eq!(d(r#""1\u00b5s""#).unwrap(), Duration::from_nanos(1000));
        let e = d(r#"{"a": "1x"}"#).unwrap_err();
        assert!(e.to_string().contains("object"), "{e}");
        let e = json::from_slice::<Vec<Duration>>(br#"["1s", "1x"]"#).unwrap_err();
        assert_eq!(e.offset(), 7);
        assert!(d("null").is_err());
        assert!(d("5").is_err());
        assert_eq!(json::from_slice::<Option<Duration>>(b"null").unwrap(), None);
    }

    #[test]
    fn conversions() {
        assert_eq!(Duration::from_millis(1500).as_nanos(), 1_500_000_000);
        assert_eq!(Duration::from_secs(-2).as_secs(), -2);
        assert_eq!(Duration::from_secs(i64::MAX).as_nanos(), i64::MAX);
        assert_eq!(
            Duration::from_secs(3).to_std(),
            Some(std::time::Duration::from_secs(3))
        );
        assert_eq!(Duration::from_secs(-3).to_std(), None);
        assert_eq!(
            Duration::try_from(std::time::Duration::from_millis(7)).unwrap(),
            Duration::from_millis(7)
        );
        assert!(Duration::try_from(std::time::Duration::MAX).is_err());
        assert_eq!("2m".parse::<Duration>().unwrap(), Duration::from_secs(120));
        assert!(Duration::ZERO.is_zero_value());
        assert!(!Duration::from_nanos(1).is_zero_value());
    }

    /// Inputs with what Go's `time.ParseDuration` and `Duration.String` give for them
    /// (`None`: an error), sampled from a differential run of random inputs.
    const GO_SAMPLES: &[(&str, Option<(i64, &str)>)] = &[
        ("-458419272.ns", Some((-458419272, "-458.419272ms"))),
        ("+657µs", Some((657000, "657µs"))),
        ("8us", Some((8000, "8µs"))),
        (
            "+5673811163193849.87832858055580935378us",
            Some((5673811163193849878, "1576058h39m23.193849878s")),
        ),
        ("5ms", Some((5000000, "5ms"))),
        ("+118211372ns", Some((118211372, "118.211372ms"))),
        ("30.5us", Some((30500, "30.5µs"))),
        ("430µs", Some((430000, "430µs"))),
        ("4m1h718211127μs", Some((4558211127000, "1h15m58.211127s"))),
        ("9µs", Some((9000, "9µs"))),
        ("8.211956455169696us", Some((8211, "8.211µs"))),
        (
            "4759380134565460.064861169us",
            Some((4759380134565460064, "1322050h2m14.565460064s")),
        ),
        ("973074748us", Some((973074748000, "16m13.074748s"))),
        ("7.7µs", Some((7700, "7.7µs"))),
        (
            "29m455897831224.727ns3ns",
            Some((2195897831227, "36m35.897831227s")),
        ),
        ("85µs.096s", Some((96085000, "96.085ms"))),
        ("1.3m", Some((78000000000, "1m18s"))),
        ("5us", Some((5000, "5µs"))),
        ("47ns", Some((47, "47ns"))),
        ("-67.314915457586824ms", Some((-67314915, "-67.314915ms"))),
        ("+1µs", Some((1000, "1µs"))),
        (
            "3468167794.948132262us",
            Some((3468167794948, "57m48.167794948s")),
        ),
        ("3m", Some((180000000000, "3m0s"))),
        (
            "-5.5650709673636871864268080µs6h",
            Some((-21600000005565, "-6h0m0.000005565s")),
        ),
        ("-3m", Some((-180000000000, "-3m0s"))),
        (
            "165.1126350350494159398333819m",
            Some((9906758102102, "2h45m6.758102102s")),
        ),
        (
            "827.6h3.757490934ns",
            Some((2979360000000003, "827h36m0.000000003s")),
        ),
        ("+426.049us", Some((426049, "426.049µs"))),
        ("-10ns029s", Some((-29000000010, "-29.00000001s"))),
        ("8ms", Some((8000000, "8ms"))),
        ("-12323ms", Some((-12323000000, "-12.323s"))),
        ("-4s", Some((-4000000000, "-4s"))),
        ("6ms", Some((6000000, "6ms"))),
        ("-.806588745µs", Some((-806, "-806ns"))),
        (
            "-297380336822.5μs",
            Some((-297380336822500, "-82h36m20.3368225s")),
        ),
        ("-873us", Some((-873000, "-873µs"))),
        ("-10931.us", Some((-10931000, "-10.931ms"))),
        ("113s", Some((113000000000, "1m53s"))),
        ("-0", Some((0, "0s"))),
        (
            "-.6553004386417982353142283h",
            Some((-2359081579110, "-39m19.08157911s")),
        ),
        ("9μs", Some((9000, "9µs"))),
        (
            "-5992554956390272ns",
            Some((-5992554956390272, "-1664h35m54.956390272s")),
        ),
        ("+8.839057562ms", Some((8839057, "8.839057ms"))),
        (
            "821762113.5024020053109679924092151µs",
            Some((821762113502, "13m41.762113502s")),
        ),
        ("7ns", Some((7, "7ns"))),
        ("-7.99347175768032537534μs", Some((-7993, "-7.993µs"))),
        (
            "-948513282972μs",
            Some((-948513282972000, "-263h28m33.282972s")),
        ),
        (
            "72742s4.332μs",
            Some((72742000004332, "20h12m22.000004332s")),
        ),
        (
            "700524302841us",
            Some((700524302841000, "194h35m24.302841s")),
        ),
        ("25225.293557072ns", Some((25225, "25.225µs"))),
        (
            "+87.3μs351095424226µs",
            Some((351095424313300, "97h31m35.4243133s")),
        ),
        (".033298413us", Some((33, "33ns"))),
        ("25884h", Some((93182400000000000, "25884h0m0s"))),
        ("-005.0μs", Some((-5000, "-5µs"))),
        ("-9.888831421336800µs", Some((-9888, "-9.888µs"))),
        ("+0us", Some((0, "0s"))),
        (
            "7252308937474174.ns",
            Some((7252308937474174, "2014h31m48.937474174s")),
        ),
        (
            "+611642859601.ns7234985409.3us",
            Some((7846628268901, "2h10m46.628268901s")),
        ),
        (
            "654.4586709858413322114557550µs18μs",
            Some((672458, "672.458µs")),
        ),
        ("545053596us", Some((545053596000, "9m5.053596s"))),
        ("+us64881.84275327139087841692d2d", None),
        ("-4μs892186653735s", None),
        ("+8737567759399154ms", None),
        ("61000.9d6.592576648695661", None),
        ("d346522235.57724406469507676692ns", None),
        ("50302589665051175958ms", None),
        ("21131399992394969156μs9us3μs", None),
        ("33203", None),
        ("ns", None),
        ("+2083042037205752m4738300499663772m", None),
        ("911102924070h", None),
        ("+37290638185840714630.682344268", None),
        ("-479609463120.7μs87228x", None),
        ("81304.764044748ms87S", None),
        ("-2370277356214983905us", None),
        ("+h", None),
        ("0d", None),
        ("35.570x04648ns", None),
        ("-176800644140975457664us", None),
        ("+4m4436760664270560725S", None),
    ];

    #[test]
    fn matches_go_on_sampled_inputs() {
        for &(input, want) in GO_SAMPLES {
            let got = Duration::parse(input).ok();
            assert_eq!(
                got.map(|d| (d.as_nanos(), d.to_string())),
                want.map(|(n, s)| (n, s.to_owned())),
                "input {input:?}"
            );
        }
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
        let cases: [(Duration, &[u8]); 4] = [
            (Duration::ZERO, &[0x08, 0x00]),
            (Duration::from_nanos(300), &[0x08, 0xac, 0x02]),
            (
                Duration::from_secs(1),
                &[0x08, 0x80, 0x94, 0xeb, 0xdc, 0x03],
            ),
            (
                Duration::from_nanos(-1),
                &[
                    0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01,
                ],
            ),
        ];
        for (v, body) in cases {
            assert_eq!(proto::to_vec(&v), body, "{v}");
            assert_eq!(v.value_len(), body.len());
            assert_eq!(proto::from_slice::<Duration>(body).unwrap(), v);
            let f = proto_field(3, &v);
            assert_eq!(f[0], 0x1a);
            assert_eq!(usize::from(f[1]), body.len());
            assert_eq!(from_proto_field::<Duration>(&f).unwrap(), v);
            assert_truncations_fail::<Duration>(&f);
        }
        for v in [
            Duration::from_nanos(i64::MIN),
            Duration::from_nanos(i64::MAX),
        ] {
            assert_eq!(
                proto::from_slice::<Duration>(&proto::to_vec(&v)).unwrap(),
                v
            );
        }
    }

    #[test]
    fn protobuf_decode_rules() {
        let d = |b: &[u8]| proto::from_slice::<Duration>(b);
        assert_eq!(d(b"").unwrap(), Duration::ZERO);
        // Unknown fields skipped; the last value wins.
        assert_eq!(
            d(&[0x12, 0x01, 0x00, 0x08, 0x01, 0x08, 0x05]).unwrap(),
            Duration::from_nanos(5)
        );
        // A message without the field merges nothing.
        let mut v = Duration::from_secs(2);
        ProtoValue::merge_value(&mut v, &mut ProtoReader::new(&[0x00])).unwrap();
        assert_eq!(v, Duration::from_secs(2));
        // Wrong wire types.
        let e = d(&[0x0a, 0x00]).unwrap_err();
        assert!(e.to_string().contains("wire type"), "{e}");
        let mut v = Duration::ZERO;
        let e =
            field::merge(&mut ProtoReader::new(&[0x05]), 3, WireType::Varint, &mut v).unwrap_err();
        assert!(e.to_string().contains("wire type"), "{e}");
        // Truncated varint.
        assert!(d(&[0x08, 0x80]).is_err());
    }
}

/// CBOR: Go's text of the duration (`"1h2m3s"`) as a byte string, the form its JSON and
/// unstructured (`ToUnstructured`) conversions use; decoding takes a byte or text string.
/// No type of the Kubernetes API holds a `Duration`, so the API server's CBOR has no example
/// of it; this is kcodec's choice for users' own types.
#[cfg(feature = "cbor")]
mod cbor {
    use kcodec::cbor::{write, CborDecode, CborEncode, CborReader};

    use super::Duration;

    impl CborEncode for Duration {
        fn encode_cbor(&self, out: &mut Vec<u8>) {
            let mut buf = [0u8; 32];
            let w = self.format(&mut buf);
            write::write_bytes(out, &buf[w..]);
        }
    }

    impl CborDecode for Duration {
        fn decode_cbor(r: &mut CborReader<'_>) -> kcodec::Result<Self> {
            let start = r.offset();
            let s = r.standalone(|r| r.read_str())?;
            let text = std::str::from_utf8(&s).unwrap_or("\u{fffd}");
            Duration::parse(text).map_err(|e| kcodec::Error::invalid_value(e.to_string(), start))
        }

        fn decode_cbor_into(&mut self, r: &mut CborReader<'_>) -> kcodec::Result<()> {
            if !r.eat_null()? {
                *self = Self::decode_cbor(r)?;
            }
            Ok(())
        }
    }
}
