//! Every API package of the pinned Kubernetes sources reads without error, every fixture
//! kind is a registered kind, and spot checks of the model.

mod common;

use std::collections::BTreeSet;

use kcodec_typegen::{ConstValue, GoType, Label, Registration};

#[test]
fn every_package_reads_and_every_fixture_is_a_registered_kind() {
    let Some(u) = common::universe() else { return };
    let dir = common::src_dir().expect("set");
    let api: Vec<_> = u
        .packages
        .keys()
        .filter(|p| p.starts_with("k8s.io/api/"))
        .collect();
    assert_eq!(api.len(), 60, "k8s.io/api packages with a register.go");
    assert_eq!(u.packages.len(), 64);

    let (mut structs, mut fields, mut kinds, mut no_group_marker) = (0, 0, 0, 0);
    for p in u.packages.values() {
        structs += p.structs().count();
        fields += p
            .structs()
            .map(|t| t.fields().map_or(0, <[_]>::len))
            .sum::<usize>();
        kinds += p.own_kinds().count();
        if p.import_path.starts_with("k8s.io/api/") {
            assert!(p.own_kinds().count() > 0, "{}: no kinds", p.import_path);
            // doc.go's +groupName, where given, agrees with register.go's GroupName (apps,
            // autoscaling, batch, extensions and policy give none).
            assert!(p.group_const.is_some(), "{}: no GroupName", p.import_path);
            if p.group_name.is_some() {
                assert_eq!(p.group_name, p.group_const, "{}", p.import_path);
            } else {
                no_group_marker += 1;
            }
        }
    }
    assert_eq!(
        no_group_marker, 10,
        "k8s.io/api packages without +groupName in doc.go"
    );
    println!("{structs} structs, {fields} fields, {kinds} kinds registered by their own package");
    // Figures of the pinned sources (SOURCE.md); a change means the reader or the sources
    // changed.
    assert_eq!((structs, fields, kinds), (1303, 4654, 344));

    // The fixtures: one `<group>.<version>.<Kind>.json` per kind, `core` for group "".
    let all = u.all_kinds();
    let mut fixtures = BTreeSet::new();
    for ent in std::fs::read_dir(dir.join("testdata/HEAD")).expect("testdata/HEAD") {
        let name = ent
            .expect("entry")
            .file_name()
            .to_string_lossy()
            .into_owned();
        if let Some(stem) = name.strip_suffix(".json") {
            fixtures.insert(stem.to_string());
        }
    }
    assert_eq!(fixtures.len(), 193);
    assert_eq!(all.len(), 769, "distinct registered group/version/kinds");
    let missing: Vec<_> = fixtures.iter().filter(|f| !all.contains_key(*f)).collect();
    assert!(
        missing.is_empty(),
        "fixtures without a registered kind: {missing:?}"
    );
    // Kinds a package registers for its own types, not lists, without a fixture.
    let without_fixture: Vec<String> = u
        .packages
        .values()
        .flat_map(|p| p.own_kinds())
        .map(|k| k.fixture_name())
        .filter(|k| !fixtures.contains(k) && !k.ends_with("List"))
        .collect();
    println!(
        "{} distinct registered group/version/kinds; all {} fixtures found; own non-List kinds without a fixture: {} {:?}",
        all.len(),
        fixtures.len(),
        without_fixture.len(),
        without_fixture
    );

    // Named types of packages outside the snapshot (k8s.io/apimachinery/pkg/types, time,
    // runtime/schema, ...): listed for the next step, which maps them by hand.
    let external = u.external_refs();
    println!("references to types of packages not loaded: {external:?}");
    assert!(external.contains_key("k8s.io/apimachinery/pkg/types.UID"));

    let unresolved = u.unresolved();
    assert!(
        unresolved.is_empty(),
        "unresolved type names: {unresolved:#?}"
    );
}

