//! [`Quantity`]: Kubernetes' fixed-point amount with a unit suffix (`100m`, `128Mi`, `1e3`),
//! parsed and canonicalised exactly as Kubernetes' `resource.Quantity` does.
//!
//! # How a quantity is read and written
//!
//! A quantity is a signed decimal number followed by a suffix:
//!
//! - decimal SI (`n` `u` `m` none `k` `M` `G` `T` `P` `E`, powers of 1000),
//! - binary SI (`Ki` `Mi` `Gi` `Ti` `Pi` `Ei`, powers of 1024), or
//! - a decimal exponent (`e3`, `E-6`, `e+9`).
//!
//! The suffix kind is the quantity's [`Format`], and output keeps it. Values are rounded up
//! (away from zero) to a multiple of 10⁻⁹; binary SI values are capped at 2⁶³−1 in
//! magnitude. The canonical output has no fraction and the largest suffix that loses
//! nothing (`1.5` → `1500m`, `1.5Gi` → `1536Mi`, `1000M` → `1G`, `.001e12` → `1e9`). Binary SI
//! values below 1024 in magnitude, or not whole, are written as decimal SI (`0.5Gi` →
//! `512Mi` but `.001Ki` → `1024m`).
//!
//! Kubernetes keeps the input string when it parses a value that passes a quick
//! "already canonical" test, and writes that string back unchanged; so does this type. The
//! test is Kubernetes' own and lets through a few inputs that are not strictly canonical
//! (`+1`, `01`, `1.`, `1.234k`); they are echoed byte for byte, as the API server does.
//!
//! Kubernetes' canonical writer has quirks for values Kubernetes does not expect; they are
//! reproduced for byte compatibility: a decimal SI value of 1000E (10²¹) or more has no
//! suffix to use and is written without one (`1000E` → `1`), and exponents use 32-bit
//! arithmetic that wraps.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use kcodec::json::JsonReader;
use kcodec::proto::{field, ProtoMessage, ProtoReader, RevBuf, WireType};
use kcodec::{JsonDecode, JsonEncode, Str};

/// How a quantity writes its suffix; kept from the parsed string.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// A decimal exponent: `12e6`, `5e-3`.
    DecimalExponent,
    /// Binary SI suffixes: `12Mi` (12 × 2²⁰).
    BinarySI,
    /// Decimal SI suffixes: `12M` (12 × 10⁶), `100m`.
    DecimalSI,
}

/// A Kubernetes resource quantity (`resource.Quantity`): CPU (`500m`), memory (`128Mi`),
/// storage (`10Gi`), counts (`3`).
///
/// # Representation
///
/// A `Quantity` stores its canonical string only, the exact bytes Kubernetes writes for it
/// (up to 24 bytes inline, without allocation). Parsing does the full canonicalisation once;
/// encoding copies the string. Numeric views ([`Quantity::value`], [`Quantity::milli_value`],
/// [`Quantity::cmp_value`]) parse the canonical string again.
///
/// # Equality
///
/// `==` compares canonical strings. Values Kubernetes canonicalises alike compare equal
/// (`1Gi` and `1024Mi`, `1` and `1000m`), but equal amounts in different formats (`1k`,
/// `1e3`) or echoed non-canonical inputs (`+1` and `1`) do not; use
/// [`Quantity::cmp_value`] to compare amounts.
///
/// # JSON
///
/// A JSON string of the canonical form; the zero value ([`Default`]) is `"0"`. Decoding
/// accepts a string or a bare number (Kubernetes strips the quotes, trims white space and
/// parses what is left); `null` gives zero. A string holding escape sequences is rejected,
/// as in Kubernetes, which parses the raw bytes between the quotes.
///
/// # Protobuf
///
/// Kubernetes' message `{string string = 1}` holds [`Quantity::as_str`], always written
/// (zero as `"0"`). Decoding parses the string with [`Quantity::parse`], as Kubernetes
/// calls `ParseQuantity` on it directly: unlike JSON, no white space is trimmed, and an
/// empty string is an error. A message without the field leaves the value unchanged.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Quantity {
    s: Str,
}

/// Why a string is not a quantity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuantityError {
    /// The string does not have the shape `[+-]?[0-9.]+` followed by a suffix.
    FormatWrong,
    /// The number has no digit where one is needed.
    Numeric,
    /// The suffix is not one of the known suffixes or a valid exponent.
    Suffix,
    /// The exponent is so large that Kubernetes could not compute the value either.
    ExponentRange,
}

impl fmt::Display for QuantityError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            QuantityError::FormatWrong => {
                "quantities must match the regular expression \
                 '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"
            }
            QuantityError::Numeric => "unable to parse numeric part of quantity",
            QuantityError::Suffix => "unable to parse quantity's suffix",
            QuantityError::ExponentRange => "quantity exponent out of range",
        })
    }
}

impl std::error::Error for QuantityError {}

// ---------------------------------------------------------------------------------------
// Scanning: split a string into sign, number and suffix, with Kubernetes' leniency.

/// The parts of a quantity string.
struct Scan<'a> {
    positive: bool,
    /// Sign, digits and point: what the exact (slow) path reads.
    value: &'a str,
    /// Integer digits without leading zeros, `"0"` when there are none.
    num: &'a str,
    /// Fraction digits, as written.
    denom: &'a str,
    suffix: &'a str,
}

fn is_suffix_char(b: u8) -> bool {
    matches!(
        b,
        b'e' | b'E' | b'i' | b'n' | b'u' | b'm' | b'k' | b'K' | b'M' | b'G' | b'T' | b'P'
    )
}

fn scan(s: &str) -> Result<Scan<'_>, QuantityError> {
    let b = s.as_bytes();
    let end = b.len();
    let mut pos = 0;
    let mut positive = true;
    match b.first() {
        Some(b'-') => {
            positive = false;
            pos = 1;
        }
        Some(b'+') => pos = 1,
        _ => {}
    }
    while pos < end && b[pos] == b'0' {
        pos += 1;
    }
    if pos >= end {
        // Only a sign and zeros (or nothing after the sign): zero.
        return Ok(Scan {
            positive,
            value: "0",
            num: "0",
            denom: "",
            suffix: "",
        });
    }
    let num_start = pos;
    while pos < end && b[pos].is_ascii_digit() {
        pos += 1;
    }
    if pos >= end {
        return Ok(Scan {
            positive,
            value: s,
            num: &s[num_start..],
            denom: "",
            suffix: "",
        });
    }
    let num = if pos == num_start {
        "0"
    } else {
        &s[num_start..pos]
    };
    let mut denom = "";
    if b[pos] == b'.' {
        pos += 1;
        let denom_start = pos;
        while pos < end && b[pos].is_ascii_digit() {
            pos += 1;
        }
        if pos >= end {
            return Ok(Scan {
                positive,
                value: s,
                num,
                denom: &s[denom_start..],
                suffix: "",
            });
        }
        denom = &s[denom_start..pos];
    }
    let value = &s[..pos];
    let suffix_start = pos;
    while pos < end && is_suffix_char(b[pos]) {
        pos += 1;
    }
    if pos < end && (b[pos] == b'-' || b[pos] == b'+') {
        pos += 1;
    }
    while pos < end && b[pos].is_ascii_digit() {
        pos += 1;
    }
    if pos < end {
        return Err(QuantityError::FormatWrong);
    }
    Ok(Scan {
        positive,
        value,
        num,
        denom,
        suffix: &s[suffix_start..],
    })
}

/// Go's `strconv.ParseInt(s, 10, 64)`: optional sign, at least one digit, in range.
fn parse_go_i64(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    let (neg, digits) = match b.first() {
        Some(b'-') => (true, &b[1..]),
        Some(b'+') => (false, &b[1..]),
        _ => (false, b),
    };
    if digits.is_empty() {
        return None;
    }
    let mut mag: u64 = 0;
    for &d in digits {
        if !d.is_ascii_digit() {
            return None;
        }
        mag = mag.checked_mul(10)?.checked_add(u64::from(d - b'0'))?;
    }
    if neg {
        if mag > 1 << 63 {
            return None;
        }
        Some((mag as i64).wrapping_neg())
    } else {
        i64::try_from(mag).ok()
    }
}

/// Base (2 or 10), exponent and format of a suffix.
fn interpret_suffix(suffix: &str) -> Option<(u32, i32, Format)> {
    use Format::*;
    Some(match suffix {
        "" => (10, 0, DecimalSI),
        "n" => (10, -9, DecimalSI),
        "u" => (10, -6, DecimalSI),
        "m" => (10, -3, DecimalSI),
        "k" => (10, 3, DecimalSI),
        "M" => (10, 6, DecimalSI),
        "G" => (10, 9, DecimalSI),
        "T" => (10, 12, DecimalSI),
        "P" => (10, 15, DecimalSI),
        "E" => (10, 18, DecimalSI),
        "Ki" => (2, 10, BinarySI),
        "Mi" => (2, 20, BinarySI),
        "Gi" => (2, 30, BinarySI),
        "Ti" => (2, 40, BinarySI),
        "Pi" => (2, 50, BinarySI),
        "Ei" => (2, 60, BinarySI),
        _ => {
            let b = suffix.as_bytes();
            if b.len() > 1 && (b[0] == b'e' || b[0] == b'E') {
                // Kubernetes parses 64 bits, then keeps the low 32 (wrapping).
                (10, parse_go_i64(&suffix[1..])? as i32, DecimalExponent)
            } else {
                return None;
            }
        }
    })
}

fn decimal_si_suffix(exponent: i32) -> &'static str {
    match exponent {
        -9 => "n",
        -6 => "u",
        -3 => "m",
        3 => "k",
        6 => "M",
        9 => "G",
        12 => "T",
        15 => "P",
        18 => "E",
        // 0, and exponents without a suffix (which Kubernetes then silently drops).
        _ => "",
    }
}

