//! The documented differences between kcodec and serde_json + k8s-openapi when decoding a
//! Pod from JSON (fuzz/README.md, "Differential targets"): shared by the `diff_json_pod`
//! target and the `explain` tool, so a finding is explained by the very rules that flagged it.

use k8s_openapi::api::core::v1::Pod as TheirPod;
use kcodec_types::core::v1::Pod;
use kcodec_types::meta::v1::Time;
use serde_json::Value;

/// Inputs on which kcodec (following Go) and serde_json + k8s-openapi are known to disagree
/// about accepting, each a documented difference (fuzz/README.md). Each is recognised by the
/// rejecting side's own error, so an input is excused only for the difference that made it
/// differ: serde_json stops at its first error, and kcodec reports its first.
pub fn documented_difference(
    data: &[u8],
    ours: &Result<Pod, kcodec::Error>,
    theirs: &Result<TheirPod, serde_json::Error>,
) -> bool {
    match (ours, theirs) {
        // kcodec accepts what k8s-openapi refuses:
        (Ok(pod), Err(theirs_error)) => {
            let e = theirs_error.to_string();
            let has = |s: &str| e.contains(s);
            // Invalid UTF-8: Go (and kcodec) write U+FFFD; serde_json rejects it.
            (has("invalid unicode code point") && std::str::from_utf8(data).is_err())
                // serde_json stops at 128 levels of nesting, kcodec at 256 (its default).
                || has("recursion limit exceeded")
                // `null` is a no-op in Go for every value; k8s-openapi rejects it for
                // required members and in maps and lists of non-optional values.
                || has("invalid type: null")
                // Go's Quantity accepts a JSON number (k8s-openapi's is a string).
                || ((has("invalid type: integer") || has("invalid type: floating point"))
                    && has("expected a string"))
                // Escaped lone surrogates: Go writes U+FFFD; serde_json rejects them, as a
                // "lone leading surrogate" or, when no escape follows a leading one, as an
                // "unexpected end of hex escape" (found with JSONTestSuite's cases seeded
                // into `fieldsV1`, which k8s-openapi holds as a `serde_json::Value`).
                || has("surrogate")
                || (has("unexpected end of hex escape") && leading_surrogate_before(data, theirs_error))
                // Repeated keys: Go decodes into the first value; serde derive code may
                // report a duplicate field.
                || has("duplicate field")
                // k8s-openapi requires members Go does not (`containers`, `name`, ...).
                || has("missing field")
                // `-0` for an integer: Go's strconv reads it as 0, serde_json as the float -0.0.
                || has("invalid type: floating point `-0.0`, expected i")
                || has("invalid type: floating point `-0.0`, expected u")
                // A number beyond float64's range where Go takes any number as text (a
                // Quantity, raw JSON); serde_json refuses it before the type sees it.
                || (has("number out of range") && huge_number_taken_as_text(data, theirs_error))
                // Times Go's RFC 3339 parser reads and k8s-openapi's (jiff) does not.
                || time_only_go_reads(data, theirs_error)
                // k8s-openapi requires `apiVersion: v1` and `kind: Pod`; Go's typed decode
                // (and kcodec's) keeps them as data (a serializer picks the type from them
                // before decoding).
                || type_meta_refused(data, pod, &e)
        }
        // k8s-openapi accepts what kcodec refuses:
        (Err(e), Ok(_)) => match e.kind() {
            // kcodec's nesting limit (256 by default; Go's scanner stops at 10,000) holds for
            // skipped and raw values too, which serde_json skips without one. The input must
            // nest that deep where kcodec stopped.
            kcodec::ErrorKind::DepthLimitExceeded { limit } => {
                nesting_at(data, e.offset()) > *limit
            }
            // Go's RFC 3339 parser is stricter than k8s-openapi's; Quantity syntax is checked
            // by kcodec, not by k8s-openapi (a string there).
            kcodec::ErrorKind::InvalidValue { message } => {
                message.starts_with("parsing time ") || message.starts_with("invalid quantity")
            }
            // Numbers Go's integer types refuse (`1.0`, out of range) where k8s-openapi's
            // type is wider or a float; never an integer inside the target's range.
            kcodec::ErrorKind::NumberOutOfRange { target } => {
                !integer_fits(data, e.offset(), target)
            }
            _ => false,
        },
        _ => false,
    }
}

