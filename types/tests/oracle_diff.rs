//! Differential tests against Kubernetes' own Go codecs (`k8s-oracle serve`, found through
//! `$KCODEC_K8S_ORACLE`): seeded random objects of every registered kind, generated from the
//! kinds' schema descriptors, are converted by kcodec and by Go in every direction, and the
//! answers must agree: the same accept/reject decision, the same bytes.
//!
//! Directions per object: JSON → compact JSON, → pretty JSON, → YAML, → protobuf; Go's
//! protobuf → JSON and → protobuf; Go's YAML → JSON; strict JSON decoding (the same unknown
//! and duplicate field paths).
//!
//! `KCODEC_ORACLE_CASES` sets the objects per kind (default 60: over 20,000 comparisons),
//! `KCODEC_ORACLE_SEED` the seed. A long run: `KCODEC_ORACLE_CASES=20000 cargo test
//! --release -p kcodec-types --test oracle_diff -- --nocapture`.

#[path = "support/cbor_tree.rs"]
mod cbor_tree;
use std::collections::BTreeMap;
use std::fmt::Write as _;

use kcodec::json::DecodeOptions;
use kcodec_testkit::gen::{self, Profile};
use kcodec_testkit::known;
use kcodec_testkit::oracle::{strict_findings, Format, Oracle, Request, Response};
use kcodec_testkit::rng::Rng;
use kcodec_types::registry::{self, Kind};

/// Differences between kcodec and Go that are known and documented (README, "Limits and
/// guarantees"), each with the test that tells them apart: they are counted and shown, and
/// every other difference fails the suite.
/// Whether a difference is the known one, from the input and both outputs.
type KnownTest = fn(&[u8], &[u8], &[u8]) -> bool;

const KNOWN: &[(&str, &str, KnownTest)] = &[(
    "YAML 1.1 line breaks U+2028/U+2029 in YAML input",
    "go-yaml (YAML 1.1) reads U+2028 and U+2029 in YAML as line breaks, folding the \
     indentation after them; kcodec's YAML reader (YAML 1.2) reads them as ordinary characters",
    |input, ours, go| [input, ours, go].iter().any(|b| contains_line_separator(b)),
)];

fn contains_line_separator(b: &[u8]) -> bool {
    b.windows(3)
        .any(|w| w == "\u{2028}".as_bytes() || w == "\u{2029}".as_bytes())
}

/// One direction's tally.
#[derive(Default)]
struct Tally {
    compared: u64,
    differ: u64,
    known: u64,
}

/// All directions' tallies and the first examples of each difference.
#[derive(Default)]
struct Report {
    directions: BTreeMap<&'static str, Tally>,
    examples: BTreeMap<String, (u64, String)>,
    known: BTreeMap<&'static str, u64>,
}

impl Report {
    fn record(
        &mut self,
        direction: &'static str,
        same: bool,
        category: impl FnOnce() -> (String, String),
    ) {
        let t = self.directions.entry(direction).or_default();
        t.compared += 1;
        if !same {
            t.differ += 1;
            let (category, example) = category();
            let e = self
                .examples
                .entry(format!("{direction}: {category}"))
                .or_insert((0, example));
            e.0 += 1;
        }
    }

    fn known(&mut self, direction: &'static str, name: &'static str) {
        let t = self.directions.entry(direction).or_default();
        t.compared += 1;
        t.known += 1;
        *self.known.entry(name).or_default() += 1;
    }

    /// Each direction's counts, then each difference with its first example.
    fn summary(&self) -> String {
        let mut out = String::new();
        for (direction, t) in &self.directions {
            let _ = writeln!(
                out,
                "  {direction}: {} compared, {} differ, {} known differences",
                t.compared, t.differ, t.known
            );
        }
        for (category, (count, example)) in &self.examples {
            let _ = writeln!(out, "DIFF ×{count} {category}\n    {example}");
        }
        out
    }

    fn compared(&self) -> u64 {
        self.directions.values().map(|t| t.compared).sum()
    }

    fn differ(&self) -> u64 {
        self.directions.values().map(|t| t.differ).sum()
    }
}

/// Where two outputs first differ, with some context of both.
fn first_difference(ours: &[u8], go: &[u8]) -> String {
    let at = ours
        .iter()
        .zip(go)
        .position(|(a, b)| a != b)
        .unwrap_or(ours.len().min(go.len()));
    let from = at.saturating_sub(60);
    let text = std::str::from_utf8(ours).is_ok() && std::str::from_utf8(go).is_ok();
    let show = |b: &[u8]| {
        let part = &b[from.min(b.len())..(at + 60).min(b.len())];
        if text {
            String::from_utf8_lossy(part).into_owned()
        } else {
            part.iter().map(|b| format!("{b:02x}")).collect()
        }
    };
    format!(
        "at byte {at}:\n      kcodec: {:?}\n      go:     {:?}",
        show(ours),
        show(go)
    )
}

