//! JSON stability as Go has it. Writing an object, reading that back and writing it again
//! gives the same bytes, but for members written `null` that read back as absent: Go's
//! `Time.MarshalJSON` writes the zero time as `null`, and Go's decoder sets a pointer to nil
//! on `null`, so a pointer to the zero time (`managedFields[].time`, `status.startTime`) is
//! written `null` the first time and omitted the second. kcodec does the same.

/// Whether `second` is `first` but for members whose value is `null` in `first` and that
/// `second` omits. Both are compact JSON as kcodec writes it.
pub fn stable_but_for_dropped_nulls(first: &[u8], second: &[u8]) -> bool {
    first == second || without_null_members(first) == without_null_members(second)
}

/// Compact JSON without its object members whose value is `null` (and their commas).
fn without_null_members(json: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(json.len());
    let mut i = 0;
    while i < json.len() {
        if json[i] != b'"' {
            out.push(json[i]);
            i += 1;
            continue;
        }
        // A string: find its end; it is a key when `:` follows.
        let mut end = i + 1;
        while end < json.len() && json[end] != b'"' {
            end += if json[end] == b'\\' { 2 } else { 1 };
        }
        let end = (end + 1).min(json.len());
        let rest = &json[end..];
        if rest.starts_with(b":null") && matches!(rest.get(5), Some(b',' | b'}')) {
            if rest[5] == b',' {
                i = end + 6;
            } else {
                if out.last() == Some(&b',') {
                    out.pop();
                }
                i = end + 5;
            }
            continue;
        }
        out.extend_from_slice(&json[i..end]);
        i = end;
    }
    out
}

#[test]
fn null_members_are_dropped_and_nothing_else() {
    let strip = |s: &str| String::from_utf8(without_null_members(s.as_bytes())).unwrap();
    assert_eq!(strip(r#"{"a":null,"b":1}"#), r#"{"b":1}"#);
    assert_eq!(
        strip(r#"{"b":1,"a":null,"c":[null]}"#),
        r#"{"b":1,"c":[null]}"#
    );
    assert_eq!(strip(r#"{"b":{"t":null},"a":null}"#), r#"{"b":{}}"#);
    assert_eq!(
        strip(r#"{"s":"\":null}","q\\":null}"#),
        r#"{"s":"\":null}"}"#
    );
    assert!(stable_but_for_dropped_nulls(
        br#"{"m":[{"time":null}]}"#,
        br#"{"m":[{}]}"#
    ));
    assert!(!stable_but_for_dropped_nulls(
        br#"{"a":1}"#,
        br#"{"a":null}"#
    ));
    assert!(!stable_but_for_dropped_nulls(
        br#"{"a":null}"#,
        br#"{"a":1}"#
    ));
    assert!(!stable_but_for_dropped_nulls(br#"{"a":1}"#, br#"{}"#));
}
