//! The kinds a package registers, read from its register.go by a small interpreter of the
//! calls Kubernetes uses there.
//!
//! Entry points are the functions given to `runtime.NewSchemeBuilder(...)` in a package
//! variable, and `init`. In their bodies, these calls register kinds:
//! `scheme.AddKnownTypes(gv, &T{}, ...)`, `scheme.AddUnversionedTypes(gv, &T{}, ...)` and
//! `scheme.AddKnownTypeWithName(gv.WithKind(k), &T{})`; a call of another function of a
//! register.go (of this package, or of an imported loaded package, as
//! `metav1.AddToGroupVersion(scheme, SchemeGroupVersion)`) is followed with its parameters
//! bound to the arguments. Arguments evaluate: string literals, string constants,
//! `schema.GroupVersion{Group: ..., Version: ...}`, `gv.Group`, `gv.Version`,
//! `gv.WithKind(k)`, package variables (their initializers), `[]runtime.Object{&A{}, ...}`
//! and `list...`. Anything else is unknown and registers nothing.
//!
//! Kubebuilder projects register through controller-runtime instead:
//! `SchemeBuilder = &scheme.Builder{GroupVersion: GroupVersion}` and, in an `init`,
//! `SchemeBuilder.Register(&Memcached{}, &MemcachedList{})`; those are read too.

use std::collections::HashMap;

use crate::error::Error;
use crate::lexer::{TokKind, Token};
use crate::load::Universe;
use crate::model::{ConstValue, Package, RegisteredKind, Registration};
use crate::parser::{default_package_names, FuncDecl};

#[derive(Clone, Debug)]
enum Val {
    Str(String),
    Gv(String, String),
    Gvk(String, String, String),
    Objs(Vec<(String, String)>),
    Unknown,
}

const MAX_DEPTH: usize = 12;

struct Ctx<'a> {
    u: &'a Universe,
    pkg: &'a Package,
    file: &'a str,
    params: HashMap<String, Val>,
}

/// Fill every package's `kinds`.
pub(crate) fn register_all(u: &mut Universe) -> Result<(), Error> {
    let mut found: Vec<(String, Vec<RegisteredKind>)> = Vec::new();
    for pkg in u.packages.values() {
        let mut out = Vec::new();
        for f in entry_points(pkg) {
            exec(u, pkg, f, Vec::new(), 0, &mut out);
        }
        let mut dedup: Vec<RegisteredKind> = Vec::new();
        for k in out {
            if !dedup.contains(&k) {
                dedup.push(k);
            }
        }
        found.push((pkg.import_path.clone(), dedup));
    }
    for (p, kinds) in found {
        if let Some(pkg) = u.packages.get_mut(&p) {
            pkg.kinds = kinds;
        }
    }
    Ok(())
}

fn entry_points(pkg: &Package) -> Vec<&FuncDecl> {
    let mut names: Vec<&str> = Vec::new();
    for v in &pkg.vars {
        for (k, t) in v.init.iter().enumerate() {
            if t.is_ident("NewSchemeBuilder") && v.init.get(k + 1).is_some_and(|t| t.is_op("(")) {
                let args = call_args(&v.init, k + 1);
                for a in args {
                    if let [t] = a {
                        names.push(&t.text);
                    }
                }
            }
        }
    }
    names.push("init");
    let mut out: Vec<&FuncDecl> = Vec::new();
    for n in names {
        for f in pkg.funcs.iter().filter(|f| !f.method && f.name == n) {
            if !out.iter().any(|o| std::ptr::eq(*o, f)) {
                out.push(f);
            }
        }
    }
    out
}

/// The arguments of the call whose `(` is at `open`, split at top-level commas.
fn call_args(t: &[Token], open: usize) -> Vec<&[Token]> {
    let mut out = Vec::new();
    let mut depth = 0;
    let mut start = open + 1;
    for k in open..t.len() {
        let x = &t[k];
        if x.is_op("(") || x.is_op("[") || x.is_op("{") {
            depth += 1;
        } else if x.is_op(")") || x.is_op("]") || x.is_op("}") {
            depth -= 1;
            if depth == 0 {
                if k > start {
                    out.push(&t[start..k]);
                }
                return out;
            }
        } else if depth == 1 && x.is_op(",") {
            out.push(&t[start..k]);
            start = k + 1;
        }
    }
    out
}