/// The object's JSON path nearest a byte offset, as a category (keys only, no indices).
fn category_at(json: &[u8], at: usize) -> String {
    // The last few keys before the offset, which is enough to tell differences apart.
    let head = &json[..at.min(json.len())];
    let mut keys = Vec::new();
    let mut i = 0;
    while i < head.len() {
        if head[i] == b'"' {
            let mut end = i + 1;
            while end < head.len() && head[end] != b'"' {
                end += if head[end] == b'\\' { 2 } else { 1 };
            }
            if head.get(end + 1) == Some(&b':') {
                keys.push(String::from_utf8_lossy(&head[i + 1..end]).into_owned());
            }
            i = end + 1;
        } else {
            i += 1;
        }
    }
    let n = keys.len();
    keys[n.saturating_sub(2)..].join(".")
}

fn snippet(input: &[u8]) -> String {
    if kcodec::cbor::is_cbor(input) {
        // Binary: hex, to reproduce it.
        let hex: String = input
            .iter()
            .take(1200)
            .map(|b| format!("{b:02x}"))
            .collect();
        return format!("(hex, {} bytes) {hex}", input.len());
    }
    let s = String::from_utf8_lossy(input);
    if s.len() > 1500 {
        let mut end = 1500;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        format!("{}… ({} bytes)", &s[..end], s.len())
    } else {
        s.into_owned()
    }
}

/// An object's compact JSON plus `\n` (as Go's JSON serializer writes it), or the encode's
/// error (Go's encoder fails on the same objects: raw fields that are not JSON).
fn json_line(o: &dyn registry::Object) -> Result<Vec<u8>, String> {
    let mut v = o.to_json().map_err(|e| e.to_string())?;
    v.push(b'\n');
    Ok(v)
}

/// A conversion by the oracle: (from, to, strict, body), with the request's type defaults.
type OracleCall<'a> = dyn Fn(&mut Oracle, Format, Format, bool, &[u8]) -> Response + 'a;

struct Differ<'a> {
    oracle: &'a mut Oracle,
    report: Report,
}

