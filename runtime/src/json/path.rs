//! Field paths from byte offsets: the path of a position in a JSON document is syntactic, so
//! decoders report only an offset on their hot path and the path is computed here, once, when
//! an error or a strict-mode report is actually produced.

/// One step of a path.
enum Seg {
    /// In an object; the current member's key (unescaped, lossy) once read.
    Object(Option<String>),
    /// In an array; the current element's index.
    Array(usize),
}

/// The field path (`.spec.containers[0].image`) of the value or key at byte `offset` of
/// `input`. Tolerates malformed input past or before `offset` (it only scans up to it).
/// When `offset` is the opening quote of a key, the path ends with that key.
pub fn path_at(input: &[u8], offset: usize) -> String {
    let mut stack: Vec<Seg> = Vec::new();
    let mut i = 0;
    let end = offset.min(input.len());
    let mut expect_key = false;
    while i < end {
        match input[i] {
            b'{' => {
                stack.push(Seg::Object(None));
                expect_key = true;
                i += 1;
            }
            b'[' => {
                stack.push(Seg::Array(0));
                expect_key = false;
                i += 1;
            }
            b'}' | b']' => {
                stack.pop();
                expect_key = false;
                i += 1;
            }
            b',' => {
                match stack.last_mut() {
                    Some(Seg::Array(n)) => *n += 1,
                    Some(Seg::Object(_)) => expect_key = true,
                    None => {}
                }
                i += 1;
            }
            b'"' => {
                let (s, next) = read_string(input, i);
                if expect_key {
                    if let Some(Seg::Object(k)) = stack.last_mut() {
                        *k = Some(s);
                    }
                    expect_key = false;
                }
                i = next;
            }
            _ => i += 1,
        }
    }
    // A key starting exactly at `offset` belongs to the path.
    if expect_key && input.get(end) == Some(&b'"') {
        let (s, _) = read_string(input, end);
        if let Some(Seg::Object(k)) = stack.last_mut() {
            *k = Some(s);
        }
    }
    let mut out = String::new();
    for seg in &stack {
        match seg {
            Seg::Object(Some(k)) => {
                out.push('.');
                out.push_str(k);
            }
            Seg::Object(None) => {}
            Seg::Array(n) => {
                out.push('[');
                out.push_str(&n.to_string());
                out.push(']');
            }
        }
    }
    out
}

/// Read the string starting at `input[start] == '"'`; returns its (roughly unescaped) text
/// and the index after it.
fn read_string(input: &[u8], start: usize) -> (String, usize) {
    let mut i = start + 1;
    let mut s = Vec::new();
    while i < input.len() {
        match input[i] {
            b'"' => return (String::from_utf8_lossy(&s).into_owned(), i + 1),
            b'\\' if i + 1 < input.len() => {
                s.push(input[i + 1]);
                i += 2;
            }
            b => {
                s.push(b);
                i += 1;
            }
        }
    }
    (String::from_utf8_lossy(&s).into_owned(), input.len())
}

#[cfg(test)]
mod tests {
    use super::path_at;

    #[test]
    fn paths() {
        let doc = br#"{"spec":{"containers":[{"name":"a"},{"name":"b","ports":[1,"x"]}]}}"#;
        let at = |needle: &str| {
            let pos = doc
                .windows(needle.len())
                .position(|w| w == needle.as_bytes())
                .unwrap();
            path_at(doc, pos)
        };
        assert_eq!(at(r#""x""#), ".spec.containers[1].ports[1]");
        assert_eq!(at(r#""ports""#), ".spec.containers[1].ports");
        assert_eq!(at(r#""a""#), ".spec.containers[0].name");
        assert_eq!(path_at(doc, 0), "");
    }
}
