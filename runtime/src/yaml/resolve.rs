//! How go-yaml v2 (the YAML library under sigs.k8s.io/yaml, and so under Kubernetes) types an
//! untagged plain scalar: YAML 1.1 booleans (`yes`, `on`, `y`, ...), nulls, integers in any
//! base, floats, base-60 floats and timestamps.
//!
//! The emitter asks it whether a string may be written unquoted (only if it would read back
//! as a string); the parser uses it to type plain scalars.

/// What an untagged plain scalar reads as.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Resolved {
    /// `~`, `null`, `Null`, `NULL` or the empty scalar.
    Null,
    /// `true`/`false` and the YAML 1.1 spellings (`y`, `yes`, `on`, `n`, `no`, `off`, ...).
    Bool(bool),
    /// An integer that fits `i64`.
    Int(i64),
    /// A positive integer above `i64::MAX` that fits `u64`.
    Uint(u64),
    /// A float (including `.inf`, `-.inf`, `.nan`).
    Float(f64),
    /// A timestamp (`2006-1-2`, `2006-1-2T15:4:5Z`, ...): a string to JSON, but not plain.
    Timestamp,
    /// `<<`, the merge key.
    Merge,
    /// A string.
    Str,
}

/// Type an untagged plain scalar as go-yaml v2's `resolve` does.
pub(crate) fn resolve(s: &str) -> Resolved {
    let b = s.as_bytes();
    let hint = match b.first() {
        None => return Resolved::Null,
        Some(b'+' | b'-') => b'S',
        Some(b'0'..=b'9') => b'D',
        Some(b'y' | b'Y' | b'n' | b'N' | b't' | b'T' | b'f' | b'F' | b'o' | b'O' | b'~') => b'M',
        Some(b'.') => b'.',
        // No hint: only `<<`, whose first byte has none, is never looked up (as in go-yaml).
        _ => return Resolved::Str,
    };
    if let Some(r) = lookup(s) {
        return r;
    }
    match hint {
        b'.' => match parse_go_float(s) {
            Some(f) => Resolved::Float(f),
            None => Resolved::Str,
        },
        b'D' | b'S' => resolve_number(s),
        _ => Resolved::Str,
    }
}

fn lookup(s: &str) -> Option<Resolved> {
    Some(match s {
        "y" | "Y" | "yes" | "Yes" | "YES" | "true" | "True" | "TRUE" | "on" | "On" | "ON" => {
            Resolved::Bool(true)
        }
        "n" | "N" | "no" | "No" | "NO" | "false" | "False" | "FALSE" | "off" | "Off" | "OFF" => {
            Resolved::Bool(false)
        }
        "" | "~" | "null" | "Null" | "NULL" => Resolved::Null,
        ".nan" | ".NaN" | ".NAN" => Resolved::Float(f64::NAN),
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" => Resolved::Float(f64::INFINITY),
        "-.inf" | "-.Inf" | "-.INF" => Resolved::Float(f64::NEG_INFINITY),
        "<<" => Resolved::Merge,
        _ => return None,
    })
}

fn resolve_number(s: &str) -> Resolved {
    if is_timestamp(s) {
        return Resolved::Timestamp;
    }
    let plain: String = s.chars().filter(|&c| c != '_').collect();
    if let Some(v) = parse_go_int(&plain) {
        return match i64::try_from(v) {
            Ok(i) => Resolved::Int(i),
            Err(_) => match u64::try_from(v) {
                Ok(u) => Resolved::Uint(u),
                Err(_) => Resolved::Str,
            },
        };
    }
    if is_yaml_style_float(&plain) {
        if let Some(f) = parse_go_float(&plain) {
            return Resolved::Float(f);
        }
    }
    Resolved::Str
}

/// Go's `strconv.ParseInt(s, 0, 64)`, then `ParseUint(s, 0, 64)`: an optional sign, then
/// `0x`/`0o`/`0b` prefixes or a leading `0` for octal. `None` when neither accepts `s`.
fn parse_go_int(s: &str) -> Option<i128> {
    let (neg, plus, body) = match s.as_bytes().first()? {
        b'-' => (true, false, &s[1..]),
        b'+' => (false, true, &s[1..]),
        _ => (false, false, s),
    };
    let (radix, digits) = if let Some(d) = body.strip_prefix("0x").or(body.strip_prefix("0X")) {
        (16, d)
    } else if let Some(d) = body.strip_prefix("0o").or(body.strip_prefix("0O")) {
        (8, d)
    } else if let Some(d) = body.strip_prefix("0b").or(body.strip_prefix("0B")) {
        (2, d)
    } else if body.len() > 1 && body.starts_with('0') {
        (8, &body[1..])
    } else {
        (10, body)
    };
    if digits.is_empty() || !digits.bytes().all(|c| (c as char).is_digit(radix)) {
        return None;
    }
    let v = u64::from_str_radix(digits, radix).ok()? as i128;
    let v = if neg { -v } else { v };
    // ParseInt's range, or ParseUint's (which takes no sign).
    if v < i64::MIN as i128 || (plus && v > i64::MAX as i128) {
        return None;
    }
    Some(v)
}

