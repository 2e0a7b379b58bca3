//! The emitter: kcodec-types' generated files and the custom resource example's equal a
//! fresh run, and the facts the emitter relies on hold in the sources.

mod common;

use std::path::Path;

use kcodec_typegen::emit;
use kcodec_typegen::Universe;

fn workspace() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
}

#[test]
fn kcodec_types_generated_files_equal_a_fresh_run() {
    let Some(u) = common::universe() else { return };
    let g = emit::generate(u);
    let types = workspace().join("types");
    let mut differ = Vec::new();
    for (rel, text) in &g.files {
        if std::fs::read(types.join(rel)).ok().as_deref() != Some(text.as_bytes()) {
            differ.push(rel.clone());
        }
    }
    let cargo = std::fs::read_to_string(types.join("Cargo.toml")).unwrap();
    if emit::splice_features(&cargo, &g.features).unwrap() != cargo {
        differ.push("Cargo.toml".into());
    }
    assert!(
        differ.is_empty(),
        "regenerate (cargo run -p kcodec-typegen -- generate ../shared/k8s-api-src types): {differ:?}"
    );
    println!(
        "generated: {} packages, {} structs, {} fields, {} kinds, {} constants",
        g.counts.packages, g.counts.structs, g.counts.fields, g.counts.kinds, g.counts.consts
    );
    // Every kind a package registers is in the table, but those of the types left out.
    let table = &g.files["src/generated/kinds.rs"];
    for p in u.packages.values() {
        for k in p.own_kinds() {
            let left_out = format!("{}.{}:", k.type_pkg, k.type_name);
            if g.skipped.iter().any(|s| s.starts_with(&left_out)) {
                continue;
            }
            assert!(
                table.contains(&format!("({:?}, {:?}, {:?},", k.group, k.version, k.kind)),
                "{k:?} not in the kinds table"
            );
        }
    }
    // Only meta/v1's Table (cells of interface{} type) and its row are left out.
    assert_eq!(g.skipped.len(), 2, "{:?}", g.skipped);
}

#[test]
fn a_kubebuilder_package_is_read_and_generated() {
    let Some(dir) = common::src_dir() else { return };
    let mut u = Universe::load_k8s(&dir).unwrap();
    let import = "example.com/memcached/api/v1";
    u.add_package(&workspace().join("examples/crd/go/api/v1"), import)
        .unwrap();
    let p = &u.packages[import];
    let kinds: Vec<(&str, &str, &str)> = p
        .kinds
        .iter()
        .map(|k| (k.group.as_str(), k.version.as_str(), k.kind.as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("cache.example.com", "v1", "Memcached"),
            ("cache.example.com", "v1", "MemcachedList")
        ],
        "SchemeBuilder.Register(&Memcached{{}}, &MemcachedList{{}}) with scheme.Builder's GroupVersion"
    );
    let command = "kcodec-typegen package (see this crate's docs)";
    let text = emit::generate_outside(&u, import, command).unwrap();
    let committed = std::fs::read_to_string(workspace().join("examples/crd/src/v1.rs")).unwrap();
    assert_eq!(
        text, committed,
        "regenerate examples/crd/src/v1.rs ({command})"
    );
    assert!(text.contains("#[derive(Clone, Debug, Default, PartialEq, Json)]"));
    assert!(!text.contains("Proto"), "custom resources are JSON only");
    assert!(text.contains("pub tolerations: Vec<kcodec_types::core::v1::Toleration>,"));
    assert!(
        text.contains("pub nodes: kcodec::List<Str>,"),
        "nil apart from empty"
    );
}
