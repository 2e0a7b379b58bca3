//! Protobuf: the traits generated code implements, the back-to-front writer and the
//! bounds-checked reader it drives, and the entry points users call.
//!
//! Wire rules are Kubernetes' (gogo-protobuf, proto2): fields in ascending field-number
//! order; non-`Option` scalars and structs always written, `Option` iff `Some`, repeated
//! fields and maps iff non-empty; repeated scalars not packed (both forms accepted); map
//! entries sorted by key; negative integers as 10-byte varints. Unknown fields are skipped.
//!
//! Invalid UTF-8 in a string field is an error (Kubernetes does not check; kcodec's string
//! types cannot hold it, and failing loudly beats silently changing bytes).

pub mod envelope;
pub mod field;
mod impls;
mod read;
mod write;

pub use read::{ProtoOptions, ProtoReader};
pub use write::{key_len, put_varint, varint_len, RevBuf};

use crate::error::Result;

/// Protobuf wire types.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum WireType {
    /// Varint (int32, int64, uint32, uint64, bool, enum).
    Varint = 0,
    /// 8 bytes (fixed64, sfixed64, double).
    Fixed64 = 1,
    /// Length-delimited (string, bytes, messages, packed repeated).
    Len = 2,
    /// Start of a group (deprecated; skipped only).
    StartGroup = 3,
    /// End of a group (deprecated; skipped only).
    EndGroup = 4,
    /// 4 bytes (fixed32, sfixed32, float).
    Fixed32 = 5,
}

/// A value that can be one protobuf field's payload: a scalar, a string, bytes, or a
/// message. Field-level rules (presence, repetition, maps) live in [`field`].
///
/// Every value also declares its protobuf type ([`ProtoField`](crate::schema::ProtoField)),
/// which `#[derive(Proto)]` implements beside this trait: so a type that is not a protobuf
/// value is one missing trait, reported once.
#[diagnostic::on_unimplemented(
    message = "kcodec: `{Self}` is not a protobuf value",
    label = "`{Self}` does not implement `kcodec::proto::ProtoValue`",
    note = "for a struct or enum of yours, add `#[derive(kcodec::Json, kcodec::Proto)]` to it",
    note = "protobuf values are bool, i32, i64, u32, u64, f32, f64, String, Str, Binary and \
            types deriving `kcodec::Proto` (maps: `BTreeMap`, not `HashMap`; integers: \
            `i32`/`u32`/`i64`/`u64`, not `u8`/`u16`/`i8`/`i16`/`usize`)"
)]
pub trait ProtoValue: Default + crate::schema::ProtoField {
    /// The wire type of the encoded value.
    const WIRE_TYPE: WireType;

    /// Whether the value may appear packed in a repeated field (numeric scalars).
    const PACKABLE: bool = false;

    /// Encoded size of the value without key; for length-delimited values, without the
    /// length prefix either.
    fn value_len(&self) -> usize;

    /// Prepend the encoded value (for length-delimited values, the body only: the caller
    /// prepends the length).
    fn encode_value_rev(&self, w: &mut RevBuf);

    /// Decode a value of [`Self::WIRE_TYPE`] from `r` and merge it into `self` (for messages,
    /// field by field; for scalars, replace). For length-delimited values the reader is
    /// positioned on the length prefix.
    fn merge_value(&mut self, r: &mut ProtoReader<'_>) -> Result<()>;

    /// Whether a field holding this value directly (not in an `Option`, a list or a map) is
    /// left out of its message. Never, by default; [`Binary`](crate::Binary) when empty (Go
    /// writes a `[]byte` field iff non-nil, and an empty `Binary` stands for nil).
    #[inline(always)]
    fn omit_field(&self) -> bool {
        false
    }
}

/// A protobuf message: `#[derive(Proto)]` implements it (and [`ProtoValue`]) for structs.
pub trait ProtoMessage: Default {
    /// Exact encoded size of the message body.
    fn encoded_len(&self) -> usize;

    /// Prepend the message body, last field first.
    fn encode_rev(&self, w: &mut RevBuf);

