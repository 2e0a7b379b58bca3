//! The model of Go packages: named types, struct fields with their tags and markers,
//! constants, and the kinds a package registers.

use crate::error::Pos;
use crate::tags::{JsonTag, Marker, ProtobufTag};

/// A Go type expression, with qualified names resolved to import paths.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GoType {
    /// A type name. `pkg` is the import path of the package declaring it, `None` for Go's
    /// predeclared types (`string`, `int32`, `bool`, `byte`, ...). `args` holds a generic
    /// instantiation's type arguments.
    Named {
        /// Import path of the declaring package (`k8s.io/api/core/v1`), `None` if predeclared.
        pkg: Option<String>,
        /// The type's name.
        name: String,
        /// Type arguments (`Name[A, B]`), usually empty.
        args: Vec<GoType>,
    },
    /// `*T`.
    Pointer(Box<GoType>),
    /// `[]T`.
    Slice(Box<GoType>),
    /// `[N]T`, with the length as written.
    Array {
        /// The length expression's source text (`...` for `[...]T`).
        len: String,
        /// The element type.
        elem: Box<GoType>,
    },
    /// `map[K]V`.
    Map {
        /// Key type.
        key: Box<GoType>,
        /// Value type.
        value: Box<GoType>,
    },
    /// An anonymous `struct { ... }`.
    Struct(Vec<Field>),
    /// An `interface { ... }` (its methods are not read).
    Interface,
    /// A `func(...) ...` type (its signature is not read).
    Func,
    /// A channel type, with its element type.
    Chan(Box<GoType>),
}

impl GoType {
    /// Whether this is the predeclared type `name`.
    pub fn is_builtin(&self, name: &str) -> bool {
        matches!(self, GoType::Named { pkg: None, name: n, .. } if n == name)
    }

    /// The Go spelling, with packages by their last path segment.
    pub fn go_syntax(&self) -> String {
        match self {
            GoType::Named { pkg, name, args } => {
                let mut s = match pkg {
                    Some(p) => format!("{}.{name}", p.rsplit('/').next().unwrap_or(p)),
                    None => name.clone(),
                };
                if !args.is_empty() {
                    let a: Vec<String> = args.iter().map(GoType::go_syntax).collect();
                    s = format!("{s}[{}]", a.join(", "));
                }
                s
            }
            GoType::Pointer(t) => format!("*{}", t.go_syntax()),
            GoType::Slice(t) => format!("[]{}", t.go_syntax()),
            GoType::Array { len, elem } => format!("[{len}]{}", elem.go_syntax()),
            GoType::Map { key, value } => {
                format!("map[{}]{}", key.go_syntax(), value.go_syntax())
            }
            GoType::Struct(_) => "struct{...}".into(),
            GoType::Interface => "interface{...}".into(),
            GoType::Func => "func(...)".into(),
            GoType::Chan(t) => format!("chan {}", t.go_syntax()),
        }
    }
}

/// A struct field (one per name: `A, B int` gives two).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    /// The Go field name (for an embedded field, the type's name).
    pub name: String,
    /// Whether the field is embedded (`metav1.TypeMeta` without a name).
    pub embedded: bool,
    /// Its type.
    pub ty: GoType,
    /// The raw struct tag (decoded literal), if any.
    pub tag: Option<String>,
    /// The `json` tag, if any.
    pub json: Option<JsonTag>,
    /// The `protobuf` tag, if any.
    pub protobuf: Option<ProtobufTag>,
    /// `protobuf:"-"`: explicitly not in the protobuf message.
    pub protobuf_skip: bool,
    /// The `protobuf_key` tag of a map field, if any.
    pub protobuf_key: Option<ProtobufTag>,
    /// The `protobuf_val` tag of a map field, if any.
    pub protobuf_val: Option<ProtobufTag>,
    /// The doc comment's lines (markers included).
    pub doc: Vec<String>,
    /// Markers from the doc comment.
    pub markers: Vec<Marker>,
    /// Where the field is declared.
    pub pos: Pos,
}

