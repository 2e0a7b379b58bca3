//! The string-scanning kernel: find the first byte of a JSON string body that ends the
//! plain run (`"`, `\`, or a control character < 0x20), and note whether any byte of the run
//! was non-ASCII. One algorithm, two backends: SSE2 (16 bytes per step; part of the x86_64
//! baseline, so no runtime detection is needed) behind the default `simd` feature, and a
//! portable SWAR twin (8 bytes per step) used elsewhere and tested against the same cases.

/// Index of the first stop byte in `input[i..]` (or `input.len()`); sets `*non_ascii` if a
/// byte >= 0x80 was passed over.
#[inline(always)]
pub(crate) fn skip_plain(input: &[u8], i: usize, non_ascii: &mut bool) -> usize {
    #[cfg(all(feature = "simd", target_arch = "x86_64"))]
    {
        // SAFETY: SSE2 is part of the x86_64 baseline.
        unsafe { skip_plain_sse2(input, i, non_ascii) }
    }
    #[cfg(not(all(feature = "simd", target_arch = "x86_64")))]
    {
        skip_plain_swar(input, i, non_ascii)
    }
}

/// Bytes that end a plain run.
const STOP: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 0x20 {
        t[i] = true;
        i += 1;
    }
    t[b'"' as usize] = true;
    t[b'\\' as usize] = true;
    t
};

#[inline(always)]
fn skip_tail(input: &[u8], mut i: usize, non_ascii: &mut bool) -> usize {
    while i < input.len() && !STOP[input[i] as usize] {
        *non_ascii |= input[i] >= 0x80;
        i += 1;
    }
    i
}

/// The portable backend: 8 bytes at a time with SWAR bit tricks.
#[inline(always)]
pub(crate) fn skip_plain_swar(input: &[u8], mut i: usize, non_ascii: &mut bool) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut high = 0u64;
    while i + 8 <= input.len() {
        let w = u64::from_le_bytes(input[i..i + 8].try_into().unwrap());
        let has_zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
        let quote = has_zero(w ^ (ONES * b'"' as u64));
        let bslash = has_zero(w ^ (ONES * b'\\' as u64));
        // Bytes < 0x20: subtracting 0x20 borrows into the high bit (for bytes < 0x80).
        let ctrl = w.wrapping_sub(ONES * 0x20) & !w & HIGH;
        if (quote | bslash | ctrl) != 0 {
            break;
        }
        high |= w;
        i += 8;
    }
    *non_ascii |= high & HIGH != 0;
    skip_tail(input, i, non_ascii)
}

/// The SSE2 backend: 16 bytes at a time.
///
/// # Safety
/// The CPU must support SSE2 (always true on x86_64).
#[cfg(all(feature = "simd", target_arch = "x86_64"))]
#[inline(always)]
unsafe fn skip_plain_sse2(input: &[u8], mut i: usize, non_ascii: &mut bool) -> usize {
    use std::arch::x86_64::*;
    // SAFETY (whole block): loads read `input[i..i + 16]`, inside the slice by the loop
    // condition; the intrinsics only need SSE2.
    unsafe {
        let quote = _mm_set1_epi8(b'"' as i8);
        let bslash = _mm_set1_epi8(b'\\' as i8);
        let ctrl_max = _mm_set1_epi8(0x1f);
        let mut high = 0i32;
        while i + 16 <= input.len() {
            let x = _mm_loadu_si128(input.as_ptr().add(i) as *const __m128i);
            // x <= 0x1f (unsigned) ⇔ max(x, 0x1f) == 0x1f
            let ctrl = _mm_cmpeq_epi8(_mm_max_epu8(x, ctrl_max), ctrl_max);
            let stop = _mm_or_si128(
                _mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, bslash)),
                ctrl,
            );
            let mask = _mm_movemask_epi8(stop);
            let signs = _mm_movemask_epi8(x);
            if mask != 0 {
                let n = mask.trailing_zeros() as usize;
                // Only the bytes before the stop count for non-ASCII.
                high |= signs & ((1i32 << n) - 1);
                *non_ascii |= high != 0;
                return i + n;
            }
            high |= signs;
            i += 16;
        }
        *non_ascii |= high != 0;
    }
    skip_plain_swar(input, i, non_ascii)
}

/// Index of the first byte of `bytes[i..]` that the JSON writer must look at (or
/// `bytes.len()`): `"`, `\\`, a control character, `<`, `>`, `&` (Go's HTML escaping), or 0xE2
/// (the lead byte of U+2028/U+2029). Everything before it is copied as is.
#[inline(always)]
pub(crate) fn skip_unescaped(bytes: &[u8], i: usize) -> usize {
    #[cfg(all(feature = "simd", target_arch = "x86_64"))]
    {
        // SAFETY: SSE2 is part of the x86_64 baseline.
        unsafe { skip_unescaped_sse2(bytes, i) }
    }
    #[cfg(not(all(feature = "simd", target_arch = "x86_64")))]
    {
        skip_unescaped_scalar(bytes, i)
    }
}

