//! Field-level encoding rules, called by generated code: one function per presence rule
//! (always, `Option`, repeated, map), each with its size twin, and [`FieldCodec`], which
//! picks the rule from the field's Rust type.

use std::collections::BTreeMap;

use super::{key_len, varint_len, ProtoReader, ProtoValue, RevBuf, WireType};
use crate::error::Result;
use crate::schema::{self, ProtoField};
use crate::{List, Map};

/// A Rust type that can be the type of a protobuf message field, with the presence rule its
/// shape implies: a [`ProtoValue`] is always written (but for an empty `Binary`, see
/// [`ProtoValue::omit_field`]), `Option<T>` iff `Some`, `Vec<T>` once per element
/// (unpacked), `BTreeMap<K, V>` once per entry, in key order; [`List`] and [`Map`] (and
/// `Option<Vec<T>>`, `Option<BTreeMap<K, V>>`) as the collection, nil being no occurrence.
///
/// `#[derive(Proto)]` calls these methods rather than choosing a rule from the field's
/// syntax, so a type alias (`type Labels = BTreeMap<Str, Str>`) or a path spelled any
/// way works as a field type. Everything is inlined: the generated code is the same as
/// calling the rule's function directly.
#[diagnostic::on_unimplemented(
    message = "kcodec: `{Self}` cannot be a protobuf field",
    label = "not a protobuf field type",
    note = "a protobuf field is bool, i32, i64, u32, u64, f32, f64, String, Str, Binary, a type \
            deriving `kcodec::Proto`, or an `Option`, `Vec` or `BTreeMap` of those (and \
            `kcodec::List<T>`/`kcodec::Map<K, V>` or `Option<Vec<T>>`/`Option<BTreeMap<K, V>>`, \
            nil kept apart from empty)",
    note = "for a struct or enum of yours, add `#[derive(kcodec::Json, kcodec::Proto)]` to it",
    note = "use `BTreeMap` instead of `HashMap`, and `i32`/`u32`/`i64`/`u64` instead of \
            `u8`/`u16`/`i8`/`i16`/`usize`"
)]
pub trait FieldCodec {
    /// Size of the field (keys included; 0 when it is left out).
    fn field_len(&self, tag: u32) -> usize;

    /// Prepend the field.
    fn encode_field(&self, w: &mut RevBuf, tag: u32);

    /// Decode one occurrence of the field (whose key, `tag` and `wire`, was just read) into
    /// `self`.
    fn merge_field(&mut self, r: &mut ProtoReader<'_>, tag: u32, wire: WireType) -> Result<()>;

    /// How a field of this type is declared (the schema twin of the rule).
    fn field_schema() -> schema::FieldType;
}

impl<T: ProtoValue> FieldCodec for T {
    #[inline(always)]
    fn field_len(&self, tag: u32) -> usize {
        if self.omit_field() {
            0
        } else {
            len(tag, self)
        }
    }

    #[inline(always)]
    fn encode_field(&self, w: &mut RevBuf, tag: u32) {
        if !self.omit_field() {
            encode(w, tag, self);
        }
    }

    #[inline(always)]
    fn merge_field(&mut self, r: &mut ProtoReader<'_>, tag: u32, wire: WireType) -> Result<()> {
        merge(r, tag, wire, self)
    }

    fn field_schema() -> schema::FieldType {
        T::proto_field()
    }
}

impl<T: ProtoValue> FieldCodec for Option<T> {
    #[inline(always)]
    fn field_len(&self, tag: u32) -> usize {
        len_opt(tag, self)
    }

    #[inline(always)]
    fn encode_field(&self, w: &mut RevBuf, tag: u32) {
        encode_opt(w, tag, self)
    }

    #[inline(always)]
    fn merge_field(&mut self, r: &mut ProtoReader<'_>, tag: u32, wire: WireType) -> Result<()> {
        merge_opt(r, tag, wire, self)
    }

    fn field_schema() -> schema::FieldType {
        <Self as ProtoField>::proto_field()
    }
}

impl<T: ProtoValue> FieldCodec for Vec<T> {
    #[inline(always)]
    fn field_len(&self, tag: u32) -> usize {
        len_repeated(tag, self)
    }

    #[inline(always)]
    fn encode_field(&self, w: &mut RevBuf, tag: u32) {
        encode_repeated(w, tag, self)
    }

    #[inline(always)]
    fn merge_field(&mut self, r: &mut ProtoReader<'_>, tag: u32, wire: WireType) -> Result<()> {
        merge_repeated(r, tag, wire, self)
    }