fn binary_si_suffix(times_1024: u32) -> &'static str {
    match times_1024 {
        1 => "Ki",
        2 => "Mi",
        3 => "Gi",
        4 => "Ti",
        5 => "Pi",
        6 => "Ei",
        _ => "",
    }
}

// ---------------------------------------------------------------------------------------
// Arbitrary-precision decimals for the rare inputs that do not fit 64 bits.

/// `±digits × 10^exp`: `digits` are ASCII without leading or trailing zeros (empty for zero).
#[derive(Clone, Debug, PartialEq, Eq)]
struct BigDec {
    neg: bool,
    digits: Vec<u8>,
    exp: i64,
}

impl BigDec {
    fn from_digits(neg: bool, digits: impl IntoIterator<Item = u8>, exp: i64) -> Self {
        let mut v: Vec<u8> = digits.into_iter().skip_while(|&d| d == b'0').collect();
        let mut exp = exp;
        while v.last() == Some(&b'0') {
            v.pop();
            exp += 1;
        }
        if v.is_empty() {
            return BigDec {
                neg: false,
                digits: v,
                exp: 0,
            };
        }
        BigDec {
            neg,
            digits: v,
            exp,
        }
    }

    fn from_i64(value: i64, scale: i64) -> Self {
        let mut buf = [0u8; 20];
        let start = write_u64(&mut buf, value.unsigned_abs());
        BigDec::from_digits(value < 0, buf[start..].iter().copied(), scale)
    }

    fn is_zero(&self) -> bool {
        self.digits.is_empty()
    }

    /// Number of digits before the decimal point (may be zero or negative).
    fn int_len(&self) -> i64 {
        self.digits.len() as i64 + self.exp
    }

    fn cmp_mag(&self, other: &BigDec) -> Ordering {
        match (self.is_zero(), other.is_zero()) {
            (true, true) => return Ordering::Equal,
            (true, false) => return Ordering::Less,
            (false, true) => return Ordering::Greater,
            _ => {}
        }
        // Neither has leading zeros: more integer digits means larger.
        self.int_len()
            .cmp(&other.int_len())
            // Same magnitude order: digit strings compare left to right; when one is a prefix
            // of the other, the longer one has more (non-zero) digits and is larger.
            .then_with(|| self.digits.cmp(&other.digits))
    }

    fn cmp_value(&self, other: &BigDec) -> Ordering {
        let sign = |d: &BigDec| {
            if d.is_zero() {
                0
            } else if d.neg {
                -1
            } else {
                1
            }
        };
        match sign(self).cmp(&sign(other)) {
            Ordering::Equal if self.neg => other.cmp_mag(self),
            Ordering::Equal => self.cmp_mag(other),
            o => o,
        }
    }

    /// Multiply the magnitude by `m` (at most 2⁶⁰).
    fn mul_small(&mut self, m: u64) {
        if self.is_zero() {
            return;
        }
        let mut carry: u128 = 0;
        for d in self.digits.iter_mut().rev() {
            let v = u128::from(*d - b'0') * u128::from(m) + carry;
            *d = b'0' + (v % 10) as u8;
            carry = v / 10;
        }
        let mut head = Vec::new();
        while carry > 0 {
            head.push(b'0' + (carry % 10) as u8);
            carry /= 10;
        }
        head.reverse();
        head.extend_from_slice(&self.digits);
        *self = BigDec::from_digits(self.neg, head, self.exp);
    }

    /// Round the magnitude up to a multiple of 10^-9 (a non-zero value stays non-zero).
    fn round_up_to_nano(&mut self) {
        if self.is_zero() || self.exp >= -9 {
            return;
        }
        let drop = (-9 - self.exp) as u64;
        if drop >= self.digits.len() as u64 {
            // Everything is below 10^-9.
            *self = BigDec {
                neg: self.neg,
                digits: vec![b'1'],
                exp: -9,
            };
            return;
        }
        // The dropped digits end with a non-zero one: add one unit at 10^-9.
        let keep = self.digits.len() - drop as usize;
        let mut digits = self.digits[..keep].to_vec();
        let mut i = digits.len();
        loop {
            if i == 0 {
                digits.insert(0, b'1');
                break;
            }
            i -= 1;
            if digits[i] == b'9' {
                digits[i] = b'0';
            } else {
                digits[i] += 1;
                break;
            }
        }
        *self = BigDec::from_digits(self.neg, digits, -9);
    }

    /// The magnitude as an integer, if it is one and fits in a `u64`.
    fn to_u64(&self) -> Option<u64> {
        if self.exp < 0 || self.int_len() > 20 {
            return None;
        }
        let mut v: u64 = 0;
        for &d in &self.digits {
            v = v.checked_mul(10)?.checked_add(u64::from(d - b'0'))?;
        }
        for _ in 0..self.exp {
            v = v.checked_mul(10)?;
        }
        Some(v)
    }

    /// The magnitude's integer digits with the exponent applied (the value must be whole).
    fn integer_digits(&self) -> Vec<u8> {
        let mut v = self.digits.clone();
        v.extend(std::iter::repeat_n(b'0', self.exp.max(0) as usize));
        v
    }

    /// `|self| × 10^-target_scale`, rounded up away from zero, with its sign; saturating.
    fn scaled_i64(&self, target_scale: i64) -> i64 {
        if self.is_zero() {
            return 0;
        }
        let exp = self.exp.saturating_sub(target_scale);
        let sat = if self.neg { i64::MIN } else { i64::MAX };
        let int_len = self.digits.len() as i64 + exp;
        if int_len > 19 {
            return sat;
        }
        let mut mag: u128 = 0;
        let mut fraction = false;
        for (i, &d) in self.digits.iter().enumerate() {
            if (i as i64) < int_len {
                mag = mag * 10 + u128::from(d - b'0');
            } else {
                fraction = true;
            }
        }
        for _ in 0..exp.max(0) {
            mag *= 10;
        }
        if fraction {
            mag += 1;
        }
        if self.neg {
            if mag > 1 << 63 {
                i64::MIN
            } else {
                (mag as i64).wrapping_neg()
            }
        } else {
            i64::try_from(mag).unwrap_or(sat)
        }
    }
}

/// Divide ASCII decimal digits by `d`; returns the quotient (no leading zeros) when exact.
fn div_exact(digits: &[u8], d: u32) -> Option<Vec<u8>> {
    let mut q = Vec::with_capacity(digits.len());
    let mut rem: u64 = 0;
    for &c in digits {
        rem = rem * 10 + u64::from(c - b'0');
        let qd = rem / u64::from(d);
        rem %= u64::from(d);
        if !(q.is_empty() && qd == 0) {
            q.push(b'0' + qd as u8);
        }
    }
    (rem == 0).then_some(q)
}

/// Write `v` in decimal at the end of `buf`; returns the start index.
fn write_u64(buf: &mut [u8; 20], mut v: u64) -> usize {
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            return i;
        }
    }
}

// ---------------------------------------------------------------------------------------
// Parsing to an amount.

/// A parsed amount: a 64-bit mantissa with a power-of-ten scale (the common case), or an
/// exact decimal.
#[derive(Clone, Debug)]
enum Amount {
    Int { value: i64, scale: i32 },
    Big(BigDec),
}

struct Parsed {
    amount: Amount,
    format: Format,
    /// The input already is the canonical form (by Kubernetes' quick test).
    keep: bool,
}

/// Whether `num` followed by `denom` ends with "000".
fn concat_ends_with_000(num: &str, denom: &str) -> bool {
    let tail = num
        .bytes()
        .chain(denom.bytes())
        .rev()
        .take(3)
        .filter(|&c| c == b'0')
        .count();
    tail == 3 && num.len() + denom.len() >= 3
}

fn parse_amount(s: &str) -> Result<Parsed, QuantityError> {
    if s.is_empty() {
        return Err(QuantityError::FormatWrong);
    }
    if s == "0" {
        return Ok(Parsed {
            amount: Amount::Int { value: 0, scale: 0 },
            format: Format::DecimalSI,
            keep: true,
        });
    }
    let sc = scan(s)?;
    let (base, exponent, mut format) = interpret_suffix(sc.suffix).ok_or(QuantityError::Suffix)?;

    // Fast path: at most 18 significant digits and a scale no finer than 10^-9.
    let digit_count = (sc.num.len() + sc.denom.len()) as i64;
    let (precision, mut scale, mantissa): (i64, i32, i64) = match format {
        Format::DecimalExponent | Format::DecimalSI => (18 - digit_count, exponent, 1),
        Format::BinarySI => {
            if exponent >= 0 && sc.denom.is_empty() {
                // 2^exponent takes about exponent × 0.3 decimal digits of the 15 allowed.
                let p = 15 - sc.num.len() as i64 - i64::from(exponent) * 3 / 10 - 1;
                (p, 0, 1i64 << exponent)
            } else {
                (-1, 0, 1)
            }
        }
    };
    if precision >= 0 {
        scale = scale.wrapping_sub(sc.denom.len() as i32);
        if scale >= -9 {
            let mut value: i64 = 0;
            for c in sc.num.bytes().chain(sc.denom.bytes()) {
                value = value * 10 + i64::from(c - b'0');
            }
            if let Some(mut result) = value.checked_mul(mantissa) {
                if !sc.positive {
                    result = -result;
                }
                let keep = match format {
                    // Kubernetes' quick test; plus, as a shortcut of ours, plain input
                    // (`[-]digits` + suffix, no leading zero, point or `+`) whose number
                    // is not a multiple of 1024, which canonicalises to itself.
                    Format::BinarySI => {
                        (exponent % 10 == 0 && value & 0x07 != 0)
                            || (value % 1024 != 0
                                && sc.value.len() == sc.num.len() + usize::from(!sc.positive)
                                && !s.starts_with('+'))
                    }
                    _ => {
                        scale % 3 == 0
                            && !concat_ends_with_000(sc.num, sc.denom)
                            && sc.num.as_bytes()[0] != b'0'
                    }
                };
                return Ok(Parsed {
                    amount: Amount::Int {
                        value: result,
                        scale,
                    },
                    format,
                    keep,
                });
            }
        }
    }

    // Exact path.
    let digits = sc.value.bytes().filter(u8::is_ascii_digit);
    if sc.value.bytes().all(|c| !c.is_ascii_digit()) {
        return Err(QuantityError::Numeric);
    }
    let frac_len = sc.value.find('.').map_or(0, |p| sc.value.len() - p - 1) as i32;
    let mut d = if base == 10 {
        let inf_scale = frac_len.wrapping_add(exponent.wrapping_neg());
        BigDec::from_digits(!sc.positive, digits, -i64::from(inf_scale))
    } else {
        let mut d = BigDec::from_digits(!sc.positive, digits, -i64::from(frac_len));
        let mut e = exponent;
        while e > 0 {
            let step = e.min(60);
            d.mul_small(1u64 << step);
            e -= step;
        }
        d
    };
    d.round_up_to_nano();
    if format == Format::BinarySI {
        let max = BigDec::from_i64(i64::MAX, 0);
        if d.cmp_mag(&max) == Ordering::Greater {
            d = BigDec { neg: d.neg, ..max };
        }
        if !d.is_zero() && d.int_len() <= 0 {
            // Between 0 and 1 in magnitude: written as decimal SI.
            format = Format::DecimalSI;
        }
    }
    Ok(Parsed {
        amount: Amount::Big(d),
        format,
        keep: false,
    })
}

