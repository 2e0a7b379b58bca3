//! Low-level JSON output primitives, byte-compatible with Go's `encoding/json` (HTML escaping on).
//!
//! All writers append to a `Vec<u8>`. Strings are escaped exactly as Go escapes them: `"` `\`
//! `\b` `\f` `\n` `\r` `\t` get short escapes, other C0 controls and `<` `>` `&` become `\u00XX`
//! (lowercase hex), U+2028/U+2029 become `\u2028`/`\u2029`, and (for raw bytes only) each byte
//! of invalid UTF-8 becomes `\ufffd`. Runs of bytes that need no escape are copied in one go.

use crate::error::ErrorKind;

/// Record that the value being written cannot be written as JSON (Go's encoder fails there),
/// and write `null` in its place, which keeps the output valid JSON. The top-level entry
/// point ([`super::to_vec`], [`super::encode_into`], ...) returns the first such failure as
/// an error at the value's path (ARCHITECTURE.md, "Encode failures").
#[cold]
pub fn fail(out: &mut Vec<u8>, kind: ErrorKind) {
    crate::fail::record(kind, out.len());
    out.extend_from_slice(b"null");
}

/// Per-ASCII-byte escape class: 0 = copy as is, b'u' = `\u00XX`, otherwise the short escape
/// letter. Bytes >= 0x80 are 0 here and handled by the UTF-8 logic.
static ESCAPE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 0x20 {
        t[i] = b'u';
        i += 1;
    }
    t[0x08] = b'b';
    t[0x0c] = b'f';
    t[b'\n' as usize] = b'n';
    t[b'\r' as usize] = b'r';
    t[b'\t' as usize] = b't';
    t[b'"' as usize] = b'"';
    t[b'\\' as usize] = b'\\';
    t[b'<' as usize] = b'u';
    t[b'>' as usize] = b'u';
    t[b'&' as usize] = b'u';
    t
};

const HEX: &[u8; 16] = b"0123456789abcdef";

#[inline]
fn write_escape(out: &mut Vec<u8>, b: u8) {
    let class = ESCAPE[b as usize];
    if class == b'u' {
        out.extend_from_slice(&[
            b'\\',
            b'u',
            b'0',
            b'0',
            HEX[(b >> 4) as usize],
            HEX[(b & 0xF) as usize],
        ]);
    } else {
        out.extend_from_slice(&[b'\\', class]);
    }
}

/// Append `s` as a JSON string literal (with quotes), escaped as Go's `encoding/json` does.
///
/// Room for the plain case is reserved once; the bytes are copied while they are scanned,
/// and the first byte that needs an escape hands the rest to the general loop.
pub fn write_str(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 2);
    let len = out.len();
    // SAFETY: `reserve` made room for `len + bytes.len() + 2` bytes; `set_len` covers only
    // bytes written here (the quote, then the `copied` bytes before the first stop byte).
    let copied = unsafe {
        let dst = out.as_mut_ptr().add(len);
        dst.write(b'"');
        let copied = super::scan::copy_unescaped(bytes, dst.add(1));
        if copied == bytes.len() {
            dst.add(1 + copied).write(b'"');
            out.set_len(len + copied + 2);
            return;
        }
        out.set_len(len + 1 + copied);
        copied
    };
    write_contents_from(out, bytes, copied);
    out.push(b'"');
}

/// Append the escaped contents of `s` without quotes.
pub fn write_str_contents(out: &mut Vec<u8>, s: &str) {
    write_contents_from(out, s.as_bytes(), 0);
}

/// Append the escaped contents of `bytes[from..]` (UTF-8 from a `str`, split at a char
/// boundary or a byte that needs an escape).
#[cold]
fn write_contents_from(out: &mut Vec<u8>, bytes: &[u8], from: usize) {
    let mut start = from;
    let mut i = from;
    loop {
        i = super::scan::skip_unescaped(bytes, i);
        if i >= bytes.len() {
            break;
        }
        let b = bytes[i];
        if b == 0xE2 {
            // U+2028 = E2 80 A8, U+2029 = E2 80 A9; other E2 sequences pass through.
            if bytes.get(i + 1) == Some(&0x80) && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9)) {
                out.extend_from_slice(&bytes[start..i]);
                out.extend_from_slice(if bytes[i + 2] == 0xA8 {
                    b"\\u2028"
                } else {
                    b"\\u2029"
                });
                i += 3;
                start = i;
            } else {
                i += 1;
            }
            continue;
        }
        out.extend_from_slice(&bytes[start..i]);
        write_escape(out, b);
        i += 1;
        start = i;
    }
    out.extend_from_slice(&bytes[start..]);
}

