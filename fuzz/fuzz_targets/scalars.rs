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
    <T as FromStr>::Err: std::fmt::Debug,
{
    let text = value.to_string();
    let again: T = text.parse().expect("the canonical form parses");
    assert_eq!(&again, value, "{text}");
    assert_eq!(again.to_string(), text);
    survives_codecs(value);
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
    let json = kcodec::json::to_vec(value);
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
        fixed_point(&t);
    }
    if let Ok(t) = s.parse::<MicroTime>() {
        fixed_point(&t);
    }
    if let Ok(d) = s.parse::<Duration>() {
        fixed_point(&d);
    }
    // `intstr.Parse` cannot fail: an int32 in decimal, or else the string.
    let v = IntOrString::parse(s);
    assert_eq!(IntOrString::parse(&v.to_string()), v);
    survives_codecs(&v);
});