// ---------------------------------------------------------------------------------------
// Canonical output.

/// Output under construction: a stack buffer for the 64-bit path.
struct Out {
    buf: [u8; 64],
    len: usize,
}

impl Out {
    fn new() -> Self {
        Out {
            buf: [0; 64],
            len: 0,
        }
    }

    fn push(&mut self, s: &[u8]) {
        self.buf[self.len..self.len + s.len()].copy_from_slice(s);
        self.len += s.len();
    }

    fn push_i64(&mut self, v: i64) {
        if v < 0 {
            self.push(b"-");
        }
        let mut b = [0u8; 20];
        let start = write_u64(&mut b, v.unsigned_abs());
        self.push(&b[start..]);
    }

    fn push_i32(&mut self, v: i32) {
        self.push_i64(i64::from(v));
    }

    fn to_str(&self) -> Str {
        // Only ASCII was pushed.
        Str::from(std::str::from_utf8(&self.buf[..self.len]).unwrap_or("0"))
    }
}

/// Remove factors of ten from `v` (by magnitude, keeping the sign); returns the count.
fn remove_factors_10(v: i64) -> (i64, i32) {
    if v == i64::MIN {
        // Kubernetes negates first, which overflows and leaves the value unchanged, so
        // nothing is removed.
        return (v, 0);
    }
    let mut m = v.unsigned_abs();
    let mut times = 0;
    while m >= 10 && m % 10 == 0 {
        m /= 10;
        times += 1;
    }
    let m = m as i64;
    (if v < 0 { -m } else { m }, times)
}

/// Remove factors of 1024 from `v` (by magnitude, keeping the sign); returns the count.
fn remove_factors_1024(v: i64) -> (i64, u32) {
    if v == i64::MIN || v == 0 {
        // i64::MIN: as for `remove_factors_10`.
        return (v, 0);
    }
    let m = v.unsigned_abs();
    let times = m.trailing_zeros() / 10;
    let m = (m >> (10 * times)) as i64;
    (if v < 0 { -m } else { m }, times)
}

/// Decimal output of `±digits × 10^exponent` with the exponent lowered to a multiple of
/// three (32-bit arithmetic, as Kubernetes).
fn big_decimal_string(neg: bool, digits: &[u8], exponent: i32, format: Format) -> Str {
    let mut exponent = exponent;
    let mut s = String::with_capacity(digits.len() + 16);
    if neg {
        s.push('-');
    }
    // Digits are ASCII.
    s.push_str(std::str::from_utf8(digits).unwrap_or("0"));
    while exponent % 3 != 0 {
        s.push('0');
        exponent = exponent.wrapping_sub(1);
    }
    push_decimal_suffix_string(&mut s, exponent, format);
    Str::from(s)
}

fn push_decimal_suffix_string(s: &mut String, exponent: i32, format: Format) {
    if format == Format::DecimalExponent {
        if exponent != 0 {
            s.push('e');
            s.push_str(&exponent.to_string());
        }
    } else {
        s.push_str(decimal_si_suffix(exponent));
    }
}

/// Canonical decimal form of `value × 10^scale` (DecimalSI or DecimalExponent).
fn int_decimal(value: i64, scale: i32, format: Format) -> Str {
    let (mut amount, times) = remove_factors_10(value);
    let mut exponent = scale.wrapping_add(times);
    let factor = match exponent % 3 {
        1 | -2 => 10,
        2 | -1 => 100,
        _ => 1,
    };
    if factor != 1 {
        match amount.checked_mul(factor) {
            Some(a) => {
                amount = a;
                exponent = exponent.wrapping_sub(if factor == 10 { 1 } else { 2 });
            }
            None => {
                let d = BigDec::from_i64(value, 0);
                // The exact path counts the removed zeros again from `scale`.
                let zeros = d.exp as i32;
                return big_decimal_string(value < 0, &d.digits, scale.wrapping_add(zeros), format);
            }
        }
    }
    let mut out = Out::new();
    out.push_i64(amount);
    if format == Format::DecimalExponent {
        if exponent != 0 {
            out.push(b"e");
            out.push_i32(exponent);
        }
    } else {
        out.push(decimal_si_suffix(exponent).as_bytes());
    }
    out.to_str()
}

/// Binary SI output of a whole value given as a magnitude in digits.
fn big_binary_string(neg: bool, mut digits: Vec<u8>) -> Str {
    let mut times = 0;
    while !digits.is_empty() {
        match div_exact(&digits, 1024) {
            Some(q) => {
                digits = q;
                times += 1;
            }
            None => break,
        }
    }
    let mut s = String::with_capacity(digits.len() + 3);
    if neg {
        s.push('-');
    }
    s.push_str(std::str::from_utf8(&digits).unwrap_or("0"));
    s.push_str(binary_si_suffix(times));
    Str::from(s)
}

fn int_binary(v: i64) -> Str {
    let (amount, times) = remove_factors_1024(v);
    let mut out = Out::new();
    out.push_i64(amount);
    out.push(binary_si_suffix(times).as_bytes());
    out.to_str()
}

/// Whether `value × 10^scale` lies strictly between -1024 and 1024.
fn int_below_1024(value: i64, scale: i32) -> bool {
    let m = u128::from(value.unsigned_abs());
    if scale >= 0 {
        scale < 4 && m * 10u128.pow(scale as u32) < 1024
    } else {
        let k = scale.unsigned_abs();
        k >= 17 || m < 1024 * 10u128.pow(k)
    }
}

/// Kubernetes' rounding of `value × 10^-digits` to an integer, away from zero; returns the
/// result and whether it was exact.
fn round_away(base: i64, digits: u32) -> (i64, bool) {
    let mut value = base;
    let mut fraction = false;
    for _ in 0..digits {
        if !fraction && value % 10 != 0 {
            fraction = true;
        }
        value /= 10;
        if value == 0 {
            return if fraction {
                (if base > 0 { 1 } else { -1 }, false)
            } else {
                (0, true)
            };
        }
    }
    if fraction {
        value += if base > 0 { 1 } else { -1 };
    }
    (value, !fraction)
}

/// The canonical zero (a constant: built at compile time, not at each use).
const ZERO: Str = Str::const_new("0");

fn canonical(amount: &Amount, format: Format) -> Result<Str, QuantityError> {
    match amount {
        Amount::Int { value: 0, .. } => Ok(ZERO),
        &Amount::Int { value, scale } => Ok(match format {
            Format::DecimalSI | Format::DecimalExponent => int_decimal(value, scale, format),
            Format::BinarySI => {
                if int_below_1024(value, scale) {
                    int_decimal(value, scale, Format::DecimalSI)
                } else if scale >= 0 {
                    match 10i64
                        .checked_pow(scale as u32)
                        .and_then(|p| value.checked_mul(p))
                    {
                        Some(v) => int_binary(v),
                        None => {
                            let d = BigDec::from_i64(value, i64::from(scale));
                            big_binary_string(d.neg, d.integer_digits())
                        }
                    }
                } else {
                    match round_away(value, scale.unsigned_abs()) {
                        (v, true) => int_binary(v),
                        (_, false) => int_decimal(value, scale, Format::DecimalSI),
                    }
                }
            }
        }),
        Amount::Big(d) => {
            if d.is_zero() {
                return Ok(ZERO);
            }
            let decimal = |format| {
                let exponent = i32::try_from(d.exp).map_err(|_| QuantityError::ExponentRange)?;
                Ok(big_decimal_string(d.neg, &d.digits, exponent, format))
            };
            match format {
                Format::DecimalSI | Format::DecimalExponent => decimal(format),
                Format::BinarySI => {
                    let below_1024 = d.cmp_mag(&BigDec::from_i64(1024, 0)) == Ordering::Less;
                    if below_1024 || d.exp < 0 {
                        decimal(Format::DecimalSI)
                    } else if let Some(v) = d.to_u64().and_then(|v| i64::try_from(v).ok()) {
                        Ok(int_binary(if d.neg { -v } else { v }))
                    } else {
                        Ok(big_binary_string(d.neg, d.integer_digits()))
                    }
                }
            }
        }
    }
}

fn amount_to_big(amount: &Amount) -> BigDec {
    match amount {
        &Amount::Int { value, scale } => BigDec::from_i64(value, i64::from(scale)),
        Amount::Big(d) => d.clone(),
    }
}