impl Differ<'_> {
    fn bytes(
        &mut self,
        direction: &'static str,
        kind: &Kind,
        input: &[u8],
        ours: Result<Vec<u8>, String>,
        go: &Response,
    ) {
        let name = kind.kind;
        let differs = match (&ours, go) {
            (Ok(ours), Response::Ok(go)) => ours != go,
            (Err(_), Response::Err(_)) => false,
            _ => true,
        };
        if differs && direction.contains("yaml") {
            let ours_bytes = ours.as_deref().unwrap_or_default();
            let go_bytes = go.body().unwrap_or_default();
            if let Some((known, _, _)) = KNOWN
                .iter()
                .find(|(_, _, f)| f(input, ours_bytes, go_bytes))
            {
                self.report.known(direction, known);
                return;
            }
        }
        match (ours, go) {
            (Ok(ours), Response::Ok(go)) => {
                let same = &ours == go;
                if !same && direction.ends_with("pb") && int_or_string_state(kind, &ours, go) {
                    self.report.known(direction, INT_OR_STRING);
                    return;
                }
                self.report.record(direction, same, || {
                    let at = ours
                        .iter()
                        .zip(go.iter())
                        .position(|(a, b)| a != b)
                        .unwrap_or(0);
                    (
                        format!("{name} bytes differ near {}", category_at(go, at)),
                        format!(
                            "{}\n    input: {}",
                            first_difference(&ours, go),
                            snippet(input)
                        ),
                    )
                });
            }
            (Err(_), Response::Err(_)) => self.report.record(direction, true, || unreachable!()),
            (Ok(_), Response::Err(e)) => self.report.record(direction, false, || {
                (
                    format!("kcodec accepts, Go refuses: {}", shorten(e)),
                    format!("{name}: go: {e}\n    input: {}", snippet(input)),
                )
            }),
            (Err(e), Response::Ok(_)) => self.report.record(direction, false, || {
                (
                    format!("Go accepts, kcodec refuses: {}", shorten(&e)),
                    format!("{name}: kcodec: {e}\n    input: {}", snippet(input)),
                )
            }),
            (_, Response::Strict(..)) => unreachable!("a lax request"),
        }
    }

    /// CBOR input (Go's own CBOR of an object, or a mutant of it): kcodec's CBOR → JSON,
    /// → CBOR and → protobuf against Go's, and strict mode's verdict.
    fn cbor_input(
        &mut self,
        kind: &Kind,
        cbor: &[u8],
        envelope_type: (&str, &str),
        call: &OracleCall<'_>,
    ) {
        let decoded = kind.decode_cbor(cbor).map_err(|e| e.to_string());
        let go = call(self.oracle, Format::Cbor, Format::Json, false, cbor);
        let ours = decoded
            .as_ref()
            .map_err(|e| e.clone())
            .and_then(|o| json_line(o.as_ref()));
        self.bytes("cbor→json", kind, cbor, ours, &go);
        let go = call(self.oracle, Format::Cbor, Format::Cbor, false, cbor);
        let ours = decoded
            .as_ref()
            .map_err(|e| e.clone())
            .and_then(|o| o.to_cbor().map_err(|e| e.to_string()));
        self.bytes("cbor→cbor", kind, cbor, ours, &go);
        let go = call(self.oracle, Format::Cbor, Format::Protobuf, false, cbor);
        let ours = decoded
            .as_ref()
            .map_err(|e| e.clone())
            .map(|o| registry::encode_envelope(envelope_type.0, envelope_type.1, o.as_ref()));
        self.bytes("cbor→pb", kind, cbor, ours, &go);
        // Strict: Go reports the first unknown field (without its name); kcodec every one.
        let go = call(self.oracle, Format::Cbor, Format::Cbor, true, cbor);
        let opts = DecodeOptions {
            strict: true,
            ..DecodeOptions::default()
        };
        if let (Ok((_, issues)), Some(_)) = (kind.decode_cbor_with(cbor, opts), go.body()) {
            let go_flags = matches!(go, Response::Strict(..));
            let same = go_flags != issues.is_empty();
            self.report.record("cbor strict", same, || {
                (
                    format!("{} strict verdicts differ", kind.kind),
                    format!(
                        "kcodec {issues:?}\n    go strict error: {go_flags}\n    input: {}",
                        snippet(cbor)
                    ),
                )
            });
        }
    }

    fn object(&mut self, kind: &Kind, api_version: &str, input: &[u8]) {
        let no_type_meta = !kind.has_type_meta();
        let type_meta = no_type_meta.then_some((api_version, kind.kind));
        // The envelope names the object's own TypeMeta: empty for a WatchEvent, as Go writes.
        let envelope_type = if no_type_meta {
            ("", "")
        } else {
            (api_version, kind.kind)
        };
        let call = |o: &mut Oracle, from, to, strict, body: &[u8]| {
            let mut r = Request::convert(from, to);
            r.strict = strict;
            r.type_meta = type_meta;
            o.call(&r, body)
        };
        let ours = kind.decode_json(input).map_err(|e| e.to_string());
        let compact: Result<Vec<u8>, String> = ours
            .as_ref()
            .map_err(|e| e.clone())
            .and_then(|o| o.to_json().map_err(|e| e.to_string()));

        // JSON → compact JSON.
        let go_json = call(self.oracle, Format::Json, Format::Json, false, input);
        let ours_json = compact.clone().map(|mut v| {
            v.push(b'\n');
            v
        });
        self.bytes("json→json", kind, input, ours_json, &go_json);
        if go_json.body().is_none() {
            return;
        }
        // JSON → pretty JSON.
        let go = call(self.oracle, Format::Json, Format::JsonPretty, false, input);
        let ours_pretty = compact.clone().map(|c| {
            let mut v = Vec::new();
            kcodec::json::indent_into(&mut v, &c, "", "  ");
            v
        });
        self.bytes("json→json-pretty", kind, input, ours_pretty, &go);
        // JSON → YAML.
        let go_yaml = call(self.oracle, Format::Json, Format::Yaml, false, input);
        let ours_yaml = compact
            .clone()
            .and_then(|c| kcodec::yaml::json_to_yaml(&c).map_err(|e| e.to_string()));
        self.bytes("json→yaml", kind, input, ours_yaml, &go_yaml);
        // Go's YAML → JSON.
        if let Some(yaml) = go_yaml.body() {
            let go = call(self.oracle, Format::Yaml, Format::Json, false, yaml);
            let ours = kcodec::yaml::yaml_to_json(yaml)
                .map_err(|e| e.to_string())
                .and_then(|j| kind.decode_json(&j).map_err(|e| e.to_string()))
                .and_then(|o| json_line(o.as_ref()));
            self.bytes("yaml→json", kind, yaml, ours, &go);
        }
        // JSON → protobuf.
        let go_pb = call(self.oracle, Format::Json, Format::Protobuf, false, input);
        let ours_pb = ours
            .as_ref()
            .map(|o| registry::encode_envelope(envelope_type.0, envelope_type.1, o.as_ref()))
            .map_err(|e| e.clone());
        self.bytes("json→pb", kind, input, ours_pb, &go_pb);
        // Go's protobuf → JSON and → protobuf.
        if let Some(pb) = go_pb.body() {
            // A WatchEvent's envelope names no type (it has no TypeMeta): decode it as the
            // kind asked for, as Go's decoder does with its defaults.
            let decoded = kcodec::proto::envelope::decode(pb)
                .and_then(|env| {
                    if env.kind.is_empty() {
                        kind.decode_proto(env.raw).map(|o| (kind, o))
                    } else {
                        registry::decode_envelope(pb)
                    }
                })
                .map_err(|e| e.to_string());
            let go = call(self.oracle, Format::Protobuf, Format::Json, false, pb);
            let ours = decoded
                .as_ref()
                .map_err(|e| e.clone())
                .and_then(|(_, o)| json_line(o.as_ref()));
            self.bytes("pb→json", kind, pb, ours, &go);
            let ours = decoded.as_ref().map_err(|e| e.clone()).map(|(_, o)| {
                registry::encode_envelope(envelope_type.0, envelope_type.1, o.as_ref())
            });
            self.bytes("pb→pb", kind, pb, ours, &Response::Ok(pb.to_vec()));
        }
        // JSON → CBOR, and Go's CBOR → JSON, CBOR and protobuf.
        let go_cbor = call(self.oracle, Format::Json, Format::Cbor, false, input);
        let ours_cbor = ours
            .as_ref()
            .map_err(|e| e.clone())
            .and_then(|o| o.to_cbor().map_err(|e| e.to_string()));
        self.bytes("json→cbor", kind, input, ours_cbor, &go_cbor);
        if let Some(cbor) = go_cbor.body() {
            self.cbor_input(kind, cbor, envelope_type, &call);
        }
        // Strict JSON: the same findings.
        let go = call(self.oracle, Format::Json, Format::Json, true, input);
        let mut go_found = match &go {
            Response::Strict(_, e) => strict_findings(e),
            _ => Vec::new(),
        };
        let opts = DecodeOptions {
            strict: true,
            ..DecodeOptions::default()
        };
        if let (Ok((_, issues)), Some(_)) = (kind.decode_json_with(input, opts), go.body()) {
            let mut found: Vec<(String, String)> = issues
                .iter()
                .map(|i| {
                    let path = i.path.to_string();
                    let path = path.strip_prefix('.').unwrap_or(&path).to_string();
                    (i.kind.as_str().to_string(), path)
                })
                .collect();
            found.sort();
            go_found.sort();
            let same = found == go_found;
            self.report.record("json strict", same, || {
                (
                    format!("{} strict findings differ", kind.kind),
                    format!(
                        "kcodec {found:?}\n    go {go_found:?}\n    input: {}",
                        snippet(input)
                    ),
                )
            });
        }
    }
}