fn exec(
    u: &Universe,
    pkg: &Package,
    f: &FuncDecl,
    args: Vec<Val>,
    depth: usize,
    out: &mut Vec<RegisteredKind>,
) {
    if depth > MAX_DEPTH {
        return;
    }
    let mut params = HashMap::new();
    for (k, p) in f.params.iter().enumerate() {
        if !p.is_empty() {
            params.insert(p.clone(), args.get(k).cloned().unwrap_or(Val::Unknown));
        }
    }
    let ctx = Ctx {
        u,
        pkg,
        file: &f.file,
        params,
    };
    let b = &f.body;
    for i in 0..b.len() {
        if b[i].kind != TokKind::Ident || !b.get(i + 1).is_some_and(|t| t.is_op("(")) {
            continue;
        }
        let name = b[i].text.as_str();
        let qualifier = (i >= 2 && b[i - 1].is_op(".") && b[i - 2].kind == TokKind::Ident)
            .then(|| b[i - 2].text.as_str());
        let after_dot = i >= 1 && b[i - 1].is_op(".");
        let a = call_args(b, i + 1);
        match name {
            "AddKnownTypes" | "AddUnversionedTypes" if after_dot => {
                let how = if name == "AddKnownTypes" {
                    Registration::Known
                } else {
                    Registration::Unversioned
                };
                let Some((gv, rest)) = a.split_first() else {
                    continue;
                };
                let Val::Gv(group, version) = ctx.eval(gv, depth) else {
                    continue;
                };
                for arg in rest {
                    if let Val::Objs(objs) = ctx.eval(arg, depth) {
                        for (tp, tn) in objs {
                            out.push(RegisteredKind {
                                group: group.clone(),
                                version: version.clone(),
                                kind: tn.clone(),
                                type_pkg: tp,
                                type_name: tn,
                                how,
                            });
                        }
                    }
                }
            }
            // controller-runtime's `SchemeBuilder.Register(&A{}, &AList{})` (kubebuilder
            // projects), where `SchemeBuilder = &scheme.Builder{GroupVersion: gv}`.
            "Register" if after_dot => {
                if qualifier.is_none() {
                    continue;
                }
                let Val::Gv(group, version) = ctx.eval(&b[i - 2..i - 1], depth) else {
                    continue;
                };
                for arg in &a {
                    if let Val::Objs(objs) = ctx.eval(arg, depth) {
                        for (tp, tn) in objs {
                            out.push(RegisteredKind {
                                group: group.clone(),
                                version: version.clone(),
                                kind: tn.clone(),
                                type_pkg: tp,
                                type_name: tn,
                                how: Registration::Known,
                            });
                        }
                    }
                }
            }
            "AddKnownTypeWithName" if after_dot => {
                if let [gvk, obj] = a.as_slice() {
                    if let (Val::Gvk(g, v, k), Val::Objs(objs)) =
                        (ctx.eval(gvk, depth), ctx.eval(obj, depth))
                    {
                        for (tp, tn) in objs {
                            out.push(RegisteredKind {
                                group: g.clone(),
                                version: v.clone(),
                                kind: k.clone(),
                                type_pkg: tp,
                                type_name: tn,
                                how: Registration::WithName,
                            });
                        }
                    }
                }
            }
            _ => {
                let target = match qualifier {
                    Some(q) if !ctx.params.contains_key(q) => {
                        ctx.import(q).and_then(|p| u.packages.get(&p))
                    }
                    Some(_) => None,
                    None if !after_dot => Some(pkg),
                    None => None,
                };
                let Some(tpkg) = target else { continue };
                let Some(callee) = tpkg.funcs.iter().find(|g| !g.method && g.name == name) else {
                    continue;
                };
                let vals: Vec<Val> = a.iter().map(|x| ctx.eval(x, depth)).collect();
                exec(u, tpkg, callee, vals, depth + 1, out);
            }
        }
    }
}