/// Append arbitrary bytes as a JSON string literal (with quotes), as Go encodes a Go `string`
/// holding those bytes: invalid UTF-8 becomes `\ufffd`, one per invalid byte.
pub fn write_bytes_as_str(out: &mut Vec<u8>, bytes: &[u8]) {
    out.push(b'"');
    write_bytes_contents(out, bytes);
    out.push(b'"');
}

/// Append the escaped contents of arbitrary bytes (no quotes); see [`write_bytes_as_str`].
pub fn write_bytes_contents(out: &mut Vec<u8>, mut bytes: &[u8]) {
    loop {
        match std::str::from_utf8(bytes) {
            Ok(s) => {
                write_str_contents(out, s);
                return;
            }
            Err(e) => {
                let valid = e.valid_up_to();
                // SAFETY: `from_utf8` vouched that `bytes[..valid]` is valid UTF-8.
                write_str_contents(out, unsafe {
                    std::str::from_utf8_unchecked(&bytes[..valid])
                });
                out.extend_from_slice(b"\\ufffd");
                // Go's decoder reports RuneError with width 1: skip exactly one byte.
                bytes = &bytes[valid + 1..];
            }
        }
    }
}

/// Append a signed integer.
#[inline]
pub fn write_i64(out: &mut Vec<u8>, v: i64) {
    let mut buf = itoa::Buffer::new();
    out.extend_from_slice(buf.format(v).as_bytes());
}

/// Append an unsigned integer.
#[inline]
pub fn write_u64(out: &mut Vec<u8>, v: u64) {
    let mut buf = itoa::Buffer::new();
    out.extend_from_slice(buf.format(v).as_bytes());
}

/// Append a float the way Go's `encoding/json` does: the shortest representation that round
/// trips; plain decimal when `1e-6 <= |v| < 1e21`, otherwise exponent form with at least two
/// exponent digits removed (`1e+21`, `1e-7`). NaN and infinities have no JSON form: they are
/// written as `null` (Go returns an error instead; kcodec's encoders are infallible).
pub fn write_f64(out: &mut Vec<u8>, v: f64) {
    if write_float_special(out, v.is_finite(), v == 0.0, v.is_sign_negative()) {
        return;
    }
    // Take zmij's shortest digits and decimal exponent, then lay them out Go's way. (zmij is
    // the shortest-digits algorithm serde_json uses; its output is ryu's, but for `e+` in
    // exponents, and about a third of ryu's instructions.)
    let mut buf = zmij::Buffer::new();
    let s = buf.format_finite(v).as_bytes();
    // Fast path: zmij writes plain decimal notation only for decimal exponents -5 to 15,
    // inside Go's decimal range (1e-6 <= |v| < 1e21), with the same shortest digits; it adds
    // ".0" to integers. Its exponent forms end in `e-N`, `e+NN` or `e-NNN`, so three bytes
    // tell the two apart without a scan of the whole string.
    let n = s.len();
    let at = |back: usize| n.checked_sub(back).and_then(|i| s.get(i)) == Some(&b'e');
    if !(at(3) || at(4) || at(5)) {
        out.extend_from_slice(s.strip_suffix(b".0").unwrap_or(s));
        return;
    }
    write_float_digits(out, (1e-6..1e21).contains(&v.abs()), s);
}

/// Append a `float32` the way Go's `encoding/json` does: the shortest digits that round trip
/// *as a float32* (`0.1`, where widening to `f64` first would give `0.10000000149011612`),
/// plain decimal when `1e-6 <= |v| < 1e21` compared as float32, otherwise exponent form as
/// [`write_f64`]. NaN and infinities are written as `null`.
pub fn write_f32(out: &mut Vec<u8>, v: f32) {
    if write_float_special(out, v.is_finite(), v == 0.0, v.is_sign_negative()) {
        return;
    }
    let mut buf = zmij::Buffer::new();
    let s = buf.format_finite(v).as_bytes();
    write_float_digits(out, (1e-6f32..1e21f32).contains(&v.abs()), s);
}

/// Writes the floats that need no digits, NaN and infinities (`null`) and zeros (`0`, `-0`),
/// and says whether `v` was one.
#[inline(always)]
fn write_float_special(out: &mut Vec<u8>, finite: bool, zero: bool, negative: bool) -> bool {
    if !finite {
        out.extend_from_slice(b"null");
    } else if zero {
        out.extend_from_slice(if negative { b"-0" } else { b"0" });
    }
    !finite || zero
}