/// `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`
fn is_yaml_style_float(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    let digits = |i: &mut usize| {
        let start = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - start
    };
    if b.get(i) == Some(&b'.') {
        i += 1;
        if digits(&mut i) == 0 {
            return false;
        }
    } else {
        if digits(&mut i) == 0 {
            return false;
        }
        if b.get(i) == Some(&b'.') {
            i += 1;
            digits(&mut i);
        }
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

/// Go's `strconv.ParseFloat(s, 64)` for the decimal forms YAML produces; `None` on syntax
/// errors and on overflow (Go reports `ErrRange` there, and go-yaml then keeps a string).
fn parse_go_float(s: &str) -> Option<f64> {
    let lower = s.to_ascii_lowercase();
    let body = lower.trim_start_matches(['+', '-']);
    if body.starts_with("inf") || body.starts_with("nan") || body.contains('x') {
        // Go accepts these spellings, but no YAML float form reaches here with them
        // except through the map above; reject the rest as go-yaml's regexp would.
        return None;
    }
    let f: f64 = s.parse().ok()?;
    f.is_finite().then_some(f)
}

/// go-yaml's base-60 float check (`1:20`, `-190:20:30.15`): such strings are quoted.
pub(crate) fn is_base60_float(s: &str) -> bool {
    let b = s.as_bytes();
    match b.first() {
        Some(b'+' | b'-' | b'0'..=b'9') if b.contains(&b':') => {}
        _ => return false,
    }
    // ^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$
    let mut i = usize::from(matches!(b[0], b'+' | b'-'));
    if !b.get(i).is_some_and(u8::is_ascii_digit) {
        return false;
    }
    i += 1;
    while b.get(i).is_some_and(|c| c.is_ascii_digit() || *c == b'_') {
        i += 1;
    }
    let mut groups = 0;
    while b.get(i) == Some(&b':') {
        i += 1;
        match (b.get(i), b.get(i + 1)) {
            (Some(b'0'..=b'5'), Some(b'0'..=b'9')) => i += 2,
            (Some(b'0'..=b'9'), _) => i += 1,
            _ => return false,
        }
        groups += 1;
    }
    if groups == 0 {
        return false;
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        while b.get(i).is_some_and(|c| c.is_ascii_digit() || *c == b'_') {
            i += 1;
        }
    }
    i == b.len()
}

/// go-yaml's `parseTimestamp`: `YYYY-` and then one of Go's layouts
/// `2006-1-2T15:4:5.999999999Z07:00` (also with `t`), `2006-1-2 15:4:5.999999999`, `2006-1-2`.
fn is_timestamp(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() < 5 || !b[..4].iter().all(u8::is_ascii_digit) || b[4] != b'-' {
        return false;
    }
    let year: u32 = s[..4].parse().unwrap_or(0);
    let mut p = TimeParser { b, i: 5 };
    let Some(month) = p.num(1, 12) else {
        return false;
    };
    if !p.lit(b'-') {
        return false;
    }
    let Some(day) = p.num(1, 31) else {
        return false;
    };
    if day > days_in(month, year) {
        return false;
    }
    if p.done() {
        return true;
    }
    let zone = match p.next() {
        Some(b'T' | b't') => true,
        Some(b' ') => false,
        _ => return false,
    };
    if p.num(0, 23).is_none() || !p.lit(b':') || p.num(0, 59).is_none() || !p.lit(b':') {
        return false;
    }
    if p.num(0, 59).is_none() {
        return false;
    }
    // Optional fraction: `.` or `,` and at least one digit.
    if matches!(p.peek(), Some(b'.' | b',')) && p.peek_at(1).is_some_and(|c| c.is_ascii_digit()) {
        p.i += 1;
        while p.peek().is_some_and(|c| c.is_ascii_digit()) {
            p.i += 1;
        }
    }
    if zone {
        match p.next() {
            Some(b'Z') => {}
            Some(b'+' | b'-') => {
                if p.fixed2().is_none() || !p.lit(b':') || p.fixed2().is_none() {
                    return false;
                }
            }
            _ => return false,
        }
    }
    p.done()
}

fn days_in(month: u32, year: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

struct TimeParser<'a> {
    b: &'a [u8],
    i: usize,
}

impl TimeParser<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }
    fn peek_at(&self, k: usize) -> Option<u8> {
        self.b.get(self.i + k).copied()
    }
    fn next(&mut self) -> Option<u8> {
        let c = self.peek()?;
        self.i += 1;
        Some(c)
    }
    fn lit(&mut self, c: u8) -> bool {
        self.next() == Some(c)
    }
    fn done(&self) -> bool {
        self.i == self.b.len()
    }
    /// Go's `getnum(value, false)`: one or two digits, then a range check.
    fn num(&mut self, min: u32, max: u32) -> Option<u32> {
        let d0 = self.peek().filter(u8::is_ascii_digit)?;
        self.i += 1;
        let mut v = u32::from(d0 - b'0');
        if let Some(d1) = self.peek().filter(u8::is_ascii_digit) {
            self.i += 1;
            v = v * 10 + u32::from(d1 - b'0');
        }
        (min..=max).contains(&v).then_some(v)
    }
    fn fixed2(&mut self) -> Option<u32> {
        let a = self.next().filter(u8::is_ascii_digit)?;
        let b = self.next().filter(u8::is_ascii_digit)?;
        Some(u32::from(a - b'0') * 10 + u32::from(b - b'0'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_1_1_words() {
        for s in ["y", "Yes", "ON", "true", "TRUE"] {
            assert_eq!(resolve(s), Resolved::Bool(true), "{s}");
        }
        for s in ["n", "NO", "off", "False"] {
            assert_eq!(resolve(s), Resolved::Bool(false), "{s}");
        }
        for s in ["", "~", "null", "Null"] {
            assert_eq!(resolve(s), Resolved::Null, "{s}");
        }
        for s in ["yES", "nULL", "tRUE", "Off1", "<<x", "value", "on-call"] {
            assert_eq!(resolve(s), Resolved::Str, "{s}");
        }
        assert_eq!(resolve("<<"), Resolved::Str, "go-yaml never looks `<<` up");
    }

    #[test]
    fn numbers_in_every_go_spelling() {
        assert_eq!(resolve("10"), Resolved::Int(10));
        assert_eq!(resolve("-0"), Resolved::Int(0));
        assert_eq!(resolve("+7"), Resolved::Int(7));
        assert_eq!(resolve("0x1F"), Resolved::Int(31));
        assert_eq!(resolve("0o17"), Resolved::Int(15));
        assert_eq!(resolve("017"), Resolved::Int(15));
        assert_eq!(resolve("0b101"), Resolved::Int(5));
        assert_eq!(resolve("1_000"), Resolved::Int(1000));
        assert_eq!(resolve("18446744073709551615"), Resolved::Uint(u64::MAX));
        assert_eq!(
            resolve("08"),
            Resolved::Float(8.0),
            "not octal, but a float"
        );
        assert_eq!(resolve("1e3"), Resolved::Float(1000.0));
        assert_eq!(resolve(".5"), Resolved::Float(0.5));
        assert_eq!(resolve("1."), Resolved::Float(1.0));
        assert_eq!(resolve("1e999"), Resolved::Str, "overflow keeps the string");
        assert_eq!(resolve("12:30"), Resolved::Str);
        assert!(is_base60_float("12:30"));
        assert!(is_base60_float("-1_0:59:00.5"));
        assert!(!is_base60_float("12:60"));
        assert!(!is_base60_float("a:1"));
        assert_eq!(resolve("1.2.3"), Resolved::Str);
        assert_eq!(resolve("-"), Resolved::Str);
        assert_eq!(resolve(".inf"), Resolved::Float(f64::INFINITY));
    }

    #[test]
    fn timestamps_by_go_layouts() {
        for s in [
            "2008-01-01",
            "2008-1-1",
            "2008-01-01T01:01:01Z",
            "2008-01-01t1:1:1.5+02:00",
            "2008-01-01 01:01:01",
            "2008-01-01 01:01:01.123456789123",
            "2024-02-29",
        ] {
            assert_eq!(resolve(s), Resolved::Timestamp, "{s}");
        }
        for s in [
            "2008-01-01T01:01:01",
            "2008-13-01",
            "2023-02-29",
            "2008-01-01 01:01:01Z",
            "20080-01-01",
            "2008-01-01T25:00:00Z",
        ] {
            assert_ne!(resolve(s), Resolved::Timestamp, "{s}");
        }
    }
}
