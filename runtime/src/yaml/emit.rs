//! JSON → YAML, byte for byte as Kubernetes writes YAML: sigs.k8s.io/yaml's `JSONToYAML`,
//! which reads the JSON with go-yaml v2 (so numbers keep their integer or float type) and
//! writes it back with go-yaml v2's emitter (block style, 2-space indent, sequences in
//! mappings not indented, keys sorted in go-yaml's natural order, long scalars folded at 80
//! columns, strings quoted exactly when they would not read back as strings).
//!
//! This module is a from-scratch rendering of that emitter's rules for the documents JSON
//! can express (no anchors, tags or flow collections other than `[]`/`{}`).

use std::borrow::Cow;

use super::resolve::{is_base60_float, resolve, Resolved};
use crate::error::Result;
use crate::json::{DecodeOptions, JsonReader};

/// go-yaml's default line width.
const BEST_WIDTH: usize = 80;
/// go-yaml's default indent.
const BEST_INDENT: isize = 2;
/// Longest key written as a simple `key: value` (go-yaml writes `? key` beyond).
const MAX_SIMPLE_KEY: usize = 128;

/// A JSON document as go-yaml v2 sees it after reading it.
enum Node<'a> {
    Null,
    Bool(bool),
    /// A number token, typed later.
    Number(&'a str),
    Str(Cow<'a, str>),
    Seq(Vec<Node<'a>>),
    Map(Vec<(Cow<'a, str>, Node<'a>)>),
}

/// Convert one JSON document to YAML as `sigs.k8s.io/yaml.JSONToYAML` does. The input is any
/// valid JSON (nesting bounded by the default depth limit); duplicate keys keep the last value
/// and the first position, as a Go map does.
///
/// As there, the JSON text is first read by go-yaml's reader, which refuses the characters
/// YAML does not allow in a stream: DEL, the C1 controls but NEL, U+FFFE and U+FFFF (written
/// raw by Go's JSON encoder). Such a document is an error here too, at the character's
/// offset, where Go's error is `yaml: control characters are not allowed`.
pub fn json_to_yaml(json: &[u8]) -> Result<Vec<u8>> {
    if let Err(e) = std::str::from_utf8(json) {
        // Embedded raw JSON keeps its input's bytes, and go-yaml's reader refuses bytes that
        // are not UTF-8 (`yaml: invalid leading UTF-8 octet`).
        return Err(crate::Error::invalid_value(
            "bytes that are not UTF-8 cannot be read as YAML (as go-yaml refuses them)",
            e.valid_up_to(),
        ));
    }
    if let Some(at) = first_disallowed_character(json) {
        return Err(crate::Error::invalid_value(
            "control characters are not allowed in YAML (as go-yaml refuses them)",
            at,
        ));
    }
    if let Some(at) = first_surrogate_escape(json) {
        return Err(crate::Error::invalid_value(
            "a \\u escape of a UTF-16 surrogate cannot be read as YAML (as go-yaml refuses it)",
            at,
        ));
    }
    let folded = fold_raw_breaks(json)?;
    let json = folded.as_deref().unwrap_or(json);
    let mut r = JsonReader::with_options(json, DecodeOptions::default());
    let root = read_node(&mut r)?;
    r.finish()?;
    let mut e = Emitter::new(json.len() + json.len() / 4);
    e.document(&root);
    Ok(e.out)
}

/// The offset of the first character go-yaml's reader refuses (outside `#x9 | #xA | #xD |
/// [#x20-#x7E] | #x85 | [#xA0-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]`); valid JSON
/// holds no raw byte below 0x20 but tab, newline and carriage return, so only DEL, C1
/// controls and U+FFFE/U+FFFF are left to find.
fn first_disallowed_character(json: &[u8]) -> Option<usize> {
    let mut i = 0;
    while let Some(n) = memchr::memchr3(0x7f, 0xc2, 0xef, &json[i..]) {
        let at = i + n;
        let next = json.get(at + 1).copied().unwrap_or(0);
        let refused = match json[at] {
            0x7f => true,
            0xc2 => (0x80..=0x9f).contains(&next) && next != 0x85,
            _ => next == 0xbf && matches!(json.get(at + 2), Some(0xbe | 0xbf)),
        };
        if refused {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

/// The JSON text with each run of raw line breaks inside its strings folded as go-yaml's
/// reader folds them in a double-quoted scalar (which a JSON string is to it), or `None` when
/// there is none. YAML 1.1's breaks that JSON strings may hold raw are NEL (U+0085, which
/// Go's JSON encoder writes raw), LS and PS (U+2028/U+2029, which it escapes, so only other
/// JSON holds them raw). As go-yaml does: the spaces before a break are dropped and those
/// after it skipped; a lone NEL becomes a space; otherwise the breaks after the first are
/// kept (NEL as a line feed), and a first LS or PS is kept too. Escapes are not breaks. A
/// key holding a raw break spans lines, which a YAML flow mapping's key may not: an error,
/// as go-yaml's (`did not find expected ',' or '}'`).
fn fold_raw_breaks(json: &[u8]) -> Result<Option<Vec<u8>>> {
    let has_break = memchr::memchr2_iter(0xc2, 0xe2, json).any(|i| break_len(json, i) > 0);
    if !has_break {
        return Ok(None);
    }
    let mut string_start = 0;
    let mut string_breaks = false;
    let mut out = Vec::with_capacity(json.len());
    let mut in_string = false;
    // Where the current run of raw spaces inside a string began in `out`.
    let mut spaces_from = 0;
    let mut i = 0;
    while i < json.len() {
        let b = json[i];
        if !in_string {
            in_string = b == b'"';
            string_start = i;
            string_breaks = false;
            out.push(b);
            spaces_from = out.len();
            i += 1;
            continue;
        }
        match b {
            b'"' => {
                in_string = false;
                out.push(b);
                i += 1;
                let next = json[i..].iter().find(|c| !c.is_ascii_whitespace());
                if string_breaks && next == Some(&b':') {
                    return Err(crate::Error::invalid_value(
                        "a key holding a line break (NEL, LS or PS) cannot be read as YAML \
                         (as go-yaml refuses it)",
                        string_start,
                    ));
                }
            }
            b'\\' => {
                let end = (i + 2).min(json.len());
                out.extend_from_slice(&json[i..end]);
                spaces_from = out.len();
                i = end;
            }
            b' ' => {
                out.push(b);
                i += 1;
            }
            _ if break_len(json, i) > 0 => {
                string_breaks = true;
                out.truncate(spaces_from);
                let leading = &json[i..i + break_len(json, i)];
                i += leading.len();
                let mut trailing: Vec<&[u8]> = Vec::new();
                loop {
                    while json.get(i) == Some(&b' ') {
                        i += 1;
                    }
                    let n = break_len(json, i);
                    if n == 0 {
                        break;
                    }
                    trailing.push(&json[i..i + n]);
                    i += n;
                }
                let leading_nel = leading[0] == 0xc2;
                if leading_nel && trailing.is_empty() {
                    out.push(b' ');
                } else {
                    if !leading_nel {
                        out.extend_from_slice(leading);
                    }
                    for t in trailing {
                        if t[0] == 0xc2 {
                            out.extend_from_slice(b"\\n");
                        } else {
                            out.extend_from_slice(t);
                        }
                    }
                }
                spaces_from = out.len();
            }
            _ => {
                out.push(b);
                i += 1;
                spaces_from = out.len();
            }
        }
    }
    Ok(Some(out))
}

/// The length of the raw YAML line break (NEL, LS or PS) at `i`, or 0.
fn break_len(json: &[u8], i: usize) -> usize {
    match json.get(i..i + 2) {
        Some([0xc2, 0x85]) => 2,
        Some([0xe2, 0x80]) if matches!(json.get(i + 2), Some(0xa8 | 0xa9)) => 3,
        _ => 0,
    }
}

/// The offset of the first `\uD800`–`\uDFFF` escape: go-yaml's reader refuses every
/// surrogate escape, paired or not (`found invalid Unicode character escape code`). Go's JSON
/// encoder never writes one, but embedded raw JSON (`RawExtension`) keeps its input's
/// escapes. Backslashes only occur inside strings in valid JSON, so escapes are found by
/// stepping from one backslash to the next.
fn first_surrogate_escape(json: &[u8]) -> Option<usize> {
    let mut i = 0;
    while let Some(n) = json.get(i..).and_then(|rest| memchr::memchr(b'\\', rest)) {
        let at = i + n;
        if json.get(at + 1) == Some(&b'u')
            && matches!(json.get(at + 2), Some(b'd' | b'D'))
            && matches!(
                json.get(at + 3),
                Some(b'8' | b'9' | b'a'..=b'f' | b'A'..=b'F')
            )
        {
            return Some(at);
        }
        i = at + 2;
    }
    None
}

fn read_node<'a>(r: &mut JsonReader<'a>) -> Result<Node<'a>> {
    Ok(match r.peek() {
        Some(b'{') => {
            r.begin_object()?;
            let mut first = true;
            let mut entries: Vec<(Cow<'a, str>, Node<'a>)> = Vec::new();
            while let Some(key) = r.next_key(&mut first)? {
                let key = match key {
                    Cow::Borrowed(b) => String::from_utf8_lossy(b),
                    Cow::Owned(v) => Cow::Owned(String::from_utf8_lossy(&v).into_owned()),
                };
                let value = read_node(r)?;
                entries.push((key, value));
            }
            Node::Map(sort_and_dedup(entries))
        }
        Some(b'[') => {
            r.begin_array()?;
            let mut first = true;
            let mut items = Vec::new();
            while r.next_element(&mut first)? {
                items.push(read_node(r)?);
            }
            Node::Seq(items)
        }
        Some(b'"') => Node::Str(r.read_str()?),
        Some(b't' | b'f') => Node::Bool(r.read_bool()?),
        Some(b'n') => {
            r.eat_null()?;
            Node::Null
        }
        _ => {
            let token = r.read_number_token()?;
            // A number token is ASCII.
            Node::Number(std::str::from_utf8(token).unwrap_or("0"))
        }
    })
}

/// Sort entries by [`key_less`] (a stable merge sort: go-yaml's order is not guaranteed to be
/// a total order on hostile keys, and this must not panic), then keep the last value of each
/// repeated key, as decoding into a Go map does.
fn sort_and_dedup<'a>(entries: Vec<(Cow<'a, str>, Node<'a>)>) -> Vec<(Cow<'a, str>, Node<'a>)> {
    let sorted = merge_sort(entries);
    let mut out: Vec<(Cow<'a, str>, Node<'a>)> = Vec::with_capacity(sorted.len());
    for (k, v) in sorted {
        match out.last_mut() {
            Some(last) if last.0 == k => last.1 = v,
            _ => out.push((k, v)),
        }
    }
    out
}

fn merge_sort<'a>(mut v: Vec<(Cow<'a, str>, Node<'a>)>) -> Vec<(Cow<'a, str>, Node<'a>)> {
    if v.len() <= 1 {
        return v;
    }
    let right = v.split_off(v.len() / 2);
    let (left, right) = (merge_sort(v), merge_sort(right));
    let mut out = Vec::with_capacity(left.len() + right.len());
    let (mut l, mut r) = (left.into_iter().peekable(), right.into_iter().peekable());
    while let (Some(a), Some(b)) = (l.peek(), r.peek()) {
        // Take from the right only when strictly less: stable.
        if key_less(&b.0, &a.0) {
            out.extend(r.next());
        } else {
            out.extend(l.next());
        }
    }
    out.extend(l);
    out.extend(r);
    out
}

#[cfg(test)]
/// go-yaml v2's map key order for two string keys: runs of digits compare as numbers, and at
/// the first difference a letter sorts after a non-letter (before it right after a digit).
pub(crate) fn key_order(a: &str, b: &str) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    if key_less(a, b) {
        Ordering::Less
    } else if key_less(b, a) {
        Ordering::Greater
    } else {
        Ordering::Equal
    }
}

