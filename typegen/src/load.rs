//! Reading package folders into [`Package`]s, and the set of packages types resolve in.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::error::{Error, Pos};
use crate::model::{Field, GoType, Package, TypeDecl};
use crate::parser::parse_file;

/// The build tags that `//go:build` lines are evaluated against.
#[derive(Clone, Debug)]
pub struct BuildContext {
    /// The tags that are set (`linux`, `amd64`, `go1.21`, ...).
    pub tags: Vec<String>,
}

impl Default for BuildContext {
    /// linux/amd64, the gc compiler, Go 1.25 (`go1.1` … `go1.25`), no custom tags: so
    /// `//go:build !fieldsv1string` files are read and `fieldsv1string` ones are not.
    fn default() -> Self {
        let mut tags: Vec<String> = ["linux", "amd64", "unix", "gc"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        tags.extend((1..=25).map(|v| format!("go1.{v}")));
        BuildContext { tags }
    }
}

impl BuildContext {
    /// Whether a file whose source is `src` is part of the build: its `//go:build` line (in
    /// the comments before the package clause), if any, holds.
    pub fn includes(&self, file: &str, src: &str) -> Result<bool, Error> {
        for (n, line) in src.lines().enumerate() {
            let l = line.trim();
            if l.starts_with("package ") || l == "package" {
                break;
            }
            if let Some(expr) = l.strip_prefix("//go:build") {
                let pos = Pos {
                    line: n as u32 + 1,
                    col: 1,
                    offset: 0,
                };
                return eval_constraint(expr, &self.tags)
                    .map_err(|m| Error::new(file, pos, format!("bad //go:build line: {m}")));
            }
        }
        Ok(true)
    }
}

/// Evaluate a build constraint expression (`!a && (b || c)`).
fn eval_constraint(expr: &str, tags: &[String]) -> Result<bool, String> {
    let mut toks = Vec::new();
    let b = expr.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b' ' | b'\t' => i += 1,
            b'(' | b')' | b'!' => {
                toks.push(expr[i..i + 1].to_string());
                i += 1;
            }
            b'&' | b'|' if b.get(i + 1) == Some(&b[i]) => {
                toks.push(expr[i..i + 2].to_string());
                i += 2;
            }
            c if c.is_ascii_alphanumeric() || c == b'_' || c == b'.' => {
                let s = i;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'.')
                {
                    i += 1;
                }
                toks.push(expr[s..i].to_string());
            }
            c => return Err(format!("unexpected {:?}", c as char)),
        }
    }
    let mut k = 0;
    let v = or_expr(&toks, &mut k, tags)?;
    if k != toks.len() {
        return Err(format!("unexpected `{}`", toks[k]));
    }
    Ok(v)
}

fn or_expr(t: &[String], k: &mut usize, tags: &[String]) -> Result<bool, String> {
    let mut v = and_expr(t, k, tags)?;
    while t.get(*k).is_some_and(|s| s == "||") {
        *k += 1;
        v |= and_expr(t, k, tags)?;
    }
    Ok(v)
}

fn and_expr(t: &[String], k: &mut usize, tags: &[String]) -> Result<bool, String> {
    let mut v = unary(t, k, tags)?;
    while t.get(*k).is_some_and(|s| s == "&&") {
        *k += 1;
        v &= unary(t, k, tags)?;
    }
    Ok(v)
}

fn unary(t: &[String], k: &mut usize, tags: &[String]) -> Result<bool, String> {
    let Some(s) = t.get(*k) else {
        return Err("unexpected end".into());
    };
    *k += 1;
    match s.as_str() {
        "!" => Ok(!unary(t, k, tags)?),
        "(" => {
            let v = or_expr(t, k, tags)?;
            if t.get(*k).is_some_and(|s| s == ")") {
                *k += 1;
                Ok(v)
            } else {
                Err("missing `)`".into())
            }
        }
        "&&" | "||" | ")" => Err(format!("unexpected `{s}`")),
        tag => Ok(tags.iter().any(|x| x == tag)),
    }
}