impl Ctx<'_> {
    fn import(&self, q: &str) -> Option<String> {
        let (_, imports) = self.pkg.imports.iter().find(|(f, _)| f == self.file)?;
        imports
            .iter()
            .find(|imp| match &imp.alias {
                Some(a) => a == q,
                None => default_package_names(&imp.path).any(|n| n == q),
            })
            .map(|imp| imp.path.clone())
    }

    /// A package-level name of `pkg`: a string constant or a variable's value.
    fn global(&self, pkg: &Package, name: &str, depth: usize) -> Val {
        if let Some(c) = pkg.const_decl(name) {
            return match &c.value {
                ConstValue::Str(s) => Val::Str(s.clone()),
                _ => Val::Unknown,
            };
        }
        if let Some(v) = pkg.vars.iter().find(|v| v.name == name) {
            let ctx = Ctx {
                u: self.u,
                pkg,
                file: &v.file,
                params: HashMap::new(),
            };
            return ctx.eval(&v.init, depth + 1);
        }
        Val::Unknown
    }

    fn eval(&self, t: &[Token], depth: usize) -> Val {
        if depth > MAX_DEPTH || t.is_empty() {
            return Val::Unknown;
        }
        let n = t.len();
        if t[n - 1].is_op("...") {
            return self.eval(&t[..n - 1], depth);
        }
        if t[0].is_op("&") {
            // `&scheme.Builder{GroupVersion: gv}`: the builder stands for its group version.
            let builder = t
                .iter()
                .position(|x| x.is_op("{"))
                .is_some_and(|open| t[open - 1].is_ident("Builder"));
            if builder {
                return self.eval(&t[1..], depth);
            }
            return match &t[1..] {
                [name, open, ..] if open.is_op("{") => {
                    Val::Objs(vec![(self.pkg.import_path.clone(), name.text.clone())])
                }
                [q, dot, name, open, ..] if dot.is_op(".") && open.is_op("{") => {
                    match self.import(&q.text) {
                        Some(p) => Val::Objs(vec![(p, name.text.clone())]),
                        None => Val::Unknown,
                    }
                }
                _ => Val::Unknown,
            };
        }
        if n == 1 {
            let x = &t[0];
            return match x.kind {
                TokKind::Str => Val::Str(x.value.clone().unwrap_or_default()),
                TokKind::Ident => match self.params.get(&x.text) {
                    Some(v) => v.clone(),
                    None => self.global(self.pkg, &x.text, depth),
                },
                _ => Val::Unknown,
            };
        }
        if n == 3 && t[1].is_op(".") && t[0].kind == TokKind::Ident {
            if !self.params.contains_key(&t[0].text) && self.pkg.const_decl(&t[0].text).is_none() {
                if let Some(p) = self.import(&t[0].text) {
                    return match self.u.packages.get(&p) {
                        Some(other) => self.global(other, &t[2].text, depth),
                        None => Val::Unknown,
                    };
                }
            }
            return match (self.eval(&t[..1], depth), t[2].text.as_str()) {
                (Val::Gv(g, _), "Group") => Val::Str(g),
                (Val::Gv(_, v), "Version") => Val::Str(v),
                _ => Val::Unknown,
            };
        }
        // `base.WithKind(kind)`
        if t[n - 1].is_op(")") && n >= 5 {
            if let Some(k) = (1..n - 2)
                .find(|&k| t[k].is_ident("WithKind") && t[k - 1].is_op(".") && t[k + 1].is_op("("))
            {
                if let Val::Gv(g, v) = self.eval(&t[..k - 1], depth) {
                    if let Val::Str(kind) = self.eval(&t[k + 2..n - 1], depth) {
                        return Val::Gvk(g, v, kind);
                    }
                }
                return Val::Unknown;
            }
        }
        // Composite literals: `schema.GroupVersion{...}`, `[]runtime.Object{...}`.
        if t[n - 1].is_op("}") {
            let Some(open) = t.iter().position(|x| x.is_op("{")) else {
                return Val::Unknown;
            };
            let ty = &t[..open];
            let elems = call_args(t, open);
            if ty.last().is_some_and(|x| x.is_ident("GroupVersion")) {
                let mut group = None;
                let mut version = None;
                for (k, e) in elems.iter().enumerate() {
                    let (key, val) = match e {
                        [key, colon, rest @ ..] if colon.is_op(":") => (key.text.as_str(), rest),
                        _ => (if k == 0 { "Group" } else { "Version" }, *e),
                    };
                    let Val::Str(s) = self.eval(val, depth) else {
                        return Val::Unknown;
                    };
                    match key {
                        "Group" => group = Some(s),
                        "Version" => version = Some(s),
                        _ => return Val::Unknown,
                    }
                }
                return Val::Gv(group.unwrap_or_default(), version.unwrap_or_default());
            }
            if ty.last().is_some_and(|x| x.is_ident("Builder")) {
                for e in &elems {
                    if let [key, colon, rest @ ..] = e {
                        if key.is_ident("GroupVersion") && colon.is_op(":") {
                            return self.eval(rest, depth);
                        }
                    }
                }
                return Val::Unknown;
            }
            if ty.len() >= 2 && ty[0].is_op("[") && ty[1].is_op("]") {
                let mut objs = Vec::new();
                for e in elems {
                    if let Val::Objs(o) = self.eval(e, depth) {
                        objs.extend(o);
                    }
                }
                return Val::Objs(objs);
            }
        }
        Val::Unknown
    }
}