fn shorten(e: &str) -> String {
    // Categories without the values that vary per case.
    let e = e.split(" at byte").next().unwrap_or(e);
    let mut out = String::new();
    let mut quoted = false;
    for c in e.chars().take(90) {
        if c == '"' {
            quoted = !quoted;
            out.push(c);
        } else if !quoted {
            out.push(c);
        }
    }
    out
}

fn env_number(var: &str, default: u64) -> u64 {
    std::env::var(var)
        .ok()
        .map(|v| {
            v.parse()
                .unwrap_or_else(|_| panic!("{var} must be a number"))
        })
        .unwrap_or(default)
}

#[test]
fn every_kind_agrees_with_kubernetes_go_codecs() {
    let Some(binary) = kcodec_testkit::data::oracle_binary() else {
        return;
    };
    let go_kinds = String::from_utf8(
        std::process::Command::new(&binary)
            .arg("kinds")
            .output()
            .expect("k8s-oracle kinds")
            .stdout,
    )
    .unwrap();
    let known = |api_version: &str, kind: &str| {
        go_kinds
            .lines()
            .any(|l| l.split_once('\t') == Some((api_version, kind)))
    };
    let mut oracle = Oracle::start(&binary).expect("k8s-oracle serve");
    let cases = env_number("KCODEC_ORACLE_CASES", 60);
    let seed = env_number("KCODEC_ORACLE_SEED", 0x6b63_6f64_6563);
    let profile = Profile::default();
    let mut differ = Differ {
        oracle: &mut oracle,
        report: Report::default(),
    };
    let mut kinds = 0;
    let mut unknown_to_go = Vec::new();
    for (index, kind) in registry::kinds().iter().enumerate() {
        let api_version = if kind.is_meta() {
            "v1".to_string()
        } else {
            kind.api_version()
        };
        if !known(&api_version, kind.kind) {
            unknown_to_go.push(kind.fixture_name());
            continue;
        }
        kinds += 1;
        let schema = kind.proto_schema();
        let mut rng = Rng::new(seed ^ (index as u64).wrapping_mul(0x1000_0001));
        for _ in 0..cases {
            let input = gen::object(&mut rng, &profile, &schema, &api_version, kind.kind);
            differ.object(kind, &api_version, &input);
        }
    }
    let report = differ.report;
    let mut summary = report.summary();
    for (name, why, _) in KNOWN {
        let n = report.known.get(name).copied().unwrap_or(0);
        let _ = writeln!(summary, "KNOWN ×{n} {name}: {why}");
    }
    let _ = writeln!(
        summary,
        "KNOWN ×{} {INT_OR_STRING}: Go's IntOrString keeps a value of the other type (a key given \
         twice) and writes both to protobuf; kcodec keeps one",
        report.known.get(INT_OR_STRING).copied().unwrap_or(0)
    );
    eprintln!("oracle: not in Go's scheme (as= transforms), not compared: {unknown_to_go:?}");
    eprintln!(
        "oracle: {kinds} kinds × {cases} objects (seed {seed:#x}): {} comparisons, {} differ, {} oracle requests\n{summary}",
        report.compared(),
        report.differ(),
        oracle.requests()
    );
    // meta.k8s.io/v1's PartialObjectMetadata(List) and TableOptions are served through the
    // API server's `as=` transforms, not registered in k8s.io/api's scheme, so the oracle
    // cannot convert them; any other kind it does not know is a failure.
    let transforms = [
        "meta.k8s.io.v1.TableOptions",
        "meta.k8s.io.v1.PartialObjectMetadata",
        "meta.k8s.io.v1.PartialObjectMetadataList",
    ];
    unknown_to_go.retain(|k| !transforms.contains(&k.as_str()));
    assert!(
        unknown_to_go.is_empty(),
        "registered kinds the oracle does not know: {unknown_to_go:?}"
    );
    assert_eq!(report.differ(), 0, "kcodec and Go differ; see above");
}

