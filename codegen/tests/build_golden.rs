//! Golden tests of the build-time generator: small handwritten `.proto` inputs under
//! `tests/protos/` and the Rust they generate under `tests/golden/`.
//!
//! `KCODEC_BLESS=1 cargo test -p kcodec-codegen --features build --test build_golden`
//! rewrites the goldens (review the diff before committing it).
#![cfg(feature = "build")]

use std::path::{Path, PathBuf};

use kcodec_codegen::Builder;

fn tests_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests")
}

/// An include directory holding `kcodec/options.proto` (from the runtime, never copied into
/// the repository), written once per test process (tests run in parallel).
fn options_dir() -> PathBuf {
    static DIR: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("kcodec-golden-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("kcodec")).unwrap();
        std::fs::write(
            dir.join(kcodec::schema::OPTIONS_PROTO_PATH),
            kcodec::schema::OPTIONS_PROTO,
        )
        .unwrap();
        dir
    })
    .clone()
}

fn includes() -> Vec<PathBuf> {
    vec![tests_dir().join("protos"), options_dir()]
}

/// Compare `actual` with the golden file `name`, or rewrite it under `KCODEC_BLESS`.
fn check_golden(name: &str, actual: &str) {
    let path = tests_dir().join("golden").join(name);
    if std::env::var_os("KCODEC_BLESS").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (run with KCODEC_BLESS=1 to create it)",
            path.display()
        )
    });
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(expected.lines().count().min(actual.lines().count()));
        panic!(
            "{name} differs from the golden file at line {}:\n  golden: {:?}\n  actual: {:?}\n\
             (KCODEC_BLESS=1 rewrites it)",
            line + 1,
            expected.lines().nth(line),
            actual.lines().nth(line)
        );
    }
}

#[test]
fn proto3_and_proto2_inputs_generate_the_golden_source() {
    let generated = Builder::new()
        .generate(
            &["shop/v1/shop.proto", "legacy/v1/legacy.proto"],
            &includes(),
        )
        .unwrap();
    let names: Vec<&str> = generated.sources.iter().map(|(n, _)| n.as_str()).collect();
    // Imports (kcodec/options.proto) generate nothing; each package is one file.
    assert_eq!(names, ["legacy.v1.rs", "shop.v1.rs"]);
    for (name, source) in &generated.sources {
        check_golden(name, source);
    }
    check_golden("include.rs", &generated.include_file);
}

#[test]
fn expanded_output_holds_the_codec_impls() {
    let generated = Builder::new()
        .expanded(true)
        .cbor(true)
        .serde(true)
        .generate(&["shop/v1/shop.proto"], &includes())
        .unwrap();
    let (_, source) = &generated.sources[0];
    assert!(
        !source.contains("kcodec::Json,"),
        "no derive in expanded output"
    );
    assert!(source.contains("impl ::kcodec::__private::proto::ProtoMessage for Item"));
    assert!(
        source.contains("impl ::kcodec::JsonEncode for Item")
            || source.contains("JsonEncode for Item")
    );
    check_golden("shop.v1.expanded.rs", source);
}

/// ARCHITECTURE.md's invariant "generated code reaches the runtime only through
/// `kcodec::__private`", checked on the emitters' whole output (every format, as the derives
/// expand): the only other `::kcodec::` paths are the types the struct fields are declared
/// with (the user's API, e.g. `::kcodec::Str`).
#[test]
fn expanded_output_names_the_runtime_only_through_private() {
    let generated = Builder::new()
        .expanded(true)
        .cbor(true)
        .serde(true)
        .generate(
            &["shop/v1/shop.proto", "legacy/v1/legacy.proto"],
            &includes(),
        )
        .unwrap();
    for (name, source) in &generated.sources {
        let paths = |text: &str| -> std::collections::BTreeSet<String> {
            let mut out = std::collections::BTreeSet::new();
            let mut rest = text;
            while let Some(i) = rest.find("::kcodec::") {
                let tail = &rest[i + 2..];
                let end = tail
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
                    .unwrap_or(tail.len());
                out.insert(tail[..end].trim_end_matches(':').to_string());
                rest = &tail[end..];
            }
            out
        };
        // Field declarations: `pub name: Type,` lines.
        let declared: String = source
            .lines()
            .filter(|l| l.trim_start().starts_with("pub ") && l.contains(": "))
            .collect::<Vec<_>>()
            .join("\n");
        let declared = paths(&declared);
        let outside: Vec<String> = paths(source)
            .into_iter()
            .filter(|p| !p.starts_with("kcodec::__private") && !declared.contains(p))
            .collect();
        assert!(
            outside.is_empty(),
            "{name}: generated code names the runtime outside `kcodec::__private`: {outside:?}"
        );
        assert!(paths(source)
            .iter()
            .any(|p| p.starts_with("kcodec::__private::cbor")));
    }
}

#[test]
fn options_and_attributes_reach_the_output() {
    let generated = Builder::new()
        .std_string(true)
        .json_camel_case(true)
        .type_attribute(".shop.v1.Item", "#[derive(Eq)]")
        .field_attribute(".shop.v1.Order.id", "#[doc(alias = \"order_id\")]")
        .extern_path(".shop.v1.Item.Dimensions", "crate::units::Box3")
        .generate(&["shop/v1/shop.proto"], &includes())
        .unwrap();
    let (_, source) = &generated.sources[0];
    assert!(
        source.contains("pub sku: ::std::string::String,"),
        "{source}"
    );
    assert!(source.contains("#[kcodec(rename = \"priceCents\", tag = 2, omitempty)]"));
    // An explicit json_name wins over camel case.
    assert!(source.contains("rename = \"title\""));
    assert!(source.contains("#[derive(Eq)]\npub struct Item"));
    assert!(source.contains("#[doc(alias = \"order_id\")]\n    pub id:"));
    assert!(source.contains("crate::units::Box3"));
    assert!(!source.contains("pub struct ItemDimensions"));
}