/// Read the package in `dir` with import path `import_path`: every `.go` file but tests,
/// in name order, with build constraints applied.
pub fn load_package(dir: &Path, import_path: &str, ctx: &BuildContext) -> Result<Package, Error> {
    let dir_s = dir.display().to_string();
    let rd = std::fs::read_dir(dir).map_err(|e| Error::whole(&dir_s, e.to_string()))?;
    let mut names: Vec<String> = Vec::new();
    for ent in rd {
        let ent = ent.map_err(|e| Error::whole(&dir_s, e.to_string()))?;
        let name = ent.file_name().to_string_lossy().into_owned();
        if name.ends_with(".go") && !name.ends_with("_test.go") && ent.path().is_file() {
            names.push(name);
        }
    }
    names.sort();
    let mut pkg = Package {
        import_path: import_path.to_string(),
        version: import_path.rsplit('/').next().unwrap_or("").to_string(),
        ..Package::default()
    };
    for name in names {
        let path = dir.join(&name);
        let shown = path.display().to_string();
        let mut bytes = std::fs::read(&path).map_err(|e| Error::whole(&shown, e.to_string()))?;
        // Go accepts a byte order mark at the start of a file.
        if bytes.starts_with("\u{feff}".as_bytes()) {
            bytes.drain(..3);
        }
        let src = String::from_utf8(bytes).map_err(|e| {
            Error::whole(
                &shown,
                format!("not UTF-8 (byte {})", e.utf8_error().valid_up_to()),
            )
        })?;
        if !ctx.includes(&shown, &src)? {
            continue;
        }
        // Function bodies are kept where kinds are registered: register.go, and a
        // kubebuilder project's files declaring or calling controller-runtime's `SchemeBuilder`.
        let keep = name == "register.go"
            || src.contains("SchemeBuilder.Register(")
            || src.contains("scheme.Builder{");
        let f = parse_file(&shown, &src, import_path, keep)?;
        if pkg.name.is_empty() {
            pkg.name = f.package.clone();
        } else if pkg.name != f.package {
            return Err(Error::whole(
                &shown,
                format!("package {} in a folder of package {}", f.package, pkg.name),
            ));
        }
        // `+groupName=` from doc.go, else from any file's package comment (kubebuilder
        // writes it in groupversion_info.go).
        let group_marker = f
            .package_markers
            .iter()
            .find(|m| m.name == "groupName")
            .map(|m| m.value.clone().unwrap_or_default());
        if name == "doc.go" || (pkg.group_name.is_none() && group_marker.is_some()) {
            pkg.package_markers = f.package_markers.clone();
            pkg.group_name = group_marker;
        }
        let mut types = f.types;
        for t in &mut types {
            t.file = name.clone();
        }
        let mut consts = f.consts;
        for c in &mut consts {
            c.file = name.clone();
        }
        pkg.types.extend(types);
        pkg.consts.extend(consts);
        pkg.imports.push((name.clone(), f.imports));
        pkg.funcs.extend(f.func_decls.into_iter().map(|mut d| {
            d.file = name.clone();
            d
        }));
        pkg.vars.extend(f.var_decls.into_iter().map(|mut d| {
            d.file = name.clone();
            d
        }));
        pkg.files.push(name);
    }
    if pkg.files.is_empty() {
        return Err(Error::whole(&dir_s, "no Go files"));
    }
    pkg.group_const = match pkg.const_decl("GroupName").map(|c| &c.value) {
        Some(crate::model::ConstValue::Str(s)) => Some(s.clone()),
        _ => None,
    };
    Ok(pkg)
}

/// A set of packages by import path, in which types resolve.
#[derive(Clone, Debug, Default)]
pub struct Universe {
    /// The packages, by import path.
    pub packages: BTreeMap<String, Package>,
    /// The folder import paths are relative to.
    pub root: PathBuf,
}

/// The apimachinery packages Kubernetes' API types use.
pub const APIMACHINERY_PACKAGES: &[&str] = &[
    "k8s.io/apimachinery/pkg/apis/meta/v1",
    "k8s.io/apimachinery/pkg/api/resource",
    "k8s.io/apimachinery/pkg/util/intstr",
    "k8s.io/apimachinery/pkg/runtime",
];

impl Universe {
    /// Read every API package under `root` (a folder laid out by import path, holding
    /// `k8s.io/api` and `k8s.io/apimachinery`): each folder of `k8s.io/api` with a
    /// register.go, and [`APIMACHINERY_PACKAGES`]; then interpret the register.go files.
    pub fn load_k8s(root: &Path) -> Result<Universe, Error> {
        let mut paths: Vec<String> = Vec::new();
        let api = root.join("k8s.io/api");
        let mut stack = vec![api.clone()];
        while let Some(d) = stack.pop() {
            let rd = std::fs::read_dir(&d)
                .map_err(|e| Error::whole(&d.display().to_string(), e.to_string()))?;
            for ent in rd.flatten() {
                let p = ent.path();
                if p.is_dir() {
                    stack.push(p);
                } else if ent.file_name() == "register.go" {
                    let rel = d.strip_prefix(root).unwrap_or(&d);
                    paths.push(rel.to_string_lossy().replace('\\', "/"));
                }
            }
        }
        paths.extend(APIMACHINERY_PACKAGES.iter().map(|s| s.to_string()));
        paths.sort();
        Universe::load(root, &paths, &BuildContext::default())
    }

    /// Read the packages with the given import paths under `root`, then interpret their
    /// register.go files.
    pub fn load(
        root: &Path,
        import_paths: &[String],
        ctx: &BuildContext,
    ) -> Result<Universe, Error> {
        let mut u = Universe {
            root: root.to_path_buf(),
            ..Universe::default()
        };
        for ip in import_paths {
            let pkg = load_package(&root.join(ip), ip, ctx)?;
            u.packages.insert(ip.clone(), pkg);
        }
        crate::register::register_all(&mut u)?;
        Ok(u)
    }

