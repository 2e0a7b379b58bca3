//! `ProtoValue` for scalars, strings and bytes.

use super::{ProtoReader, ProtoValue, RevBuf, WireType};
use crate::error::Result;
use crate::string::utf8;
use crate::{Binary, Str};

macro_rules! varint_impl {
    ($($t:ty => |$v:ident| $enc:expr, |$d:ident| $dec:expr;)*) => {$(
        impl ProtoValue for $t {
            const WIRE_TYPE: WireType = WireType::Varint;
            const PACKABLE: bool = true;
            #[inline(always)]
            fn value_len(&self) -> usize {
                let $v = *self;
                super::varint_len($enc)
            }
            #[inline(always)]
            fn encode_value_rev(&self, w: &mut RevBuf) {
                let $v = *self;
                w.put_varint($enc);
            }
            #[inline(always)]
            fn merge_value(&mut self, r: &mut ProtoReader<'_>) -> Result<()> {
                let $d = r.read_varint()?;
                *self = $dec;
                Ok(())
            }
        }
    )*};
}

// Negative int32/int64 are sign-extended to 64 bits (10-byte varints), as Go casts to
// uint64; decoding truncates as Go does (`int32(v)`).
varint_impl! {
    i32 => |v| v as i64 as u64, |d| d as i32;
    i64 => |v| v as u64, |d| d as i64;
    u32 => |v| v as u64, |d| d as u32;
    u64 => |v| v, |d| d;
    bool => |v| v as u64, |d| d != 0;
}

impl ProtoValue for f64 {
    const WIRE_TYPE: WireType = WireType::Fixed64;
    const PACKABLE: bool = true;
    fn value_len(&self) -> usize {
        8
    }
    fn encode_value_rev(&self, w: &mut RevBuf) {
        w.put_slice(&self.to_bits().to_le_bytes());
    }
    fn merge_value(&mut self, r: &mut ProtoReader<'_>) -> Result<()> {
        *self = f64::from_bits(r.read_fixed64()?);
        Ok(())
    }
}

impl ProtoValue for f32 {
    const WIRE_TYPE: WireType = WireType::Fixed32;
    const PACKABLE: bool = true;
    fn value_len(&self) -> usize {
        4
    }
    fn encode_value_rev(&self, w: &mut RevBuf) {
        w.put_slice(&self.to_bits().to_le_bytes());
    }
    fn merge_value(&mut self, r: &mut ProtoReader<'_>) -> Result<()> {
        *self = f32::from_bits(r.read_fixed32()?);
        Ok(())
    }
}

#[inline]
fn read_utf8<'de>(r: &mut ProtoReader<'de>) -> Result<&'de str> {
    let start = r.offset();
    utf8(r.read_len_delimited()?).map_err(|e| {
        crate::Error::new(
            crate::ErrorKind::Wire {
                message: format!(
                    "invalid UTF-8 in string field (byte {} of the string)",
                    e.valid_up_to()
                ),
            },
            start,
        )
    })
}

impl ProtoValue for String {
    const WIRE_TYPE: WireType = WireType::Len;
    fn value_len(&self) -> usize {
        self.len()
    }
    fn encode_value_rev(&self, w: &mut RevBuf) {
        w.put_slice(self.as_bytes());
    }
    fn merge_value(&mut self, r: &mut ProtoReader<'_>) -> Result<()> {
        let s = read_utf8(r)?;
        self.clear();
        self.push_str(s);
        Ok(())
    }
}

impl ProtoValue for Str {
    const WIRE_TYPE: WireType = WireType::Len;
    #[inline(always)]
    fn value_len(&self) -> usize {
        self.wire_bytes().len()
    }
    #[inline(always)]
    fn encode_value_rev(&self, w: &mut RevBuf) {
        w.put_slice(self.wire_bytes());
    }
    /// Any bytes, as Go's strings: bytes that are not UTF-8 are kept (see [`Str::from_wire`]).
    #[inline]
    fn merge_value(&mut self, r: &mut ProtoReader<'_>) -> Result<()> {
        let bytes = r.read_len_delimited()?;
        *self = match utf8(bytes) {
            Ok(s) => r.str_of(s),
            Err(_) => Str::from_wire(bytes),
        };
        Ok(())
    }
}

impl ProtoValue for Binary {
    const WIRE_TYPE: WireType = WireType::Len;
    fn value_len(&self) -> usize {
        self.0.len()
    }
    fn encode_value_rev(&self, w: &mut RevBuf) {
        w.put_slice(&self.0);
    }
    fn merge_value(&mut self, r: &mut ProtoReader<'_>) -> Result<()> {
        let b = r.read_len_delimited()?;
        self.0.clear();
        self.0.extend_from_slice(b);
        Ok(())
    }
    #[inline(always)]
    fn omit_field(&self) -> bool {
        self.0.is_empty()
    }
}

impl<T: ProtoValue> ProtoValue for Box<T> {
    const WIRE_TYPE: WireType = T::WIRE_TYPE;
    const PACKABLE: bool = T::PACKABLE;
    fn value_len(&self) -> usize {
        (**self).value_len()
    }
    fn encode_value_rev(&self, w: &mut RevBuf) {
        (**self).encode_value_rev(w)
    }
    fn merge_value(&mut self, r: &mut ProtoReader<'_>) -> Result<()> {
        (**self).merge_value(r)
    }
}
