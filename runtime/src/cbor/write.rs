//! CBOR output as Kubernetes writes it (fxamacker/cbor in apimachinery's encode mode): shortest
//! heads, every string a byte string, floats in the shortest width that holds them exactly.

/// The self-described CBOR tag (55799) that starts every object the API server writes.
pub const SELF_DESCRIBED: [u8; 3] = [0xd9, 0xd9, 0xf7];

/// Major type 0: unsigned integer.
pub const MAJOR_UINT: u8 = 0;
/// Major type 1: negative integer (`-1 - n`).
pub const MAJOR_NEGATIVE: u8 = 1;
/// Major type 2: byte string.
pub const MAJOR_BYTES: u8 = 2;
/// Major type 3: text string.
pub const MAJOR_TEXT: u8 = 3;
/// Major type 4: array.
pub const MAJOR_ARRAY: u8 = 4;
/// Major type 5: map.
pub const MAJOR_MAP: u8 = 5;
/// Major type 6: tag.
pub const MAJOR_TAG: u8 = 6;

/// `null`.
pub const NULL: u8 = 0xf6;

/// The order Kubernetes writes map keys in, for byte-string keys below 24 bytes the bytewise
/// order of their encoding and in general apimachinery's: shorter first, then bytewise.
#[inline(always)]
pub(crate) fn key_order(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    a.len().cmp(&b.len()).then_with(|| a.cmp(b))
}

/// Append the head of a data item of `major` type with argument `n`, in its shortest form.
#[inline(always)]
pub fn write_head(out: &mut Vec<u8>, major: u8, n: u64) {
    if n < 24 {
        out.push((major << 5) | n as u8);
    } else if n < 256 {
        out.extend_from_slice(&[(major << 5) | 24, n as u8]);
    } else {
        write_long_head(out, major, n);
    }
}

/// Complete a map whose head was reserved as one byte at `at` (generated `encode_cbor`
/// writes the fields first, counting them): the head of `n` pairs, widened in place when
/// `n` needs more than one byte.
#[inline(always)]
pub fn end_map(out: &mut Vec<u8>, at: usize, n: usize) {
    if n < 24 {
        out[at] = (MAJOR_MAP << 5) | n as u8;
    } else {
        end_long_map(out, at, n);
    }
}

#[cold]
fn end_long_map(out: &mut Vec<u8>, at: usize, n: usize) {
    let mut head = Vec::with_capacity(9);
    write_long_head(&mut head, MAJOR_MAP, n as u64);
    out[at] = head[0];
    out.splice(at + 1..at + 1, head[1..].iter().copied());
}

/// [`write_head`] for any argument of 24 and more (1 to 8 bytes after the initial byte).
#[inline]
fn write_long_head(out: &mut Vec<u8>, major: u8, n: u64) {
    let m = major << 5;
    if n <= 0xff {
        out.extend_from_slice(&[m | 24, n as u8]);
    } else if n <= 0xffff {
        let b = (n as u16).to_be_bytes();
        out.extend_from_slice(&[m | 25, b[0], b[1]]);
    } else if n <= 0xffff_ffff {
        let b = (n as u32).to_be_bytes();
        out.extend_from_slice(&[m | 26, b[0], b[1], b[2], b[3]]);
    } else {
        out.push(m | 27);
        out.extend_from_slice(&n.to_be_bytes());
    }
}

/// Append an unsigned integer.
#[inline]
pub fn write_u64(out: &mut Vec<u8>, v: u64) {
    write_head(out, MAJOR_UINT, v);
}

/// Append a signed integer (major type 0 for `v >= 0`, 1 below).
#[inline]
pub fn write_i64(out: &mut Vec<u8>, v: i64) {
    if v >= 0 {
        write_head(out, MAJOR_UINT, v as u64);
    } else {
        write_head(out, MAJOR_NEGATIVE, !(v as u64));
    }
}

/// Append a byte string: how Kubernetes writes every Go string (`StringToByteString`).
#[inline(always)]
pub fn write_bytes(out: &mut Vec<u8>, b: &[u8]) {
    // One capacity check for the head and the bytes.
    out.reserve(b.len() + 9);
    write_head(out, MAJOR_BYTES, b.len() as u64);
    out.extend_from_slice(b);
}

/// Append a Go `[]byte`: tag 22 ("expected later base64 encoding") around a byte string.
#[inline]
pub fn write_binary(out: &mut Vec<u8>, b: &[u8]) {
    out.push(0xd6);
    write_bytes(out, b);
}

/// Append `true` or `false`.
#[inline]
pub fn write_bool(out: &mut Vec<u8>, v: bool) {
    out.push(if v { 0xf5 } else { 0xf4 });
}

/// Record that the value being written cannot be written as CBOR (Go's encoder fails there),
/// and write `null` in its place, which keeps the output well-formed. The top-level entry
/// point ([`super::to_vec`], [`super::encode_into`], ...) returns the first such failure as
/// an error at the value's path (ARCHITECTURE.md, "Encode failures").
#[cold]
pub fn fail(out: &mut Vec<u8>, kind: crate::error::ErrorKind) {
    crate::fail::record(kind, out.len());
    write_null(out);
}

/// Append `null`.
#[inline]
pub fn write_null(out: &mut Vec<u8>) {
    out.push(NULL);
}

/// Append a tag number (the item it applies to follows).
#[inline]
pub fn write_tag(out: &mut Vec<u8>, tag: u64) {
    write_head(out, MAJOR_TAG, tag);
}