/// Go's layout of a float from zmij's output `s`, by its digits and decimal exponent (the
/// general path: exponent forms, and the reference the fast path is tested against);
/// `decimal` tells whether Go writes it in plain decimal (`1e-6 <= |v| < 1e21` in the
/// float's own width).
fn write_float_digits(out: &mut Vec<u8>, decimal: bool, s: &[u8]) {
    let (neg, s) = match s.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, s),
    };
    let mut digits = [0u8; 24];
    let mut nd = 0usize;
    let mut point: i32 = 0; // decimal point position relative to the digit string start
    let mut seen_point = false;
    let mut exp: i32 = 0;
    let mut i = 0;
    while i < s.len() {
        match s[i] {
            b'0'..=b'9' => {
                if nd == 0 && s[i] == b'0' {
                    // leading zero: shifts the point if after it
                    if seen_point {
                        point -= 1;
                    }
                } else {
                    digits[nd] = s[i];
                    nd += 1;
                    if !seen_point {
                        point += 1;
                    }
                }
            }
            b'.' => seen_point = true,
            b'e' | b'E' => {
                let e = std::str::from_utf8(&s[i + 1..]).unwrap_or("0");
                exp = e.parse().unwrap_or(0);
                break;
            }
            _ => {}
        }
        i += 1;
    }
    // Drop trailing zeros of the digit string (zmij prints e.g. "100.0").
    while nd > 1 && digits[nd - 1] == b'0' {
        nd -= 1;
    }
    let point = point + exp; // value = 0.d1d2.. * 10^point
    if neg {
        out.push(b'-');
    }
    if decimal {
        if point <= 0 {
            out.extend_from_slice(b"0.");
            for _ in 0..(-point) {
                out.push(b'0');
            }
            out.extend_from_slice(&digits[..nd]);
        } else if point as usize >= nd {
            out.extend_from_slice(&digits[..nd]);
            for _ in 0..(point as usize - nd) {
                out.push(b'0');
            }
        } else {
            out.extend_from_slice(&digits[..point as usize]);
            out.push(b'.');
            out.extend_from_slice(&digits[point as usize..nd]);
        }
    } else {
        out.push(digits[0]);
        if nd > 1 {
            out.push(b'.');
            out.extend_from_slice(&digits[1..nd]);
        }
        let e = point - 1;
        out.push(b'e');
        out.push(if e < 0 { b'-' } else { b'+' });
        let e = e.unsigned_abs();
        if e < 10 {
            // Go's 'e' format writes at least two exponent digits; encoding/json then strips
            // the leading zero of a negative two-digit exponent ("e-07" → "e-7"), and keeps
            // positive ones as "e+21". Exponents below 10 only occur on the negative side.
            out.push(b'0' + e as u8);
        } else {
            write_u64(out, e as u64);
        }
    }
}

