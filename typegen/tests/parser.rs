//! The Go reader on made-up snippets: tags, embedded fields, comments and markers, grouped
//! declarations, raw strings, odd spacing, code it must skip, generics, and errors with
//! their line and column. No input makes it panic.

use kcodec_typegen::{parse_file, BuildContext, ConstValue, GoFile, GoType, Label};

const PKG: &str = "example.com/x/v1";

fn parse(src: &str) -> GoFile {
    parse_file("x.go", src, PKG, false).unwrap_or_else(|e| panic!("{e}"))
}

fn err(src: &str) -> String {
    match parse_file("x.go", src, PKG, false) {
        Ok(f) => panic!("expected an error, got {f:?}"),
        Err(e) => e.to_string(),
    }
}

fn named(pkg: Option<&str>, name: &str) -> GoType {
    GoType::Named {
        pkg: pkg.map(str::to_string),
        name: name.to_string(),
        args: vec![],
    }
}

#[test]
fn struct_fields_tags_and_embedding() {
    let f = parse(
        r#"package v1

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/api/resource"
)

// Widget is a made-up kind.
type Widget struct {
	metav1.TypeMeta `json:",inline"`
	// +optional
	metav1.ObjectMeta `json:"metadata,omitempty" protobuf:"bytes,1,opt,name=metadata"`
	*Inner
	Plain

	A, B    int32             `json:"a"`
	Ptr     *string           `json:"ptr,omitempty" protobuf:"bytes,2,opt,name=ptr"`
	List    []Item            `json:"list" protobuf:"bytes,3,rep,name=list"`
	Arr     [4]byte           `json:"arr,omitzero"`
	Labels  map[string]string `json:"labels,omitempty" protobuf:"bytes,4,rep,name=labels" protobuf_key:"bytes,1,opt,name=key" protobuf_val:"bytes,2,opt,name=value"`
	Res     map[ResourceName]resource.Quantity `protobuf:"bytes,5,rep,name=res,casttype=ResourceList,castkey=ResourceName"`
	Skip    string `json:"-"`
	Anon    struct{ X int }
	F       func(a, b int) (string, error) `json:"-"`
	Ch      <-chan int
}
"#,
    );
    assert_eq!(f.package, "v1");
    assert_eq!(f.imports.len(), 2);
    assert_eq!(f.imports[0].alias.as_deref(), Some("metav1"));
    assert_eq!(f.imports[1].alias, None);
    let w = &f.types[0];
    assert_eq!(w.name, "Widget");
    assert_eq!(w.doc, [" Widget is a made-up kind."]);
    let fs = w.fields().expect("struct");
    let names: Vec<_> = fs.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "TypeMeta",
            "ObjectMeta",
            "Inner",
            "Plain",
            "A",
            "B",
            "Ptr",
            "List",
            "Arr",
            "Labels",
            "Res",
            "Skip",
            "Anon",
            "F",
            "Ch"
        ]
    );
    let meta = "k8s.io/apimachinery/pkg/apis/meta/v1";
    assert_eq!(fs[0].ty, named(Some(meta), "TypeMeta"));
    assert!(fs[0].embedded && fs[0].json_inline());
    assert!(fs[1].embedded && !fs[1].json_inline() && fs[1].is_optional_marker());
    assert_eq!(fs[1].json_name(), "metadata");
    assert_eq!(
        fs[2].ty,
        GoType::Pointer(Box::new(named(Some(PKG), "Inner")))
    );
    assert!(
        fs[2].embedded && fs[2].json_inline(),
        "embedded without tag inlines"
    );
    assert!(fs[3].embedded && fs[3].json.is_none());
    assert_eq!(fs[4].ty, named(None, "int32"));
    assert_eq!(fs[5].json_name(), "a");
    assert_eq!(fs[6].ty, GoType::Pointer(Box::new(named(None, "string"))));
    let pb = fs[7].protobuf.as_ref().unwrap();
    assert_eq!((pb.number, pb.label), (3, Some(Label::Repeated)));
    assert_eq!(fs[7].ty, GoType::Slice(Box::new(named(Some(PKG), "Item"))));
    assert!(matches!(&fs[8].ty, GoType::Array { len, .. } if len == "4"));
    assert!(fs[8].omitzero() && !fs[8].omitempty());
    assert_eq!(
        fs[9].protobuf_key.as_ref().unwrap().name.as_deref(),
        Some("key")
    );
    assert_eq!(fs[9].protobuf_val.as_ref().unwrap().number, 2);
    let res = fs[10].protobuf.as_ref().unwrap();
    assert_eq!(res.casttype.as_deref(), Some("ResourceList"));
    assert_eq!(res.castkey.as_deref(), Some("ResourceName"));
    assert_eq!(fs[10].json_name(), "Res", "no json tag: the Go name");
    let GoType::Map { value, .. } = &fs[10].ty else {
        panic!()
    };
    assert_eq!(
        **value,
        named(Some("k8s.io/apimachinery/pkg/api/resource"), "Quantity")
    );
    assert!(fs[11].json_skip());
    assert!(matches!(&fs[12].ty, GoType::Struct(inner) if inner[0].name == "X"));
    assert_eq!(fs[13].ty, GoType::Func);
    assert!(matches!(fs[14].ty, GoType::Chan(_)));
}