    fn field_schema() -> schema::FieldType {
        <Self as ProtoField>::proto_field()
    }
}

impl<K: ProtoValue + Ord, V: ProtoValue> FieldCodec for BTreeMap<K, V> {
    #[inline(always)]
    fn field_len(&self, tag: u32) -> usize {
        len_map(tag, self)
    }

    #[inline(always)]
    fn encode_field(&self, w: &mut RevBuf, tag: u32) {
        encode_map(w, tag, self)
    }

    #[inline(always)]
    fn merge_field(&mut self, r: &mut ProtoReader<'_>, tag: u32, wire: WireType) -> Result<()> {
        merge_map(r, tag, wire, self)
    }

    fn field_schema() -> schema::FieldType {
        <Self as ProtoField>::proto_field()
    }
}

impl<T: ProtoValue> FieldCodec for Option<Vec<T>> {
    #[inline(always)]
    fn field_len(&self, tag: u32) -> usize {
        len_opt_repeated(tag, self)
    }

    #[inline(always)]
    fn encode_field(&self, w: &mut RevBuf, tag: u32) {
        encode_opt_repeated(w, tag, self)
    }

    #[inline(always)]
    fn merge_field(&mut self, r: &mut ProtoReader<'_>, tag: u32, wire: WireType) -> Result<()> {
        merge_opt_repeated(r, tag, wire, self)
    }

    fn field_schema() -> schema::FieldType {
        <Self as ProtoField>::proto_field()
    }
}

impl<K: ProtoValue + Ord, V: ProtoValue> FieldCodec for Option<BTreeMap<K, V>> {
    #[inline(always)]
    fn field_len(&self, tag: u32) -> usize {
        len_opt_map(tag, self)
    }

    #[inline(always)]
    fn encode_field(&self, w: &mut RevBuf, tag: u32) {
        encode_opt_map(w, tag, self)
    }

    #[inline(always)]
    fn merge_field(&mut self, r: &mut ProtoReader<'_>, tag: u32, wire: WireType) -> Result<()> {
        merge_opt_map(r, tag, wire, self)
    }

    fn field_schema() -> schema::FieldType {
        <Self as ProtoField>::proto_field()
    }
}

/// As `Option<Vec<T>>`: no occurrence when nil or empty; the first element read makes a
/// nil list non-nil.
impl<T: ProtoValue> FieldCodec for List<T> {
    #[inline(always)]
    fn field_len(&self, tag: u32) -> usize {
        len_opt_repeated(tag, &self.0)
    }

    #[inline(always)]
    fn encode_field(&self, w: &mut RevBuf, tag: u32) {
        encode_opt_repeated(w, tag, &self.0)
    }

    #[inline(always)]
    fn merge_field(&mut self, r: &mut ProtoReader<'_>, tag: u32, wire: WireType) -> Result<()> {
        merge_opt_repeated(r, tag, wire, self.as_option_mut())
    }

    fn field_schema() -> schema::FieldType {
        <Self as ProtoField>::proto_field()
    }
}

/// As `Option<BTreeMap<K, V>>`: no entry when nil or empty; the first entry read makes a
/// nil map non-nil.
impl<K: ProtoValue + Ord, V: ProtoValue> FieldCodec for Map<K, V> {
    #[inline(always)]
    fn field_len(&self, tag: u32) -> usize {
        len_map(tag, self)
    }

    #[inline(always)]
    fn encode_field(&self, w: &mut RevBuf, tag: u32) {
        encode_map(w, tag, self)
    }

    #[inline(always)]
    fn merge_field(&mut self, r: &mut ProtoReader<'_>, tag: u32, wire: WireType) -> Result<()> {
        merge_map(r, tag, wire, self.map_mut())
    }