// ---------------------------------------------------------------------------------------
// The public type.

impl Quantity {
    /// Parse a quantity string and canonicalise it as Kubernetes does. No surrounding white
    /// space is allowed (JSON decoding trims it first, as Kubernetes does).
    pub fn parse(s: &str) -> Result<Quantity, QuantityError> {
        let p = parse_amount(s)?;
        if p.keep {
            return Ok(Quantity { s: Str::from(s) });
        }
        Ok(Quantity {
            s: canonical(&p.amount, p.format)?,
        })
    }

    /// The quantity `value` in `format` (Kubernetes' `NewQuantity`).
    pub fn new(value: i64, format: Format) -> Quantity {
        Quantity::from_amount(value, 0, format)
    }

    /// The quantity `value / 1000` in `format` (Kubernetes' `NewMilliQuantity`).
    pub fn new_milli(value: i64, format: Format) -> Quantity {
        Quantity::from_amount(value, -3, format)
    }

    /// The quantity `value × 10^scale`, decimal SI (Kubernetes' `NewScaledQuantity`).
    pub fn new_scaled(value: i64, scale: i32) -> Quantity {
        Quantity::from_amount(value, scale, Format::DecimalSI)
    }

    fn from_amount(value: i64, scale: i32, format: Format) -> Quantity {
        let amount = Amount::Int { value, scale };
        Quantity {
            // A 64-bit amount always has a 32-bit exponent.
            s: canonical(&amount, format).unwrap_or(ZERO),
        }
    }

    /// The canonical form, as Kubernetes writes it.
    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// Whether the amount is zero.
    pub fn is_zero(&self) -> bool {
        self.s == "0"
    }

    fn big(&self) -> BigDec {
        parse_amount(&self.s)
            .map(|p| amount_to_big(&p.amount))
            .unwrap_or_else(|_| BigDec::from_digits(false, [], 0))
    }

    /// The amount rounded up (away from zero) to an integer, saturating at the `i64` range
    /// (Kubernetes' `Value`).
    pub fn value(&self) -> i64 {
        self.big().scaled_i64(0)
    }

    /// The amount in thousandths, rounded up (away from zero), saturating at the `i64`
    /// range (Kubernetes' `MilliValue`).
    pub fn milli_value(&self) -> i64 {
        self.big().scaled_i64(-3)
    }

    /// The amount × 10^-scale, rounded up (away from zero), saturating (Kubernetes'
    /// `ScaledValue`); `scale` -9 gives nanounits, 3 thousands.
    pub fn scaled_value(&self, scale: i32) -> i64 {
        self.big().scaled_i64(i64::from(scale))
    }

    /// The amount as an `i64` when it is a whole number in range.
    pub fn as_i64(&self) -> Option<i64> {
        let d = self.big();
        if d.is_zero() {
            return Some(0);
        }
        let m = d.to_u64()?;
        if d.neg {
            (m <= 1 << 63).then(|| (m as i64).wrapping_neg())
        } else {
            i64::try_from(m).ok()
        }
    }

    /// -1, 0 or 1 by the sign of the amount.
    pub fn signum(&self) -> i32 {
        if self.is_zero() {
            0
        } else if self.s.starts_with('-') {
            -1
        } else {
            1
        }
    }

    /// Compare amounts, ignoring format (`1k`, `1000` and `1e3` are equal).
    pub fn cmp_value(&self, other: &Quantity) -> Ordering {
        if self.s == other.s {
            return Ordering::Equal;
        }
        self.big().cmp_value(&other.big())
    }

    /// The format the canonical form is written in.
    pub fn format(&self) -> Format {
        parse_amount(&self.s).map_or(Format::DecimalSI, |p| p.format)
    }
}

impl Default for Quantity {
    /// Zero, written `"0"`.
    fn default() -> Self {
        Quantity { s: ZERO }
    }
}

impl FromStr for Quantity {
    type Err = QuantityError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Quantity::parse(s)
    }
}

impl fmt::Display for Quantity {
    /// The canonical form.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.s)
    }
}

impl AsRef<str> for Quantity {
    fn as_ref(&self) -> &str {
        &self.s
    }
}

impl JsonEncode for Quantity {
    #[inline]
    fn encode_json(&self, out: &mut Vec<u8>) {
        // Canonical strings use only [0-9+-.eEinumkKMGTP]: nothing to escape.
        out.reserve(self.s.len() + 2);
        out.push(b'"');
        out.extend_from_slice(self.s.as_bytes());
        out.push(b'"');
    }
}

impl kcodec::Omit for Quantity {
    /// Go's `omitzero` calls Kubernetes' `IsZero`: true for a zero amount.
    #[inline]
    fn is_zero_value(&self) -> bool {
        self.is_zero()
    }
}

impl JsonDecode for Quantity {
    fn decode_json(r: &mut JsonReader<'_>) -> kcodec::Result<Self> {
        let invalid = |e: QuantityError, at: usize| {
            kcodec::Error::invalid_value(format!("invalid quantity: {e}"), at)
        };
        match r.peek() {
            Some(b'n') => {
                r.eat_null()?;
                Ok(Quantity::default())
            }
            Some(b'"') => {
                let start = r.offset();
                match r.read_str()? {
                    Cow::Borrowed(s) => Quantity::parse(s.trim()).map_err(|e| invalid(e, start)),
                    // Escapes or invalid UTF-8: Kubernetes parses the raw bytes, which then
                    // hold a character no quantity has.
                    Cow::Owned(_) => Err(invalid(QuantityError::FormatWrong, start)),
                }
            }
            Some(b'-' | b'0'..=b'9') => {
                let start = r.offset();
                let tok = r.read_number_token()?;
                // The number grammar admits ASCII only.
                let s = std::str::from_utf8(tok)
                    .map_err(|_| invalid(QuantityError::FormatWrong, start))?;
                Quantity::parse(s).map_err(|e| invalid(e, start))
            }
            _ => Err(r.invalid_type("quantity")),
        }
    }
}

impl ProtoMessage for Quantity {
    #[inline]
    fn encoded_len(&self) -> usize {
        field::len(1, &self.s)
    }

    #[inline]
    fn encode_rev(&self, w: &mut RevBuf) {
        field::encode(w, 1, &self.s);
    }

    /// An invalid string is an error located at its length prefix.
    fn merge(&mut self, r: &mut ProtoReader<'_>) -> kcodec::Result<()> {
        while !r.at_end() {
            let (tag, wire) = r.read_key()?;
            match tag {
                1 => {
                    if wire != WireType::Len {
                        return Err(r.wrong_wire_type(1, wire, WireType::Len));
                    }
                    let start = r.offset();
                    let bytes = r.read_len_delimited()?;
                    // Bytes that are not UTF-8 hold a character no quantity has.
                    let parsed = std::str::from_utf8(bytes)
                        .map_err(|_| QuantityError::FormatWrong)
                        .and_then(Quantity::parse);
                    *self = parsed.map_err(|e| {
                        kcodec::Error::invalid_value(format!("invalid quantity: {e}"), start)
                    })?;
                }
                _ => r.skip(wire)?,
            }
        }
        Ok(())
    }
}

kcodec::proto_message_value!(Quantity);

#[cfg(test)]
mod tests {
    use super::*;
    use kcodec::json;
    #[allow(unused_imports)]
    use kcodec::proto::{field, ProtoValue, WireType};
    use kcodec::Omit as _;

    fn q(s: &str) -> Quantity {
        Quantity::parse(s).unwrap_or_else(|e| panic!("{s:?}: {e}"))
    }

    fn canon(s: &str) -> String {
        q(s).as_str().to_owned()
    }

    #[track_caller]
    fn check(input: &str, want: &str) {
        assert_eq!(canon(input), want, "input {input:?}");
        // Canonical output is stable: parsing it again gives the same string.
        assert_eq!(canon(want), want, "re-parse of {want:?}");
    }

    #[test]
    fn spec_examples() {
        check("1000m", "1");
        check("1.5", "1500m");
        check("0.5", "500m");
        check("1.5Gi", "1536Mi");
        check("1024Mi", "1Gi");
        check("1000M", "1G");
        check(".001Ki", "1024m");
        check(".000001Ki", "1024u");
        check(".000000000001Ki", "2n");
        check("1.08", "1080m");
        check("0.001T", "1G");
        check("1000u", "1m");
        check(".001e12", "1e9");
        check("0.001e0", "1e-3");
        check("1000e-12", "1e-9");
        check("00", "0");
        check("307200Ki", "300Mi");
        check("300Mi", "300Mi");
        check("1025", "1025");
        check("3k", "3k");
        // Still within nano precision: no rounding (Kubernetes' doc example "0.1m -> 1m"
        // does not hold).
        check("0.1m", "100u");
    }

    #[test]
    fn kubernetes_parse_emit_table() {
        for (input, want) in [
            ("1Ki", "1Ki"),
            ("1Mi", "1Mi"),
            ("1Gi", "1Gi"),
            ("1024Mi", "1Gi"),
            ("1000M", "1G"),
            (".001Ki", "1024m"),
            (".000001Ki", "1024u"),
            (".000000001Ki", "1024n"),
            (".000000000001Ki", "2n"),
        ] {
            check(input, want);
            check(&format!("-{input}"), &format!("-{want}"));
        }
    }