/// The objects from real clusters (`$KCODEC_REAL_OBJECTS`): kcodec's bytes equal Go's in
/// every direction, the JSON as the files hold it (indented, embedded raw JSON included).
#[test]
fn real_objects_agree_with_kubernetes_go_codecs() {
    let Some(binary) = kcodec_testkit::data::oracle_binary() else {
        return;
    };
    let Some(dir) = kcodec_testkit::data::real_objects() else {
        return;
    };
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let mut oracle = Oracle::start(&binary).expect("k8s-oracle serve");
    let mut differ = Differ {
        oracle: &mut oracle,
        report: Report::default(),
    };
    for path in &files {
        let input = std::fs::read(path).unwrap();
        let tm: kcodec_types::meta::v1::TypeMeta = kcodec::json::from_slice(&input).unwrap();
        let kind = registry::lookup(&tm.api_version, &tm.kind)
            .unwrap_or_else(|| panic!("{}: no registered kind", path.display()));
        differ.object(kind, &tm.api_version, &input);
    }
    let report = differ.report;
    let summary = report.summary();
    eprintln!(
        "oracle: {} real objects: {} comparisons, {} differ\n{summary}",
        files.len(),
        report.compared(),
        report.differ()
    );
    assert!(
        files.len() >= 20,
        "too few real objects in {}",
        dir.display()
    );
    assert_eq!(report.differ(), 0, "kcodec and Go differ; see above");
}