#[test]
fn core_v1_spot_checks() {
    let Some(u) = common::universe() else { return };
    let core = &u.packages["k8s.io/api/core/v1"];
    assert_eq!(core.name, "v1");
    assert_eq!(core.group_name.as_deref(), Some(""));
    assert!(core
        .package_markers
        .iter()
        .any(|m| m.name == "k8s:protobuf-gen" && m.value.as_deref() == Some("package")));

    let pod = core.type_decl("Pod").expect("Pod");
    assert_eq!(pod.file, "types.go");
    // `+genclient` sits in the comment block above the doc comment.
    let genclient = pod.marker("genclient").expect("+genclient");
    assert!(genclient.second_block);
    let f = pod.fields().expect("struct");
    let names: Vec<_> = f.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["TypeMeta", "ObjectMeta", "Spec", "Status"]);
    assert!(f[0].embedded && f[0].json_inline() && f[0].protobuf.is_none());
    assert_eq!(
        f[0].ty,
        GoType::Named {
            pkg: Some("k8s.io/apimachinery/pkg/apis/meta/v1".into()),
            name: "TypeMeta".into(),
            args: vec![]
        }
    );
    assert_eq!(f[1].json_name(), "metadata");
    assert!(f[1].embedded && !f[1].json_inline() && f[1].omitempty());
    let pb = f[1].protobuf.as_ref().expect("protobuf tag");
    assert_eq!(
        (pb.wire.as_str(), pb.number, pb.label, pb.name.as_deref()),
        ("bytes", 1, Some(Label::Optional), Some("metadata"))
    );
    assert!(f[2].is_optional_marker());

    let spec = core
        .type_decl("PodSpec")
        .expect("PodSpec")
        .fields()
        .expect("struct");
    let containers = spec
        .iter()
        .find(|f| f.name == "Containers")
        .expect("Containers");
    assert!(!containers.omitempty());
    assert!(matches!(containers.ty, GoType::Slice(_)));
    assert_eq!(
        containers.protobuf.as_ref().unwrap().label,
        Some(Label::Repeated)
    );
    assert!(containers
        .markers
        .iter()
        .any(|m| m.name == "listType" && m.value.as_deref() == Some("map")));
    let node_selector = spec
        .iter()
        .find(|f| f.name == "NodeSelector")
        .expect("NodeSelector");
    assert!(matches!(node_selector.ty, GoType::Map { .. }));
    let restart = spec
        .iter()
        .find(|f| f.name == "RestartPolicy")
        .expect("RestartPolicy");
    assert_eq!(
        restart.protobuf.as_ref().unwrap().casttype.as_deref(),
        Some("RestartPolicy")
    );

    // Enum values of a string type.
    let rp = core.type_decl("RestartPolicy").expect("RestartPolicy");
    assert!(rp.ty.is_builtin("string"));
    let values: Vec<_> = core
        .enum_values("RestartPolicy")
        .map(|c| c.value.clone())
        .collect();
    assert_eq!(
        values,
        [
            ConstValue::Str("Always".into()),
            ConstValue::Str("OnFailure".into()),
            ConstValue::Str("Never".into())
        ]
    );

    // `type ResourceList map[ResourceName]resource.Quantity` resolves across packages.
    let rl = core.type_decl("ResourceList").expect("ResourceList");
    let GoType::Map { value, .. } = &rl.ty else {
        panic!("ResourceList: {:?}", rl.ty)
    };
    let q = u.resolve(value).expect("Quantity resolves");
    assert_eq!(q.name, "Quantity");

    // Kinds: own ones, plus what meta/v1's AddToGroupVersion adds to every group version.
    let find = |kind: &str| {
        core.kinds
            .iter()
            .find(|k| k.kind == kind && k.group.is_empty() && k.version == "v1")
    };
    assert_eq!(find("Pod").unwrap().type_pkg, "k8s.io/api/core/v1");
    let status = find("Status").unwrap();
    assert_eq!(status.type_pkg, "k8s.io/apimachinery/pkg/apis/meta/v1");
    assert_eq!(find("WatchEvent").unwrap().how, Registration::WithName);
    assert_eq!(find("ListOptions").unwrap().how, Registration::Known);
    assert_eq!(find("APIGroup").unwrap().how, Registration::Unversioned);
    assert!(core
        .kinds
        .iter()
        .any(|k| k.version == "__internal" && k.kind == "WatchEvent"));
    assert_eq!(core.own_kinds().count(), 43);
}

