//! Schema sweep: every field of every message reachable from every registered kind, found
//! through the kinds' own schema descriptors, is fed every protobuf wire type and every JSON
//! value type, nested at a path from the kind's root. The fuzzers reach these per-field
//! branches of the generated decoders only by chance (each field of each message has its own
//! wire-type check); this reaches each of them deterministically and checks what a client
//! sending the wrong type gets back:
//! - protobuf: a wrong wire type is a `Wire` error whose path is the field's path; the right
//!   one decodes (and re-encodes to an equal object) or fails inside the field; an unknown
//!   field number of any wire type is skipped, leaving the object as if it were absent;
//!   the hand-written special types (`Time`, `Quantity`, ...) report errors in their own
//!   fields at their own path, and keep Go's reading of unknown fields (a `Time` holding
//!   only unknown fields is the Unix epoch);
//! - JSON: `null` is a no-op everywhere (as in Go); a plain scalar field accepts exactly the
//!   JSON types Go's `encoding/json` accepts for it; every error points at the injected value
//!   (its offset inside the value's bytes, its path the field's path);
//! - strict mode: a case variant of each key (`Metadata`) is unknown, a repeated key is a
//!   duplicate, each reported once at its full path.

#[path = "support/sweep.rs"]
mod sweep;

use std::collections::BTreeSet;

use kcodec::json::{DecodeOptions, StrictIssueKind};
use kcodec::schema::{FieldType, MessageSchema, Scalar};
use kcodec::ErrorKind;
use kcodec_types::registry::{kinds, Kind, Object};
use sweep::*;

fn round_trips(kind: &Kind, obj: &dyn Object) -> Result<(), String> {
    let bytes = obj.to_proto();
    let again = kind
        .decode_proto(&bytes)
        .map_err(|e| format!("re-decode: {e}"))?;
    if !again.dyn_eq(obj) {
        return Err("re-decoded object differs".into());
    }
    Ok(())
}

fn sweep_proto(kind: &Kind, r: &Reached, failures: &mut Vec<String>) -> usize {
    let mut cases = 0;
    let name = kind.fixture_name();
    let special = is_special(&r.schema);
    let prefix = proto_prefix(&r.path);
    let empty = kind.decode_proto(&wrap_proto(&r.path, Vec::new()));
    for f in &r.schema.fields {
        // A special type reports errors in its fields at its own path.
        let leaf = if special {
            prefix.clone()
        } else {
            format!("{prefix}.{}", f.name)
        };
        let accepted = accepted_wires(&f.ty);
        for wire in [0u8, 1, 2, 3, 5] {
            cases += 1;
            let input = wrap_proto(&r.path, proto_field(f.tag, wire));
            let got = kind.decode_proto(&input);
            let what = format!("{name} protobuf {leaf} (field {}) wire type {wire}", f.tag);
            match (accepted.contains(&wire), got) {
                (false, Ok(_)) => failures.push(format!("{what}: accepted")),
                (false, Err(e)) => {
                    if !matches!(e.kind(), ErrorKind::Wire { .. }) || e.path() != leaf {
                        failures.push(format!("{what}: {e} (path {:?})", e.path()));
                    }
                }
                (true, Ok(obj)) => {
                    if let Err(m) = round_trips(kind, obj.as_ref()) {
                        failures.push(format!("{what}: {m}"));
                    }
                }
                (true, Err(e)) => {
                    if !e.path().starts_with(&leaf) || e.offset() > input.len() {
                        failures.push(format!("{what}: {e} (path {:?})", e.path()));
                    }
                }
            }
        }
    }
    // Unknown field numbers, of every wire type, are skipped.
    let unknown = r.schema.fields.iter().map(|f| f.tag).max().unwrap_or(0) + 1;
    for tag in [unknown, (1 << 29) - 1] {
        for wire in [0u8, 1, 2, 3, 5] {
            cases += 1;
            let input = wrap_proto(&r.path, proto_field(tag, wire));
            let what = format!("{name} protobuf {prefix} unknown field {tag} wire type {wire}");
            match (kind.decode_proto(&input), &empty) {
                (Ok(obj), Ok(empty)) if obj.dyn_eq(empty.as_ref()) => {}
                // Go reads a special type's message by its own rules: a non-empty `Time`
                // is Unix seconds (the epoch here), an empty `Quantity` string is invalid.
                (Ok(obj), _) if special => {
                    if let Err(m) = round_trips(kind, obj.as_ref()) {
                        failures.push(format!("{what}: {m}"));
                    }
                }
                (Err(e), _) if special && e.path() == prefix => {}
                (Ok(_), _) => failures.push(format!("{what}: changed the object")),
                (Err(e), _) => failures.push(format!("{what}: {e}")),
            }
        }
    }
    cases
}

/// The JSON types Go's `encoding/json` accepts for a field of a plain scalar type (`None`
/// for types with their own JSON form: messages, lists, maps, bytes).
fn scalar_accepts(ty: &FieldType) -> Option<&'static [&'static str]> {
    Some(match ty.unwrapped() {
        FieldType::Scalar(Scalar::Bool) => &["null", "bool"],
        FieldType::Scalar(Scalar::Int32 | Scalar::Int64 | Scalar::Uint32 | Scalar::Uint64) => {
            &["null", "int"]
        }
        FieldType::Scalar(Scalar::Float | Scalar::Double) => &["null", "int", "float"],
        FieldType::Scalar(Scalar::String) => &["null", "string"],
        FieldType::Repeated(_) => &["null", "array"],
        FieldType::Map(..) => &["null", "object"],
        _ => return None,
    })
}

