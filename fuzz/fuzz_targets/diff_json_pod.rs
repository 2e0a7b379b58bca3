//! Differential: the same bytes decoded as a Pod by kcodec and by serde_json on k8s-openapi's
//! Pod (what kube-rs users run). When both accept, k8s-openapi's value written back as JSON
//! must decode (with kcodec) to kcodec's own value. When only one accepts, the input must
//! fall in one of the documented differences (fuzz/README.md, "Differential targets").
#![no_main]

use k8s_openapi::api::core::v1::Pod as TheirPod;
use kcodec_types::core::v1::Pod;
use libfuzzer_sys::fuzz_target;

/// Inputs on which kcodec (following Go) and serde_json + k8s-openapi are known to disagree
/// about accepting, each a documented difference (fuzz/README.md). Each is recognised by the
/// rejecting side's own error, so an input is excused only for the difference that made it
/// differ: serde_json stops at its first error, and kcodec reports its first.
fn documented_difference(
    data: &[u8],
    ours: &Result<Pod, kcodec::Error>,
    theirs: &Result<TheirPod, serde_json::Error>,
) -> bool {
    // serde_json stops at 128 levels of nesting; kcodec's limit is higher.
    if data.iter().filter(|b| **b == b'[' || **b == b'{').count() > 100 {
        return true;
    }
    match (ours, theirs) {
        // kcodec accepts what k8s-openapi refuses:
        (Ok(_), Err(e)) => {
            let e = e.to_string();
            let has = |s: &str| e.contains(s);
            // Invalid UTF-8: Go (and kcodec) write U+FFFD; serde_json rejects it.
            (has("invalid unicode code point") && std::str::from_utf8(data).is_err())
                // `null` is a no-op in Go for every value; k8s-openapi rejects it for
                // required members and in maps and lists of non-optional values.
                || has("invalid type: null")
                // Go's Quantity accepts a JSON number (k8s-openapi's is a string).
                || ((has("invalid type: integer") || has("invalid type: floating point"))
                    && has("expected a string"))
                // Escaped lone surrogates: Go writes U+FFFD; serde_json rejects them.
                || has("surrogate")
                // Repeated keys: Go decodes into the first value; serde derive code may
                // report a duplicate field.
                || has("duplicate field")
                // k8s-openapi requires members Go does not (`containers`, `name`, ...).
                || has("missing field")
                // Times Go's RFC 3339 parser reads and k8s-openapi's does not.
                || has("time")
        }
        // k8s-openapi accepts what kcodec refuses:
        (Err(e), Ok(_)) => match e.kind() {
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

fuzz_target!(|data: &[u8]| {
    let ours = kcodec::json::from_slice::<Pod>(data);
    let theirs = serde_json::from_slice::<TheirPod>(data);
    match (&ours, &theirs) {
        (Ok(ours), Ok(theirs)) => {
            // A repeated key: Go (and kcodec) decode the second value into what the first one
            // built (a map gains entries, a struct keeps the fields the second lacks), where
            // serde replaces it whole. Documented; the values may differ.
            let (_, issues) = kcodec::json::from_slice_strict::<Pod>(data).expect("accepted above");
            if issues
                .iter()
                .any(|i| i.kind == kcodec::json::StrictIssueKind::Duplicate)
            {
                return;
            }
            let via = serde_json::to_vec(theirs).expect("k8s-openapi writes its own value");
            let back: Pod = kcodec::json::from_slice(&via)
                .unwrap_or_else(|e| panic!("kcodec cannot read k8s-openapi's JSON: {e}"));
            // k8s-openapi writes kind/apiVersion from the type, not from the input.
            let mut ours = ours.clone();
            let mut back = back;
            ours.type_meta = back.type_meta.clone();
            // k8s-openapi holds raw JSON (FieldsV1) as a serde_json::Value and writes its
            // keys sorted; kcodec keeps the bytes as Go does. Compare those as JSON values.
            for (a, b) in ours
                .metadata
                .managed_fields
                .iter_mut()
                .zip(&mut back.metadata.managed_fields)
            {
                if let (Some(x), Some(y)) = (&a.fields_v1, &b.fields_v1) {
                    let vx = serde_json::from_slice::<serde_json::Value>(&x.raw).ok();
                    let vy = serde_json::from_slice::<serde_json::Value>(&y.raw).ok();
                    if vx.is_some() && vx == vy {
                        b.fields_v1 = a.fields_v1.clone();
                    }
                }
            }
            assert!(
                back == ours,
                "kcodec and k8s-openapi decoded different Pods"
            );
        }
        (Err(_), Err(_)) => {}
        _ => assert!(
            documented_difference(data, &ours, &theirs),
            "accept/reject differ: kcodec {:?}, k8s-openapi {:?}",
            ours.as_ref().err().map(ToString::to_string),
            theirs.as_ref().err().map(ToString::to_string)
        ),
    }
});