/// Append a float in the shortest of float16, float32 and float64 that holds it exactly
/// (fxamacker's `ShortestFloat16`, so `1.0` is `f9 3c00` and `0.1` is `fb 3fb9...`). Go
/// refuses NaN and infinities; kcodec writes `null` for them, as its JSON writer does.
pub fn write_f64(out: &mut Vec<u8>, v: f64) {
    if !v.is_finite() {
        out.push(NULL);
        return;
    }
    let f = v as f32;
    if f as f64 == v {
        write_f32(out, f);
    } else {
        out.push(0xfb);
        out.extend_from_slice(&v.to_bits().to_be_bytes());
    }
}

/// Append a float32 in the shortest of float16 and float32 that holds it exactly; NaN and
/// infinities as `null` (see [`write_f64`]).
pub fn write_f32(out: &mut Vec<u8>, v: f32) {
    if !v.is_finite() {
        out.push(NULL);
        return;
    }
    match f16_exact(v) {
        Some(h) => {
            let b = h.to_be_bytes();
            out.extend_from_slice(&[0xf9, b[0], b[1]]);
        }
        None => {
            out.push(0xfa);
            out.extend_from_slice(&v.to_bits().to_be_bytes());
        }
    }
}

/// The IEEE 754 half-precision bits of finite `v` when they hold it exactly.
pub(crate) fn f16_exact(v: f32) -> Option<u16> {
    let bits = v.to_bits();
    let sign = ((bits >> 16) & 0x8000) as u16;
    let exp = ((bits >> 23) & 0xff) as i32;
    let mant = bits & 0x7f_ffff;
    if exp == 0 {
        // Zero (float32 subnormals are far below float16's range).
        return (mant == 0).then_some(sign);
    }
    let e = exp - 127;
    if (-14..=15).contains(&e) {
        // Normal in float16: 10 mantissa bits kept of 23.
        return (mant & 0x1fff == 0)
            .then(|| sign | (((e + 15) as u16) << 10) | (mant >> 13) as u16);
    }
    if (-24..-14).contains(&e) {
        // Subnormal in float16: value = m × 2^-24 with m < 1024.
        let full = 0x80_0000 | mant;
        let shift = (-(e + 1)) as u32; // 14..=23
        let m = full >> shift;
        return (m << shift == full).then_some(sign | m as u16);
    }
    None
}

/// The value of IEEE 754 half-precision `bits`.
pub(crate) fn f16_to_f64(bits: u16) -> f64 {
    let sign = if bits & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = ((bits >> 10) & 0x1f) as i32;
    let mant = (bits & 0x3ff) as f64;
    sign * match exp {
        0 => mant * 2f64.powi(-24),
        31 if mant == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        e => (1.0 + mant / 1024.0) * 2f64.powi(e - 15),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(v: f64) -> Vec<u8> {
        let mut out = Vec::new();
        write_f64(&mut out, v);
        out
    }

    #[test]
    fn map_heads_are_completed_in_place() {
        for n in [0usize, 5, 23, 24, 255, 256, 70000] {
            let mut out = vec![0x41, b'x'];
            let at = out.len();
            out.push(0);
            out.extend_from_slice(b"body");
            end_map(&mut out, at, n);
            let mut want = vec![0x41, b'x'];
            write_head(&mut want, MAJOR_MAP, n as u64);
            want.extend_from_slice(b"body");
            assert_eq!(out, want, "{n}");
        }
    }

    #[test]
    fn heads_are_shortest() {
        let cases: &[(i64, &[u8])] = &[
            (0, &[0x00]),
            (23, &[0x17]),
            (24, &[0x18, 0x18]),
            (1000, &[0x19, 0x03, 0xe8]),
            (-1, &[0x20]),
            (1 << 40, &[0x1b, 0, 0, 1, 0, 0, 0, 0, 0]),
            (
                i64::MIN,
                &[0x3b, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff],
            ),
        ];
        for (v, want) in cases {
            let mut out = Vec::new();
            write_i64(&mut out, *v);
            assert_eq!(&out, want, "{v}");
        }
    }

    #[test]
    fn floats_take_the_shortest_exact_width() {
        // The oracle's bytes for these values (k8s-oracle README, "Floats").
        assert_eq!(f(1.0), [0xf9, 0x3c, 0x00]);
        assert_eq!(f(2.5), [0xf9, 0x41, 0x00]);
        assert_eq!(
            f(0.1),
            [0xfb, 0x3f, 0xb9, 0x99, 0x99, 0x99, 0x99, 0x99, 0x9a]
        );
        assert_eq!(f(100000.5), [0xfa, 0x47, 0xc3, 0x50, 0x40]);
        assert_eq!(f(65504.0), [0xf9, 0x7b, 0xff]);
        assert_eq!(f(5.960464477539063e-8), [0xf9, 0x00, 0x01]);
        assert_eq!(
            f(1.5e-5),
            [0xfb, 0x3e, 0xef, 0x75, 0x10, 0x4d, 0x55, 0x1d, 0x69]
        );
        assert_eq!(f(-0.0), [0xf9, 0x80, 0x00]);
        assert_eq!(
            f(1e300),
            [0xfb, 0x7e, 0x37, 0xe4, 0x3c, 0x88, 0x00, 0x75, 0x9c]
        );
        assert_eq!(f(f64::NAN), [NULL]);
    }

    #[test]
    fn half_floats_round_trip() {
        for bits in 0u16..0x7c00 {
            for sign in [0, 0x8000] {
                let v = f16_to_f64(bits | sign);
                assert_eq!(f16_exact(v as f32), Some(bits | sign), "{bits:#x}");
            }
        }
    }
}