#[test]
fn meta_v1_special_registration_and_build_constraints() {
    let Some(u) = common::universe() else { return };
    let meta = &u.packages["k8s.io/apimachinery/pkg/apis/meta/v1"];
    assert_eq!(meta.group(), Some("meta.k8s.io"));
    let own: Vec<_> = meta.own_kinds().map(|k| k.kind.as_str()).collect();
    for k in [
        "ListOptions",
        "GetOptions",
        "DeleteOptions",
        "CreateOptions",
        "UpdateOptions",
        "PatchOptions",
        "Table",
        "TableOptions",
        "PartialObjectMetadata",
        "PartialObjectMetadataList",
    ] {
        assert!(own.contains(&k), "meta.k8s.io/v1 {k}: {own:?}");
    }
    // fieldsv1_byte.go (`//go:build !fieldsv1string`) is read, fieldsv1_string.go is not.
    assert!(meta.files.iter().any(|f| f == "fieldsv1_byte.go"));
    assert!(!meta.files.iter().any(|f| f == "fieldsv1_string.go"));
    let fv1 = meta.type_decl("FieldsV1").expect("FieldsV1");
    assert_eq!(fv1.file, "fieldsv1_byte.go");
    let raw = &fv1.fields().unwrap()[0];
    assert!(raw.json_skip());
    assert_eq!(raw.protobuf.as_ref().unwrap().name.as_deref(), Some("Raw"));
    // `protobuf:"-"`.
    let mt = meta.type_decl("MicroTime").expect("MicroTime");
    assert!(mt.fields().unwrap()[0].protobuf_skip);
    assert!(mt.markers.iter().any(
        |m| m.name == "protobuf.options.(gogoproto.goproto_stringer)"
            && m.value.as_deref() == Some("false")
    ));

    // `+protobuf.nullable=true` marks the named slices written as messages.
    let verbs = meta.type_decl("Verbs").expect("Verbs");
    assert!(matches!(verbs.ty, GoType::Slice(_)));
    assert_eq!(
        verbs
            .marker("protobuf.nullable")
            .and_then(|m| m.value.as_deref()),
        Some("true")
    );

    let apps = &u.packages["k8s.io/api/apps/v1"];
    assert_eq!(apps.group_name, None);
    assert_eq!(apps.group(), Some("apps"));
    let node = &u.packages["k8s.io/api/node/v1"];
    assert_eq!(node.group_name.as_deref(), Some("node.k8s.io"));
    let intstr = &u.packages["k8s.io/apimachinery/pkg/util/intstr"];
    let ios = intstr.type_decl("IntOrString").unwrap().fields().unwrap();
    assert_eq!(
        ios[0].protobuf.as_ref().unwrap().casttype.as_deref(),
        Some("Type")
    );
}

fn short_path(p: &str) -> &str {
    p.trim_start_matches("k8s.io/")
}

/// One `message` of a generated.proto: its name and its fields' (name, number) in order.
type ProtoMessage = (String, Vec<(String, u32)>);

/// The messages of a generated.proto (go-to-protobuf's output from the same Go sources),
/// read line by line: `message X {`, field lines `optional|repeated T name = N;` and
/// `map<K, V> name = N;`, `}`.
fn proto_messages(src: &str) -> Vec<ProtoMessage> {
    let mut out: Vec<ProtoMessage> = Vec::new();
    let mut open = false;
    for line in src.lines() {
        if let Some(rest) = line.strip_prefix("message ") {
            let name = rest.trim_end_matches('{').trim().to_string();
            out.push((name, Vec::new()));
            open = true;
        } else if line.starts_with('}') {
            open = false;
        } else if open {
            let l = line.trim();
            if l.starts_with("//") || l.is_empty() {
                continue;
            }
            if let Some((lhs, rhs)) = l.split_once(" = ") {
                let name = lhs.rsplit(' ').next().unwrap_or("").to_string();
                let num: String = rhs.chars().take_while(char::is_ascii_digit).collect();
                if let (Ok(n), Some(m)) = (num.parse(), out.last_mut()) {
                    m.1.push((name, n));
                }
            }
        }
    }
    out
}