    #[test]
    fn kubernetes_string_table() {
        // (canonical, a non-canonical spelling of the same value)
        for (want, alternate) in [
            ("1Gi", "1024Mi"),
            ("300Mi", "307200Ki"),
            ("1001Gi", "1025024Mi"),
            ("1Ti", "1024Gi"),
            ("5", "5000m"),
            ("500m", "0.5"),
            ("1G", "1000M"),
            ("1G", "0.001T"),
            ("1m", "1000u"),
            ("1080m", "1.08"),
            ("1080m", "1080000000n"),
            ("1e9", ".001e12"),
            ("1e-3", "0.001e0"),
            ("1e-9", "1000e-12"),
            ("0", "00"),
        ] {
            check(alternate, want);
            check(want, want);
        }
        for s in [
            "6Ki", "80m", "300M", "1T", "1234567M", "1234567m", "3k", "1025", "0", "80e-3",
            "300e6", "1e12", "1e3", "3e3", "1n", "80n", "1080n", "1u", "80u", "1080u",
        ] {
            check(s, s);
            if s != "0" {
                check(&format!("-{s}"), &format!("-{s}"));
            }
        }
    }

    #[test]
    fn kubernetes_parse_table_values() {
        // (input, canonical output), from the inputs of Kubernetes' parse tests.
        for (input, want) in [
            ("0", "0"),
            ("0n", "0"),
            ("0u", "0"),
            ("0m", "0"),
            ("0Ki", "0"),
            ("0k", "0"),
            ("0Mi", "0"),
            ("0M", "0"),
            ("0Gi", "0"),
            ("0G", "0"),
            ("0Ti", "0"),
            ("0T", "0"),
            ("1", "1"),
            ("1Ki", "1Ki"),
            ("8Ki", "8Ki"),
            ("7Mi", "7Mi"),
            ("6Gi", "6Gi"),
            ("5Ti", "5Ti"),
            ("4Pi", "4Pi"),
            ("3Ei", "3Ei"),
            ("10Ti", "10Ti"),
            ("100Ti", "100Ti"),
            ("5n", "5n"),
            ("4u", "4u"),
            ("3m", "3m"),
            ("9", "9"),
            ("8k", "8k"),
            ("50k", "50k"),
            ("7M", "7M"),
            ("6G", "6G"),
            ("5T", "5T"),
            ("40T", "40T"),
            ("300T", "300T"),
            ("2P", "2P"),
            ("1E", "1E"),
            ("1E-3", "1E-3"),
            ("1e3", "1e3"),
            ("1E6", "1E6"),
            ("1e9", "1e9"),
            ("1E12", "1E12"),
            ("1e15", "1e15"),
            ("1E18", "1E18"),
            ("1e14", "100e12"),
            ("1e13", "10e12"),
            ("100.035k", "100.035k"),
            ("0.001", "1m"),
            ("0.0005k", "500m"),
            ("0.005", "5m"),
            ("0.05", "50m"),
            ("0.5", "500m"),
            ("0.00050k", "500m"),
            ("0.00500", "5m"),
            ("0.05000", "50m"),
            ("0.50000", "500m"),
            ("0.5e0", "500e-3"),
            ("0.5e-1", "50e-3"),
            ("0.5e-2", "5e-3"),
            ("10.035M", "10.035M"),
            ("1.2e3", "1200"),
            ("1.3E+6", "1300e3"),
            ("1.40e9", "1400e6"),
            ("1.53E12", "1530e9"),
            ("1.6e15", "1600e12"),
            ("1.7E18", "1700e15"),
            ("9.01", "9010m"),
            ("8.1k", "8100"),
            ("7.123456M", "7.123456M"),
            ("6.987654321G", "6.987654321G"),
            ("5.444T", "5.444T"),
            ("40.1T", "40100G"),
            ("300.2T", "300200G"),
            ("2.5P", "2500T"),
            ("1.01E", "1010P"),
            ("3.001n", "4n"),
            ("1.1E-9", "2e-9"),
            ("0.0000000001", "1n"),
            ("0.0000000005", "1n"),
            ("0.00000000050", "1n"),
            ("0.5e-9", "1e-9"),
            ("0.9n", "1n"),
            ("0.00000012345", "124n"),
            ("0.00000012354", "124n"),
            ("9Ei", "9223372036854775807"),
            ("9223372036854775807Ki", "9223372036854775807"),
            ("12E", "12E"),
            ("100.035Ki", "102435840m"),
            ("0.5Mi", "512Ki"),
            ("0.05Gi", "53687091200m"),
            ("0.025Ti", "27487790694400m"),
            (".001", "1m"),
            (".0001k", "100m"),
            ("1.", "1."),
            ("1.G", "1.G"),
        ] {
            assert_eq!(canon(input), want, "input {input:?}");
            // Every output parses again, to itself.
            assert_eq!(canon(want), want, "re-parse of {want:?}");
        }
    }

    #[test]
    fn negatives_and_signs() {
        check("-1", "-1");
        check("-1000m", "-1");
        check("-1.5Gi", "-1536Mi");
        check("-0.1m", "-100u");
        check("-.000000000001Ki", "-2n");
        check("-0", "0");
        check("-0.0", "0");
        check("-9Ei", "-9223372036854775807");
        check("-1025", "-1025");
        check("-500m", "-500m");
        // Kubernetes keeps an input that passes its canonical test, sign and all.
        assert_eq!(canon("+1"), "+1");
        assert_eq!(canon("+1Ki"), "+1Ki");
        assert_eq!(canon("+1.5"), "1500m");
        assert_eq!(canon("+1000"), "1k");
        // A lone sign or a lone point is zero.
        assert_eq!(canon("-"), "0");
        assert_eq!(canon("+"), "0");
        assert_eq!(canon("."), "0");
        assert_eq!(canon("-."), "0");
        assert_eq!(canon(".e-9"), "0");
        assert_eq!(
            Quantity::parse(".e-10"),
            Err(QuantityError::Numeric),
            "the exact path needs a digit"
        );
    }

    #[test]
    fn keeps_what_kubernetes_keeps() {
        // Accepted by Kubernetes' quick canonical test: echoed byte for byte.
        for s in [
            "100m",
            "128974848",
            "129e6",
            "129M",
            "123Mi",
            "01",
            "007",
            "1.",
            "1.G",
            "1.234k",
            "1.230",
            "1.500",
            "01Ki",
            "1025Ki",
            "1E3",
            "1e+3",
            "1e03",
            "500u",
            "10",
            "1.5k",
            "7Gi",
        ] {
            if s == "1.5k" {
                continue;
            }
            assert_eq!(canon(s), s, "{s}");
        }
        // Not kept (the canonical form is recomputed).
        for (s, want) in [
            ("1.5k", "1500"),
            ("1000", "1k"),
            ("0.5", "500m"),
            ("128Mi", "128Mi"),
            ("08Ki", "8Ki"),
            ("1024Ki", "1Mi"),
            ("1536Ki", "1536Ki"),
            ("1.5000", "1500m"),
            ("10e3", "10e3"),
            ("1e1", "10"),
            ("1e-1", "100e-3"),
        ] {
            assert_eq!(canon(s), want, "{s}");
        }
    }

    #[test]
    fn large_values() {
        // Binary SI is capped at 2^63-1; decimal SI is not capped.
        check("7Ei", "7Ei");
        check("8191Pi", "8191Pi");
        check("8192Pi", "9223372036854775807");
        check("8Ei", "9223372036854775807");
        check("9223372036854775807", "9223372036854775807");
        check("9223372036854775808", "9223372036854775808");
        check("99999999999999999999", "99999999999999999999");
        check("100000000000000000000", "100E");
        check("999E", "999E");
        check("18446744073709551616Ki", "9223372036854775807");
        check("1.5Ei", "1536Pi");
        check("1.999999999999999999999Ei", "2305843009213693951998847079n");
        check("7.999999999999999999999Ei", "9223372036854775807");
        // Kubernetes has no suffix above E and drops it: 1000E becomes "1".
        assert_eq!(canon("1000E"), "1");
        assert_eq!(canon("1000000000000000000000"), "1");
        assert_eq!(canon("12345678901234567890123"), "12345678901234567890123");
        // Exponent forms have no such limit.
        check("1e100", "10e99");
        check("1000000000000000000000e0", "1e21");
        check("12345678901234567890e100", "123456789012345678900e99");
        check("1e-100", "1e-9");
        check("-1e-100", "-1e-9");
        // The exponent is read as 64 bits and truncated to 32, as Kubernetes does.
        // (These pass the quick canonical test and are echoed.)
        assert_eq!(canon("1e4294967296"), "1e4294967296");
        assert_eq!(canon("1e4294967299"), "1e4294967299");
        assert_eq!(canon("1000e4294967296"), "1e3");
        assert_eq!(canon("1000e4294967299"), "1e6");
        assert_eq!(canon("1000e-4294967296"), "1e3");
        assert!(Quantity::parse("1e9223372036854775808").is_err());
        assert_eq!(canon("10e2147483647"), "10e2147483647");
        assert_eq!(
            Quantity::parse("12345678901234567890e2147483648"),
            Err(QuantityError::ExponentRange)
        );
    }

    #[test]
    fn rounding_up_to_nano() {
        check("0.0000000001", "1n");
        check("0.0000000019", "2n");
        check("1.0000000001", "1000000001n");
        check("0.9999999999", "1");
        check("999.9999999991", "1k");
        check("1n", "1n");
        check("0.1n", "1n");
        check("-0.1n", "-1n");
        check("0.000000000000000000000000000000001", "1n");
        check("1e-10", "1e-9");
        check("1.23e-10", "1e-9");
        check("123e-11", "2e-9");
    }

    #[test]
    fn binary_fallbacks() {
        check("0.5Ki", "512");
        check("1.5Ki", "1536");
        check("1.0001Ki", "1024102400u");
        check("0.1Ki", "102400m");
        check("0.0001Ki", "102400u");
        check("1023.5Ki", "1048064");
        check("1Ki", "1Ki");
        check("1024Ki", "1Mi");
        check("1048576Ki", "1Gi");
        check("1073741824Ki", "1Ti");
        check("1099511627776Ki", "1Pi");
        check("1.25Mi", "1280Ki");
    }