/// `apiVersion` and `kind` of a top-level CBOR map (through tags and loose writing).
fn cbor_type_meta(item: &cbor_tree::Item) -> Vec<(Vec<u8>, String)> {
    use cbor_tree::Item;
    match item {
        // Tags 21-23 turn the byte strings inside into base64/base16 text.
        Item::Tag(21..=23, _) => vec![(Vec::new(), "later encoding".to_string())],
        Item::Tag(_, i) | Item::Loose(i) => cbor_type_meta(i),
        Item::Map(pairs) => pairs
            .iter()
            .filter_map(|(k, v)| match k {
                Item::Bytes(k) | Item::Text(k) if k == b"kind" || k == b"apiVersion" => {
                    Some((k.clone(), format!("{v:?}")))
                }
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// Seeded mutants of the oracle's CBOR fixtures (`cbor-fixtures/HEAD/*.cbor`): one or two
/// nodes of the item tree changed — a byte string as a text string, indefinite lengths and
/// 8-byte heads, tags (55799, 0, 1000, 21–23, a bignum), keys reordered, repeated (as byte or
/// text string), unknown (string or integer) or dropped, an integer as a float or out of
/// range, `null`/`undefined`/NaN/booleans/empty containers in place of a value, invalid
/// UTF-8 in a text string. kcodec and Go must accept and refuse the same inputs and write
/// the same JSON, CBOR and protobuf back, and strict mode must flag the same inputs.
#[test]
fn cbor_mutants_agree_with_kubernetes_go_codecs() {
    let Some(binary) = kcodec_testkit::data::oracle_binary() else {
        return;
    };
    let Some(dir) = kcodec_testkit::data::cbor_fixtures() else {
        return;
    };
    let mut files: Vec<_> = std::fs::read_dir(dir.join("HEAD"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "cbor"))
        .collect();
    files.sort();
    let per_file = env_number("KCODEC_ORACLE_MUTANTS", 30);
    let mut rng = Rng::new(env_number("KCODEC_ORACLE_SEED", 0x6b63_6f64_6563));
    let mut oracle = Oracle::start(&binary).expect("k8s-oracle serve");
    let mut differ = Differ {
        oracle: &mut oracle,
        report: Report::default(),
    };
    let (mut mutants, mut skipped) = (0, 0);
    for path in &files {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let kind = registry::lookup_name(&name).unwrap();
        let api_version = if kind.is_meta() {
            "v1".to_string()
        } else {
            kind.api_version()
        };
        let envelope_type = if kind.has_type_meta() {
            (api_version.as_str(), kind.kind)
        } else {
            ("", "")
        };
        let call = |o: &mut Oracle, from, to, strict, body: &[u8]| {
            let mut r = Request::convert(from, to);
            r.strict = strict;
            r.type_meta = Some((api_version.as_str(), kind.kind));
            o.call(&r, body)
        };
        let cbor = std::fs::read(path).unwrap();
        let (tree, _) = cbor_tree::parse(&cbor[3..]);
        let type_meta = cbor_type_meta(&tree);
        for _ in 0..per_file {
            let mut t = tree.clone();
            for _ in 0..1 + rng.below(2) {
                cbor_tree::mutate(&mut t, &mut rng);
            }
            // A changed kind or apiVersion names another type (or none) for Go.
            let now = cbor_type_meta(&t);
            if now != type_meta {
                skipped += 1;
                continue;
            }
            let mut input = Vec::new();
            if rng.chance(80) {
                input.extend_from_slice(&kcodec::cbor::write::SELF_DESCRIBED);
            }
            cbor_tree::write(&mut input, &t, false);
            mutants += 1;
            differ.cbor_input(kind, &input, envelope_type, &call);
        }
    }
    let report = differ.report;
    eprintln!(
        "oracle: {mutants} CBOR mutants of {} fixtures ({skipped} skipped: kind or apiVersion \
         changed): {} comparisons, {} differ\n{}",
        files.len(),
        report.compared(),
        report.differ(),
        report.summary()
    );
    assert_eq!(report.differ(), 0, "kcodec and Go differ; see above");
}

/// Seeded mutants of Kubernetes' protobuf fixtures (`$KCODEC_K8S_TESTDATA/HEAD/*.pb`):
/// bytes of the message flipped, replaced, dropped or repeated, as a corrupt or hostile
/// etcd value would be. kcodec and Go must accept and refuse the same inputs, and write
/// the same protobuf and JSON back.
#[test]
fn protobuf_mutants_agree_with_kubernetes_go_codecs() {
    let Some(binary) = kcodec_testkit::data::oracle_binary() else {
        return;
    };
    let Some(root) = kcodec_testkit::data::k8s_testdata() else {
        return;
    };
    let mut files: Vec<_> = std::fs::read_dir(root.join("HEAD"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "pb"))
        .collect();
    files.sort();
    let per_file = env_number("KCODEC_ORACLE_MUTANTS", 30);
    let mut oracle = Oracle::start(&binary).expect("k8s-oracle serve");
    let mut report = Report::default();
    let mut rng = Rng::new(env_number("KCODEC_ORACLE_SEED", 0x6b63_6f64_6563));
    let mut mutants = 0;
    for path in &files {
        let pb = std::fs::read(path).unwrap();
        let env = kcodec::proto::envelope::decode(&pb).unwrap();
        let (api_version, kind_name) = (env.api_version.to_string(), env.kind.to_string());
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let kind = registry::lookup_name(&name).unwrap();
        let raw = env.raw.to_vec();
        for _ in 0..per_file {
            let mut m = raw.clone();
            for _ in 0..1 + rng.below(3) {
                if m.is_empty() {
                    break;
                }
                let at = rng.below(m.len() as u64) as usize;
                match rng.below(5) {
                    0 => m[at] ^= 1 << rng.below(8),
                    1 => m[at] = *rng.pick(&[0x00, 0x80, 0xff, 0xc3, 0xed, 0x7f, 0x08, 0x10]),
                    2 => {
                        m.remove(at);
                    }
                    3 => m.insert(at, m[at]),
                    _ => m.truncate(at),
                }
            }
            mutants += 1;
            // One mutant in six also names another apiVersion in its envelope (a group
            // version of the registry, one nobody registers, meta.k8s.io/v1, or a malformed
            // one), which Go resolves through its scheme and kcodec through its registry.
            let envelope_api_version = if !api_version.is_empty() && rng.below(6) == 0 {
                let other = registry::kinds()[rng.below(registry::kinds().len() as u64) as usize]
                    .api_version();
                (*rng.pick(&[
                    other.as_str(),
                    "example.com/v1",
                    "meta.k8s.io/v1",
                    "v2",
                    "/v1",
                    "apps/",
                    "a/b/c",
                ]))
                .to_string()
            } else {
                api_version.clone()
            };
            // The apiVersion Go's decoder sets from what it read (`/v1` is `v1`).
            let decoded_api_version = envelope_api_version
                .strip_prefix('/')
                .unwrap_or(&envelope_api_version)
                .to_string();
            let input = kcodec::proto::envelope::wrap(&envelope_api_version, &kind_name, &m);
            let req = |to| Request {
                op: "convert",
                from: Format::Protobuf,
                to,
                strict: false,
                // A WatchEvent's envelope names no type: give Go the defaults, as a client
                // decoding a watch stream does. Other envelopes name their type alone.
                type_meta: api_version.is_empty().then_some(("v1", kind.kind)),
            };
            let decoded = if envelope_api_version.is_empty() {
                kind.decode_proto(&m)
            } else {
                registry::decode_envelope(&input).map(|(_, o)| o)
            };
            for (direction, to) in [
                ("pb mutant→pb", Format::Protobuf),
                ("pb mutant→json", Format::Json),
            ] {
                let go = oracle.call(&req(to), &input);
                let ours = match &decoded {
                    Ok(o) if to == Format::Protobuf => Ok(registry::encode_envelope(
                        &decoded_api_version,
                        &kind_name,
                        o.as_ref(),
                    )),
                    Ok(o) => json_line(o.as_ref()),
                    Err(e) => Err(e.to_string()),
                };
                let same = match (&ours, &go) {
                    (Ok(a), Response::Ok(b)) => a == b,
                    (Err(_), Response::Err(_)) => true,
                    _ => false,
                };
                if !same {
                    if let (Err(e), Response::Ok(_)) = (&ours, &go) {
                        if e.contains("IntOrString type") && e.contains("is neither 0") {
                            report.known(direction, INT_OR_STRING_TYPE);
                            continue;
                        }
                    }
                    if let (Ok(a), Response::Ok(b)) = (&ours, &go) {
                        // Go's output read by kcodec gives kcodec's: a protobuf-only detail
                        // that kcodec does not keep.
                        let again = registry::decode_envelope(b).map(|(_, o)| {
                            registry::encode_envelope(&decoded_api_version, &kind_name, o.as_ref())
                        });
                        if to == Format::Protobuf
                            && again.as_ref() == Ok(a)
                            && known::has_int_or_string(&kind.proto_schema())
                        {
                            report.known(direction, INT_OR_STRING);
                            continue;
                        }
                    }
                }
                report.record(direction, same, || {
                    let (category, detail) = match (&ours, &go) {
                        (Ok(a), Response::Ok(b)) => (
                            format!("{} bytes differ", kind.kind),
                            first_difference(a, b),
                        ),
                        (Ok(_), Response::Err(e)) => (
                            format!("kcodec accepts, Go refuses: {}", shorten(e)),
                            e.clone(),
                        ),
                        (Err(e), _) => (
                            format!("Go accepts, kcodec refuses: {}", shorten(e)),
                            e.clone(),
                        ),
                        _ => unreachable!(),
                    };
                    let hex: String = m.iter().map(|b| format!("{b:02x}")).collect();
                    (
                        category,
                        format!(
                            "{name}: {detail}\n    mutant ({} bytes): {hex:.400}",
                            m.len()
                        ),
                    )
                });
            }
        }
    }
    let mut summary = report.summary();
    let _ = writeln!(
        summary,
        "KNOWN ×{} {INT_OR_STRING}: Go keeps an IntOrString's intVal when its type is string \
         and writes it back to protobuf; kcodec keeps only the string",
        report.known.get(INT_OR_STRING).copied().unwrap_or(0)
    );
    let _ = writeln!(
        summary,
        "KNOWN ×{} {INT_OR_STRING_TYPE}: Go keeps an IntOrString whose type is neither 0 \
         (int) nor 1 (string) through protobuf (its JSON encode then fails); kcodec refuses \
         the object",
        report.known.get(INT_OR_STRING_TYPE).copied().unwrap_or(0)
    );
    eprintln!(
        "oracle: {mutants} protobuf mutants of {} fixtures: {} comparisons, {} differ\n{summary}",
        files.len(),
        report.compared(),
        report.differ()
    );
    assert_eq!(report.differ(), 0, "kcodec and Go differ; see above");
}

/// An IntOrString whose protobuf `type` is neither 0 nor 1.
const INT_OR_STRING_TYPE: &str = "IntOrString of another type";

/// Whether protobuf outputs differ only in state kcodec's `IntOrString` does not keep: Go's
/// output, read and written back by kcodec, is kcodec's, and the kind holds an IntOrString.
fn int_or_string_state(kind: &Kind, ours: &[u8], go: &[u8]) -> bool {
    let Ok(env) = kcodec::proto::envelope::decode(go) else {
        return false;
    };
    let Ok(object) = kind.decode_proto(env.raw) else {
        return false;
    };
    let again = registry::encode_envelope(env.api_version, env.kind, object.as_ref());
    again == ours && known::has_int_or_string(&kind.proto_schema())
}

/// IntOrString's `intVal` beside a string.
const INT_OR_STRING: &str = "IntOrString's intVal beside a string";

/// kcodec's conversion of a watch stream (decode each event's object, write it in the other
/// framing) against Go's stream serializers: random objects of every registered kind as
/// `ADDED`/`MODIFIED`/`DELETED` events, and `ERROR` events carrying a `Status`, JSON → JSON,
/// JSON → protobuf, protobuf → JSON and protobuf → protobuf.
#[test]
fn watch_streams_agree_with_kubernetes_go_codecs() {
    use kcodec::cache::EventType;
    use kcodec::watch::{write_json_event, write_proto_event, WatchDecoder};

    let Some(binary) = kcodec_testkit::data::oracle_binary() else {
        return;
    };
    let mut oracle = Oracle::start(&binary).expect("k8s-oracle serve");
    let seed = env_number("KCODEC_ORACLE_SEED", 0x6b63_6f64_6563);
    let mut rng = Rng::new(seed ^ 0x0057_4154_4348);
    let profile = Profile::default();
    let types = [EventType::Added, EventType::Modified, EventType::Deleted];
    // One JSON stream per kind, of the objects Go accepts, as Go writes them.
    let mut streams = Vec::new();
    for kind in registry::kinds()
        .iter()
        .filter(|k| !k.is_meta() || k.kind == "Status")
    {
        let api_version = if kind.is_meta() {
            "v1".to_string()
        } else {
            kind.api_version()
        };
        let schema = kind.proto_schema();
        let mut stream = Vec::new();
        for i in 0..8 {
            let input = gen::object(&mut rng, &profile, &schema, &api_version, kind.kind);
            if let Response::Ok(mut json) = oracle.convert(Format::Json, Format::Json, &input) {
                json.pop(); // the newline
                let ty = if kind.kind == "Status" {
                    EventType::Error
                } else {
                    types[i % 3]
                };
                write_json_event(&mut stream, ty, &json);
            }
        }
        if !stream.is_empty() {
            streams.push(stream);
        }
    }
    // kcodec's conversion, as `kcodec watch` does it.
    let convert = |input: &[u8], to_proto: bool| -> Result<Vec<u8>, String> {
        let mut decoder = WatchDecoder::new();
        decoder.feed(input);
        let mut out = Vec::new();
        while let Some(event) = decoder.next_event().map_err(|e| e.to_string())? {
            let (kind, object) =
                registry::decode_object(&event.object).map_err(|e| e.to_string())?;
            if to_proto {
                let (api_version, kind_name) =
                    event.object.type_meta().map_err(|e| e.to_string())?;
                let (api_version, kind_name) = if kind_name.is_empty() {
                    (kind.api_version().into(), kind.kind.into())
                } else {
                    (api_version, kind_name)
                };
                let env = registry::encode_envelope(&api_version, &kind_name, object.as_ref());
                write_proto_event(&mut out, event.event_type, &env);
            } else {
                let mut json = Vec::new();
                object.encode_json(&mut json);
                write_json_event(&mut out, event.event_type, &json);
            }
        }
        decoder.finish().map_err(|e| e.to_string())?;
        Ok(out)
    };
    let mut report = Report::default();
    let mut events = 0;
    for json in &streams {
        events += json.iter().filter(|&&b| b == b'\n').count();
        let watch = |from, to| Request {
            op: "watch",
            from,
            to,
            strict: false,
            type_meta: None,
        };
        let go_pb = oracle.call(&watch(Format::Json, Format::Protobuf), json);
        let mut cases = vec![
            (
                "watch json→json",
                json.clone(),
                false,
                oracle.call(&watch(Format::Json, Format::Json), json),
            ),
            ("watch json→pb", json.clone(), true, go_pb.clone()),
        ];
        if let Some(pb) = go_pb.body() {
            cases.push((
                "watch pb→json",
                pb.to_vec(),
                false,
                oracle.call(&watch(Format::Protobuf, Format::Json), pb),
            ));
            cases.push((
                "watch pb→pb",
                pb.to_vec(),
                true,
                oracle.call(&watch(Format::Protobuf, Format::Protobuf), pb),
            ));
        }
        for (direction, input, to_proto, go) in cases {
            let ours = convert(&input, to_proto);
            let same = match (&ours, &go) {
                (Ok(a), Response::Ok(b)) => a == b,
                (Err(_), Response::Err(_)) => true,
                _ => false,
            };
            report.record(direction, same, || {
                let detail = match (&ours, &go) {
                    (Ok(a), Response::Ok(b)) => first_difference(a, b),
                    (Err(e), _) => format!("kcodec: {e}"),
                    (_, Response::Err(e)) => format!("go: {e}"),
                    _ => String::new(),
                };
                (
                    "streams differ".to_string(),
                    format!("{detail}\n    input: {}", snippet(&input)),
                )
            });
        }
    }
    let summary = report.summary();
    eprintln!(
        "oracle: {} watch streams, {events} events: {} comparisons, {} differ\n{summary}",
        streams.len(),
        report.compared(),
        report.differ()
    );
    assert!(events > 200, "too few watch events: {events}");
    assert_eq!(report.differ(), 0, "kcodec and Go differ; see above");
}