#[test]
fn comments_markers_and_doc_blocks() {
    let f = parse(
        "// Package doc.\n// +k8s:deepcopy-gen=package\n\n// +groupName=example.com\n\npackage v1\n\n\
         // +genclient\n// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object\n\n\
         // Thing has markers above its doc.\n// +protobuf.options.(gogoproto.goproto_stringer)=false\n\
         type Thing struct {\n\
         \t// Field doc.\n\t// +listType=map\n\t// +listMapKey=name\n\t// +k8s:validation:format=\"a=b\"\n\
         \tItems []string `json:\"items\"` // trailing, not doc\n\
         \t/* block\n\t   +optional */\n\tB int\n\n\t// detached\n\n\tC int\n}\n\n\
         // Far away.\n\n\n// Not second block.\n\n// Doc.\ntype Other string\n",
    );
    let pm: Vec<_> = f.package_markers.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(pm, ["k8s:deepcopy-gen", "groupName"]);
    assert_eq!(f.package_markers[1].value.as_deref(), Some("example.com"));
    let t = &f.types[0];
    let tm: Vec<_> = t
        .markers
        .iter()
        .map(|m| (m.name.as_str(), m.value.as_deref(), m.second_block))
        .collect();
    assert_eq!(
        tm,
        [
            ("genclient", None, true),
            (
                "k8s:deepcopy-gen:interfaces",
                Some("k8s.io/apimachinery/pkg/runtime.Object"),
                true
            ),
            (
                "protobuf.options.(gogoproto.goproto_stringer)",
                Some("false"),
                false
            ),
        ]
    );
    let fs = t.fields().unwrap();
    let items = &fs[0];
    assert_eq!(items.doc[0], " Field doc.");
    assert_eq!(
        items.marker("listType").unwrap().value.as_deref(),
        Some("map")
    );
    assert_eq!(
        items
            .marker("k8s:validation:format")
            .unwrap()
            .value
            .as_deref(),
        Some("\"a=b\"")
    );
    assert!(fs[1].is_optional_marker(), "block comment markers");
    assert!(fs[1].doc.iter().all(|l| !l.contains("trailing")));
    assert!(
        fs[2].doc.is_empty(),
        "a comment separated by a blank line is not doc"
    );
    let o = &f.types[1];
    assert_eq!(o.doc, [" Doc."]);
    assert!(o.markers.is_empty());
}

#[test]
fn grouped_declarations_consts_and_iota() {
    let f = parse(
        r#"package v1
type (
	// Phase doc.
	Phase string
	Names []string
	Table map[string][]int
	Alias = Phase
)

const (
	PhaseA Phase = "A"
	// PhaseB doc.
	PhaseB Phase = `B`
	Escaped Phase = "q\"\u00e9\x41"
)

const (
	Zero = iota
	One
	_
	Three
	Neg = -7
	Hex, Oct = 0x1F, 0o17
	Sum = 1 << 3
)

const Single int32 = 42
"#,
    );
    let names: Vec<_> = f.types.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["Phase", "Names", "Table", "Alias"]);
    assert_eq!(f.types[0].doc, [" Phase doc."]);
    assert!(f.types[0].ty.is_builtin("string"));
    assert!(f.types[3].alias);
    let c = |n: &str| f.consts.iter().find(|c| c.name == n).unwrap();
    assert_eq!(c("PhaseA").value, ConstValue::Str("A".into()));
    assert_eq!(c("PhaseA").ty, Some(named(Some(PKG), "Phase")));
    assert_eq!(c("PhaseB").value, ConstValue::Str("B".into()));
    assert_eq!(c("PhaseB").doc, [" PhaseB doc."]);
    assert_eq!(c("Escaped").value, ConstValue::Str("q\"éA".into()));
    assert_eq!(c("Zero").value, ConstValue::Int(0));
    assert_eq!(c("One").value, ConstValue::Int(1));
    assert_eq!(c("Three").value, ConstValue::Int(3));
    assert_eq!(c("Neg").value, ConstValue::Int(-7));
    assert_eq!(c("Hex").value, ConstValue::Int(31));
    assert_eq!(c("Oct").value, ConstValue::Int(15));
    assert_eq!(c("Sum").value, ConstValue::Expr("1 << 3".into()));
    assert_eq!(c("Single").value, ConstValue::Int(42));
}

