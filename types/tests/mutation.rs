//! Seeded mutation testing (deterministic, about 36,000 mutants): every Kubernetes fixture
//! (when `$KCODEC_K8S_TESTDATA` is set) and the sample objects, in JSON, the protobuf
//! envelope and YAML, mutated by bit flips, byte inserts and deletes, overwrites, truncations
//! and splices of two inputs. Each mutant decodes or returns an error, never panics; and
//! whatever decodes survives protobuf to an equal object and writes stable JSON.
//! `KCODEC_MUTATION_DUMP=1` writes the first failing mutant to `/tmp/mutant.bin`.

use std::panic::{catch_unwind, AssertUnwindSafe};

use kcodec_types::registry::{self, Kind};

#[path = "support/stable.rs"]
mod stable;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Format {
    Json,
    Protobuf,
    Yaml,
}

/// Decode `input` in `format` as `kind`; on success, check the round trip. `Err` describes a
/// broken property (a panic is caught by the caller).
fn exercise(kind: &Kind, format: Format, input: &[u8]) -> Result<bool, String> {
    let decoded = match format {
        Format::Json => kind.decode_json(input).map(|o| (kind, o)),
        Format::Protobuf => registry::decode_envelope(input),
        Format::Yaml => {
            kcodec::yaml::yaml_to_json(input).and_then(|j| kind.decode_json(&j).map(|o| (kind, o)))
        }
    };
    let Ok((kind, object)) = decoded else {
        return Ok(false);
    };
    let pb = object.to_proto();
    let mut back = kind
        .decode_proto(&pb)
        .map_err(|e| format!("own protobuf does not decode: {e}"))?;
    let mut tm = Vec::new();
    object.encode_json(&mut tm);
    let (api_version, kind_name) = kcodec::watch::RawObject {
        bytes: &tm,
        format: kcodec::Format::Json,
    }
    .type_meta()
    .unwrap_or_default();
    back.set_type_meta(&api_version, &kind_name);
    if !back.dyn_eq(object.as_ref()) {
        return Err("protobuf round trip changed the object".into());
    }
    let mut json = Vec::new();
    object.encode_json(&mut json);
    let again = match kind.decode_json(&json) {
        Ok(v) => v,
        // From protobuf, some values have a JSON form that does not read back, in Go as here:
        // a Time past year 9999 is written with its full year, which RFC 3339 parsing refuses.
        Err(_) if format == Format::Protobuf => return Ok(true),
        Err(e) => return Err(format!("own JSON does not decode: {e}")),
    };
    // The JSON is stable rather than the object equal: raw-JSON fields (FieldsV1,
    // RawExtension) are re-escaped (`>` becomes `\u003e`, as Go's encoder does), and from
    // protobuf input, raw bytes that are not JSON are written as `null` (Go's encoder fails
    // there instead).
    // Stable from the first re-decode on (for protobuf input, the `null` written for a
    // non-JSON raw field decodes as absent, so only the second JSON must equal the third).
    let mut json2 = Vec::new();
    again.encode_json(&mut json2);
    let third = kind
        .decode_json(&json2)
        .map_err(|e| format!("own JSON does not decode: {e}"))?;
    let mut json3 = Vec::new();
    third.encode_json(&mut json3);
    // From JSON input the first re-decode writes the same JSON, but for a pointer to the zero
    // time: written `null`, read back as absent, then omitted (as in Go).
    if json3 != json2
        || (format != Format::Protobuf && !stable::stable_but_for_dropped_nulls(&json, &json2))
    {
        return Err("JSON of the re-decoded object differs".into());
    }
    Ok(true)
}