/// The kind decoded from JSON holding only the path to `r` (an unknown key at its end).
fn empty_json(kind: &Kind, r: &Reached) -> Box<dyn Object> {
    let (doc, _) = wrap_json(&r.path, "x", "0");
    kind.decode_json(doc.as_bytes()).expect("path decodes")
}

fn sweep_json(kind: &Kind, r: &Reached, failures: &mut Vec<String>) -> usize {
    if is_special(&r.schema) {
        // Its JSON form is not an object of these fields: swept as its parent's field.
        return 0;
    }
    let mut cases = 0;
    let name = kind.fixture_name();
    let empty = empty_json(kind, r);
    for f in r.schema.fields.iter().filter(|f| !f.inline) {
        let leaf = json_path(&r.path, f.json_name);
        for (value, json_type) in JSON_VALUES {
            cases += 1;
            let (doc, at) = wrap_json(&r.path, f.json_name, value);
            let what = format!("{name} JSON {leaf} = {value}");
            let got = kind.decode_json(doc.as_bytes());
            if let Some(ok) = scalar_accepts(&f.ty) {
                if got.is_ok() != ok.contains(&json_type) {
                    let result = got.as_ref().map(|_| "accepted").map_err(|e| e.to_string());
                    failures.push(format!("{what}: {result:?}, Go accepts only {ok:?}"));
                    continue;
                }
            }
            match got {
                Ok(obj) if json_type == "null" => {
                    if !obj.dyn_eq(empty.as_ref()) {
                        failures.push(format!("{what}: null is not a no-op"));
                    }
                }
                Ok(_) => {}
                Err(e) if json_type == "null" => failures.push(format!("{what}: {e}")),
                Err(e) => {
                    let inside = (at..at + value.len()).contains(&e.offset());
                    if !inside || !e.path().starts_with(&leaf) {
                        failures.push(format!(
                            "{what}: {e} (path {:?}), expected at bytes {at}..{} under {leaf}",
                            e.path(),
                            at + value.len()
                        ));
                    }
                }
            }
        }
    }
    cases
}

/// The field's key with its first letter's case flipped (`Metadata`), unless that is another
/// field's key.
fn case_variant(m: &MessageSchema, key: &str) -> Option<String> {
    let mut chars = key.chars();
    let first = chars.next()?;
    let flipped = if first.is_ascii_lowercase() {
        first.to_ascii_uppercase()
    } else {
        first.to_ascii_lowercase()
    };
    let variant = format!("{flipped}{}", chars.as_str());
    let taken = m.fields.iter().any(|f| f.json_name == variant);
    (variant != key && !taken).then_some(variant)
}

/// Strict mode, at every field: a case variant of its key is unknown (not matched, as in
/// Kubernetes' case-sensitive decoder), a repeated key is a duplicate, each reported once at
/// the key's full path, and neither changes the decoded object.
fn sweep_strict(kind: &Kind, r: &Reached, failures: &mut Vec<String>) -> usize {
    if is_special(&r.schema) {
        return 0;
    }
    let name = kind.fixture_name();
    let strict = DecodeOptions {
        strict: true,
        ..DecodeOptions::default()
    };
    let empty = empty_json(kind, r);
    let mut cases = 0;
    for f in r.schema.fields.iter().filter(|f| !f.inline) {
        let variant = case_variant(&r.schema, f.json_name);
        let inputs = [
            variant.map(|v| (wrap_json(&r.path, &v, "null").0, json_path(&r.path, &v))),
            Some((
                // `{"key":null,"key":null}`: the value closes the first and opens the second.
                wrap_json(
                    &r.path,
                    f.json_name,
                    &format!("null,\"{}\":null", f.json_name),
                )
                .0,
                json_path(&r.path, f.json_name),
            )),
        ];
        for (kind_wanted, input) in [StrictIssueKind::Unknown, StrictIssueKind::Duplicate]
            .into_iter()
            .zip(inputs)
        {
            let Some((doc, path)) = input else { continue };
            cases += 1;
            let what = format!("{name} strict JSON {doc}");
            match kind.decode_json_with(doc.as_bytes(), strict) {
                Ok((obj, issues)) => {
                    let found: Vec<_> = issues.iter().map(|i| (&i.kind, i.path.as_str())).collect();
                    if found != [(&kind_wanted, path.as_str())] {
                        failures.push(format!(
                            "{what}: reported {found:?}, expected {kind_wanted:?} at {path}"
                        ));
                    }
                    if !obj.dyn_eq(empty.as_ref()) {
                        failures.push(format!("{what}: changed the object"));
                    }
                }
                Err(e) => failures.push(format!("{what}: {e}")),
            }
        }
    }
    cases
}

#[test]
fn every_field_of_every_kind_against_every_wire_and_json_type() {
    let mut seen = BTreeSet::new();
    let mut failures = Vec::new();
    let mut specials = BTreeSet::new();
    let (mut messages, mut proto_cases, mut json_cases, mut strict_cases) = (0, 0, 0, 0);
    for kind in kinds() {
        for r in reachable(kind.proto_schema(), &mut seen) {
            messages += 1;
            if is_special(&r.schema) {
                specials.insert(r.schema.name);
            }
            proto_cases += sweep_proto(kind, &r, &mut failures);
            json_cases += sweep_json(kind, &r, &mut failures);
            strict_cases += sweep_strict(kind, &r, &mut failures);
        }
    }
    println!(
        "schema sweep: {} kinds, {messages} messages ({} of them special: {specials:?}), \
         {proto_cases} protobuf, {json_cases} JSON and {strict_cases} strict-mode cases",
        kinds().len(),
        specials.len()
    );
    assert!(messages > 100, "the sweep reached only {messages} messages");
    assert!(
        failures.is_empty(),
        "{} failures, the first 40:\n{}",
        failures.len(),
        failures[..failures.len().min(40)].join("\n")
    );
}