    #[test]
    fn invalid_inputs() {
        for bad in [
            "", "1.1.M", "1+1.0M", "0.1mi", "0.1am", "aoeu", ".5i", "1i", "-3.01i", "-3.01e-",
            " 1", "1 ", "1e", "1e+", "1K", "1KI", "1ki", "1Ki5", "1e3k", "1e1e1", "1ee5", "1mE5",
            "--1", "+-1", "1,5", "0x10", "1_000", "∞", "1µ", "NaN",
        ] {
            assert!(Quantity::parse(bad).is_err(), "{bad:?}");
        }
        assert_eq!(Quantity::parse(""), Err(QuantityError::FormatWrong));
        assert_eq!(Quantity::parse("1 "), Err(QuantityError::FormatWrong));
        assert_eq!(Quantity::parse("1i"), Err(QuantityError::Suffix));
        assert_eq!(Quantity::parse("1e"), Err(QuantityError::Suffix));
        assert!(QuantityError::Suffix.to_string().contains("suffix"));
    }

    #[test]
    fn json_encoding() {
        let enc = |v: &Quantity| String::from_utf8(json::to_vec(v).unwrap()).unwrap();
        assert_eq!(enc(&Quantity::default()), r#""0""#);
        assert_eq!(enc(&q("100m")), r#""100m""#);
        assert_eq!(enc(&q("1.5Gi")), r#""1536Mi""#);
        assert_eq!(enc(&q("-2")), r#""-2""#);
        // A Go struct is never omitted by omitempty; omitzero asks IsZero.
        assert!(!Quantity::default().is_empty_value());
        assert!(Quantity::default().is_zero_value());
        assert!(q("0m").is_zero_value());
        assert!(!q("1m").is_zero_value());
    }

    #[test]
    fn json_decoding() {
        let d = |s: &str| json::from_slice::<Quantity>(s.as_bytes());
        assert_eq!(d(r#""100m""#).unwrap(), q("100m"));
        assert_eq!(d(r#""1.5Gi""#).unwrap().as_str(), "1536Mi");
        assert_eq!(d("null").unwrap(), Quantity::default());
        // Kubernetes' white-space cases.
        for (input, want) in [
            (r#"" 1""#, "1"),
            (r#""1 ""#, "1"),
            ("1", "1"),
            (" 1", "1"),
            ("1 ", "1"),
            ("10", "10"),
            ("-1", "-1"),
            (" -1", "-1"),
            ("1.5", "1500m"),
            ("1e3", "1e3"),
            ("1E-3", "1E-3"),
            ("0", "0"),
            (r#""\u00a01\u3000""#, "1"),
        ] {
            let got = d(input);
            if input.contains("\\u") {
                // Escapes are not unescaped by Kubernetes: an error.
                assert!(got.is_err(), "{input}");
                continue;
            }
            assert_eq!(got.unwrap().as_str(), want, "{input}");
        }
        assert_eq!(d("\"\u{a0}1\u{3000}\"").unwrap().as_str(), "1");
        assert!(d(r#""""#).is_err());
        assert!(d(r#""  ""#).is_err());
        assert!(d(r#""1x""#).is_err());
        assert!(d("true").is_err());
        assert!(d("{}").is_err());
        assert!(d("[]").is_err());
        let e = json::from_slice::<Vec<Quantity>>(br#"["1", "2x"]"#).unwrap_err();
        assert_eq!(e.offset(), 6);
        assert!(e.to_string().contains("quantity"), "{e}");
        assert_eq!(
            json::from_slice::<Vec<Quantity>>(b"[1, -0.5e-20]").unwrap()[1].as_str(),
            "-1e-9"
        );
    }

    #[test]
    fn constructors_follow_kubernetes() {
        use Format::*;
        assert_eq!(Quantity::new(1024 * 1024 * 1024, BinarySI).as_str(), "1Gi");
        assert_eq!(Quantity::new(300 * 1024 * 1024, BinarySI).as_str(), "300Mi");
        assert_eq!(Quantity::new(6 * 1024, BinarySI).as_str(), "6Ki");
        assert_eq!(Quantity::new(5, BinarySI).as_str(), "5");
        assert_eq!(Quantity::new(1025, BinarySI).as_str(), "1025");
        assert_eq!(Quantity::new(0, BinarySI).as_str(), "0");
        assert_eq!(Quantity::new(1_000_000_000, DecimalSI).as_str(), "1G");
        assert_eq!(Quantity::new(3000, DecimalExponent).as_str(), "3e3");
        assert_eq!(Quantity::new(-1_000_000, DecimalSI).as_str(), "-1M");
        assert_eq!(
            Quantity::new(i64::MAX, DecimalSI).as_str(),
            "9223372036854775807"
        );
        assert_eq!(
            Quantity::new(i64::MIN, DecimalSI).as_str(),
            "-9223372036854775808"
        );
        // Kubernetes cannot remove factors from i64::MIN (its negation overflows).
        assert_eq!(
            Quantity::new(i64::MIN, BinarySI).as_str(),
            "-9223372036854775808"
        );
        assert_eq!(Quantity::new_milli(500, BinarySI).as_str(), "500m");
        assert_eq!(Quantity::new_milli(1234567, BinarySI).as_str(), "1234567m");
        assert_eq!(Quantity::new_milli(2_048_000, BinarySI).as_str(), "2Ki");
        assert_eq!(Quantity::new_milli(1080, DecimalSI).as_str(), "1080m");
        assert_eq!(Quantity::new_milli(80, DecimalExponent).as_str(), "80e-3");
        assert_eq!(Quantity::new_scaled(1, 9).as_str(), "1G");
        assert_eq!(Quantity::new_scaled(1000, 6).as_str(), "1G");
        assert_eq!(Quantity::new_scaled(108, -2).as_str(), "1080m");
        assert_eq!(Quantity::new_scaled(10800, -4).as_str(), "1080m");
        assert_eq!(Quantity::new_scaled(108, -8).as_str(), "1080n");
        assert_eq!(Quantity::new_scaled(10800, -10).as_str(), "1080n");
        assert_eq!(Quantity::new_scaled(1234567, 6).as_str(), "1234567M");
        // The mantissa × 100 overflows: the exact path takes over.
        assert_eq!(
            Quantity::new_scaled(i64::MAX, 1).as_str(),
            "92233720368547758070"
        );
        assert_eq!(
            Quantity::new(i64::MAX, DecimalExponent).as_str(),
            "9223372036854775807"
        );
        assert_eq!(
            Quantity::new_scaled(922337203685477581, 2).as_str(),
            "92233720368547758100"
        );
    }

    #[test]
    fn numeric_views() {
        assert_eq!(q("100m").milli_value(), 100);
        assert_eq!(q("100m").value(), 1);
        assert_eq!(q("1.5").value(), 2);
        assert_eq!(q("-1.5").value(), -2);
        assert_eq!(q("128Mi").value(), 128 << 20);
        assert_eq!(q("1Ki").milli_value(), 1_024_000);
        assert_eq!(q("1n").scaled_value(-9), 1);
        assert_eq!(q("1n").milli_value(), 1);
        assert_eq!(q("5G").scaled_value(9), 5);
        assert_eq!(q("1e100").value(), i64::MAX);
        assert_eq!(q("-1e100").value(), i64::MIN);
        assert_eq!(q("9Ei").value(), i64::MAX);
        assert_eq!(q("0").value(), 0);
        assert_eq!(q("3k").as_i64(), Some(3000));
        assert_eq!(q("1500m").as_i64(), None);
        assert_eq!(q("-9223372036854775808").as_i64(), Some(i64::MIN));
        assert_eq!(q("9223372036854775808").as_i64(), None);
        assert_eq!(q("0").as_i64(), Some(0));
        assert_eq!(q("-3").signum(), -1);
        assert_eq!(q("0").signum(), 0);
        assert_eq!(q("3m").signum(), 1);
        assert_eq!(q("1k").cmp_value(&q("1e3")), Ordering::Equal);
        assert_eq!(q("1k").cmp_value(&q("+1000")), Ordering::Equal);
        assert_eq!(q("1Ki").cmp_value(&q("1k")), Ordering::Greater);
        assert_eq!(q("-1Ki").cmp_value(&q("-1k")), Ordering::Less);
        assert_eq!(q("999m").cmp_value(&q("1")), Ordering::Less);
        assert_eq!(q("-1n").cmp_value(&q("0")), Ordering::Less);
        assert_eq!(q("1.5Gi").format(), Format::BinarySI);
        assert_eq!(q("1e3").format(), Format::DecimalExponent);
        assert_eq!(q("0.5Gi").format(), Format::BinarySI);
        assert_eq!(q("500m").format(), Format::DecimalSI);
        assert!(q("0m").is_zero());
        assert!(Quantity::default().is_zero());
    }

    #[test]
    fn traits() {
        assert_eq!("1Gi".parse::<Quantity>().unwrap(), q("1024Mi"));
        assert_eq!(q("1.5").to_string(), "1500m");
        assert_eq!(q("2").as_ref(), "2");
        assert_eq!(Quantity::default(), q("0"));
        assert_ne!(q("+1"), q("1"));
    }

    #[test]
    fn binary_si_output_without_suffix_reads_back_as_decimal_si() {
        // A whole binary-SI amount that is no multiple of 1024 is written without a suffix,
        // as Kubernetes writes it; that string reads back as decimal SI, whose canonical
        // form may differ (same amount), in Go too: the suffix is all the wire keeps of the
        // format. Found by the `scalars` fuzz target.
        for (input, first, second) in [
            ("7.8125Ki", "8000", "8k"),
            ("169373062.5Ki", "173438016000", "173438016k"),
        ] {
            let got = q(input);
            assert_eq!(got.as_str(), first);
            let again = q(first);
            assert_eq!(
                (again.as_str(), again.format()),
                (second, Format::DecimalSI)
            );
            assert_eq!(got.cmp_value(&again), Ordering::Equal);
            assert_eq!(q(second), again);
        }
    }

    #[test]
    fn canonical_output_is_stable_over_many_inputs() {
        // A deterministic sweep: every output re-parses to itself, and agrees in value (for
        // these mantissas; see the test above for outputs that do not).
        let mantissas = [
            "0",
            "1",
            "5",
            "7",
            "8",
            "10",
            "12",
            "999",
            "1000",
            "1023",
            "1024",
            "1025",
            "1536",
            "4096",
            "0.5",
            "1.5",
            "0.001",
            ".25",
            "12.3456",
            "100.035",
            "3.001",
            "0.0000001",
        ];
        let suffixes = [
            "", "n", "u", "m", "k", "M", "G", "T", "P", "E", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei",
            "e0", "e3", "e-3", "e-9", "e-12", "E5", "e18", "e20",
        ];
        for sign in ["", "-", "+"] {
            for m in mantissas {
                for s in suffixes {
                    let input = format!("{sign}{m}{s}");
                    let got = q(&input);
                    let again = q(got.as_str());
                    assert_eq!(again, got, "{input} -> {got}");
                }
            }
        }
    }

    /// Inputs with the output Kubernetes' `resource` package gives for them (`None`: an
    /// error), sampled from a differential run of random inputs against it.
    const KUBERNETES_SAMPLES: &[(&str, Option<&str>)] = &[
        ("+.162n", Some("1n")),
        ("+.2251605345e2", Some("22516053450e-9")),
        ("+.490380004e-100", Some("1e-9")),
        ("+.667202507550e18", Some("667202507550e6")),
        ("+.811Mi", Some("850395136m")),
        ("+.P", Some("0")),
        (
            "+00542161034273748493.73e-3",
            Some("542161034273748493730e-6"),
        ),
        ("+06576066367.4105T", Some("6576066367410500M")),
        ("+0822824921373159939.e-10", Some("82282492137315994e-9")),
        ("+09326545e-12", Some("9327e-9")),
        ("+1024e-12", Some("2e-9")),
        ("+20774811937e2", Some("2077481193700")),
        ("+214e-10", Some("22e-9")),
        ("+33898668823060745727e-12", Some("33898668823060746e-9")),
        ("+356044782624757e-1", Some("35604478262475700e-3")),
        ("+397698288671993Ki", Some("397698288671993Ki")),
        ("+43739.11920678138514309195e0", Some("43739119206782e-9")),
        (
            "+45925892736.86808077506254557405e100",
            Some("459258927368680807750625455740500e78"),
        ),
        ("+47669436968313443202e0", Some("47669436968313443202")),
        (
            "+4852063755069932702.9052309896e2",
            Some("485206375506993270290523098960e-9"),
        ),
        (
            "+4860918140288380755689561e-10",
            Some("486091814028838075568957e-9"),
        ),
        (
            "+4985073649948875406.7732E",
            Some("4985073649948875406773200T"),
        ),
        ("+5.0E+6", Some("5e6")),
        ("+5.e-3", Some("+5.e-3")),
        ("+529e19", Some("5290e18")),
        ("+532e-10", Some("54e-9")),
        ("+53988493703T", Some("+53988493703T")),
        ("+5564.e1", Some("55640")),
        ("+583584968162102e3", Some("+583584968162102e3")),
        ("+59565698.50e100", Some("595656985e99")),
        ("+684e20", Some("68400e18")),
        ("+68Pi", Some("68Pi")),
        ("+86896215413e20", Some("8689621541300e18")),
        ("+9.1733e100", Some("+9.1733e100")),
        ("+904e-1", Some("90400e-3")),
        (
            "+93276267645.517319991545e19",
            Some("932762676455173199915450e6"),
        ),
        (
            "+9558656268034169827.6605288783e19",
            Some("95586562680341698276605288783e9"),
        ),
        ("-.326589890253e-10", Some("-1e-9")),
        ("-0.9n", Some("-1n")),
        (
            "-02503604544246346812.963039872596Ei",
            Some("-9223372036854775807"),
        ),
        ("-04189522134e-1", Some("-418952213400e-3")),
        ("-05e20", Some("-500e18")),
        ("-06922057607.540135e-10", Some("-692205761e-9")),
        ("-07728794.162Ti", Some("-8497899049806265843712m")),
        (
            "-0858766363620361624755299.6729673314u",
            Some("-858766363620361624755299673n"),
        ),
        ("-1000e4294967295", Some("-100")),
        ("-10853.e20", Some("-1085300e18")),
        ("-13841354027681375453e0", Some("-13841354027681375453")),
        ("-1647629291912454680.E", Some("-1647629291912454680E")),
        ("-23.553414341095e-12", Some("-1e-9")),
        ("-28870268.4E+6", Some("-28870268400e3")),
        ("-28G", Some("-28G")),
        (
            "-2928709847345992175300722n",
            Some("-2928709847345992175300722n"),
        ),
        ("-31238k", Some("-31238k")),
        ("-31960721230176355901e-9", Some("-31960721230176355901e-9")),
        ("-349961885734001188.Mi", Some("-9223372036854775807")),
        (
            "-37665324612214609052e100",
            Some("-376653246122146090520e99"),
        ),
        ("-4.5Ei", Some("-4608Pi")),
        (
            "-4.80217917237354225610Ei",
            Some("-5536535636804567496675432035n"),
        ),
        ("-4448.46524578991568849670", Some("-4448465245790n")),
        ("-5T", Some("-5T")),
        ("-62356Pi", Some("-9223372036854775807")),
        ("-65818.732041925E", Some("-65818.732041925E")),
        ("-6976.7258285312e-10", Some("-698e-9")),
        ("-75853920325868176607Ei", Some("-9223372036854775807")),
        ("-783755450240322e2", Some("-78375545024032200")),
        ("-847.8402Mi", Some("-889024885555200u")),
        ("-89046Ei", Some("-9223372036854775807")),
        ("-93781u", Some("-93781u")),
        (
            "-981584502168510.6971910945k",
            Some("-981584502168510697191094500n"),
        ),
        ("-9899.7598029646u", Some("-9899760n")),
        ("-9904e1", Some("-99040")),
        (".051282e-100", Some("1e-9")),
        (".1E+6", Some("100e3")),
        (".247", Some("247m")),
        (".34723672433205744723e-10", Some("1e-9")),
        ("00327e1", Some("3270")),
        (
            "00456386123925126668.8830751577n",
            Some("456386123925126669n"),
        ),
        ("01722e-9", Some("01722e-9")),
        ("02687Pi", Some("2687Pi")),
        ("02866885Ei", Some("9223372036854775807")),
        ("0324890584102999982.Pi", Some("9223372036854775807")),
        (
            "0421005478462947430.9260957428e-3",
            Some("421005478462947430926096e-9"),
        ),
        ("046.e-100", Some("1e-9")),
        ("06036.4770E+6", Some("6036477e3")),
        (
            "0658082888819531503921424e-1",
            Some("65808288881953150392142400e-3"),
        ),
        ("09349e-100", Some("1e-9")),
        ("099843687686869482e100", Some("998436876868694820e99")),
        ("100926901483857813e3", Some("100926901483857813e3")),
        (
            "1176423397872539233.253e100",
            Some("11764233978725392332530e96"),
        ),
        ("124310582962669461.795T", Some("124310582962669461795G")),
        ("1428.3809005333M", Some("1428380900533300u")),
        ("1483e8", Some("148300e6")),
        ("186Ti", Some("186Ti")),
        ("192488625413959k", Some("192488625413959k")),
        ("19901321557e-12", Some("19901322e-9")),
        ("200.2m", Some("200200u")),
        ("231.0859Gi", Some("248126595766681600u")),
        (
            "2396089314377037233.561685e2",
            Some("239608931437703723356168500e-6"),
        ),
        ("25.6657411481e1", Some("25.6657411481e1")),
        ("260896568656372504Ei", Some("9223372036854775807")),
        (
            "2630675437157591328977512.184Ei",
            Some("9223372036854775807"),
        ),
        ("26G", Some("26G")),
        (
            "2729925112118964568270450M",
            Some("2729925112118964568270450M"),
        ),
        ("2745020932992790844.1027443039e-100", Some("1e-9")),
        ("29.e1", Some("290")),
        ("29047310781.6425854603Gi", Some("9223372036854775807")),
        ("3090e-10", Some("309e-9")),
        ("34434711300189536296.60m", Some("34434711300189536296600u")),
        ("350.218e-1", Some("35021800e-6")),
        ("3503.283828Mi", Some("3673459343228928u")),
        ("365956230890269e3", Some("365956230890269e3")),
        ("36947174337029347291e1", Some("369471743370293472910")),
        ("371.e-1", Some("37100e-3")),
        (
            "385135150546913577.602909m",
            Some("385135150546913577602909n"),
        ),
        ("38820Pi", Some("9223372036854775807")),
        ("4.6", Some("4600m")),
        ("41309.8432G", Some("41309843200k")),
        ("43495919.28635164619943837455m", Some("43495919286352n")),
        (
            "436466313343980757.039722e1",
            Some("4364663133439807570397220e-6"),
        ),
        ("45005981327890994613Ti", Some("9223372036854775807")),
        ("46E1", Some("460")),
        ("47868220107553937105e100", Some("478682201075539371050e99")),
        (
            "47906363513314723179.146e1",
            Some("479063635133147231791460e-3"),
        ),
        ("49245278e1", Some("492452780")),
        ("498.82u", Some("498820n")),
        ("51e100", Some("510e99")),
        ("52647.904405326307", Some("52647904405327n")),
        ("53e19", Some("530e18")),
        ("545.3257918511Pi", Some("613982258244033656029341287n")),
        (
            "568257597836521495.536139782557E",
            Some("568257597836521495536139782557M"),
        ),
        (
            "6042925880049547317344479.701791339e18",
            Some("6042925880049547317344479701791339e9"),
        ),
        ("6178151823930879503e19", Some("61781518239308795030e18")),
        ("62.e18", Some("62.e18")),
        ("63.7e-12", Some("1e-9")),
        ("63.882e2", Some("6388200e-3")),
        ("631.356129941Ti", Some("694183406137784680841216n")),
        ("6469893567034553542e19", Some("64698935670345535420e18")),
        ("65087915575.7821e20", Some("6508791557578210e15")),
        ("65092.4Pi", Some("9223372036854775807")),
        ("654235914807766Pi", Some("9223372036854775807")),
        ("6681824029666431938n", Some("6681824029666431938n")),
        ("66e-10", Some("7e-9")),
        (
            "6780.86708671943269106004E",
            Some("6780867086719432691060040m"),
        ),
        ("6950797713762120771Ei", Some("9223372036854775807")),
        ("69517384e-1", Some("6951738400e-3")),
        ("6e20", Some("600e18")),
        ("7.250581e20", Some("725058100e12")),
        ("7.449947667730Ki", Some("7628746411756n")),
        ("7.7e-10", Some("1e-9")),
        (
            "7305260088145710975671369n",
            Some("7305260088145710975671369n"),
        ),
        ("7365040008103798221074834Ei", Some("9223372036854775807")),
        ("736829610626459254e-9", Some("736829610626459254e-9")),
        ("74975Pi", Some("9223372036854775807")),
        ("76e1", Some("760")),
        (
            "790320199782223534.226778287e-9",
            Some("790320199782223535e-9"),
        ),
        ("8.0", Some("8")),
        ("8.8231123127e3", Some("8823112312700e-9")),
        ("8033e2", Some("803300")),
        (
            "8041656176281192242289692E+6",
            Some("8041656176281192242289692e6"),
        ),
        ("814309325692990.3e100", Some("814309325692990.3e100")),
        ("828827431820840e-10", Some("82882743182084e-9")),
        ("83100526.862995e-10", Some("8310053e-9")),
        ("843199702578859541G", Some("843199702578859541G")),
        ("847", Some("847")),
        ("8572807363594145171.6E", Some("8572807363594145171600P")),
        ("85807e-12", Some("86e-9")),
        ("87145.2677e-10", Some("8715e-9")),
        (
            "877058782733223.5681911111e3",
            Some("877058782733223568191111100e-9"),
        ),
        (
            "8801656836877506280523704.4E+6",
            Some("8801656836877506280523704400e3"),
        ),
        (
            "8820545091949328798746454.005e-3",
            Some("8820545091949328798746454005e-6"),
        ),
        ("894n", Some("894n")),
        ("9.206942430E+6", Some("9.206942430E+6")),
        ("9127257608639599973192102Pi", Some("9223372036854775807")),
        (
            "9338366104496494141621140u",
            Some("9338366104496494141621140u"),
        ),
        ("942Ti", Some("942Ti")),
        ("944.55e100", Some("9445500e96")),
        ("+16495i", None),
        ("+23536x", None),
        ("-122Ki5", None),
        ("-9G-", None),
        ("-M45T", None),
        (".TGP1Gk76", None),
        (".e3+7k716-T", None),
        ("15knKm7eTP6+", None),
        ("1ni3nMTP ", None),
        ("424805188799338962.7K", None),
        ("5.842K", None),
        ("50kP", None),
        ("534T5T", None),
        ("676+50 u2u9", None),
        ("6P407", None),
        ("6enEni9iu8 k", None),
        ("6i-0T0T+2i", None),
        ("73.mE0PMk6", None),
        ("782405500382538Ki5", None),
        ("7in267muG", None),
        ("7ki-E", None),
        ("8  13Gm2E1iu", None),
        ("8.656e", None),
        ("8iE22+i", None),
        ("EE30.8keEu", None),
        ("G59nk+9", None),
        ("G5in6E6Pe3", None),
        ("K380 M9Pi", None),
        ("Mi-669712", None),
        ("TP3n", None),
        ("Tum3.37i", None),
        ("iim2kKm3G5k7", None),
        ("iniTP", None),
        ("k.1n334u7MG", None),
        ("k.4..9uu8T6", None),
        ("k34652", None),
        ("m130in5+9", None),
        ("mP4", None),
        ("n nK uMKK.GK", None),
        ("n+ki", None),
    ];

    #[test]
    fn matches_kubernetes_on_sampled_inputs() {
        for &(input, want) in KUBERNETES_SAMPLES {
            let got = Quantity::parse(input).ok();
            assert_eq!(got.as_ref().map(Quantity::as_str), want, "input {input:?}");
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
        // Zero is written, as "0".
        assert_eq!(proto::to_vec(&Quantity::default()), [0x0a, 0x01, b'0']);
        assert_eq!(Quantity::default().value_len(), 3);
        for input in [
            "100m",
            "1.5Gi",
            "-2",
            "1e3",
            "+1",
            "123456789012345678901234567890",
        ] {
            let v = q(input);
            let mut body = vec![0x0a, v.as_str().len() as u8];
            body.extend_from_slice(v.as_str().as_bytes());
            assert_eq!(proto::to_vec(&v), body, "{input}");
            assert_eq!(v.value_len(), body.len());
            assert_eq!(proto::from_slice::<Quantity>(&body).unwrap(), v);
            let f = proto_field(2, &v);
            assert_eq!(f[..2], [0x12, body.len() as u8]);
            assert_eq!(from_proto_field::<Quantity>(&f).unwrap(), v);
            assert_truncations_fail::<Quantity>(&f);
        }
        // A resources map entry {key = 1: "limitsKey", value = 2: zero Quantity}.
        let mut m = std::collections::BTreeMap::new();
        m.insert(Str::from("limitsKey"), Quantity::default());
        let mut w = RevBuf::new();
        field::encode_map(&mut w, 1, &m);
        let mut want = vec![0x0a, 0x10, 0x0a, 0x09];
        want.extend_from_slice(b"limitsKey");
        want.extend_from_slice(&[0x12, 0x03, 0x0a, 0x01, b'0']);
        assert_eq!(w.as_slice(), want);
        assert_eq!(field::len_map(1, &m), want.len());
    }

    #[test]
    fn protobuf_decode_canonicalises_and_validates() {
        let d = |s: &[u8]| {
            let mut body = vec![0x0a, s.len() as u8];
            body.extend_from_slice(s);
            proto::from_slice::<Quantity>(&body)
        };
        // Parsed as from JSON: canonical form, kept input when already canonical.
        assert_eq!(d(b"1.5Gi").unwrap().as_str(), "1536Mi");
        assert_eq!(d(b"1000m").unwrap().as_str(), "1");
        assert_eq!(d(b"+1").unwrap().as_str(), "+1");
        // But with no trimming (Kubernetes calls ParseQuantity on the string as is).
        for bad in [&b""[..], b" 1", b"1 ", b"1x", b"\xff", b"\xc2\xa01"] {
            let e = d(bad).unwrap_err();
            assert!(e.to_string().contains("invalid quantity"), "{bad:?}: {e}");
            // Located at the string's length prefix.
            assert_eq!(e.offset(), 1, "{bad:?}");
        }
        // The offset is absolute in the input.
        let mut outer = vec![0x0a, 0x05, 0x0a, 0x03];
        outer.extend_from_slice(b"1Kx");
        let e = from_proto_field::<Quantity>(&outer).unwrap_err();
        assert_eq!(e.offset(), 3);
        // No field: unchanged (zero for a fresh value); unknown fields skipped; last wins.
        assert_eq!(
            proto::from_slice::<Quantity>(b"").unwrap(),
            Quantity::default()
        );
        let mut body = vec![0x10, 0x07, 0x0a, 0x01, b'1', 0x0a, 0x02];
        body.extend_from_slice(b"2k");
        assert_eq!(proto::from_slice::<Quantity>(&body).unwrap(), q("2k"));
        let mut v = q("5");
        ProtoValue::merge_value(&mut v, &mut ProtoReader::new(&[0x00])).unwrap();
        assert_eq!(v, q("5"));
        // Wrong wire types.
        let e = proto::from_slice::<Quantity>(&[0x08, 0x01]).unwrap_err();
        assert!(e.to_string().contains("wire type"), "{e}");
        let mut v = Quantity::default();
        let e =
            field::merge(&mut ProtoReader::new(&[0x01]), 2, WireType::Varint, &mut v).unwrap_err();
        assert!(e.to_string().contains("wire type"), "{e}");
        // A string length past the end.
        assert!(proto::from_slice::<Quantity>(&[0x0a, 0x05, b'1']).is_err());
    }
}

/// CBOR: the canonical string as a byte string; decoding takes a string (trimmed, then
/// parsed) or `null` (zero), never a number, as apimachinery's `UnmarshalCBOR`.
#[cfg(feature = "cbor")]
mod cbor {
    use kcodec::cbor::{write, CborDecode, CborEncode, CborReader};

    use super::Quantity;

    impl CborEncode for Quantity {
        fn encode_cbor(&self, out: &mut Vec<u8>) {
            write::write_bytes(out, self.s.as_bytes());
        }
    }

    impl CborDecode for Quantity {
        fn decode_cbor(r: &mut CborReader<'_>) -> kcodec::Result<Self> {
            r.standalone(decode_own)
        }
    }

    fn decode_own(r: &mut CborReader<'_>) -> kcodec::Result<Quantity> {
        {
            if r.eat_nil()? {
                return Ok(Quantity::default());
            }
            let start = r.offset();
            let s = r.read_str()?;
            let text = std::str::from_utf8(&s).unwrap_or("\u{fffd}");
            Quantity::parse(text.trim())
                .map_err(|e| kcodec::Error::invalid_value(format!("invalid quantity: {e}"), start))
        }
    }
}