#[test]
fn code_to_skip_with_braces_everywhere() {
    let f = parse(
        "package v1\n\
         import \"strings\"\n\
         var (\n\tx = map[string]func() int{\"}\": func() int { return '}' }}\n\ty, z int\n)\n\
         var raw = `{{{ not code\n}}} ` + \"\\\"}\"\n\
         func (w *Widget) String() string {\n\tif w == nil { return \"{\" }\n\t// }\n\t/* } */\n\treturn strings.Repeat(`}`, 2)\n}\n\
         func f() struct{ A int } { return struct{ A int }{1} }\n\
         func g() (a, b interface{ M() }) { return }\n\
         func Map[K comparable, V any](m map[K]V, f func(V) V) map[K]V { for k := range m { m[k] = f(m[k]) }; return m }\n\
         func asm()\n\
         type Generic[T any, U interface{ ~int | ~string }] struct {\n\tItems []T `json:\"items\"`\n\tNext *Generic[T, U]\n}\n\
         type Arr [N]int\n\
         type Iface interface {\n\tM(x struct{ A int }) error\n}\n\
         type   Spaced\t\tstruct{A int;B string `json:\"b\"`}\n\
         type After struct{}\n",
    );
    let names: Vec<_> = f.types.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["Generic", "Arr", "Iface", "Spaced", "After"]);
    assert_eq!(f.funcs, ["Widget.String", "f", "g", "Map", "asm"]);
    let g = &f.types[0];
    assert_eq!(g.type_params, ["T", "U"]);
    let next = &g.fields().unwrap()[1].ty;
    let GoType::Pointer(inner) = next else {
        panic!("{next:?}")
    };
    let GoType::Named { args, .. } = &**inner else {
        panic!()
    };
    assert_eq!(args.len(), 2);
    assert!(matches!(&f.types[1].ty, GoType::Array { len, .. } if len == "N"));
    assert_eq!(f.types[2].ty, GoType::Interface);
    let spaced = f.types[3].fields().unwrap();
    assert_eq!(spaced.len(), 2);
    assert_eq!(spaced[1].json_name(), "b");
}

#[test]
fn errors_point_at_line_and_column() {
    assert_eq!(
        err("package v1\ntype X struct {\n\tA int\n"),
        "x.go:2:15: `{` is never closed"
    );
    assert_eq!(
        err("package v1\n\ntype X struct {\n\tA int `json:\"a\"\n}\n"),
        "x.go:4:8: raw string literal not terminated"
    );
    assert_eq!(
        err("package v1\nvar s = \"abc\n"),
        "x.go:2:9: newline in literal"
    );
    assert_eq!(
        err("package v1\n/* open"),
        "x.go:2:1: comment not terminated"
    );
    assert_eq!(
        err("package v1\ntype X struct {\n\tA int `json:\"a\" protobuf:\"bytes,x,opt\"`\n}\n"),
        "x.go:3:8: protobuf tag \"bytes,x,opt\": bad field number \"x\""
    );
    assert_eq!(
        err("package v1\ntype X struct {\n\tA int `json:a`\n}\n"),
        "x.go:3:8: malformed struct tag at byte 0: \"json:a\""
    );
    assert_eq!(
        err("package v1\ntype X struct {\n\tA foo.Bar\n}\n"),
        "x.go:3:4: `foo` is not an imported package"
    );
    assert_eq!(
        err("package v1\nfunc f() { if x { ) }\n"),
        "x.go:2:19: `)` does not match `{` at 2:17"
    );
    assert_eq!(err("package v1\n@\n"), "x.go:2:1: unexpected character '@'");
    assert_eq!(err("v1"), "x.go:1:1: expected `package`, found `v1`");
    assert_eq!(
        err("package v1\ntype X map[string\n"),
        "x.go:2:18: expected `]`, found newline"
    );
    assert_eq!(
        err("package v1\nfunc f() {}\nimport \"fmt\"\n"),
        "x.go:3:1: imports must come before other declarations"
    );
    assert_eq!(
        err("package v1\nconst (\n\tA, B = 1\n)\n"),
        "x.go:3:2: 2 names but 1 values"
    );
    assert_eq!(
        err("package v1\nx := 1\n"),
        "x.go:2:1: expected a declaration (type, const, var or func), found `x`"
    );
    assert_eq!(
        err("package v1\nvar r = 'ab'\n"),
        "x.go:2:9: rune literal must hold one character"
    );
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let deep = format!("package v1\ntype X {}int\n", "*".repeat(100_000));
    assert_eq!(err(&deep), "x.go:2:108: type nested too deeply");
    let structs = format!("package v1\ntype X {}\n", "struct{A ".repeat(50_000));
    assert!(err(&structs).ends_with("type nested too deeply"));
    // Brackets in code are counted without recursion.
    let body = format!(
        "package v1\nfunc f() {}{}\n",
        "{".repeat(100_000),
        "}".repeat(100_000)
    );
    assert_eq!(parse(&body).funcs, ["f"]);
}