/// Bytes the writer must look at.
const WRITE_STOP: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 0x20 {
        t[i] = true;
        i += 1;
    }
    t[b'"' as usize] = true;
    t[b'\\' as usize] = true;
    t[b'<' as usize] = true;
    t[b'>' as usize] = true;
    t[b'&' as usize] = true;
    t[0xE2] = true;
    t
};

/// The portable backend of [`skip_unescaped`].
#[inline(always)]
pub(crate) fn skip_unescaped_scalar(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && !WRITE_STOP[bytes[i] as usize] {
        i += 1;
    }
    i
}

/// The SSE2 backend of [`skip_unescaped`].
///
/// # Safety
/// The CPU must support SSE2 (always true on x86_64).
#[cfg(all(feature = "simd", target_arch = "x86_64"))]
#[inline(always)]
unsafe fn skip_unescaped_sse2(bytes: &[u8], mut i: usize) -> usize {
    use std::arch::x86_64::*;
    // SAFETY (whole block): loads read `bytes[i..i + 16]`, inside the slice by the loop
    // condition; the intrinsics only need SSE2.
    unsafe {
        while i + 16 <= bytes.len() {
            let x = _mm_loadu_si128(bytes.as_ptr().add(i) as *const __m128i);
            let mask = write_stops_sse2(x);
            if mask != 0 {
                return i + mask.trailing_zeros() as usize;
            }
            i += 16;
        }
    }
    skip_unescaped_scalar(bytes, i)
}

/// Copy `src` to `dst` up to its first byte the writer must look at (see
/// [`skip_unescaped`]) and return that byte's index (`src.len()` if there is none). Bytes
/// after the stop may have been written too: the caller overwrites them.
///
/// # Safety
/// `dst` must be valid for writes of `src.len()` bytes and must not overlap `src`.
#[inline(always)]
pub(crate) unsafe fn copy_unescaped(src: &[u8], dst: *mut u8) -> usize {
    #[cfg(all(feature = "simd", target_arch = "x86_64"))]
    {
        if src.len() >= 16 {
            // SAFETY: the caller's contract; SSE2 is part of the x86_64 baseline.
            return unsafe { copy_unescaped_sse2(src, dst) };
        }
        if src.len() >= 8 {
            // SAFETY: as above, and 8 <= len < 16.
            return unsafe { copy_unescaped_sse2_short::<u64>(src, dst) };
        }
        if src.len() >= 4 {
            // SAFETY: as above, and 4 <= len < 8.
            return unsafe { copy_unescaped_sse2_short::<u32>(src, dst) };
        }
    }
    // SAFETY: the caller's contract.
    unsafe { copy_unescaped_scalar(src, dst) }
}

/// The portable backend of [`copy_unescaped`] (and its path for strings under 16 bytes).
///
/// # Safety
/// As [`copy_unescaped`].
#[inline(always)]
pub(crate) unsafe fn copy_unescaped_scalar(src: &[u8], dst: *mut u8) -> usize {
    for (i, &b) in src.iter().enumerate() {
        if WRITE_STOP[b as usize] {
            return i;
        }
        // SAFETY: i < src.len(), and `dst` is valid for that many bytes.
        unsafe { dst.add(i).write(b) };
    }
    src.len()
}

/// The writer's stop bytes in a 16-byte vector, as a bit mask (bit k: byte k).
#[cfg(all(feature = "simd", target_arch = "x86_64"))]
#[inline(always)]
unsafe fn write_stops_sse2(x: std::arch::x86_64::__m128i) -> u32 {
    use std::arch::x86_64::*;
    // SAFETY: the intrinsics only need SSE2.
    unsafe {
        let ctrl_max = _mm_set1_epi8(0x1f);
        let mut stop = _mm_cmpeq_epi8(_mm_max_epu8(x, ctrl_max), ctrl_max);
        for b in [b'"', b'\\', b'<', b'>', b'&', 0xE2] {
            stop = _mm_or_si128(stop, _mm_cmpeq_epi8(x, _mm_set1_epi8(b as i8)));
        }
        _mm_movemask_epi8(stop) as u32
    }
}

/// A word the short copy moves whole: `u32` (4 to 7 bytes) or `u64` (8 to 15 bytes).
#[cfg(all(feature = "simd", target_arch = "x86_64"))]
trait Word: Copy {
    /// As the low bits of an `i64`.
    fn to_i64(self) -> i64;
}

#[cfg(all(feature = "simd", target_arch = "x86_64"))]
impl Word for u32 {
    #[inline(always)]
    fn to_i64(self) -> i64 {
        i64::from(self)
    }
}

#[cfg(all(feature = "simd", target_arch = "x86_64"))]
impl Word for u64 {
    #[inline(always)]
    fn to_i64(self) -> i64 {
        self as i64
    }
}