impl Field {
    /// The JSON key Go's `encoding/json` uses: the tag's name, else the Go name.
    pub fn json_name(&self) -> &str {
        match &self.json {
            Some(j) if !j.name.is_empty() => &j.name,
            _ => &self.name,
        }
    }

    /// Whether Go's `encoding/json` flattens the field into its parent: an embedded field
    /// whose tag gives no name (`json:",inline"` or no tag), or an explicit `inline`.
    pub fn json_inline(&self) -> bool {
        match &self.json {
            Some(j) if j.skip => false,
            Some(j) => j.inline || (self.embedded && j.name.is_empty()),
            None => self.embedded,
        }
    }

    /// Whether the field is left out of JSON (`json:"-"`).
    pub fn json_skip(&self) -> bool {
        self.json.as_ref().is_some_and(|j| j.skip)
    }

    /// Whether the field is `omitempty` in JSON.
    pub fn omitempty(&self) -> bool {
        self.json.as_ref().is_some_and(|j| j.omitempty)
    }

    /// Whether the field is `omitzero` in JSON.
    pub fn omitzero(&self) -> bool {
        self.json.as_ref().is_some_and(|j| j.omitzero)
    }

    /// The first marker named `name`.
    pub fn marker(&self, name: &str) -> Option<&Marker> {
        self.markers.iter().find(|m| m.name == name)
    }

    /// Whether the doc comment has `+optional`.
    pub fn is_optional_marker(&self) -> bool {
        self.marker("optional").is_some()
    }
}

/// A named type declaration (`type X struct {...}`, `type X string`, `type X = Y`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypeDecl {
    /// The type's name.
    pub name: String,
    /// The file (name within the package folder) declaring it.
    pub file: String,
    /// Where the name is.
    pub pos: Pos,
    /// Names of type parameters (`type X[T any] ...`), usually empty.
    pub type_params: Vec<String>,
    /// `type X = Y` (an alias).
    pub alias: bool,
    /// The type it is defined as.
    pub ty: GoType,
    /// The doc comment's lines.
    pub doc: Vec<String>,
    /// Markers from the doc comment and the comment block before it.
    pub markers: Vec<Marker>,
}

impl TypeDecl {
    /// The struct's fields, if the type is a struct.
    pub fn fields(&self) -> Option<&[Field]> {
        match &self.ty {
            GoType::Struct(f) => Some(f),
            _ => None,
        }
    }

    /// The first marker named `name`.
    pub fn marker(&self, name: &str) -> Option<&Marker> {
        self.markers.iter().find(|m| m.name == name)
    }
}

/// The value of a constant, as far as the reader evaluates it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConstValue {
    /// A string literal.
    Str(String),
    /// An integer literal, or `iota` (possibly negated).
    Int(i128),
    /// Any other expression, by its tokens' text joined with spaces.
    Expr(String),
}

/// A constant (`const RestartPolicyAlways RestartPolicy = "Always"`), with Go's implicit
/// repetition of the previous type and expression in a `const (...)` block applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConstDecl {
    /// The constant's name.
    pub name: String,
    /// Its declared type (`RestartPolicy`), if any.
    pub ty: Option<GoType>,
    /// Its value.
    pub value: ConstValue,
    /// The value of `iota` in its spec (its index in the block).
    pub iota: i64,
    /// The file (name within the package folder) declaring it.
    pub file: String,
    /// Where the name is.
    pub pos: Pos,
    /// The doc comment's lines.
    pub doc: Vec<String>,
    /// Markers from the doc comment.
    pub markers: Vec<Marker>,
}

/// How a kind got registered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Registration {
    /// `scheme.AddKnownTypes(gv, &T{}, ...)`.
    Known,
    /// `scheme.AddUnversionedTypes(gv, &T{}, ...)`.
    Unversioned,
    /// `scheme.AddKnownTypeWithName(gvk, &T{})`.
    WithName,
}