/// A realistic file, truncated at every byte and with bytes replaced: never a panic.
#[test]
fn no_panic_on_truncated_or_mutated_input() {
    let src = "// +k8s:deepcopy-gen=package\npackage v1\n\nimport (\n\tmetav1 \"k8s.io/apimachinery/pkg/apis/meta/v1\"\n)\n\n\
        // +genclient\n\n// Pod doc.\ntype Pod struct {\n\tmetav1.TypeMeta `json:\",inline\"`\n\
        \t// +optional\n\tmetav1.ObjectMeta `json:\"metadata,omitempty\" protobuf:\"bytes,1,opt,name=metadata\"`\n\
        \tSpec *PodSpec `json:\"spec,omitempty\" protobuf:\"bytes,2,opt,name=spec\"`\n\
        \tM map[string][]byte `json:\"m\" protobuf:\"bytes,3,rep,name=m\"`\n}\n\n\
        const (\n\tA Phase = \"A\"\n\tB = iota\n)\n\n\
        func (p *Pod) F(x interface{}) (struct{ A int }, error) {\n\ts := `}` + \"{\" + string('{')\n\treturn struct{ A int }{}, nil\n}\n\
        var v = []runtime.Object{&Pod{}}\n/* end */\n";
    parse(src);
    let mut errors = 0;
    for cut in 0..=src.len() {
        if !src.is_char_boundary(cut) {
            continue;
        }
        if parse_file("t.go", &src[..cut], PKG, true).is_err() {
            errors += 1;
        }
    }
    assert!(errors > 0);
    let bytes = src.as_bytes();
    let replacements = [
        b'{', b'}', b'(', b')', b'[', b']', b'`', b'"', b'\'', b'\n', b'*', b'/', b' ', b'.', b',',
    ];
    for i in 0..bytes.len() {
        for &r in &replacements {
            let mut m = bytes.to_vec();
            m[i] = r;
            if let Ok(s) = std::str::from_utf8(&m) {
                let _ = parse_file("m.go", s, PKG, true);
            }
        }
    }
}

#[test]
fn build_constraints() {
    let ctx = BuildContext::default();
    let with = |line: &str| ctx.includes("b.go", &format!("{line}\n\npackage v1\n"));
    assert_eq!(with("//go:build !fieldsv1string"), Ok(true));
    assert_eq!(with("//go:build fieldsv1string"), Ok(false));
    assert_eq!(with("//go:build linux && (amd64 || arm64)"), Ok(true));
    assert_eq!(with("//go:build go1.25 && !go1.27"), Ok(true));
    assert_eq!(with("//go:build !(linux || darwin)"), Ok(false));
    assert_eq!(with("// just a comment"), Ok(true));
    assert_eq!(
        with("/* x */\n//go:build a &&").unwrap_err().to_string(),
        "b.go:2:1: bad //go:build line: unexpected end"
    );
    assert_eq!(
        with("//go:build (a").unwrap_err().to_string(),
        "b.go:1:1: bad //go:build line: missing `)`"
    );
    // A constraint after the package clause is not one.
    assert_eq!(
        ctx.includes("b.go", "package v1\n//go:build never\n"),
        Ok(true)
    );
    let custom = BuildContext {
        tags: vec!["fieldsv1string".into()],
    };
    assert_eq!(
        custom.includes("b.go", "//go:build fieldsv1string\npackage v1\n"),
        Ok(true)
    );
}