/// [`copy_unescaped`] for `W` to `2 W - 1` bytes (`W` the word size): the first and the last
/// word (overlapping) are tested together in one vector and, with no stop byte, stored with
/// two word writes. The unused high bytes of each lane are zero, which is a stop byte: only
/// the lanes' low `W` bytes are tested.
///
/// # Safety
/// As [`copy_unescaped`], and `W <= src.len() < 2 W`.
#[cfg(all(feature = "simd", target_arch = "x86_64"))]
#[inline(always)]
unsafe fn copy_unescaped_sse2_short<W: Word>(src: &[u8], dst: *mut u8) -> usize {
    use std::arch::x86_64::*;
    let n = src.len();
    let w = std::mem::size_of::<W>();
    debug_assert!(w <= n && n < 2 * w);
    // SAFETY: both reads and both writes cover `[0, w)` and `[n - w, n)`, inside `src` and
    // inside the `n` bytes `dst` is valid for.
    unsafe {
        let head = src.as_ptr().cast::<W>().read_unaligned();
        let tail = src.as_ptr().add(n - w).cast::<W>().read_unaligned();
        let x = _mm_set_epi64x(tail.to_i64(), head.to_i64());
        let lanes = if w == 8 { 0xFFFF } else { 0x0F0F };
        if write_stops_sse2(x) & lanes != 0 {
            return copy_unescaped_scalar(src, dst);
        }
        dst.cast::<W>().write_unaligned(head);
        dst.add(n - w).cast::<W>().write_unaligned(tail);
    }
    n
}

/// The SSE2 backend of [`copy_unescaped`], for `src.len() >= 16`: 16 bytes loaded, stored
/// and tested per step, the last step overlapping the one before it.
///
/// # Safety
/// As [`copy_unescaped`], and `src.len() >= 16`.
#[cfg(all(feature = "simd", target_arch = "x86_64"))]
#[inline(always)]
unsafe fn copy_unescaped_sse2(src: &[u8], dst: *mut u8) -> usize {
    use std::arch::x86_64::*;
    let n = src.len();
    debug_assert!(n >= 16);
    // SAFETY (whole block): every load reads `src[j..j + 16]` and every store writes
    // `dst[j..j + 16]` with `j + 16 <= n`; the intrinsics only need SSE2.
    unsafe {
        let mut i = 0;
        while i + 16 <= n {
            let x = _mm_loadu_si128(src.as_ptr().add(i) as *const __m128i);
            _mm_storeu_si128(dst.add(i) as *mut __m128i, x);
            let mask = write_stops_sse2(x);
            if mask != 0 {
                return i + mask.trailing_zeros() as usize;
            }
            i += 16;
        }
        if i < n {
            // The last 16 bytes, overlapping what was checked: only bits from `i` on count.
            let j = n - 16;
            let x = _mm_loadu_si128(src.as_ptr().add(j) as *const __m128i);
            _mm_storeu_si128(dst.add(j) as *mut __m128i, x);
            let mask = write_stops_sse2(x) >> (i - j);
            if mask != 0 {
                return i + mask.trailing_zeros() as usize;
            }
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cases() -> Vec<Vec<u8>> {
        let mut v: Vec<Vec<u8>> = Vec::new();
        for len in 0..40 {
            for stop in [b'"', b'\\', 0x00, 0x1f, b'\n'] {
                let mut s = vec![b'a'; len];
                s.push(stop);
                s.extend_from_slice(b"tail\"");
                v.push(s.clone());
                if len > 0 {
                    s[len / 2] = 0xc3;
                    v.push(s);
                }
            }
            v.push(vec![b'x'; len]);
            let mut s = "é".repeat(len).into_bytes();
            s.push(b'"');
            v.push(s);
        }
        v.push(b" !#$%&'()*+,-./0123456789:;<=>?@[]^_`{|}~\x7f\"".to_vec());
        v
    }

    fn reference(input: &[u8], i: usize) -> (usize, bool) {
        let mut non_ascii = false;
        let end = skip_tail(input, i, &mut non_ascii);
        (end, non_ascii)
    }

    #[test]
    fn writer_backends_agree() {
        let mut cases = cases();
        for b in [b'<', b'>', b'&', 0xE2, 0x7f, 0x80] {
            for len in 0..40 {
                let mut s = vec![b'a'; len];
                s.push(b);
                s.push(b'z');
                cases.push(s);
            }
        }
        for case in cases {
            for start in 0..case.len().min(3) {
                assert_eq!(
                    skip_unescaped(&case, start),
                    skip_unescaped_scalar(&case, start),
                    "{case:?}"
                );
            }
        }
    }

    #[test]
    fn backends_agree_with_the_reference() {
        for case in cases() {
            for start in 0..case.len().min(3) {
                let want = reference(&case, start);
                let mut na = false;
                assert_eq!(
                    (skip_plain_swar(&case, start, &mut na), na),
                    want,
                    "{case:?}"
                );
                let mut na = false;
                assert_eq!((skip_plain(&case, start, &mut na), na), want, "{case:?}");
            }
        }
    }
}