#[test]
fn unsupported_constructs_name_the_file_and_line() {
    let err = Builder::new()
        .generate(&["bad/oneof.proto"], &includes())
        .unwrap_err();
    assert_eq!(err.file.as_deref(), Some("bad/oneof.proto"));
    assert_eq!(err.line, Some(8));
    assert_eq!(
        err.to_string(),
        "bad/oneof.proto:8:5: `oneof pick` in message `bad.Choice` is not supported by kcodec"
    );
    let err = Builder::new()
        .generate(&["bad/sint.proto"], &includes())
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "bad/sint.proto:8:3: field `bad.Counter.delta`: `sint64` is not supported by kcodec \
         (use int32, int64, uint32, uint64, bool, float, double, string or bytes)"
    );
    let err = Builder::new()
        .generate(&["bad/missing.proto"], &includes())
        .unwrap_err();
    assert!(err.to_string().contains("missing.proto"), "{err}");
}

/// protox's errors (syntax, and names that do not resolve) print as compilers' do,
/// `file:line:column: message`, from the span protox labels.
#[test]
fn proto_errors_print_file_line_column() {
    let err = Builder::new()
        .generate(&["bad/syntax.proto"], &includes())
        .unwrap_err();
    assert_eq!(
        (err.file.as_deref(), err.line, err.column),
        (Some("bad/syntax.proto"), Some(7), Some(3)),
        "{err}"
    );
    assert!(
        err.to_string()
            .starts_with("bad/syntax.proto:7:3: expected ';'"),
        "{err}"
    );
    let err = Builder::new()
        .generate(&["bad/unknown_type.proto"], &includes())
        .unwrap_err();
    assert_eq!(
        (err.file.as_deref(), err.line, err.column),
        (Some("bad/unknown_type.proto"), Some(7), Some(3)),
        "{err}"
    );
    assert!(
        err.to_string()
            .starts_with("bad/unknown_type.proto:7:3: name 'Money' is not defined"),
        "{err}"
    );
    // The same text through `compile`'s `io::Error`, as a build script prints it.
    let err = Builder::new()
        .out_dir(std::env::temp_dir())
        .emit_rerun_if_changed(false)
        .compile(&["bad/unknown_type.proto"], &includes())
        .unwrap_err();
    assert!(
        err.to_string()
            .starts_with("bad/unknown_type.proto:7:3: name 'Money' is not defined"),
        "{err}"
    );
}

#[test]
fn compile_writes_files_and_descriptor_set() {
    let out = std::env::temp_dir().join(format!("kcodec-build-out-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    Builder::new()
        .out_dir(&out)
        .include_file("protos.rs")
        .file_descriptor_set_path(out.join("fds.bin"))
        .emit_rerun_if_changed(false)
        .compile(&["legacy/v1/legacy.proto"], &includes())
        .unwrap();
    // The import's package is not generated unless asked for.
    assert!(out.join("legacy.v1.rs").exists());
    assert!(!out.join("shop.v1.rs").exists());
    let include = std::fs::read_to_string(out.join("protos.rs")).unwrap();
    assert!(include.contains("include!(\"legacy.v1.rs\");"), "{include}");
    let fds = std::fs::read(out.join("fds.bin")).unwrap();
    assert!(fds
        .windows(b"legacy/v1/legacy.proto".len())
        .any(|w| w == b"legacy/v1/legacy.proto"));
}

/// Kubernetes-style files without kcodec's options: kinds are recognised by shape and get
/// their TypeMeta; `Time` maps to kcodec-types.
#[test]
fn kubernetes_files_get_type_meta_on_kinds_and_special_types() {
    let generated = Builder::new()
        .generate(&["widgets/v1/widgets.proto"], &includes())
        .unwrap();
    let (_, source) = &generated.sources[0];
    let has_type_meta = |name: &str| {
        let start = source.find(&format!("pub struct {name} {{")).unwrap();
        let body = &source[start..start + source[start..].find("\n}").unwrap()];
        body.contains("pub kind: ::kcodec::Str,") && body.contains("pub api_version:")
    };
    for kind in ["Widget", "WidgetList", "WidgetSet"] {
        assert!(has_type_meta(kind), "{kind} is a kind");
    }
    for not_kind in ["WidgetTemplate", "WidgetSpec"] {
        assert!(!has_type_meta(not_kind), "{not_kind} is not a kind");
    }
    assert!(source.contains("::core::option::Option<::kcodec_types::meta::v1::Time>"));
    // Without Kubernetes awareness: no TypeMeta, Time is generated from the file.
    let generated = Builder::new()
        .kubernetes_types(false)
        .generate(&["widgets/v1/widgets.proto"], &includes())
        .unwrap();
    let (_, source) = &generated.sources[0];
    assert!(!source.contains("pub kind:"));
    assert!(source.contains("super::super::k8s::io::apimachinery::pkg::apis::meta::v1::Time"));
}