/// Whether serde_json's "number out of range" is about a JSON number beyond float64's range
/// (`1e400`) at a place that takes a non-integer number: kcodec still accepts the input with
/// `1.5` there, as Go does in a `Quantity` and in raw JSON (`FieldsV1`); an integer field
/// refuses both (found by diff_json_pod with JSONTestSuite's `-1e+9999` seeded into
/// `fieldsV1`, and with `"cpu":1e400`).
fn huge_number_taken_as_text(data: &[u8], e: &serde_json::Error) -> bool {
    let is_number_byte = |b: &u8| matches!(b, b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9');
    let Some(at) = error_offset(data, e).map(|at| at.min(data.len())) else {
        return false;
    };
    let start = at
        - data[..at]
            .iter()
            .rev()
            .take_while(|b| is_number_byte(b))
            .count();
    let end = start
        + data[start..]
            .iter()
            .take_while(|b| is_number_byte(b))
            .count();
    let token = &data[start..end];
    let huge = kcodec::json::is_one_json_value(token)
        && std::str::from_utf8(token).is_ok_and(|t| t.parse::<f64>().is_ok_and(f64::is_infinite));
    let in_range = [&data[..start], b"1.5", &data[end..]].concat();
    huge && kcodec::json::from_slice::<Pod>(&in_range).is_ok()
}

/// How many arrays and objects are open in `data` once the byte at `at` is read (brackets
/// inside strings aside).
fn nesting_at(data: &[u8], at: usize) -> usize {
    let end = at.saturating_add(1).min(data.len());
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for &b in &data[..end] {
        match (in_string, b) {
            (true, _) if escaped => escaped = false,
            (true, b'\\') => escaped = true,
            (true, b'"') | (false, b'"') => in_string = !in_string,
            (false, b'[' | b'{') => depth += 1,
            (false, b']' | b'}') => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    depth
}

/// Whether the JSON number at byte `at` is an integer literal inside the range of kcodec's
/// integer type `target` (`"int32"`, `"uint64"`, ...): then kcodec had no reason to refuse it.
fn integer_fits(data: &[u8], at: usize, target: &str) -> bool {
    let token: Vec<u8> = data
        .get(at..)
        .unwrap_or_default()
        .iter()
        .copied()
        .take_while(|b| matches!(b, b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9'))
        .collect();
    let Some(v) = std::str::from_utf8(&token)
        .ok()
        .and_then(|s| s.parse::<i128>().ok())
    else {
        return false; // a fraction or an exponent: not an integer literal
    };
    let (min, max): (i128, i128) = match target {
        "int8" => (i8::MIN.into(), i8::MAX.into()),
        "int16" => (i16::MIN.into(), i16::MAX.into()),
        "int32" => (i32::MIN.into(), i32::MAX.into()),
        "int64" => (i64::MIN.into(), i64::MAX.into()),
        "uint8" => (0, u8::MAX.into()),
        "uint16" => (0, u16::MAX.into()),
        "uint32" => (0, u32::MAX.into()),
        "uint64" => (0, u64::MAX.into()),
        _ => return false,
    };
    (min..=max).contains(&v)
}

/// Whether serde_json's error `e` is jiff refusing a time string that Go's RFC 3339 parser
/// (kcodec's [`Time`]) reads: the JSON string that ends where serde_json reports the error
/// must parse as a kcodec `Time`, fail as a `jiff::Timestamp`, and fail with the very message
/// serde_json reports.
fn time_only_go_reads(data: &[u8], e: &serde_json::Error) -> bool {
    let Some(text) = string_before_error(data, e) else {
        return false;
    };
    let Err(jiff_error) = text.parse::<k8s_openapi::jiff::Timestamp>() else {
        return false;
    };
    text.parse::<Time>().is_ok() && e.to_string().starts_with(&jiff_error.to_string())
}

/// The byte offset of the position serde_json reports an error at: `line` counts from 1,
/// `column` is in bytes from the line's start and counts from 1 (0 when nothing of the line
/// was read).
fn error_offset(data: &[u8], e: &serde_json::Error) -> Option<usize> {
    let line_start = match e.line() {
        0 | 1 => 0,
        n => {
            data.iter()
                .enumerate()
                .filter(|(_, b)| **b == b'\n')
                .nth(n - 2)?
                .0
                + 1
        }
    };
    (line_start + e.column()).checked_sub(1)
}

/// Whether serde_json's error follows the escape of a leading (high) surrogate, `\uD800` to
/// `\uDBFF`, alone or with the next escape's backslash (`"\uD800"`, `"\uD800\n"`): the lone
/// surrogate it refused, not a truncated escape.
fn leading_surrogate_before(data: &[u8], e: &serde_json::Error) -> bool {
    let Some(at) = error_offset(data, e) else {
        return false;
    };
    let is_leading = |end: usize| {
        let escape = end.checked_sub(6).and_then(|start| data.get(start..end));
        matches!(escape, Some([b'\\', b'u', b'd' | b'D', b'8' | b'9' | b'a' | b'b' | b'A' | b'B', x, y])
            if x.is_ascii_hexdigit() && y.is_ascii_hexdigit())
    };
    is_leading(at) || (at > 0 && data.get(at - 1) == Some(&b'\\') && is_leading(at - 1))
}

/// The JSON string literal (decoded) that ends where serde_json reports a custom error raised
/// while visiting it: serde_json reports the position just past the closing quote.
pub fn string_before_error(data: &[u8], e: &serde_json::Error) -> Option<String> {
    let close = error_offset(data, e)?;
    if data.get(close) != Some(&b'"') {
        return None;
    }
    // The opening quote: the nearest `"` before it that no odd run of backslashes escapes.
    let open = (0..close).rev().find(|&i| {
        data[i] == b'"' && data[..i].iter().rev().take_while(|b| **b == b'\\').count() % 2 == 0
    })?;
    serde_json::from_slice::<String>(&data[open..=close]).ok()
}

/// Whether serde_json's message `e` is k8s-openapi refusing the `apiVersion` or `kind` that
/// kcodec decoded (one not naming k8s-openapi's type, `v1`/`Pod`), or, when the input repeats
/// that member, any of its values: k8s-openapi checks each, Go and kcodec keep the last
/// (found by diff_json_pod: `"apiVersion":"v1od","apiVersion":"v1"`).
fn type_meta_refused(data: &[u8], pod: &Pod, e: &str) -> bool {
    let repeated = |member: &str| {
        kcodec::json::from_slice_strict::<Pod>(data).is_ok_and(|(_, issues)| {
            issues
                .iter()
                .any(|i| i.kind == kcodec::json::StrictIssueKind::Duplicate && i.path == member)
        })
    };
    let refused = |value: &str, expected: &str, member: &str| {
        let prefix = "invalid value: string ";
        let Some(quoted) = e
            .strip_prefix(prefix)
            .and_then(|rest| rest.split_once(&format!(", expected {expected}")))
            .map(|(quoted, _)| quoted)
        else {
            return false;
        };
        quoted != format!("{expected:?}") && (quoted == format!("{value:?}") || repeated(member))
    };
    refused(&pod.type_meta.api_version, "v1", ".apiVersion")
        || refused(&pod.type_meta.kind, "Pod", ".kind")
}

/// kcodec's decode of the JSON k8s-openapi writes for its Pod. k8s-openapi fills a required
/// member the input lacks with its type's default, and for a `Quantity` that is the empty
/// string, written `""`, which Go never writes and `ParseQuantity` refuses (kcodec too). Go
/// keeps such a member at its zero: `null` for a pointer (`Option` in kcodec), `"0"` for a
/// value, and kcodec reads `null` as either. So each `""` kcodec refuses as a quantity is
/// read as `null`; any other error is a finding.
pub fn read_back(theirs: &TheirPod) -> Pod {
    let mut via = serde_json::to_vec(theirs).expect("k8s-openapi writes its own value");
    loop {
        match kcodec::json::from_slice::<Pod>(&via) {
            Ok(pod) => return pod,
            Err(e) => {
                let at = e.offset();
                let empty_quantity = matches!(
                    e.kind(),
                    kcodec::ErrorKind::InvalidValue { message }
                        if message.starts_with("invalid quantity")
                ) && via.get(at..at + 2) == Some(b"\"\"");
                assert!(empty_quantity, "kcodec cannot read k8s-openapi's JSON: {e}");
                via.splice(at..at + 2, *b"null");
            }
        }
    }
}

/// kcodec's Pod and its read-back of k8s-openapi's ([`read_back`]), made comparable where the
/// two differ by design: k8s-openapi writes `kind`/`apiVersion` from its type, not from the
/// input; and it holds raw JSON (`FieldsV1`) as a `serde_json::Value`, writing its keys
/// sorted, where kcodec keeps Go's bytes (those are compared as JSON values).
pub fn comparable(ours: &Pod, theirs: &TheirPod) -> (Pod, Pod) {
    let mut back = read_back(theirs);
    let mut ours = ours.clone();
    ours.type_meta = back.type_meta.clone();
    for (a, b) in ours
        .metadata
        .managed_fields
        .iter_mut()
        .zip(&mut back.metadata.managed_fields)
    {
        if let (Some(x), Some(y)) = (&a.fields_v1, &b.fields_v1) {
            let vx = serde_json::from_slice::<Value>(&x.raw).ok();
            let vy = serde_json::from_slice::<Value>(&y.raw).ok();
            if vx.is_some() && vx == vy {
                b.fields_v1 = a.fields_v1.clone();
            }
        }
    }
    (ours, back)
}

/// Whether the two Pods differ only as documented (fuzz/README.md), compared as kcodec's JSON
/// of each, member by member, with the input's value at the same path:
/// - where k8s-openapi filled a required member that the input lacks with its type's default.
///   Go keeps such a member at its zero: `nil` for a pointer, which kcodec (an `Option`)
///   writes as `null` or omits; k8s-openapi's member is not optional, so it writes the
///   default (`"secretRef":{}` in a `scaleIO` volume given as `{}`; a `null` given for such a
///   member is a no-op in Go, and k8s-openapi reads it as the default too). The member must
///   be `null` or absent in kcodec's JSON, absent or `null` in the input, and zero-like in
///   the other (`""`, `0`, `false`, `[]`, `{}`, or an object of those);
/// - where the input gives a `Quantity` as a JSON number: Go parses the number's text
///   (`1e3` stays `1e3`, `1e-400` rounds up to `1n`), k8s-openapi reads it as a float64 and
///   writes that back (`1000`, `0`). The member must be a string in both JSON texts (a
///   quantity: no other string member takes a number) and a number in the input.
pub fn differs_only_as_documented(data: &[u8], ours: &Pod, back: &Pod) -> bool {
    let json = |pod: &Pod| -> Value {
        serde_json::from_slice(&kcodec::json::to_vec(pod)).expect("kcodec writes JSON")
    };
    // serde_json skips an unknown member's string without checking its UTF-8, so an input
    // both accepted may hold invalid UTF-8, which reading it as a `Value` refuses. Go reads
    // such bytes as U+FFFD; only which members the input gives matters here.
    let Ok(input) = serde_json::from_str::<Value>(&String::from_utf8_lossy(data)) else {
        return false;
    };
    documented_only(&json(ours), &json(back), Some(&input))
}

/// [`differs_only_as_documented`] at one value; `input` is the input's value at the same path.
fn documented_only(ours: &Value, theirs: &Value, input: Option<&Value>) -> bool {
    if ours == theirs {
        return true;
    }
    match (ours, theirs) {
        (Value::String(_), Value::String(_)) => input.is_some_and(Value::is_number),
        (Value::Object(a), Value::Object(b)) => {
            let input = input.and_then(Value::as_object);
            a.keys().chain(b.keys()).all(|k| {
                let x = a.get(k).unwrap_or(&Value::Null);
                let y = b.get(k).unwrap_or(&Value::Null);
                let given = input.and_then(|o| o.get(k));
                let absent = given.is_none_or(Value::is_null);
                (x.is_null() && absent && is_zero_like(y)) || documented_only(x, y, given)
            })
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            let input = input.and_then(Value::as_array);
            a.iter()
                .zip(b)
                .enumerate()
                .all(|(i, (x, y))| documented_only(x, y, input.and_then(|v| v.get(i))))
        }
        _ => false,
    }
}

/// A type's default as k8s-openapi writes it: `""`, `0`, `false`, `[]`, `{}`, `null`, or an
/// object of those.
fn is_zero_like(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::Bool(b) => !b,
        Value::Number(n) => n.as_f64() == Some(0.0),
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.values().all(is_zero_like),
    }
}