    /// Read one more package (a custom resource's API package, say) from `dir` as
    /// `import_path`, then interpret every register.go again.
    pub fn add_package(&mut self, dir: &Path, import_path: &str) -> Result<(), Error> {
        let pkg = load_package(dir, import_path, &BuildContext::default())?;
        self.packages.insert(import_path.to_string(), pkg);
        crate::register::register_all(self)
    }

    /// The declaration a named type refers to, if its package is loaded.
    pub fn lookup(&self, pkg: &str, name: &str) -> Option<&TypeDecl> {
        self.packages.get(pkg)?.type_decl(name)
    }

    /// The declaration of `ty` if it is a named type of a loaded package.
    pub fn resolve(&self, ty: &GoType) -> Option<&TypeDecl> {
        match ty {
            GoType::Named {
                pkg: Some(p), name, ..
            } => self.lookup(p, name),
            _ => None,
        }
    }

    /// `ty` with named types replaced by their definitions until it is a type literal, a
    /// predeclared type, or a name of a package not loaded (Go's "underlying type", except
    /// that a named struct stays named).
    pub fn underlying<'a>(&'a self, mut ty: &'a GoType) -> &'a GoType {
        for _ in 0..32 {
            match self.resolve(ty) {
                Some(d) if !matches!(d.ty, GoType::Struct(_)) => ty = &d.ty,
                _ => return ty,
            }
        }
        ty
    }

    /// The fields of a struct type declaration, following type definitions whose
    /// underlying type is another named struct (core/v1's `type List metav1.List`).
    pub fn struct_fields<'a>(&'a self, decl: &'a TypeDecl) -> Option<&'a [Field]> {
        let mut ty = &decl.ty;
        for _ in 0..32 {
            match ty {
                GoType::Struct(f) => return Some(f),
                GoType::Named { .. } => ty = &self.resolve(ty)?.ty,
                _ => return None,
            }
        }
        None
    }

    /// The named types referenced in loaded packages' declarations whose package is not
    /// loaded (`time.Duration`, `k8s.io/apimachinery/pkg/types.UID`), as
    /// `import/path.Name`, with how many references each.
    pub fn external_refs(&self) -> BTreeMap<String, usize> {
        let mut out = BTreeMap::new();
        for p in self.packages.values() {
            for t in &p.types {
                let mut refs = Vec::new();
                collect_named(&t.ty, &mut refs);
                for (pkg, name) in refs {
                    if !self.packages.contains_key(&pkg) {
                        *out.entry(format!("{pkg}.{name}")).or_default() += 1;
                    }
                }
            }
        }
        out
    }

    /// Every named type reference, in any loaded package's declarations, to a package that
    /// is loaded but has no such type: (package, type, field, the reference).
    pub fn unresolved(&self) -> Vec<String> {
        let mut out = Vec::new();
        for p in self.packages.values() {
            for t in &p.types {
                let mut refs = Vec::new();
                collect_named(&t.ty, &mut refs);
                for (pkg, name) in refs {
                    let type_param = pkg == p.import_path && t.type_params.contains(&name);
                    if !type_param
                        && self.packages.contains_key(&pkg)
                        && self.lookup(&pkg, &name).is_none()
                    {
                        out.push(format!(
                            "{}: {} ({}:{}): {pkg}.{name}",
                            p.import_path, t.name, t.file, t.pos.line
                        ));
                    }
                }
            }
        }
        out
    }

    /// Every distinct registration (group, version, kind) of every package, without
    /// `__internal` ones.
    pub fn all_kinds(&self) -> BTreeMap<String, &crate::model::RegisteredKind> {
        let mut out = BTreeMap::new();
        for p in self.packages.values() {
            for k in &p.kinds {
                if k.version != "__internal" {
                    out.entry(k.fixture_name()).or_insert(k);
                }
            }
        }
        out
    }
}

fn collect_named(ty: &GoType, out: &mut Vec<(String, String)>) {
    match ty {
        GoType::Named { pkg, name, args } => {
            if let Some(p) = pkg {
                out.push((p.clone(), name.clone()));
            }
            for a in args {
                collect_named(a, out);
            }
        }
        GoType::Pointer(t) | GoType::Slice(t) | GoType::Chan(t) => collect_named(t, out),
        GoType::Array { elem, .. } => collect_named(elem, out),
        GoType::Map { key, value } => {
            collect_named(key, out);
            collect_named(value, out);
        }
        GoType::Struct(fields) => {
            for f in fields {
                collect_named(&f.ty, out);
            }
        }
        GoType::Interface | GoType::Func => {}
    }
}