fn key_less(a: &str, b: &str) -> bool {
    let ar: Vec<char> = a.chars().collect();
    let br: Vec<char> = b.chars().collect();
    let mut digits = false;
    for i in 0..ar.len().min(br.len()) {
        if ar[i] == br[i] {
            digits = is_digit(ar[i]);
            continue;
        }
        let al = is_letter(ar[i]);
        let bl = is_letter(br[i]);
        if al && bl {
            return ar[i] < br[i];
        }
        if al || bl {
            return if digits { al } else { bl };
        }
        let (mut an, mut bn) = (0i64, 0i64);
        if ar[i] == '0' || br[i] == '0' {
            let mut j = i;
            while j > 0 && is_digit(ar[j - 1]) {
                j -= 1;
                if ar[j] != '0' {
                    an = 1;
                    bn = 1;
                    break;
                }
            }
        }
        let mut ai = i;
        while ai < ar.len() && is_digit(ar[ai]) {
            an = an.wrapping_mul(10).wrapping_add(digit_value(ar[ai]));
            ai += 1;
        }
        let mut bi = i;
        while bi < br.len() && is_digit(br[bi]) {
            bn = bn.wrapping_mul(10).wrapping_add(digit_value(br[bi]));
            bi += 1;
        }
        if an != bn {
            return an < bn;
        }
        if ai != bi {
            return ai < bi;
        }
        return ar[i] < br[i];
    }
    ar.len() < br.len()
}

