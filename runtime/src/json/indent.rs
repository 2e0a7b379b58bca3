//! Go's `json.Indent` and `json.Compact` (with HTML escaping) over already-valid JSON.

/// Append `src` (valid JSON) to `out` re-indented exactly as Go's `json.Indent(dst, src,
/// prefix, indent)`: one member or element per line, `": "` after keys, empty objects and
/// arrays kept as `{}`/`[]`, string contents untouched.
pub fn indent_into(out: &mut Vec<u8>, src: &[u8], prefix: &str, indent: &str) {
    let mut depth = 0usize;
    let mut need_indent = false; // an opening bracket was written and its newline is pending
    let mut i = 0;
    let newline = |out: &mut Vec<u8>, depth: usize| {
        out.push(b'\n');
        out.extend_from_slice(prefix.as_bytes());
        for _ in 0..depth {
            out.extend_from_slice(indent.as_bytes());
        }
    };
    while i < src.len() {
        let c = src[i];
        if matches!(c, b' ' | b'\t' | b'\n' | b'\r') {
            i += 1;
            continue;
        }
        if need_indent && c != b']' && c != b'}' {
            need_indent = false;
            depth += 1;
            newline(out, depth);
        }
        match c {
            b'"' => {
                let end = string_end(src, i);
                out.extend_from_slice(&src[i..end]);
                i = end;
                continue;
            }
            b'{' | b'[' => {
                out.push(c);
                need_indent = true;
            }
            b',' => {
                out.push(c);
                newline(out, depth);
            }
            b':' => {
                out.push(c);
                out.push(b' ');
            }
            b'}' | b']' => {
                if need_indent {
                    // Empty object or array: no newline inside.
                    need_indent = false;
                } else {
                    depth = depth.saturating_sub(1);
                    newline(out, depth);
                }
                out.push(c);
            }
            _ => out.push(c),
        }
        i += 1;
    }
}

/// Index just past the closing quote of the string starting at `src[start] == '"'`.
fn string_end(src: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < src.len() {
        match src[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    src.len()
}

/// Append `src` (valid JSON) to `out` compacted as Go's `json.Compact`: whitespace between
/// tokens dropped. With `escape_html`, as Go's encoder compacts the output of a
/// `json.Marshaler` (e.g. `RawExtension`), `<` `>` `&` U+2028 U+2029 inside strings are
/// escaped too.
pub fn compact_into(out: &mut Vec<u8>, src: &[u8], escape_html: bool) {
    let mut i = 0;
    while i < src.len() {
        let c = src[i];
        match c {
            b' ' | b'\t' | b'\n' | b'\r' => i += 1,
            b'"' => {
                let end = string_end(src, i);
                let body = &src[i + 1..end.saturating_sub(1).max(i + 1)];
                out.push(b'"');
                if escape_html {
                    compact_string_body(out, body);
                } else {
                    out.extend_from_slice(body);
                }
                out.push(b'"');
                i = end;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
}

/// Copy a string body (already-escaped JSON) adding Go's HTML escapes, as Go's
/// `appendCompact(dst, src, escape=true)` does: `<` `>` `&` become `\u003c` `\u003e`
/// `\u0026` and U+2028/U+2029 become `\u2028`/`\u2029`; all other bytes, including invalid
/// UTF-8, are copied unchanged.
fn compact_string_body(out: &mut Vec<u8>, body: &[u8]) {
    let mut start = 0;
    let mut i = 0;
    while i < body.len() {
        let b = body[i];
        match b {
            b'<' | b'>' | b'&' => {
                out.extend_from_slice(&body[start..i]);
                out.extend_from_slice(match b {
                    b'<' => b"\\u003c",
                    b'>' => b"\\u003e",
                    _ => b"\\u0026",
                });
                start = i + 1;
            }
            0xE2 if body.get(i + 1) == Some(&0x80)
                && matches!(body.get(i + 2), Some(0xA8 | 0xA9)) =>
            {
                out.extend_from_slice(&body[start..i]);
                out.extend_from_slice(if body[i + 2] == 0xA8 {
                    b"\\u2028"
                } else {
                    b"\\u2029"
                });
                i += 2;
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    out.extend_from_slice(&body[start..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ind(s: &str) -> String {
        let mut o = Vec::new();
        indent_into(&mut o, s.as_bytes(), "", "  ");
        String::from_utf8(o).unwrap()
    }

    #[test]
    fn indents_like_go() {
        assert_eq!(ind(r#"{}"#), "{}");
        assert_eq!(ind(r#"[]"#), "[]");
        assert_eq!(ind(r#"{"a":1}"#), "{\n  \"a\": 1\n}");
        assert_eq!(
            ind(r#"{"a":[1,{"b":{}}],"c":"x,{"}"#),
            "{\n  \"a\": [\n    1,\n    {\n      \"b\": {}\n    }\n  ],\n  \"c\": \"x,{\"\n}"
        );
        assert_eq!(ind("{ \"a\" : [ ] }"), "{\n  \"a\": []\n}");
    }

    #[test]
    fn compacts_like_go() {
        let mut o = Vec::new();
        compact_into(
            &mut o,
            b"{ \"a\" : [1, \"<x> \\\"y\\\"\"] ,\n \"b\":\"\xe2\x80\xa8\"}",
            true,
        );
        assert_eq!(
            String::from_utf8(o).unwrap(),
            r#"{"a":[1,"\u003cx\u003e \"y\""],"b":"\u2028"}"#
        );
    }
}