    /// Decode fields until the reader's window ends, merging into `self`.
    fn merge(&mut self, r: &mut ProtoReader<'_>) -> Result<()>;
}

/// Implement [`ProtoValue`] for types that implement [`ProtoMessage`] by hand: the value is
/// the length-delimited message (what `#[derive(Proto)]` emits for structs).
#[macro_export]
macro_rules! proto_message_value {
    ($($t:ty),* $(,)?) => {$(
        impl $crate::proto::ProtoValue for $t {
            const WIRE_TYPE: $crate::proto::WireType = $crate::proto::WireType::Len;

            #[inline]
            fn value_len(&self) -> usize {
                $crate::proto::ProtoMessage::encoded_len(self)
            }

            #[inline]
            fn encode_value_rev(&self, w: &mut $crate::proto::RevBuf) {
                $crate::proto::ProtoMessage::encode_rev(self, w)
            }

            #[inline]
            fn merge_value(
                &mut self,
                r: &mut $crate::proto::ProtoReader<'_>,
            ) -> $crate::Result<()> {
                $crate::proto::field::merge_message(r, self)
            }
        }
    )*};
}

/// Encode a message body into a new `Vec` (exactly sized: one allocation).
pub fn to_vec<T: ProtoMessage>(msg: &T) -> Vec<u8> {
    let mut w = RevBuf::with_capacity(msg.encoded_len());
    msg.encode_rev(&mut w);
    w.into_vec()
}

/// Encode a message body into `w`, reusing its allocation (no allocation once it is large
/// enough). The bytes are `w.as_slice()`.
///
/// The message is walked once: a buffer that already has room is written without sizing
/// the message first, and grows (doubling, the bytes written so far moved once per step)
/// if the message does not fit. Only a buffer without any allocation is sized exactly
/// first. On large values (a LIST of 10,000 Pods, hundreds of MB of objects) the second
/// walk of `to_vec`'s sizing pass is as costly as the encode itself: it reads every object
/// from memory again.
pub fn encode_into<T: ProtoMessage>(msg: &T, w: &mut RevBuf) {
    let size = if w.capacity() == 0 {
        msg.encoded_len()
    } else {
        0
    };
    w.clear_with_capacity(size);
    msg.encode_rev(w);
}

/// Decode a message body (default options).
pub fn from_slice<T: ProtoMessage>(input: &[u8]) -> Result<T> {
    from_slice_with(input, ProtoOptions::default())
}

/// Decode a message body with options.
pub fn from_slice_with<T: ProtoMessage>(input: &[u8], opts: ProtoOptions) -> Result<T> {
    let mut r = ProtoReader::with_options(input, opts);
    let mut v = T::default();
    v.merge(&mut r)?;
    Ok(v)
}

/// Decode a message body from shared bytes: as [`from_slice`], but every string field longer
/// than [`Str::INLINE_CAPACITY`](crate::Str::INLINE_CAPACITY) is a slice of `input` instead of
/// a copy (the value keeps `input`'s buffer alive).
pub fn from_bytes<T: ProtoMessage>(input: &bytes::Bytes) -> Result<T> {
    from_bytes_with(input, ProtoOptions::default())
}

/// [`from_bytes`] with options.
pub fn from_bytes_with<T: ProtoMessage>(input: &bytes::Bytes, opts: ProtoOptions) -> Result<T> {
    let mut r = ProtoReader::from_bytes(input, opts);
    let mut v = T::default();
    v.merge(&mut r)?;
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A message of one repeated string field (tag 1); its size counts the calls.
    #[derive(Default)]
    struct Chunks(Vec<String>, std::cell::Cell<usize>);

    impl ProtoMessage for Chunks {
        fn encoded_len(&self) -> usize {
            self.1.set(self.1.get() + 1);
            self.0.iter().map(|c| field::len(1, c)).sum()
        }

        fn encode_rev(&self, w: &mut RevBuf) {
            for c in self.0.iter().rev() {
                field::encode(w, 1, c);
            }
        }

        fn merge(&mut self, r: &mut ProtoReader<'_>) -> Result<()> {
            while !r.at_end() {
                let (_, _) = r.read_key()?;
                self.0
                    .push(String::from_utf8(r.read_len_delimited()?.to_vec()).unwrap());
            }
            Ok(())
        }
    }

    fn chunks(n: usize) -> Chunks {
        Chunks(
            (0..n).map(|i| "x".repeat(i % 300)).collect(),
            Default::default(),
        )
    }

    /// A reused buffer is written without sizing the message; too small, it grows; every
    /// result is `to_vec`'s bytes.
    #[test]
    fn encode_into_reuses_and_grows() {
        let mut w = RevBuf::new();
        for n in [3, 1, 50, 2, 400, 0, 400, 1000] {
            let msg = chunks(n);
            let first = w.capacity() == 0;
            encode_into(&msg, &mut w);
            assert_eq!(
                msg.1.get(),
                usize::from(first),
                "sized only into an empty buffer"
            );
            let expected = to_vec(&msg);
            assert_eq!(w.as_slice(), &expected[..], "{n} chunks");
            let back: Chunks = from_slice(w.as_slice()).unwrap();
            assert_eq!(back.0, msg.0);
        }
    }
}