/// Append `,` unless this is the first member, then the pre-escaped key literal (which must
/// include its quotes and the trailing colon, e.g. `"\"metadata\":"`).
#[inline(always)]
pub fn write_key(out: &mut Vec<u8>, first: &mut bool, key_literal: &[u8]) {
    if !*first {
        out.push(b',');
    }
    *first = false;
    out.extend_from_slice(key_literal);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float32_is_written_with_float32_digits_as_go_does() {
        let f = |v: f32| {
            let mut out = Vec::new();
            write_f32(&mut out, v);
            String::from_utf8(out).unwrap()
        };
        assert_eq!(f(0.1), "0.1");
        assert_eq!(f(1.5), "1.5");
        assert_eq!(f(16_777_216.0), "16777216");
        assert_eq!(f(1e-7), "1e-7");
        assert_eq!(f(1.5e-6), "0.0000015");
        assert_eq!(f(1e21), "1e+21");
        assert_eq!(f(f32::MAX), "3.4028235e+38");
        assert_eq!(f(-0.0), "-0");
        assert_eq!(f(f32::NAN), "null");
        // The float32 nearest 1e-6 is below 1e-6 as a float64, but not as a float32.
        assert_eq!(f(1e-6), "0.000001");
    }

    fn s(v: &str) -> String {
        let mut o = Vec::new();
        write_str(&mut o, v);
        String::from_utf8(o).unwrap()
    }

    #[test]
    fn escapes_like_go() {
        assert_eq!(s("plain"), r#""plain""#);
        assert_eq!(s("a\"b\\c"), r#""a\"b\\c""#);
        assert_eq!(s("<a&b>"), r#""\u003ca\u0026b\u003e""#);
        assert_eq!(s("\u{8}\u{c}\n\r\t"), r#""\b\f\n\r\t""#);
        assert_eq!(s("\u{0}\u{1f}\u{7f}"), "\"\\u0000\\u001f\u{7f}\"");
        assert_eq!(s("x\u{2028}y\u{2029}z"), r#""x\u2028y\u2029z""#);
        assert_eq!(s("é€😀"), "\"é€😀\"");
        // E2 lead bytes that are not U+2028/9 pass through.
        assert_eq!(s("\u{2030}\u{20ac}"), "\"\u{2030}\u{20ac}\"");
    }

    /// Go's escaping, one char at a time: the reference for the copying fast path.
    fn reference(v: &str) -> String {
        let mut o = String::from("\"");
        for c in v.chars() {
            match c {
                '"' => o.push_str("\\\""),
                '\\' => o.push_str("\\\\"),
                '\u{8}' => o.push_str("\\b"),
                '\u{c}' => o.push_str("\\f"),
                '\n' => o.push_str("\\n"),
                '\r' => o.push_str("\\r"),
                '\t' => o.push_str("\\t"),
                '\u{0}'..='\u{1f}' | '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => {
                    o.push_str(&format!("\\u{:04x}", c as u32))
                }
                c => o.push(c),
            }
        }
        o.push('"');
        o
    }

    /// Strings of every length around the 16-byte steps, with each kind of stop byte at
    /// every position, written after output of every alignment.
    #[test]
    fn copying_fast_path_matches_the_reference() {
        let stops = [
            "\"", "\\", "\n", "\u{1}", "<", "&", "\u{2028}", "\u{20ac}", "é", "\u{7f}",
        ];
        for len in 0..50 {
            let plain: String = (0..len).map(|i| (b'a' + (i % 26) as u8) as char).collect();
            let mut cases = vec![plain.clone()];
            for stop in stops {
                for at in 0..=len {
                    let mut v = plain.clone();
                    v.insert_str(at, stop);
                    cases.push(v);
                }
            }
            for (k, v) in cases.iter().enumerate() {
                let mut o = vec![b'x'; k % 7];
                write_str(&mut o, v);
                assert_eq!(&o[..k % 7], &b"xxxxxx"[..k % 7]);
                assert_eq!(
                    std::str::from_utf8(&o[k % 7..]).unwrap(),
                    reference(v),
                    "{v:?}"
                );
            }
        }
    }

    #[test]
    fn invalid_utf8_becomes_replacement_per_byte() {
        let mut o = Vec::new();
        write_bytes_as_str(&mut o, b"a\xe2\x82b\xff");
        assert_eq!(o, br#""a\ufffd\ufffdb\ufffd""#);
    }

    fn f(v: f64) -> String {
        let mut o = Vec::new();
        write_f64(&mut o, v);
        String::from_utf8(o).unwrap()
    }

    #[test]
    fn floats_like_go() {
        assert_eq!(f(1.0), "1");
        assert_eq!(f(-1.5), "-1.5");
        assert_eq!(f(100.0), "100");
        assert_eq!(f(0.000001), "0.000001");
        assert_eq!(f(0.0000001), "1e-7");
        assert_eq!(f(1e20), "100000000000000000000");
        assert_eq!(f(1e21), "1e+21");
        assert_eq!(f(1.2345e-10), "1.2345e-10");
        assert_eq!(f(123456789.125), "123456789.125");
        assert_eq!(f(-0.0), "-0");
        assert_eq!(f(5e-324), "5e-324");
        assert_eq!(f(1.7976931348623157e308), "1.7976931348623157e+308");
        assert_eq!(f(0.1), "0.1");
        assert_eq!(f(-75.28125), "-75.28125");
    }

    /// The decimal fast path writes what the general digit layout writes, on random bit
    /// patterns and on values spread over the decimal range.
    #[test]
    fn float_fast_path_matches_the_general_layout() {
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let mut checked = 0;
        for i in 0..400_000u32 {
            let v = if i % 2 == 0 {
                f64::from_bits(next())
            } else {
                let m = (next() % 1_000_000_007) as f64;
                m * 10f64.powi((next() % 40) as i32 - 20)
            };
            if !v.is_finite() || v == 0.0 {
                continue;
            }
            let (mut fast, mut general) = (Vec::new(), Vec::new());
            write_f64(&mut fast, v);
            let mut buf = zmij::Buffer::new();
            write_float_digits(
                &mut general,
                (1e-6..1e21).contains(&v.abs()),
                buf.format_finite(v).as_bytes(),
            );
            assert_eq!(fast, general, "{v:e}");
            checked += 1;
        }
        assert!(checked > 300_000);
    }

    #[test]
    fn ints() {
        let mut o = Vec::new();
        write_i64(&mut o, i64::MIN);
        assert_eq!(o, b"-9223372036854775808");
    }
}