/// A kind registered in a scheme by a package's register.go (directly or through a
/// function it calls, such as meta/v1's `AddToGroupVersion`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct RegisteredKind {
    /// API group (`""` for the legacy core group).
    pub group: String,
    /// Version (`v1`; `__internal` for internal registrations).
    pub version: String,
    /// Kind name.
    pub kind: String,
    /// Import path of the Go type's package.
    pub type_pkg: String,
    /// The Go type's name.
    pub type_name: String,
    /// Which call registered it.
    pub how: Registration,
}

impl RegisteredKind {
    /// Kubernetes' fixture file stem: `core.v1.Pod` (group `""` is `core`).
    pub fn fixture_name(&self) -> String {
        let group = if self.group.is_empty() {
            "core"
        } else {
            &self.group
        };
        format!("{group}.{}.{}", self.version, self.kind)
    }
}

/// An import of a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Import {
    /// The name given (`metav1`), `.` or `_`, or `None` for the package's own name.
    pub alias: Option<String>,
    /// The import path.
    pub path: String,
    /// Where the import is.
    pub pos: Pos,
}

/// A Go package read from its folder.
#[derive(Clone, Debug, Default)]
pub struct Package {
    /// The import path (`k8s.io/api/core/v1`).
    pub import_path: String,
    /// The Go package name (`v1`).
    pub name: String,
    /// `+groupName=` from doc.go (`Some("")` for core), if present.
    pub group_name: Option<String>,
    /// The `GroupName` constant (register.go), if present.
    pub group_const: Option<String>,
    /// The version: the import path's last segment.
    pub version: String,
    /// The Go files read, sorted by name (build constraints applied).
    pub files: Vec<String>,
    /// Markers of the package clause's doc comments (doc.go's `+k8s:...=package`).
    pub package_markers: Vec<Marker>,
    /// Every file's imports, by file name.
    pub imports: Vec<(String, Vec<Import>)>,
    /// Named types in file order (files by name, then declaration order).
    pub types: Vec<TypeDecl>,
    /// Constants in file order.
    pub consts: Vec<ConstDecl>,
    /// Kinds registered by this package's register.go, deduplicated, in registration order.
    pub kinds: Vec<RegisteredKind>,
    pub(crate) funcs: Vec<crate::parser::FuncDecl>,
    pub(crate) vars: Vec<crate::parser::VarDecl>,
}

impl Package {
    /// The named type `name`.
    pub fn type_decl(&self, name: &str) -> Option<&TypeDecl> {
        self.types.iter().find(|t| t.name == name)
    }

    /// The constant `name`.
    pub fn const_decl(&self, name: &str) -> Option<&ConstDecl> {
        self.consts.iter().find(|c| c.name == name)
    }

    /// The struct types.
    pub fn structs(&self) -> impl Iterator<Item = &TypeDecl> {
        self.types
            .iter()
            .filter(|t| matches!(t.ty, GoType::Struct(_)))
    }

    /// The registered kinds whose Go type this package declares, under this package's
    /// group and version (`Pod` in core/v1; not meta/v1's `Status` that every group adds).
    pub fn own_kinds(&self) -> impl Iterator<Item = &RegisteredKind> {
        let group = self.group();
        self.kinds.iter().filter(move |k| {
            k.type_pkg == self.import_path
                && Some(k.group.as_str()) == group
                && k.version == self.version
        })
    }

    /// The API group: the `GroupName` constant, else doc.go's `+groupName`.
    pub fn group(&self) -> Option<&str> {
        self.group_const.as_deref().or(self.group_name.as_deref())
    }

    /// Constants whose declared type is the named type `ty` of this package, in order (a
    /// string type's enum values).
    pub fn enum_values<'a>(&'a self, ty: &'a str) -> impl Iterator<Item = &'a ConstDecl> + 'a {
        self.consts.iter().filter(move |c| {
            matches!(&c.ty, Some(GoType::Named { pkg: Some(p), name, .. })
                if *p == self.import_path && name == ty)
        })
    }
}
