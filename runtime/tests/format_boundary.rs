//! The format boundary: the files outside a format's own module that name it (its module,
//! `cbor::` or `mod cbor`, or its `Format` variant, `Format::Cbor`) are exactly the ones ARCHITECTURE.md's
//! "Adding a format" lists, read from the document so that the two cannot drift. A new file
//! that names `cbor::` fails this test until the document lists it (or the code goes through
//! `kcodec::Format` instead).
//!
//! Scanned: the Rust code under every crate's `src/` in the workspace (not `tests/`, the
//! benchmarks' criterion suites, the fuzz workspace or `types/src/generated/`, which no one
//! edits), comments and the unit-test module at a file's end (`#[cfg(test)] mod tests`) left
//! out.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The workspace root (this crate is `runtime/`).
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("runtime/ has a parent")
        .to_path_buf()
}

/// The files "## Adding a format" lists: every path in backquotes (a file `.rs` or a folder
/// `/`) in its list items (lines from `- ` up to the next item, blank line or prose). Paths
/// with `<format>` are the format's own module.
fn documented(architecture: &str) -> Vec<String> {
    let start = architecture
        .find("\n## Adding a format")
        .expect("ARCHITECTURE.md has a section \"Adding a format\"");
    let section = &architecture[start + 1..];
    let end = section[3..].find("\n## ").map_or(section.len(), |e| e + 3);
    let mut out = Vec::new();
    let mut in_item = false;
    for line in section[..end].lines() {
        in_item = line.starts_with("- ") || (in_item && line.starts_with("  "));
        if !in_item {
            continue;
        }
        for (i, span) in line.split('`').enumerate() {
            let path = i % 2 == 1
                && span.contains('/')
                && !span.contains(' ')
                && (span.ends_with(".rs") || span.ends_with('/'));
            if path {
                out.push(span.to_string());
            }
        }
    }
    out
}

/// Every `.rs` file under a `src/` folder of the workspace, relative to `root`, with `/`.
fn sources(root: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries =
            std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()));
        for entry in entries {
            let path = entry.expect("directory entry").path();
            let rel = path
                .strip_prefix(root)
                .expect("under the root")
                .to_string_lossy()
                .replace('\\', "/");
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if path.is_dir() {
                let skipped = name.starts_with('.')
                    || matches!(name, "target" | "tests" | "fuzz" | "node_modules")
                    || rel == "types/src/generated"
                    || rel == "benches/benches";
                if !skipped {
                    stack.push(path);
                }
            } else if rel.ends_with(".rs") && (rel.starts_with("src/") || rel.contains("/src/")) {
                out.push(rel);
            }
        }
    }
    out.sort();
    out
}

/// The code of a (rustfmt-formatted) Rust file: no comment lines, no top-level unit-test
/// module (`#[cfg(test)] mod tests { .. }`, up to its closing `}` at the start of a line).
fn code(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < lines.len() {
        let t = lines[i].trim();
        let test_module = t == "#[cfg(test)]"
            && lines
                .get(i + 1)
                .is_some_and(|next| next.trim().starts_with("mod tests"));
        if test_module {
            // rustfmt closes a top-level module with `}` alone at the start of a line.
            while i < lines.len() && lines[i] != "}" {
                i += 1;
            }
            i += 1;
            continue;
        }
        if !t.starts_with("//") {
            out.push_str(lines[i]);
            out.push('\n');
        }
        i += 1;
    }
    out
}

/// Whether `code` names `token` where it is not the tail of a longer identifier.
fn names(code: &str, token: &str) -> bool {
    code.match_indices(token).any(|(at, _)| {
        let before = code[..at].chars().next_back();
        let after = code[at + token.len()..].chars().next();
        let ident = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        !ident(before) && (token.ends_with("::") || !ident(after))
    })
}

/// The files outside `module`'s own (`runtime/src/<module>/`, `codegen/src/<module>.rs`)
/// that name `<module>::`, declare a `mod <module>` or name `Format::<variant>`.
fn naming(root: &Path, module: &str, variant: &str, own: &[String]) -> BTreeSet<String> {
    let tokens = [
        format!("{module}::"),
        format!("mod {module}"),
        format!("Format::{variant}"),
    ];
    sources(root)
        .into_iter()
        .filter(|rel| {
            !own.iter()
                .any(|o| rel == o || (o.ends_with('/') && rel.starts_with(o.as_str())))
        })
        .filter(|rel| {
            let text = std::fs::read_to_string(root.join(rel))
                .unwrap_or_else(|e| panic!("reading {rel}: {e}"));
            let code = code(&text);
            tokens.iter().any(|token| names(&code, token))
        })
        .collect()
}

#[test]
fn files_naming_cbor_are_the_documented_ones() {
    let root = root();
    let architecture = std::fs::read_to_string(root.join("ARCHITECTURE.md"))
        .expect("ARCHITECTURE.md at the workspace root");
    let listed = documented(&architecture);
    assert!(
        listed.len() > 5,
        "\"Adding a format\" lists files as \"- `path`\" lines: {listed:?}"
    );
    let (own, others): (Vec<String>, Vec<String>) =
        listed.into_iter().partition(|p| p.contains("<format>"));
    let own: Vec<String> = own.iter().map(|p| p.replace("<format>", "cbor")).collect();
    for path in others.iter().chain(&own) {
        assert!(
            root.join(path).exists(),
            "ARCHITECTURE.md lists {path}, which does not exist"
        );
    }
    let found = naming(&root, "cbor", "Cbor", &own);
    let documented: BTreeSet<String> = others.into_iter().collect();
    let undocumented: Vec<_> = found.difference(&documented).collect();
    let stale: Vec<_> = documented.difference(&found).collect();
    assert!(
        undocumented.is_empty() && stale.is_empty(),
        "ARCHITECTURE.md \"Adding a format\" and the code disagree.\n\
         Files naming `cbor::` or `Format::Cbor` but not listed: {undocumented:?}\n\
         Files listed but naming neither: {stale:?}"
    );
}

#[test]
fn the_scan_sees_what_it_should() {
    // A use, a path in an expression, a variant: named. A longer identifier, a comment, the
    // test module: not.
    assert!(names("use kcodec::cbor::CborEncode;", "cbor::"));
    assert!(names("x = cbor::to_vec(&v);", "cbor::"));
    assert!(names("Some(Format::Cbor) =>", "Format::Cbor"));
    assert!(!names("go_cbor::x", "cbor::"));
    assert!(!names("Format::CborSeq", "Format::Cbor"));
    let text = "// cbor::x\nfn a() {}\n#[cfg(test)]\nmod tests {\n    use crate::cbor::X;\n}\nmod cbor {}\n";
    assert!(!names(&code(text), "cbor::"));
    assert!(names(&code(text), "mod cbor"));
    let doc = "# A\n## Adding a format\n\nProse `p/q.rs`.\n- `a/b.rs`, `x::y`: why\n  and `c/<format>/`\n\n`d/e.rs`\n## Next\n- `z/z.rs`\n";
    assert_eq!(documented(doc), ["a/b.rs", "c/<format>/"]);
}
