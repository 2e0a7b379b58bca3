//! JSON merge patch (RFC 7386, `application/merge-patch+json`), which `kubectl label`,
//! `kubectl annotate` and `kubectl patch --type merge` send. Objects are parsed only as deep
//! as the patch reaches; everything else stays raw bytes. Strategic merge patch and JSON
//! patch are not implemented (415).

use kcodec::json::JsonReader;

/// A JSON value parsed only where the merge needs it: objects as key/value lists, anything
/// else as its raw bytes.
enum Value {
    Object(Vec<(String, Value)>),
    Raw(Vec<u8>),
}

fn parse(input: &[u8]) -> kcodec::Result<Value> {
    let mut r = JsonReader::new(input);
    let v = parse_value(&mut r)?;
    r.finish()?;
    Ok(v)
}

fn parse_value(r: &mut JsonReader<'_>) -> kcodec::Result<Value> {
    if r.peek() != Some(b'{') {
        return Ok(Value::Raw(r.raw_value()?.to_vec()));
    }
    r.begin_object()?;
    let mut members = Vec::new();
    let mut first = true;
    while let Some(key) = r.next_key(&mut first)? {
        let key = String::from_utf8_lossy(&key).into_owned();
        let value = parse_value(r)?;
        members.retain(|(k, _): &(String, Value)| *k != key);
        members.push((key, value));
    }
    Ok(Value::Object(members))
}

fn is_null(v: &Value) -> bool {
    matches!(v, Value::Raw(b) if b.as_slice() == b"null")
}

/// RFC 7386 `MergePatch(target, patch)`.
fn merge(target: Value, patch: Value) -> Value {
    let Value::Object(patch) = patch else {
        return patch;
    };
    let mut target = match target {
        Value::Object(members) => members,
        Value::Raw(_) => Vec::new(),
    };
    for (key, value) in patch {
        let pos = target.iter().position(|(k, _)| *k == key);
        if is_null(&value) {
            if let Some(i) = pos {
                target.remove(i);
            }
            continue;
        }
        match pos {
            Some(i) => {
                let old = std::mem::replace(&mut target[i].1, Value::Raw(Vec::new()));
                target[i].1 = merge(old, value);
            }
            None => target.push((key, merge(Value::Raw(Vec::new()), value))),
        }
    }
    Value::Object(target)
}

fn write(v: &Value, out: &mut Vec<u8>) {
    match v {
        Value::Raw(b) => out.extend_from_slice(b),
        Value::Object(members) => {
            out.push(b'{');
            for (i, (k, v)) in members.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                kcodec::json::write::write_str(out, k);
                out.push(b':');
                write(v, out);
            }
            out.push(b'}');
        }
    }
}

/// Apply a merge patch to a JSON document.
pub fn merge_patch(target: &[u8], patch: &[u8]) -> kcodec::Result<Vec<u8>> {
    let merged = merge(parse(target)?, parse(patch)?);
    let mut out = Vec::with_capacity(target.len() + patch.len());
    write(&merged, &mut out);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mp(t: &str, p: &str) -> String {
        String::from_utf8(merge_patch(t.as_bytes(), p.as_bytes()).unwrap()).unwrap()
    }

    #[test]
    fn rfc7386_examples() {
        assert_eq!(mp(r#"{"a":"b"}"#, r#"{"a":"c"}"#), r#"{"a":"c"}"#);
        assert_eq!(mp(r#"{"a":"b"}"#, r#"{"b":"c"}"#), r#"{"a":"b","b":"c"}"#);
        assert_eq!(mp(r#"{"a":"b"}"#, r#"{"a":null}"#), r#"{}"#);
        assert_eq!(
            mp(r#"{"a":{"b":"c"}}"#, r#"{"a":{"b":"d","c":null}}"#),
            r#"{"a":{"b":"d"}}"#
        );
        assert_eq!(mp(r#"{"a":[{"b":"c"}]}"#, r#"{"a":[1]}"#), r#"{"a":[1]}"#);
        assert_eq!(
            mp(r#"{"e":null}"#, r#"{"a":{"bb":{"ccc":null}}}"#),
            r#"{"e":null,"a":{"bb":{}}}"#
        );
        assert_eq!(mp(r#"{"a":"b"}"#, r#"["c"]"#), r#"["c"]"#);
    }
}