    fn field_schema() -> schema::FieldType {
        <Self as ProtoField>::proto_field()
    }
}

#[inline(always)]
fn body_len<T: ProtoValue>(v: &T) -> usize {
    let n = v.value_len();
    if T::WIRE_TYPE == WireType::Len {
        varint_len(n as u64) + n
    } else {
        n
    }
}

#[inline(always)]
fn encode_body<T: ProtoValue>(w: &mut RevBuf, v: &T) {
    if T::WIRE_TYPE == WireType::Len {
        let before = w.len();
        v.encode_value_rev(w);
        let n = w.len() - before;
        w.put_varint(n as u64);
    } else {
        v.encode_value_rev(w);
    }
}

/// Size of a field that is always written (a non-`Option` scalar or struct).
#[inline(always)]
pub fn len<T: ProtoValue>(tag: u32, v: &T) -> usize {
    key_len(tag) + body_len(v)
}

/// Prepend a field that is always written.
#[inline(always)]
pub fn encode<T: ProtoValue>(w: &mut RevBuf, tag: u32, v: &T) {
    encode_body(w, v);
    w.put_key(tag, T::WIRE_TYPE);
}

/// Size of a bytes field (written iff non-empty: Go writes a `[]byte` iff non-nil, and an
/// empty `Binary` stands for nil).
#[inline(always)]
pub fn len_bytes(tag: u32, v: &crate::Binary) -> usize {
    if v.is_empty() {
        0
    } else {
        len(tag, v)
    }
}

/// Prepend a bytes field (written iff non-empty).
#[inline(always)]
pub fn encode_bytes(w: &mut RevBuf, tag: u32, v: &crate::Binary) {
    if !v.is_empty() {
        encode(w, tag, v);
    }
}

/// Size of an optional field (written iff `Some`).
#[inline(always)]
pub fn len_opt<T: ProtoValue>(tag: u32, v: &Option<T>) -> usize {
    match v {
        Some(v) => len(tag, v),
        None => 0,
    }
}

/// Prepend an optional field (written iff `Some`).
#[inline(always)]
pub fn encode_opt<T: ProtoValue>(w: &mut RevBuf, tag: u32, v: &Option<T>) {
    if let Some(v) = v {
        encode(w, tag, v);
    }
}

/// Size of a repeated field (unpacked: one key per element).
#[inline]
pub fn len_repeated<T: ProtoValue>(tag: u32, v: &[T]) -> usize {
    let k = key_len(tag);
    v.iter().map(|x| k + body_len(x)).sum()
}

/// Prepend a repeated field, unpacked (as Kubernetes writes repeated scalars).
#[inline]
pub fn encode_repeated<T: ProtoValue>(w: &mut RevBuf, tag: u32, v: &[T]) {
    for x in v.iter().rev() {
        encode(w, tag, x);
    }
}

/// Size of a repeated field that keeps nil apart from empty (`Option<Vec<T>>`, a Go slice
/// without `omitempty`): on the wire both are no occurrence at all.
#[inline]
pub fn len_opt_repeated<T: ProtoValue>(tag: u32, v: &Option<Vec<T>>) -> usize {
    v.as_deref().map_or(0, |v| len_repeated(tag, v))
}

/// Prepend a repeated field that keeps nil apart from empty (`Option<Vec<T>>`).
#[inline]
pub fn encode_opt_repeated<T: ProtoValue>(w: &mut RevBuf, tag: u32, v: &Option<Vec<T>>) {
    if let Some(v) = v {
        encode_repeated(w, tag, v);
    }
}

/// Size of a map field that keeps nil apart from empty (`Option<BTreeMap<K, V>>`).
#[inline]
pub fn len_opt_map<K: ProtoValue, V: ProtoValue>(tag: u32, m: &Option<BTreeMap<K, V>>) -> usize {
    m.as_ref().map_or(0, |m| len_map(tag, m))
}

/// Prepend a map field that keeps nil apart from empty (`Option<BTreeMap<K, V>>`).
#[inline]
pub fn encode_opt_map<K: ProtoValue, V: ProtoValue>(
    w: &mut RevBuf,
    tag: u32,
    m: &Option<BTreeMap<K, V>>,
) {
    if let Some(m) = m {
        encode_map(w, tag, m);
    }
}

#[inline(always)]
fn entry_len<K: ProtoValue, V: ProtoValue>(k: &K, v: &V) -> usize {
    len(1, k) + len(2, v)
}

/// Size of a map field: one `{key = 1, value = 2}` entry message per pair.
#[inline]
pub fn len_map<K: ProtoValue, V: ProtoValue>(tag: u32, m: &BTreeMap<K, V>) -> usize {
    let kl = key_len(tag);
    m.iter()
        .map(|(k, v)| {
            let n = entry_len(k, v);
            kl + varint_len(n as u64) + n
        })
        .sum()
}

/// Prepend a map field, entries in ascending key order (as Go's generated code sorts).
#[inline]
pub fn encode_map<K: ProtoValue, V: ProtoValue>(w: &mut RevBuf, tag: u32, m: &BTreeMap<K, V>) {
    for (k, v) in m.iter().rev() {
        let before = w.len();
        encode(w, 2, v);
        encode(w, 1, k);
        let n = w.len() - before;
        w.put_varint(n as u64);
        w.put_key(tag, WireType::Len);
    }
}

#[inline(always)]
fn check_wire<T: ProtoValue>(r: &ProtoReader<'_>, field: u32, wire: WireType) -> Result<()> {
    if wire != T::WIRE_TYPE {
        return Err(r.wrong_wire_type(field, wire, T::WIRE_TYPE));
    }
    Ok(())
}

/// Decode a field's value into `v` (scalars replace, messages merge).
#[inline(always)]
pub fn merge<T: ProtoValue>(
    r: &mut ProtoReader<'_>,
    field: u32,
    wire: WireType,
    v: &mut T,
) -> Result<()> {
    check_wire::<T>(r, field, wire)?;
    v.merge_value(r)
}

/// Decode an optional field's value (present → `Some`, merged into an existing value).
#[inline]
pub fn merge_opt<T: ProtoValue>(
    r: &mut ProtoReader<'_>,
    field: u32,
    wire: WireType,
    v: &mut Option<T>,
) -> Result<()> {
    check_wire::<T>(r, field, wire)?;
    v.get_or_insert_with(T::default).merge_value(r)
}

/// Decode one occurrence of a repeated field: an element, or (for numeric scalars) a packed
/// run of elements.
#[inline]
pub fn merge_repeated<T: ProtoValue>(
    r: &mut ProtoReader<'_>,
    field: u32,
    wire: WireType,
    v: &mut Vec<T>,
) -> Result<()> {
    if T::PACKABLE && wire == WireType::Len {
        return r.nested(|r| {
            while !r.at_end() {
                r.charge(2 * std::mem::size_of::<T>())?;
                let mut x = T::default();
                x.merge_value(r)?;
                v.push(x);
            }
            Ok(())
        });
    }
    check_wire::<T>(r, field, wire)?;
    let i = v.len();
    if wire != WireType::Len {
        // Twice the element, for the list's growth by doubling.
        r.charge(2 * std::mem::size_of::<T>())?;
    } else if i == v.capacity() {
        // Room for the whole run of this field's elements at once, as an encoder writes
        // them: exact capacity instead of doubling (a list of one element holds one).
        let n = r.run_length(field);
        r.charge(n.saturating_mul(std::mem::size_of::<T>()))?;
        v.reserve_exact(n);
    }
    // Decode in place at the end of the list: no build-then-move of large elements.
    v.push(T::default());
    v[i].merge_value(r).map_err(|e| e.in_index(i))
}

/// Decode one occurrence of a repeated field that keeps nil apart from empty: the first
/// occurrence makes the list (as Go's decoder appends to a nil slice).
#[inline]
pub fn merge_opt_repeated<T: ProtoValue>(
    r: &mut ProtoReader<'_>,
    field: u32,
    wire: WireType,
    v: &mut Option<Vec<T>>,
) -> Result<()> {
    if v.is_none() && T::PACKABLE && wire == WireType::Len {
        // An empty packed run leaves a nil slice nil, as Go's decoders allocate only for a
        // run with elements.
        let mut items = Vec::new();
        merge_repeated(r, field, wire, &mut items)?;
        if !items.is_empty() {
            *v = Some(items);
        }
        return Ok(());
    }
    merge_repeated(r, field, wire, v.get_or_insert_with(Vec::new))
}

/// Decode one entry of a map field that keeps nil apart from empty: the first entry makes
/// the map.
#[inline]
pub fn merge_opt_map<K: ProtoValue + Ord, V: ProtoValue>(
    r: &mut ProtoReader<'_>,
    field: u32,
    wire: WireType,
    m: &mut Option<BTreeMap<K, V>>,
) -> Result<()> {
    merge_map(r, field, wire, m.get_or_insert_with(BTreeMap::new))
}

/// Decode one map entry and insert it (a later duplicate key replaces the earlier one).
///
/// As in Kubernetes' generated decoders, each occurrence of the entry's value (field 2)
/// replaces the value read so far: they decode every occurrence into a fresh value
/// (`mapvalue = &T{}`), where protobuf (and prost) would merge a message value into the
/// earlier one. So an entry whose last value is empty has the empty value. And as there, the
/// key and value are read whatever wire type their key gives, with lengths bounded by the
/// enclosing message ([`ProtoReader::map_entry`]).
#[inline]
pub fn merge_map<K: ProtoValue + Ord, V: ProtoValue>(
    r: &mut ProtoReader<'_>,
    field: u32,
    wire: WireType,
    m: &mut BTreeMap<K, V>,
) -> Result<()> {
    if wire != WireType::Len {
        return Err(r.wrong_wire_type(field, wire, WireType::Len));
    }
    r.charge(2 * (std::mem::size_of::<K>() + std::mem::size_of::<V>()))?;
    let mut k = K::default();
    let mut v = V::default();
    // Kubernetes' generated decoders read the key and value as length-delimited whatever
    // their wire type, bounded by the enclosing message ([`ProtoReader::map_entry`]).
    r.map_entry(|r, f| {
        if f == 1 {
            k.merge_value(r)
        } else {
            v = V::default();
            v.merge_value(r)
        }
    })?;
    m.insert(k, v);
    Ok(())
}

/// Decode a length-delimited message value into `msg` (used by `ProtoValue` impls of
/// messages): reads the length prefix and merges within that window.
#[inline]
pub fn merge_message<T: super::ProtoMessage>(r: &mut ProtoReader<'_>, msg: &mut T) -> Result<()> {
    r.nested(|r| msg.merge(r))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Str;

    #[test]
    fn scalars_encode_like_gogo() {
        let mut w = RevBuf::new();
        encode(&mut w, 7, &-1i64);
        assert_eq!(
            w.as_slice(),
            &[0x38, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]
        );
        assert_eq!(len(7, &-1i64), 11);
        let mut w = RevBuf::new();
        encode(&mut w, 2, &Str::from(""));
        assert_eq!(w.as_slice(), &[0x12, 0x00]);
        let mut w = RevBuf::new();
        encode(&mut w, 4, &-5i32);
        assert_eq!(w.len(), 11, "negative int32 is a 10-byte varint");
    }

    #[test]
    fn maps_sorted_entries() {
        let mut m = BTreeMap::new();
        m.insert(Str::from("labelsKey"), Str::from("labelsValue"));
        let mut w = RevBuf::new();
        encode_map(&mut w, 11, &m);
        let mut want = vec![0x5a, 0x18, 0x0a, 0x09];
        want.extend_from_slice(b"labelsKey");
        want.extend_from_slice(&[0x12, 0x0b]);
        want.extend_from_slice(b"labelsValue");
        assert_eq!(w.as_slice(), &want[..]);
        assert_eq!(len_map(11, &m), want.len());
        let mut r = ProtoReader::new(&want[1..]);
        let mut back = BTreeMap::new();
        merge_map(&mut r, 11, WireType::Len, &mut back).unwrap();
        assert_eq!(back, m);
    }

    /// A message value: a list of strings (field 1), which protobuf's merge would append to.
    #[derive(Debug, Default, PartialEq)]
    struct Names(Vec<Str>);

    impl crate::proto::ProtoMessage for Names {
        fn encoded_len(&self) -> usize {
            len_repeated(1, &self.0)
        }

        fn encode_rev(&self, w: &mut RevBuf) {
            encode_repeated(w, 1, &self.0);
        }

        fn merge(&mut self, r: &mut ProtoReader<'_>) -> Result<()> {
            while !r.at_end() {
                let (tag, wire) = r.read_key()?;
                match tag {
                    1 => merge_repeated(r, 1, wire, &mut self.0)?,
                    _ => r.skip(wire)?,
                }
            }
            Ok(())
        }
    }

    crate::proto_message_value!(Names);

    impl ProtoField for Names {
        fn proto_field() -> schema::FieldType {
            schema::FieldType::Repeated(Box::new(schema::FieldType::Scalar(schema::Scalar::String)))
        }
    }

    /// Kubernetes' generated decoders read each occurrence of a map entry's value into a
    /// fresh value, so the last occurrence is the value, not the merge of all of them (as
    /// protobuf's rule for messages, and prost, would have it).
    #[test]
    fn a_map_value_given_twice_in_one_entry_is_the_last_one() {
        let decode = |entry: &[u8]| {
            let mut input = vec![entry.len() as u8];
            input.extend_from_slice(entry);
            let mut m: BTreeMap<Str, Names> = BTreeMap::new();
            merge_map(&mut ProtoReader::new(&input), 11, WireType::Len, &mut m).unwrap();
            m.remove("k").expect("the key")
        };
        let key = [0x0a, 0x01, b'k'];
        let value = |names: &[u8]| [&[0x12, names.len() as u8][..], names].concat();
        let a = value(&[0x0a, 0x01, b'a']);
        let b = value(&[0x0a, 0x01, b'b']);
        let names = |v: &[&str]| Names(v.iter().map(|s| Str::from(*s)).collect());
        assert_eq!(decode(&[&key[..], &a].concat()), names(&["a"]));
        assert_eq!(decode(&[&key[..], &a, &b].concat()), names(&["b"]));
        assert_eq!(decode(&[&a[..], &key, &b].concat()), names(&["b"]));
        // An empty last value is the empty value.
        assert_eq!(decode(&[&key[..], &a, &value(&[])].concat()), names(&[]));
        // No value at all: the empty value.
        assert_eq!(decode(&key), names(&[]));
    }

    /// A map entry read as Kubernetes' generated decoders read it (checked against
    /// `k8s-oracle` on mutated fixtures): the key and value whatever wire type their key
    /// says, their lengths bounded by the enclosing message, not by the entry.
    #[test]
    fn map_entries_are_read_as_gogo_reads_them() {
        let decode = |input: &[u8]| {
            let mut m: BTreeMap<Str, Str> = BTreeMap::new();
            let mut r = ProtoReader::new(input);
            merge_map(&mut r, 11, WireType::Len, &mut m).map(|()| (m, r.offset()))
        };
        // Key as a varint-typed field 1, value as a fixed32-typed field 2: read as strings.
        let (m, _) = decode(&[6, 0x08, 1, b'k', 0x15, 1, b'v']).unwrap();
        assert_eq!(m.get("k").map(Str::as_str), Some("v"));
        // A value running 2 bytes past its 4-byte entry: read, then decoding goes on at the
        // entry's end.
        let (m, at) = decode(&[4, 0x0a, 1, b'k', 0x12, 3, b'a', b'b', b'c']).unwrap();
        assert_eq!(m.get("k").map(Str::as_str), Some("abc"));
        assert_eq!(at, 5);
        // Past the enclosing message: an error.
        assert!(decode(&[4, 0x0a, 1, b'k', 0x12, 9, b'a']).is_err());
        // Other fields are skipped within the entry, by their wire type.
        let (m, _) = decode(&[7, 0x18, 5, 0x0a, 1, b'k', 0x12, 0]).unwrap();
        assert_eq!(m.get("k").map(Str::as_str), Some(""));
        assert!(decode(&[5, 0x0a, 1, b'k', 0x1a, 5, 1, 2, 3, 4, 5]).is_err());
    }

    #[test]
    fn repeated_accepts_packed_and_unpacked() {
        let mut v: Vec<i64> = Vec::new();
        // packed: len 3, values 1, 2, 3
        let packed = [0x03, 0x01, 0x02, 0x03];
        merge_repeated(&mut ProtoReader::new(&packed), 4, WireType::Len, &mut v).unwrap();
        merge_repeated(&mut ProtoReader::new(&[0x04]), 4, WireType::Varint, &mut v).unwrap();
        assert_eq!(v, vec![1, 2, 3, 4]);
        let mut w = RevBuf::new();
        encode_repeated(&mut w, 4, &v);
        assert_eq!(w.as_slice(), &[0x20, 1, 0x20, 2, 0x20, 3, 0x20, 4]);
    }

    #[test]
    fn hostile_lengths_are_errors() {
        // A 4 GiB length prefix on a tiny input.
        let input = [0xff, 0xff, 0xff, 0xff, 0x0f, 0x41];
        let mut s = Str::default();
        let e = merge(&mut ProtoReader::new(&input), 1, WireType::Len, &mut s).unwrap_err();
        assert!(e.to_string().contains("runs past the end"), "{e}");
        // An 11-byte varint.
        let input = [0xff; 11];
        let mut x = 0i64;
        assert!(merge(&mut ProtoReader::new(&input), 1, WireType::Varint, &mut x).is_err());
        // Invalid UTF-8: a `String` cannot hold it; a `Str` keeps the bytes, as Go does.
        let input = [0x02, 0xc3, 0x28];
        let mut owned = String::new();
        assert!(merge(&mut ProtoReader::new(&input), 1, WireType::Len, &mut owned).is_err());
        merge(&mut ProtoReader::new(&input), 1, WireType::Len, &mut s).unwrap();
        assert_eq!(s.wire_bytes(), b"\xc3\x28");
        assert_eq!(s.as_str(), "\u{FFFD}(");
    }
}