fn mutants(base: &[u8], other: &[u8], rng: &mut Rng, n: usize) -> Vec<Vec<u8>> {
    let mut out = Vec::with_capacity(n + base.len());
    for _ in 0..n {
        let mut m = base.to_vec();
        match rng.below(5) {
            0 if !m.is_empty() => {
                let i = rng.below(m.len());
                m[i] ^= 1 << rng.below(8);
            }
            1 => {
                let i = rng.below(m.len() + 1);
                let b = [
                    b'{', b'}', b'[', b']', b'"', b'\\', b',', b':', 0x00, 0xff, 0x80, 0x0a, 0x12,
                    b'0', b'-',
                ][rng.below(15)];
                m.insert(i, b);
            }
            2 if !m.is_empty() => {
                let i = rng.below(m.len());
                let len = 1 + rng.below(16).min(m.len() - i - 1);
                m.drain(i..i + len);
            }
            3 => {
                // Splice: a prefix of one input and a suffix of the other.
                let i = rng.below(m.len() + 1);
                let j = rng.below(other.len() + 1);
                m.truncate(i);
                m.extend_from_slice(&other[j..]);
            }
            _ if !m.is_empty() => {
                // A random byte overwritten with a random value.
                let i = rng.below(m.len());
                m[i] = rng.next() as u8;
            }
            _ => {}
        }
        out.push(m);
    }
    out
}

#[test]
fn mutated_inputs_never_panic_and_round_trip() {
    let mut inputs: Vec<(String, &'static Kind, Format, Vec<u8>)> = Vec::new();
    // Samples: always available.
    let samples: [(&str, Vec<u8>); 4] = [
        (
            "core.v1.Pod",
            kcodec::json::to_vec(&kcodec_types::sample::pod(3)).unwrap(),
        ),
        (
            "apps.v1.Deployment",
            kcodec::json::to_vec(&kcodec_types::sample::deployment(1)).unwrap(),
        ),
        (
            "core.v1.Node",
            kcodec::json::to_vec(&kcodec_types::sample::node(1)).unwrap(),
        ),
        (
            "core.v1.Service",
            kcodec::json::to_vec(&kcodec_types::sample::service(1)).unwrap(),
        ),
    ];
    for (name, json) in samples {
        let kind = registry::lookup_name(name).unwrap();
        let object = kind.decode_json(&json).unwrap();
        let env = kind.encode_envelope(object.as_ref());
        let yaml = kcodec::yaml::json_to_yaml(&json).unwrap();
        inputs.push((format!("sample {name}"), kind, Format::Json, json));
        inputs.push((format!("sample {name}"), kind, Format::Protobuf, env));
        inputs.push((format!("sample {name}"), kind, Format::Yaml, yaml));
    }
    if let Some(root) = kcodec_testkit::data::k8s_testdata() {
        let dir = root.join("HEAD");
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        for path in files {
            let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
            let Some(kind) = registry::lookup_name(&stem) else {
                continue;
            };
            let format = match path.extension().and_then(|e| e.to_str()) {
                Some("json") => Format::Json,
                Some("pb") => Format::Protobuf,
                Some("yaml") => Format::Yaml,
                _ => continue,
            };
            inputs.push((stem, kind, format, std::fs::read(&path).unwrap()));
        }
    }

    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let (mut total, mut decoded) = (0usize, 0usize);
    let mut failures = Vec::new();
    for i in 0..inputs.len() {
        let (name, kind, format, base) = &inputs[i];
        let other = &inputs[(i + 7) % inputs.len()].3;
        let mut cases = mutants(base, other, &mut rng, 120);
        // Truncations: every offset of the first 64 bytes, then 64 spread over the rest.
        let step = (base.len() / 64).max(1);
        cases.extend(
            (0..base.len().min(64))
                .chain((64..base.len()).step_by(step))
                .map(|n| base[..n].to_vec()),
        );
        for m in cases {
            total += 1;
            match catch_unwind(AssertUnwindSafe(|| exercise(kind, *format, &m))) {
                Ok(Ok(ok)) => decoded += usize::from(ok),
                Ok(Err(e))
                    if std::env::var_os("KCODEC_MUTATION_DUMP").is_some()
                        && failures.is_empty() =>
                {
                    std::fs::write("/tmp/mutant.bin", &m).unwrap();
                    failures.push(e)
                }
                Ok(Err(e)) => failures.push(format!(
                    "{name} {format:?}: {e}: {:?}",
                    String::from_utf8_lossy(&m[..m.len().min(200)])
                )),
                Err(_) => failures.push(format!(
                    "{name} {format:?}: PANIC on a {}-byte mutant: {:?}",
                    m.len(),
                    String::from_utf8_lossy(&m[..m.len().min(200)])
                )),
            }
            if failures.len() > 5 {
                break;
            }
        }
    }
    println!("mutation suite: {total} mutants of {} inputs, {decoded} decoded and round-tripped, the rest rejected with errors, no panics", inputs.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
