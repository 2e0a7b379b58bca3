//! The special types' text forms, which the object targets reach only inside whole
//! documents: any string read as a `Quantity`, `Time`, `MicroTime`, `Duration` and
//! `IntOrString`. Whatever parses must print a canonical form that parses back to an equal
//! value and prints the same again (a `Quantity` from its second reading on, below), and
//! survive JSON and protobuf.
#![no_main]

use std::cmp::Ordering;
use std::fmt::{Debug, Display};
use std::str::FromStr;

use kcodec_types::intstr::IntOrString;
use kcodec_types::meta::v1::{Duration, MicroTime, Time};
use kcodec_types::resource::Quantity;
use libfuzzer_sys::fuzz_target;

/// `value` prints a form that parses to an equal value printing the same.
fn fixed_point<T>(value: &T)
where
    T: FromStr + Display + Codecs,
    <T as FromStr>::Err: Debug,
{
    let text = value.to_string();
    let again: T = text.parse().expect("the canonical form parses");
    assert_eq!(&again, value, "{text}");
    assert_eq!(again.to_string(), text);
    survives_codecs(value);
}

/// A time read with an offset may fall outside the years 0000–9999 in UTC. Go writes those
/// years (`-0001`, `10000`) but its RFC 3339 parser cannot read them back, and neither can
/// kcodec; inside that range the text is a fixed point.
fn time_round_trip<T>(t: &T)
where
    T: FromStr + Display + Codecs,
    <T as FromStr>::Err: Debug,
{
    let text = t.to_string();
    let four_digit_year = text.as_bytes().get(4) == Some(&b'-')
        && text.as_bytes()[..4].iter().all(u8::is_ascii_digit);
    if four_digit_year {
        fixed_point(t);
    } else {
        assert!(text.parse::<T>().is_err(), "{text} reads back");
    }
}

/// What the special types are on the wire.
trait Codecs:
    kcodec::JsonDecode + kcodec::JsonEncode + kcodec::proto::ProtoMessage + PartialEq + Debug
{
}
impl<T> Codecs for T where
    T: kcodec::JsonDecode + kcodec::JsonEncode + kcodec::proto::ProtoMessage + PartialEq + Debug
{
}

/// `value`'s JSON and protobuf forms decode to an equal value.
fn survives_codecs<T: Codecs>(value: &T) {
    let json = kcodec::json::to_vec(value).expect("scalars always encode");
    assert_eq!(
        &kcodec::json::from_slice::<T>(&json).expect("own JSON"),
        value
    );
    let pb = kcodec::proto::to_vec(value);
    assert_eq!(
        &kcodec::proto::from_slice::<T>(&pb).expect("own protobuf"),
        value
    );
}

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(q) = Quantity::parse(s) {
        // The amount survives; the text is a fixed point from the second reading on. The
        // suffix is all the text keeps of the format, so a whole binary-SI amount that is
        // no multiple of 1024 (written without one) reads back as decimal SI, as in Go:
        // "7.8125Ki" → "8000" → "8k".
        let again = Quantity::parse(q.as_str()).expect("the canonical form parses");
        assert_eq!(q.cmp_value(&again), Ordering::Equal, "{s} → {q} → {again}");
        fixed_point(&again);
        let _ = (
            q.value(),
            q.milli_value(),
            q.scaled_value(-9),
            q.as_i64(),
            q.signum(),
        );
    }
    if let Ok(t) = s.parse::<Time>() {
        time_round_trip(&t);
    }
    if let Ok(t) = s.parse::<MicroTime>() {
        time_round_trip(&t);
    }
    if let Ok(d) = s.parse::<Duration>() {
        fixed_point(&d);
    }
    // `intstr.Parse` cannot fail: an int32 in decimal, or else the string.
    let v = IntOrString::parse(s);
    assert_eq!(IntOrString::parse(&v.to_string()), v);
    survives_codecs(&v);
});
