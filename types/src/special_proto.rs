//! Protobuf codecs of the special value types, each a small Kubernetes message:
//!
//! | type | message | rule |
//! |---|---|---|
//! | `Time` | `{int64 seconds = 1; int32 nanos = 2}` | zero time = empty body; else both written, nanos 0 |
//! | `MicroTime` | same | nanos truncated to µs; zero = empty body |
//! | `Duration` | `{int64 duration = 1}` | nanoseconds, always written |
//! | `Quantity` | `{string string = 1}` | canonical string, always written |
//! | `IntOrString` | `{int64 type = 1; int32 intVal = 2; string strVal = 3}` | all three always written |
//! | `RawExtension` | `{bytes raw = 1}` | written iff `Some` (bytes kept as they are) |
//! | `FieldsV1` | `{bytes Raw = 1}` | written iff non-empty |

use kcodec::proto::{field, ProtoReader, ProtoValue, RevBuf, WireType};
use kcodec::{Binary, Result, Str};

use crate::intstr::IntOrString;
use crate::meta::v1::{Duration, FieldsV1, MicroTime, Time};
use crate::resource::Quantity;
use crate::runtime::RawExtension;

/// Decode the fields of a nested message with `f(field, wire, reader)`, skipping the fields
/// `f` does not take (it returns `Ok(false)` for those without consuming anything).
fn message_fields(
    r: &mut ProtoReader<'_>,
    mut f: impl FnMut(u32, WireType, &mut ProtoReader<'_>) -> Result<bool>,
) -> Result<()> {
    r.nested(|r| {
        while !r.at_end() {
            let (number, wire) = r.read_key()?;
            if !f(number, wire, r)? {
                r.skip(wire)?;
            }
        }
        Ok(())
    })
}

/// `(seconds, nanos)` message body length.
fn timestamp_len(seconds: i64, nanos: i32) -> usize {
    field::len(1, &seconds) + field::len(2, &nanos)
}

fn encode_timestamp(w: &mut RevBuf, seconds: i64, nanos: i32) {
    field::encode(w, 2, &nanos);
    field::encode(w, 1, &seconds);
}

/// Read `(seconds, nanos)`; `None` for an empty message (the zero time).
fn decode_timestamp(r: &mut ProtoReader<'_>) -> Result<Option<(i64, i32)>> {
    let (mut seconds, mut nanos, mut any) = (0i64, 0i32, false);
    message_fields(r, |number, wire, r| {
        match number {
            1 => field::merge(r, 1, wire, &mut seconds)?,
            2 => field::merge(r, 2, wire, &mut nanos)?,
            _ => return Ok(false),
        }
        any = true;
        Ok(true)
    })?;
    Ok(any.then_some((seconds, nanos)))
}

impl ProtoValue for Time {
    const WIRE_TYPE: WireType = WireType::Len;

    fn value_len(&self) -> usize {
        if self.is_zero() {
            0
        } else {
            timestamp_len(self.unix_seconds(), 0)
        }
    }

    fn encode_value_rev(&self, w: &mut RevBuf) {
        if !self.is_zero() {
            encode_timestamp(w, self.unix_seconds(), 0);
        }
    }

    /// Nanoseconds are ignored, as Kubernetes' `Time.Unmarshal` ignores them.
    fn merge_value(&mut self, r: &mut ProtoReader<'_>) -> Result<()> {
        *self = match decode_timestamp(r)? {
            Some((seconds, _)) => Time::from_unix(seconds),
            None => Time::ZERO,
        };
        Ok(())
    }
}

impl ProtoValue for MicroTime {
    const WIRE_TYPE: WireType = WireType::Len;

    fn value_len(&self) -> usize {
        if self.is_zero() {
            0
        } else {
            timestamp_len(self.unix_seconds(), self.subsec_nanos() as i32)
        }
    }

    fn encode_value_rev(&self, w: &mut RevBuf) {
        if !self.is_zero() {
            encode_timestamp(w, self.unix_seconds(), self.subsec_nanos() as i32);
        }
    }

    fn merge_value(&mut self, r: &mut ProtoReader<'_>) -> Result<()> {
        *self = match decode_timestamp(r)? {
            Some((seconds, nanos)) => MicroTime::from_unix(seconds, (nanos as i64 / 1000) * 1000),
            None => MicroTime::ZERO,
        };
        Ok(())
    }
}

impl ProtoValue for Duration {
    const WIRE_TYPE: WireType = WireType::Len;

    fn value_len(&self) -> usize {
        field::len(1, &self.as_nanos())
    }

    fn encode_value_rev(&self, w: &mut RevBuf) {
        field::encode(w, 1, &self.as_nanos());
    }

    fn merge_value(&mut self, r: &mut ProtoReader<'_>) -> Result<()> {
        let mut nanos = self.as_nanos();
        message_fields(r, |number, wire, r| match number {
            1 => field::merge(r, 1, wire, &mut nanos).map(|_| true),
            _ => Ok(false),
        })?;
        *self = Duration::from_nanos(nanos);
        Ok(())
    }
}

impl ProtoValue for Quantity {
    const WIRE_TYPE: WireType = WireType::Len;

    fn value_len(&self) -> usize {
        let s = self.as_str();
        1 + kcodec::proto::varint_len(s.len() as u64) + s.len()
    }

    fn encode_value_rev(&self, w: &mut RevBuf) {
        let s = self.as_str();
        w.put_slice(s.as_bytes());
        w.put_varint(s.len() as u64);
        w.put_key(1, WireType::Len);
    }

    /// The string is parsed (and canonicalized) as JSON decoding does.
    fn merge_value(&mut self, r: &mut ProtoReader<'_>) -> Result<()> {
        let mut s = Str::default();
        let mut at = r.offset();
        message_fields(r, |number, wire, r| match number {
            1 => {
                at = r.offset();
                field::merge(r, 1, wire, &mut s).map(|_| true)
            }
            _ => Ok(false),
        })?;
        *self = Quantity::parse(&s)
            .map_err(|e| kcodec::Error::invalid_value(format!("invalid quantity: {e}"), at))?;
        Ok(())
    }
}

impl ProtoValue for IntOrString {
    const WIRE_TYPE: WireType = WireType::Len;

    fn value_len(&self) -> usize {
        match self {
            IntOrString::Int(v) => field::len(1, &0i64) + field::len(2, v) + 2,
            IntOrString::String(s) => {
                field::len(1, &1i64) + field::len(2, &0i32) + field::len(3, s)
            }
        }
    }

    fn encode_value_rev(&self, w: &mut RevBuf) {
        let (ty, int, s): (i64, i32, &str) = match self {
            IntOrString::Int(v) => (0, *v, ""),
            IntOrString::String(s) => (1, 0, s.as_str()),
        };
        w.put_slice(s.as_bytes());
        w.put_varint(s.len() as u64);
        w.put_key(3, WireType::Len);
        field::encode(w, 2, &int);
        field::encode(w, 1, &ty);
    }

    fn merge_value(&mut self, r: &mut ProtoReader<'_>) -> Result<()> {
        let (mut ty, mut int, mut s) = (0i64, 0i32, Str::default());
        message_fields(r, |number, wire, r| {
            match number {
                1 => field::merge(r, 1, wire, &mut ty)?,
                2 => field::merge(r, 2, wire, &mut int)?,
                3 => field::merge(r, 3, wire, &mut s)?,
                _ => return Ok(false),
            }
            Ok(true)
        })?;
        *self = if ty == 1 {
            IntOrString::String(s)
        } else {
            IntOrString::Int(int)
        };
        Ok(())
    }
}

impl ProtoValue for RawExtension {
    const WIRE_TYPE: WireType = WireType::Len;

    fn value_len(&self) -> usize {
        match &self.raw {
            Some(raw) => 1 + kcodec::proto::varint_len(raw.len() as u64) + raw.len(),
            None => 0,
        }
    }

    fn encode_value_rev(&self, w: &mut RevBuf) {
        if let Some(raw) = &self.raw {
            w.put_slice(raw);
            w.put_varint(raw.len() as u64);
            w.put_key(1, WireType::Len);
        }
    }

    /// The bytes are kept as they are (they may be JSON or a protobuf envelope).
    fn merge_value(&mut self, r: &mut ProtoReader<'_>) -> Result<()> {
        let mut raw = self.raw.take();
        message_fields(r, |number, wire, r| match number {
            1 => {
                let mut b = Binary::default();
                field::merge(r, 1, wire, &mut b)?;
                raw = Some(b.0);
                Ok(true)
            }
            _ => Ok(false),
        })?;
        self.raw = raw;
        Ok(())
    }
}

impl ProtoValue for FieldsV1 {
    const WIRE_TYPE: WireType = WireType::Len;

    fn value_len(&self) -> usize {
        if self.raw.is_empty() {
            0
        } else {
            1 + kcodec::proto::varint_len(self.raw.len() as u64) + self.raw.len()
        }
    }

    fn encode_value_rev(&self, w: &mut RevBuf) {
        if !self.raw.is_empty() {
            w.put_slice(&self.raw);
            w.put_varint(self.raw.len() as u64);
            w.put_key(1, WireType::Len);
        }
    }

    fn merge_value(&mut self, r: &mut ProtoReader<'_>) -> Result<()> {
        let mut raw = std::mem::take(&mut self.raw);
        message_fields(r, |number, wire, r| match number {
            1 => {
                let mut b = Binary::default();
                field::merge(r, 1, wire, &mut b)?;
                raw = b.0;
                Ok(true)
            }
            _ => Ok(false),
        })?;
        self.raw = raw;
        Ok(())
    }
}