/// Every struct's protobuf tags agree with the generated.proto beside it: the same messages
/// (one per struct with protobuf-tagged fields) and in each the same fields, names and
/// numbers, in the same order. go-to-protobuf wrote those files from the same sources, so
/// this checks the tag reader on every field. Also records the orders: generated.proto
/// lists messages alphabetically, the model keeps file order.
#[test]
fn protobuf_tags_agree_with_generated_proto() {
    let Some(u) = common::universe() else { return };
    let (mut messages, mut fields, mut packages) = (0, 0, 0);
    let mut problems = Vec::new();
    let mut proto_only = Vec::new();
    let mut file_order_is_alphabetical = 0;
    let mut custom_shape = Vec::new();
    for p in u.packages.values() {
        let path = u.root.join(&p.import_path).join("generated.proto");
        let Ok(src) = std::fs::read_to_string(&path) else {
            problems.push(format!("{}: no generated.proto", p.import_path));
            continue;
        };
        packages += 1;
        let msgs = proto_messages(&src);
        let names: Vec<&str> = msgs.iter().map(|m| m.0.as_str()).collect();
        let mut sorted = names.clone();
        sorted.sort_unstable();
        assert_eq!(
            names, sorted,
            "{}: generated.proto messages are sorted",
            p.import_path
        );
        let go_order: Vec<&str> = p
            .types
            .iter()
            .map(|t| t.name.as_str())
            .filter(|n| names.contains(n))
            .collect();
        if go_order == sorted {
            file_order_is_alphabetical += 1;
        }
        for (name, proto_fields) in &msgs {
            let Some(decl) = p.type_decl(name) else {
                proto_only.push(format!("{}.{name}", p.import_path));
                continue;
            };
            let Some(go_fields) = u.struct_fields(decl) else {
                // A named non-struct type written as a message (meta/v1 `Verbs []string`).
                proto_only.push(format!(
                    "{}.{name} ({})",
                    p.import_path,
                    decl.ty.go_syntax()
                ));
                continue;
            };
            messages += 1;
            let go: Vec<(String, u32)> = go_fields
                .iter()
                .filter_map(|f| {
                    let pb = f.protobuf.as_ref()?;
                    let name = pb.name.clone().unwrap_or_else(|| {
                        let mut c = f.name.chars();
                        c.next()
                            .map(|h| h.to_lowercase().chain(c).collect())
                            .unwrap_or_default()
                    });
                    Some((name, pb.number))
                })
                .collect();
            fields += go.len();
            // `+protobuf.as=Timestamp` (Time, MicroTime) and `+protobuf.embed=string`
            // (Quantity): the message is another type's shape, not the Go fields' tags.
            if go.is_empty()
                && (decl.marker("protobuf.as").is_some() || decl.marker("protobuf.embed").is_some())
            {
                custom_shape.push(format!("{}.{name}", short_path(&p.import_path)));
                continue;
            }
            if &go != proto_fields {
                problems.push(format!(
                    "{}.{name}: Go tags {go:?}, generated.proto {proto_fields:?}",
                    p.import_path
                ));
            }
        }
        for t in p.structs() {
            let tagged = t
                .fields()
                .is_some_and(|f| f.iter().any(|f| f.protobuf.is_some()));
            if tagged && !names.contains(&t.name.as_str()) {
                problems.push(format!(
                    "{}.{}: struct with protobuf tags, no message",
                    p.import_path, t.name
                ));
            }
        }
    }
    println!(
        "generated.proto: {packages} files, {messages} messages and {fields} fields agree with the Go tags; \
         messages of another shape (+protobuf.as/+protobuf.embed): {custom_shape:?}; \
         messages without a Go struct: {proto_only:?}; \
         packages whose Go file order is also alphabetical: {file_order_is_alphabetical}"
    );
    assert_eq!(custom_shape.len(), 4);
    assert!(problems.is_empty(), "{problems:#?}");
}

/// Every real file cut at six places: an error with a position or a parse, never a panic.
#[test]
fn truncated_real_files_give_positioned_errors() {
    let Some(u) = common::universe() else { return };
    let (mut files, mut errors) = (0, 0);
    for p in u.packages.values() {
        for name in &p.files {
            let path = u.root.join(&p.import_path).join(name);
            let src = std::fs::read_to_string(&path).expect("read");
            files += 1;
            for k in 1..=6 {
                let mut cut = src.len() * k / 7;
                while !src.is_char_boundary(cut) {
                    cut -= 1;
                }
                if let Err(e) = kcodec_typegen::parse_file(name, &src[..cut], &p.import_path, true)
                {
                    errors += 1;
                    assert!(e.pos.line > 0 && e.pos.col > 0, "{e}");
                    assert!(e.pos.offset <= cut, "{e}");
                }
            }
        }
    }
    println!("{files} files cut at 6 places: {errors} errors with positions, no panic");
}