/// Go's `unicode.IsLetter` (category L), approximated by Rust's `is_alphabetic` outside ASCII.
fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        c.is_alphabetic()
    }
}

/// Go's `unicode.IsDigit` (category Nd), approximated by Rust's `is_numeric` outside ASCII.
fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        c.is_numeric()
    }
}

/// `int64(r - '0')` as Go computes it (wrapping for non-ASCII digits).
fn digit_value(c: char) -> i64 {
    (c as i64).wrapping_sub('0' as i64)
}

/// go-yaml's `FormatFloat(f, 'g', -1, 64)` with `.inf`/`-.inf`/`.nan`.
fn format_float(f: f64) -> String {
    if f.is_nan() {
        return ".nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { ".inf" } else { "-.inf" }.into();
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0" } else { "0" }.into();
    }
    // Shortest round-trip digits and decimal exponent, from zmij's output (`1e+16`, `1e-7`).
    let mut buf = zmij::Buffer::new();
    let s = buf.format_finite(f.abs());
    let (mantissa, exp10) = match s.split_once('e') {
        Some((m, e)) => (m, e.parse::<i32>().unwrap_or(0)),
        None => (s, 0),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let frac_part = if frac_part == "0" { "" } else { frac_part };
    let mut digits: String = format!("{int_part}{frac_part}");
    // Decimal point position relative to the digit string.
    let mut dp = int_part.len() as i32 + exp10;
    let lead = digits.len() - digits.trim_start_matches('0').len();
    digits.drain(..lead);
    dp -= lead as i32;
    let trimmed = digits.trim_end_matches('0').len();
    digits.truncate(trimmed.max(1));
    let nd = digits.len() as i32;
    let exp = dp - 1;
    let mut out = String::new();
    if f < 0.0 {
        out.push('-');
    }
    if !(-4..6).contains(&exp) {
        // %e with the shortest digits.
        out.push_str(&digits[..1]);
        if nd > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        let e = exp.unsigned_abs();
        if e < 10 {
            out.push('0');
        }
        out.push_str(&e.to_string());
    } else if dp <= 0 {
        out.push_str("0.");
        for _ in 0..-dp {
            out.push('0');
        }
        out.push_str(&digits);
    } else if dp >= nd {
        out.push_str(&digits);
        for _ in 0..dp - nd {
            out.push('0');
        }
    } else {
        out.push_str(&digits[..dp as usize]);
        out.push('.');
        out.push_str(&digits[dp as usize..]);
    }
    out
}

/// The text and requested style of a scalar, as go-yaml's encoder hands it to the emitter.
fn scalar_of<'n>(node: &'n Node<'_>) -> (Cow<'n, str>, Style) {
    match node {
        Node::Null => (Cow::Borrowed("null"), Style::Plain),
        Node::Bool(b) => (
            Cow::Borrowed(if *b { "true" } else { "false" }),
            Style::Plain,
        ),
        Node::Number(token) => {
            let text = match resolve(token) {
                Resolved::Int(i) => Cow::Owned(i.to_string()),
                Resolved::Uint(u) => Cow::Owned(u.to_string()),
                Resolved::Float(f) => Cow::Owned(format_float(f)),
                // An overflowing float stays the string go-yaml read, written plain.
                _ => Cow::Borrowed(*token),
            };
            (text, Style::Plain)
        }
        Node::Str(s) => {
            let style = if s.contains('\n') {
                Style::Literal
            } else if resolve(s) == Resolved::Str && !is_base60_float(s) {
                Style::Plain
            } else {
                Style::DoubleQuoted
            };
            (Cow::Borrowed(s.as_ref()), style)
        }
        Node::Seq(_) | Node::Map(_) => unreachable!("not a scalar"),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Style {
    Plain,
    SingleQuoted,
    DoubleQuoted,
    Literal,
}

/// What a scalar's characters allow (go-yaml's `analyze_scalar`).
struct Analysis {
    multiline: bool,
    block_plain_allowed: bool,
    single_quoted_allowed: bool,
    block_allowed: bool,
}

fn width(b: u8) -> usize {
    match b {
        0x00..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf7 => 4,
        _ => 0,
    }
}

fn is_space(v: &[u8], i: usize) -> bool {
    v.get(i) == Some(&b' ')
}

fn is_blank(v: &[u8], i: usize) -> bool {
    matches!(v.get(i), Some(b' ' | b'\t'))
}

fn is_break(v: &[u8], i: usize) -> bool {
    match v.get(i) {
        Some(b'\r' | b'\n') => true,
        Some(0xc2) => v.get(i + 1) == Some(&0x85),
        Some(0xe2) => v.get(i + 1) == Some(&0x80) && matches!(v.get(i + 2), Some(0xa8 | 0xa9)),
        _ => false,
    }
}

fn is_blankz(v: &[u8], i: usize) -> bool {
    is_blank(v, i) || is_break(v, i) || v.get(i).is_none_or(|&b| b == 0)
}

fn is_printable(v: &[u8], i: usize) -> bool {
    let b = v[i];
    let b1 = v.get(i + 1).copied().unwrap_or(0);
    let b2 = v.get(i + 2).copied().unwrap_or(0);
    b == 0x0a
        || (0x20..=0x7e).contains(&b)
        || (b == 0xc2 && b1 >= 0xa0)
        || (b > 0xc2 && b < 0xed)
        || (b == 0xed && b1 < 0xa0)
        || b == 0xee
        || (b == 0xef && !(b1 == 0xbb && b2 == 0xbf) && !(b1 == 0xbf && (b2 == 0xbe || b2 == 0xbf)))
}

/// go-yaml's `is_bom`, which looks at the start of the value whatever `i` is: in a
/// double-quoted scalar that starts with a BOM, every character is escaped (`"\uFEFF\x61"`
/// for U+FEFF `a`), as Go writes it.
fn is_bom(v: &[u8], _i: usize) -> bool {
    v.starts_with(&[0xef, 0xbb, 0xbf])
}

fn analyze(value: &[u8]) -> Analysis {
    if value.is_empty() {
        return Analysis {
            multiline: false,
            block_plain_allowed: true,
            single_quoted_allowed: true,
            block_allowed: false,
        };
    }
    let mut block_indicators = value.starts_with(b"---") || value.starts_with(b"...");
    let (mut line_breaks, mut special_characters) = (false, false);
    let (mut leading_space, mut leading_break, mut trailing_space, mut trailing_break) =
        (false, false, false, false);
    let (mut break_space, mut space_break) = (false, false);
    let (mut previous_space, mut previous_break) = (false, false);
    let mut preceded_by_whitespace = true;
    let mut i = 0;
    while i < value.len() {
        let w = width(value[i]).max(1);
        let followed_by_whitespace = i + w >= value.len() || is_blank(value, i + w);
        if i == 0 {
            match value[i] {
                b'#' | b',' | b'[' | b']' | b'{' | b'}' | b'&' | b'*' | b'!' | b'|' | b'>'
                | b'\'' | b'"' | b'%' | b'@' | b'`' => block_indicators = true,
                b'?' | b':' | b'-' if followed_by_whitespace => block_indicators = true,
                _ => {}
            }
        } else {
            match value[i] {
                b':' if followed_by_whitespace => block_indicators = true,
                b'#' if preceded_by_whitespace => block_indicators = true,
                _ => {}
            }
        }
        if !is_printable(value, i) {
            special_characters = true;
        }
        if is_space(value, i) {
            if i == 0 {
                leading_space = true;
            }
            if i + w == value.len() {
                trailing_space = true;
            }
            if previous_break {
                break_space = true;
            }
            previous_space = true;
            previous_break = false;
        } else if is_break(value, i) {
            line_breaks = true;
            if i == 0 {
                leading_break = true;
            }
            if i + w == value.len() {
                trailing_break = true;
            }
            if previous_space {
                space_break = true;
            }
            previous_space = false;
            previous_break = true;
        } else {
            previous_space = false;
            previous_break = false;
        }
        preceded_by_whitespace = is_blankz(value, i);
        i += w;
    }
    let mut a = Analysis {
        multiline: line_breaks,
        block_plain_allowed: true,
        single_quoted_allowed: true,
        block_allowed: true,
    };
    if leading_space || leading_break || trailing_space || trailing_break {
        a.block_plain_allowed = false;
    }
    if trailing_space {
        a.block_allowed = false;
    }
    if break_space {
        a.block_plain_allowed = false;
        a.single_quoted_allowed = false;
    }
    if space_break || special_characters {
        a.block_plain_allowed = false;
        a.single_quoted_allowed = false;
        a.block_allowed = false;
    }
    if line_breaks || block_indicators {
        a.block_plain_allowed = false;
    }
    a
}

/// The emitter's position and context (go-yaml's `yaml_emitter_t`, the parts JSON needs).
struct Emitter {
    out: Vec<u8>,
    column: usize,
    whitespace: bool,
    indention: bool,
    indent: isize,
    indents: Vec<isize>,
    mapping_context: bool,
    simple_key_context: bool,
    open_ended: bool,
}

impl Emitter {
    fn new(capacity: usize) -> Self {
        Emitter {
            out: Vec::with_capacity(capacity),
            column: 0,
            whitespace: true,
            indention: true,
            indent: -1,
            indents: Vec::new(),
            mapping_context: false,
            simple_key_context: false,
            open_ended: false,
        }
    }

    fn document(&mut self, root: &Node<'_>) {
        self.node(root, false, false);
        // Document end (implicit): finish the line. No `...` after a block scalar that keeps
        // its trailing breaks (`|+`): sigs.k8s.io/yaml's emitter writes none (checked against
        // Kubernetes' own codec).
        self.write_indent();
    }

    fn put(&mut self, b: u8) {
        self.out.push(b);
        self.column += 1;
    }

    fn put_break(&mut self) {
        self.out.push(b'\n');
        self.column = 0;
    }

    /// Copy the character at `v[*i]`, one column.
    fn write(&mut self, v: &[u8], i: &mut usize) {
        let w = width(v[*i]).max(1).min(v.len() - *i);
        self.out.extend_from_slice(&v[*i..*i + w]);
        self.column += 1;
        *i += w;
    }

    fn write_break(&mut self, v: &[u8], i: &mut usize) {
        if v[*i] == b'\n' {
            self.put_break();
            *i += 1;
        } else {
            self.write(v, i);
            self.column = 0;
        }
    }

    fn write_indent(&mut self) {
        let indent = self.indent.max(0) as usize;
        if !self.indention || self.column > indent || (self.column == indent && !self.whitespace) {
            self.put_break();
        }
        while self.column < indent {
            self.put(b' ');
        }
        self.whitespace = true;
        self.indention = true;
    }

    fn write_indicator(
        &mut self,
        indicator: &[u8],
        need_whitespace: bool,
        is_whitespace: bool,
        is_indention: bool,
    ) {
        if need_whitespace && !self.whitespace {
            self.put(b' ');
        }
        let mut i = 0;
        while i < indicator.len() {
            self.write(indicator, &mut i);
        }
        self.whitespace = is_whitespace;
        self.indention = self.indention && is_indention;
        self.open_ended = false;
    }

    fn increase_indent(&mut self, flow: bool, indentless: bool) {
        self.indents.push(self.indent);
        if self.indent < 0 {
            self.indent = if flow { BEST_INDENT } else { 0 };
        } else if !indentless {
            self.indent += BEST_INDENT;
        }
    }

    fn pop_indent(&mut self) {
        self.indent = self.indents.pop().unwrap_or(-1);
    }

    /// `yaml_emitter_emit_node` with the sequence/mapping/simple-key contexts.
    fn node(&mut self, node: &Node<'_>, mapping: bool, simple_key: bool) {
        self.mapping_context = mapping;
        self.simple_key_context = simple_key;
        match node {
            Node::Seq(items) if items.is_empty() => self.empty_flow(b"[", b"]"),
            Node::Map(entries) if entries.is_empty() => self.empty_flow(b"{", b"}"),
            Node::Seq(items) => {
                let indentless = self.mapping_context && !self.indention;
                self.increase_indent(false, indentless);
                for item in items {
                    self.write_indent();
                    self.write_indicator(b"-", true, false, true);
                    self.node(item, false, false);
                }
                self.pop_indent();
            }
            Node::Map(entries) => {
                self.increase_indent(false, false);
                for (key, value) in entries {
                    self.write_indent();
                    let key_node = Node::Str(Cow::Borrowed(key.as_ref()));
                    let (text, _) = scalar_of(&key_node);
                    let simple =
                        text.len() <= MAX_SIMPLE_KEY && !analyze(text.as_bytes()).multiline;
                    if simple {
                        self.node(&key_node, true, true);
                        self.write_indicator(b":", false, false, false);
                    } else {
                        self.write_indicator(b"?", true, false, true);
                        self.node(&key_node, true, false);
                        self.write_indent();
                        self.write_indicator(b":", true, false, true);
                    }
                    self.node(value, true, false);
                }
                self.pop_indent();
            }
            _ => self.scalar(node),
        }
    }

    fn empty_flow(&mut self, open: &[u8], close: &[u8]) {
        self.write_indicator(open, true, true, false);
        self.increase_indent(true, false);
        self.pop_indent();
        self.write_indicator(close, false, false, false);
    }

    fn scalar(&mut self, node: &Node<'_>) {
        let (text, requested) = scalar_of(node);
        let value = text.as_bytes();
        let a = analyze(value);
        let mut style = requested;
        if self.simple_key_context && a.multiline {
            style = Style::DoubleQuoted;
        }
        if style == Style::Plain
            && (!a.block_plain_allowed || (value.is_empty() && self.simple_key_context))
        {
            style = Style::SingleQuoted;
        }
        if style == Style::SingleQuoted && !a.single_quoted_allowed {
            style = Style::DoubleQuoted;
        }
        if style == Style::Literal && (!a.block_allowed || self.simple_key_context) {
            style = Style::DoubleQuoted;
        }
        self.increase_indent(true, false);
        let allow_breaks = !self.simple_key_context;
        match style {
            Style::Plain => self.write_plain(value, allow_breaks),
            Style::SingleQuoted => self.write_single_quoted(value, allow_breaks),
            Style::DoubleQuoted => self.write_double_quoted(value, allow_breaks),
            Style::Literal => self.write_literal(value),
        }
        self.pop_indent();
    }

    fn write_plain(&mut self, v: &[u8], allow_breaks: bool) {
        if !self.whitespace {
            self.put(b' ');
        }
        let (mut spaces, mut breaks) = (false, false);
        let mut i = 0;
        while i < v.len() {
            if is_space(v, i) {
                if allow_breaks && !spaces && self.column > BEST_WIDTH && !is_space(v, i + 1) {
                    self.write_indent();
                    i += 1;
                } else {
                    self.write(v, &mut i);
                }
                spaces = true;
            } else if is_break(v, i) {
                if !breaks && v[i] == b'\n' {
                    self.put_break();
                }
                self.write_break(v, &mut i);
                self.indention = true;
                breaks = true;
            } else {
                if breaks {
                    self.write_indent();
                }
                self.write(v, &mut i);
                self.indention = false;
                spaces = false;
                breaks = false;
            }
        }
        self.whitespace = false;
        self.indention = false;
    }

    fn write_single_quoted(&mut self, v: &[u8], allow_breaks: bool) {
        self.write_indicator(b"'", true, false, false);
        let (mut spaces, mut breaks) = (false, false);
        let mut i = 0;
        while i < v.len() {
            if is_space(v, i) {
                if allow_breaks
                    && !spaces
                    && self.column > BEST_WIDTH
                    && i > 0
                    && i < v.len() - 1
                    && !is_space(v, i + 1)
                {
                    self.write_indent();
                    i += 1;
                } else {
                    self.write(v, &mut i);
                }
                spaces = true;
            } else if is_break(v, i) {
                if !breaks && v[i] == b'\n' {
                    self.put_break();
                }
                self.write_break(v, &mut i);
                self.indention = true;
                breaks = true;
            } else {
                if breaks {
                    self.write_indent();
                }
                if v[i] == b'\'' {
                    self.put(b'\'');
                }
                self.write(v, &mut i);
                self.indention = false;
                spaces = false;
                breaks = false;
            }
        }
        self.write_indicator(b"'", false, false, false);
        self.whitespace = false;
        self.indention = false;
    }

    fn write_double_quoted(&mut self, v: &[u8], allow_breaks: bool) {
        self.write_indicator(b"\"", true, false, false);
        let mut spaces = false;
        let mut i = 0;
        while i < v.len() {
            if !is_printable(v, i)
                || is_bom(v, i)
                || is_break(v, i)
                || v[i] == b'"'
                || v[i] == b'\\'
            {
                let w = width(v[i]).max(1).min(v.len() - i);
                let c = std::str::from_utf8(&v[i..i + w])
                    .ok()
                    .and_then(|s| s.chars().next())
                    .map_or(u32::from(v[i]), u32::from);
                i += w;
                self.put(b'\\');
                let short = match c {
                    0x00 => Some(b'0'),
                    0x07 => Some(b'a'),
                    0x08 => Some(b'b'),
                    0x09 => Some(b't'),
                    0x0a => Some(b'n'),
                    0x0b => Some(b'v'),
                    0x0c => Some(b'f'),
                    0x0d => Some(b'r'),
                    0x1b => Some(b'e'),
                    0x22 => Some(b'"'),
                    0x5c => Some(b'\\'),
                    0x85 => Some(b'N'),
                    0xa0 => Some(b'_'),
                    0x2028 => Some(b'L'),
                    0x2029 => Some(b'P'),
                    _ => None,
                };
                match short {
                    Some(b) => self.put(b),
                    None => {
                        let (prefix, digits) = if c <= 0xff {
                            (b'x', 2)
                        } else if c <= 0xffff {
                            (b'u', 4)
                        } else {
                            (b'U', 8)
                        };
                        self.put(prefix);
                        for k in (0..digits).rev() {
                            let d = ((c >> (4 * k)) & 0xf) as u8;
                            self.put(if d < 10 { b'0' + d } else { b'A' + d - 10 });
                        }
                    }
                }
                spaces = false;
            } else if is_space(v, i) {
                if allow_breaks && !spaces && self.column > BEST_WIDTH && i > 0 && i < v.len() - 1 {
                    self.write_indent();
                    if is_space(v, i + 1) {
                        self.put(b'\\');
                    }
                    i += 1;
                } else {
                    self.write(v, &mut i);
                }
                spaces = true;
            } else {
                self.write(v, &mut i);
                spaces = false;
            }
        }
        self.write_indicator(b"\"", false, false, false);
        self.whitespace = false;
        self.indention = false;
    }

    fn write_literal(&mut self, v: &[u8]) {
        self.write_indicator(b"|", true, false, false);
        // Block scalar hints: an indentation indicator when the text starts with a space or
        // a break, and the chomping indicator from its trailing breaks.
        if is_space(v, 0) || is_break(v, 0) {
            self.write_indicator(b"2", false, false, false);
        }
        self.open_ended = false;
        let mut chomp = None;
        if v.is_empty() {
            chomp = Some(b"-");
        } else {
            let mut i = v.len() - 1;
            while i > 0 && v[i] & 0xc0 == 0x80 {
                i -= 1;
            }
            if !is_break(v, i) {
                chomp = Some(b"-");
            } else if i == 0 {
                chomp = Some(b"+");
                self.open_ended = true;
            } else {
                i -= 1;
                while i > 0 && v[i] & 0xc0 == 0x80 {
                    i -= 1;
                }
                if is_break(v, i) {
                    chomp = Some(b"+");
                    self.open_ended = true;
                }
            }
        }
        if let Some(c) = chomp {
            let open_ended = self.open_ended;
            self.write_indicator(c, false, false, false);
            self.open_ended = open_ended;
        }
        self.put_break();
        self.indention = true;
        self.whitespace = true;
        let mut breaks = true;
        let mut i = 0;
        while i < v.len() {
            if is_break(v, i) {
                self.write_break(v, &mut i);
                self.indention = true;
                breaks = true;
            } else {
                if breaks {
                    self.write_indent();
                }
                self.write(v, &mut i);
                self.indention = false;
                breaks = false;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn y(json: &str) -> String {
        String::from_utf8(json_to_yaml(json.as_bytes()).unwrap()).unwrap()
    }

    #[test]
    fn block_layout_like_go_yaml() {
        assert_eq!(
            y(r#"{"b":{"z":[1,{"k":"v","a":[]}],"x":{}},"a":[["p"],"q"]}"#),
            "a:\n- - p\n- q\nb:\n  x: {}\n  z:\n  - 1\n  - a: []\n    k: v\n"
        );
        assert_eq!(y("{}"), "{}\n");
        assert_eq!(y("[]"), "[]\n");
    }

    /// What go-yaml refuses, as `sigs.k8s.io/yaml` reads the JSON with it first (checked
    /// against Kubernetes' codec): kcodec refuses it too, at the character's offset, and a
    /// string starting with a byte order mark is escaped whole.
    #[test]
    fn go_yaml_refusals_and_byte_order_marks() {
        for (json, at) in [
            ("{\"a\":\"x\u{7f}\"}", 7),
            ("{\"a\":\"\u{85}ok\u{9f}\"}", 10),
            ("{\"a\":\"\u{ffff}\"}", 6),
            (r#"{"a":"x\ud83d\ude00"}"#, 7),
            (r#"{"a":"\uDC00"}"#, 6),
        ] {
            let e = json_to_yaml(json.as_bytes()).unwrap_err();
            assert_eq!(e.offset(), at, "{json}: {e}");
        }
        // Raw NEL is a line break to go-yaml's reader: folded as in a double-quoted scalar
        // (a lone one becomes a space, the spaces around it go), and refused in a key.
        assert_eq!(y("{\"a\":\"\u{85}\"}"), "a: ' '\n");
        assert_eq!(y("{\"a\":\"x \u{85}  y\"}"), "a: x y\n");
        assert_eq!(y("{\"a\":\"x\u{85}\u{85}y\"}"), "a: |-\n  x\n  y\n");
        assert!(json_to_yaml("{\"a\u{85}\":1}".as_bytes()).is_err());
        // Escaped, it is a character like any other.
        assert_eq!(y(r#"{"a":"\u0085"}"#), "a: \"\\N\"\n");
        assert_eq!(y(r#"{"a":"\u0001\u00e9"}"#), "a: \"\\x01é\"\n");
        assert_eq!(
            y("{\"a\":\"\u{feff}ab c\\\\\"}"),
            "a: \"\\uFEFF\\x61\\x62\\x20\\x63\\\\\"\n"
        );
    }

    #[test]
    fn strings_are_quoted_only_when_they_would_not_read_back() {
        let cases = [
            ("plain", "plain"),
            ("", "\"\""),
            ("true", "\"true\""),
            ("yes", "\"yes\""),
            ("10", "\"10\""),
            ("1e3", "\"1e3\""),
            ("0x10", "\"0x10\""),
            ("12:30", "\"12:30\""),
            ("2008-01-01T01:01:01Z", "\"2008-01-01T01:01:01Z\""),
            ("null", "\"null\""),
            ("~", "\"~\""),
            ("- item", "'- item'"),
            ("a: b", "'a: b'"),
            ("a #b", "'a #b'"),
            ("a#b", "a#b"),
            (" lead", "' lead'"),
            ("*star", "'*star'"),
            ("it's", "it's"),
            ("'q'", "'''q'''"),
            ("tab\there", "\"tab\\there\""),
            ("emoji \u{1F600}", "\"emoji \\U0001F600\""),
            ("caf\u{e9}", "caf\u{e9}"),
            ("-", "'-'"),
            ("-x", "-x"),
            ("key:", "'key:'"),
            ("http://x", "http://x"),
        ];
        for (s, want) in cases {
            let json = format!(
                "{{\"k\":{}}}",
                String::from_utf8(crate::json::to_vec(&s.to_string()).unwrap()).unwrap()
            );
            assert_eq!(y(&json), format!("k: {want}\n"), "{s:?}");
        }
    }

    #[test]
    fn numbers_keep_go_yaml_types() {
        assert_eq!(
            y(r#"{"a":1,"b":-5,"c":1.5,"d":1e+21,"e":1e-7,"f":100000000,"g":1234567.5}"#),
            "a: 1\nb: -5\nc: 1.5\nd: 1e+21\ne: 1e-07\nf: 100000000\ng: 1.2345675e+06\n"
        );
        assert_eq!(format_float(0.0001), "0.0001");
        assert_eq!(format_float(0.00001), "1e-05");
        assert_eq!(format_float(123456.0), "123456");
        assert_eq!(format_float(-2.5e-300), "-2.5e-300");
        assert_eq!(
            y("[18446744073709551615, 1e999]"),
            "- 18446744073709551615\n- 1e999\n"
        );
    }

    #[test]
    fn multiline_strings_are_literal_blocks() {
        assert_eq!(y(r#"{"s":"a\nb"}"#), "s: |-\n  a\n  b\n");
        assert_eq!(y(r#"{"s":"a\n"}"#), "s: |\n  a\n");
        assert_eq!(y(r#"{"s":"a\n\n"}"#), "s: |+\n  a\n\n");
        assert_eq!(y(r#"{"s":" a\nb"}"#), "s: |2-\n   a\n  b\n");
        assert_eq!(y(r#"{"s":"a \nb"}"#), "s: \"a \\nb\"\n");
        assert_eq!(y(r#"["x\n\ny"]"#), "- |-\n  x\n\n  y\n");
    }

    #[test]
    fn long_scalars_fold_at_80_columns() {
        let words = "word ".repeat(30);
        let s = words.trim_end();
        let out = y(&format!("{{\"description\":\"{s}\"}}"));
        for line in out.lines() {
            assert!(line.len() <= 90, "{line:?}");
        }
        assert!(out.lines().count() > 1);
        assert!(out.lines().skip(1).all(|l| l.starts_with("  word")));
        let key = "k".repeat(130);
        assert_eq!(y(&format!("{{\"{key}\":1}}")), format!("? {key}\n: 1\n"));
    }

    #[test]
    fn keys_sort_in_go_yaml_natural_order() {
        let keys = [
            "a10", "a9", "a", "b", "A", "_x", "a0", "a00", "1", "10", "2", "x-y", "xy",
        ];
        let entries = keys
            .iter()
            .map(|k| (Cow::Borrowed(*k), Node::Null))
            .collect();
        let sorted: Vec<_> = sort_and_dedup(entries).into_iter().map(|e| e.0).collect();
        assert_eq!(
            sorted,
            ["_x", "1", "2", "10", "A", "a", "a0", "a00", "a9", "a10", "b", "x-y", "xy"]
        );
        assert_eq!(key_order("a", "a"), std::cmp::Ordering::Equal);
        assert_eq!(y(r#"{"k":1,"j":2,"k":3}"#), "j: 2\nk: 3\n");
    }
}
