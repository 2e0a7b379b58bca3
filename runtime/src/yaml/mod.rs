//! YAML as Kubernetes reads and writes it (`sigs.k8s.io/yaml`): JSON → YAML with go-yaml v2's
//! emitter rules, and YAML → JSON for input.
//!
//! - [`json_to_yaml`] is byte-identical to `yaml.JSONToYAML` (so to `kubectl get -o yaml` and
//!   to the `.yaml` round-trip fixtures of kubernetes/api): keys sorted, 2-space indent, long
//!   scalars folded at 80 columns, strings quoted exactly when go-yaml would quote them.
//! - [`yaml_to_json`] reads YAML with `saphyr-parser` (a maintained YAML 1.2 parser) and types
//!   plain scalars with go-yaml v2's YAML 1.1 rules (`yes`/`on` are booleans, `0x1F` and
//!   `017` integers), as `yaml.YAMLToJSON` does, into compact JSON for kcodec's decoders.
//!   Explicit tags act as in go-yaml v2: `!!int`, `!!float`, `!!bool`, `!!null` and
//!   `!!timestamp` check the scalar's type, `!!binary` is base64-decoded, and any other tag
//!   (`!`, `!local`) leaves the text as written.
//! - The syntax is YAML 1.2's, which differs from go-yaml's YAML 1.1 scanner at the edges,
//!   notably tabs as separation: go-yaml refuses a tab after `: ` or `- ` in block context
//!   (`a: \tb`, `-\tx`, `a:\t` at a line's end), which is read here, and accepts a value
//!   after `:` and a tab in flow context (`{a:\tb}`), which is refused here; both refuse
//!   `a:\tb` in block context. NEL (U+0085) is a line break here as there;
//!   U+2028 and U+2029 are text here and line breaks to go-yaml.
//!   A document that is only a string of line feeds, which go-yaml writes as a block scalar
//!   with an indentation indicator and empty lines (`|2+`), is refused by saphyr-parser.

mod emit;
mod parse;
mod resolve;

pub use emit::json_to_yaml;
pub use parse::{
    yaml_to_json, yaml_to_json_documents, yaml_to_json_documents_strict, yaml_to_json_strict,
    YamlLimits,
};

#[cfg(test)]
mod roundtrip_tests {
    use super::*;

    /// Random strings as values, keys and list items survive JSON → YAML → JSON. Left out:
    /// U+2028/U+2029, which go-yaml (YAML 1.1) writes as line breaks but a YAML 1.2 parser
    /// reads as text, and the key `<<`, which go-yaml writes plain and then reads (as we do)
    /// as a merge key.
    #[test]
    fn random_strings_roundtrip() {
        const PIECES: &[&str] = &[
            "a", "Z", "0", "-", ".", "/", " ", "<", ">", "&", "\"", "\\", "\n", "\t", "\u{1}", "é",
            "€", "😀", "名前", "\u{7f}", "x", "y", "name", ":", "#", "'", "\u{85}", "\u{feff}",
            "\u{a0}", "\r", "? ", "- ", "---", "1", "true", "\u{0}",
        ];
        let mut state = 0x1234_5678_9abc_def1u64;
        let mut next = |n: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state % n
        };
        let mut bad = Vec::new();
        for _ in 0..20000 {
            let len = next(12) as usize;
            let s: String = (0..len)
                .map(|_| PIECES[next(PIECES.len() as u64) as usize])
                .collect();
            if s == "<<" {
                continue;
            }
            let json = crate::json::to_vec(&s).unwrap();
            let doc = format!(
                "{{\"k\":{},{}:[{}]}}",
                String::from_utf8(json.clone()).unwrap(),
                String::from_utf8(json.clone()).unwrap(),
                String::from_utf8(json.clone()).unwrap()
            );
            let Ok(yaml) = json_to_yaml(doc.as_bytes()) else {
                // Refused as go-yaml refuses them: DEL and the C1 controls but NEL.
                assert!(s
                    .chars()
                    .any(|c| c == '\u{7f}' || ('\u{80}'..='\u{9f}').contains(&c)));
                continue;
            };
            let back = yaml_to_json(&yaml);
            let want = crate::json::to_vec(&s).unwrap();
            let ok = match &back {
                Ok(b) => {
                    let v = String::from_utf8_lossy(b);
                    v.contains(&format!("\"k\":{}", String::from_utf8_lossy(&want)))
                        && v.contains(&format!(
                            "{}:[{}]",
                            String::from_utf8_lossy(&want),
                            String::from_utf8_lossy(&want)
                        ))
                }
                Err(_) => false,
            };
            if !ok && bad.len() < 8 {
                bad.push(format!(
                    "{s:?}\n--- yaml:\n{}--- back: {:?}",
                    String::from_utf8_lossy(&yaml),
                    back.map(|b| String::from_utf8_lossy(&b).into_owned())
                ));
            }
        }
        assert!(bad.is_empty(), "{}", bad.join("\n\n"));
    }
}
