//! The parser of one Go file: the package clause, imports, type, const and var declarations;
//! functions are skipped (their bodies kept only when asked, for register.go).

use crate::error::{Error, Pos};
use crate::lexer::{lex, Comment, TokKind, Token};
use crate::model::{ConstDecl, ConstValue, Field, GoType, Import, TypeDecl};
use crate::tags::{JsonTag, Marker, ProtobufTag, StructTag};

/// A function declaration kept for register.go's interpretation.
#[derive(Clone, Debug)]
pub(crate) struct FuncDecl {
    /// The function's name.
    pub name: String,
    /// Whether it is a method.
    pub method: bool,
    /// Parameter names, in order (`_` or empty for unnamed ones).
    pub params: Vec<String>,
    /// The body's tokens, braces excluded.
    pub body: Vec<Token>,
    /// The file declaring it.
    pub file: String,
}

/// A package-level variable kept for register.go's interpretation.
#[derive(Clone, Debug)]
pub(crate) struct VarDecl {
    /// The variable's name.
    pub name: String,
    /// Its initializer's tokens, if any.
    pub init: Vec<Token>,
    /// The file declaring it.
    pub file: String,
}

/// One parsed Go file.
#[derive(Clone, Debug, Default)]
pub struct GoFile {
    /// The Go package name.
    pub package: String,
    /// Markers of all the comments before the package clause.
    pub package_markers: Vec<Marker>,
    /// The imports.
    pub imports: Vec<Import>,
    /// The named types, in declaration order.
    pub types: Vec<TypeDecl>,
    /// The constants, in declaration order.
    pub consts: Vec<ConstDecl>,
    /// The names of the functions and methods (`Type.Method` for methods), in order.
    pub funcs: Vec<String>,
    pub(crate) func_decls: Vec<FuncDecl>,
    pub(crate) var_decls: Vec<VarDecl>,
}

/// Go's predeclared type names.
pub fn is_predeclared_type(name: &str) -> bool {
    matches!(
        name,
        "any"
            | "bool"
            | "byte"
            | "comparable"
            | "complex64"
            | "complex128"
            | "error"
            | "float32"
            | "float64"
            | "int"
            | "int8"
            | "int16"
            | "int32"
            | "int64"
            | "rune"
            | "string"
            | "uint"
            | "uint8"
            | "uint16"
            | "uint32"
            | "uint64"
            | "uintptr"
    )
}

/// Parse a Go file. `file` names it in errors and in the model; `import_path` is its
/// package's import path (unqualified type names resolve to it); with `keep_code`, function
/// bodies and `var` initializers are kept (for register.go).
pub fn parse_file(
    file: &str,
    src: &str,
    import_path: &str,
    keep_code: bool,
) -> Result<GoFile, Error> {
    let lexed = lex(file, src)?;
    let mut p = Parser {
        file,
        import_path,
        toks: lexed.tokens,
        comments: lexed.comments,
        i: 0,
        keep_code,
        depth: 0,
        out: GoFile::default(),
    };
    p.source_file()?;
    Ok(p.out)
}

struct Parser<'a> {
    file: &'a str,
    import_path: &'a str,
    toks: Vec<Token>,
    comments: Vec<Comment>,
    i: usize,
    keep_code: bool,
    /// Nesting of type expressions being parsed (bounded: no stack overflow on hostile input).
    depth: usize,
    out: GoFile,
}

/// How deeply type expressions may nest (`[][]*map[..]struct{...}`); Kubernetes' go to 4.
const MAX_TYPE_DEPTH: usize = 100;

type R<T> = Result<T, Error>;

/// Doc comment lines and markers.
type Doc = (Vec<String>, Vec<Marker>);

impl<'a> Parser<'a> {
    fn tok(&self) -> &Token {
        &self.toks[self.i.min(self.toks.len() - 1)]
    }

    fn peek(&self, n: usize) -> &Token {
        &self.toks[(self.i + n).min(self.toks.len() - 1)]
    }

    fn bump(&mut self) -> Token {
        let t = self.tok().clone();
        if self.i < self.toks.len() - 1 {
            self.i += 1;
        }
        t
    }

    fn err_at(&self, pos: Pos, msg: impl Into<String>) -> Error {
        Error::new(self.file, pos, msg)
    }

    fn unexpected(&self, what: &str) -> Error {
        let t = self.tok();
        let found = match t.kind {
            TokKind::Eof => "end of file".to_string(),
            TokKind::Semi if t.text == "\n" => "newline".to_string(),
            _ => format!("`{}`", t.text),
        };
        self.err_at(t.pos, format!("expected {what}, found {found}"))
    }

    fn expect_op(&mut self, op: &str) -> R<Token> {
        if self.tok().is_op(op) {
            Ok(self.bump())
        } else {
            Err(self.unexpected(&format!("`{op}`")))
        }
    }

    fn expect_ident(&mut self) -> R<Token> {
        if self.tok().kind == TokKind::Ident && !crate::lexer::is_keyword(&self.tok().text) {
            Ok(self.bump())
        } else {
            Err(self.unexpected("an identifier"))
        }
    }

    fn is_semi(&self) -> bool {
        self.tok().kind == TokKind::Semi
    }

    /// A `;` (written or inserted), or nothing before a closing `)`/`}`.
    fn expect_semi(&mut self, closer: &str) -> R<()> {
        if self.is_semi() {
            self.bump();
            Ok(())
        } else if self.tok().is_op(closer) {
            Ok(())
        } else {
            Err(self.unexpected("`;` or a new line"))
        }
    }

    /// The doc comment of the token at index `at`: the comment group ending on the line
    /// before it, plus markers of the group one blank line above that one.
    fn doc(&self, at: usize) -> Doc {
        let line = self.toks[at].pos.line;
        let lo = self.comments.partition_point(|c| c.tokens_before < at);
        let hi = self.comments.partition_point(|c| c.tokens_before <= at);
        let cands: Vec<&Comment> = self.comments[lo..hi]
            .iter()
            .filter(|c| !c.trailing)
            .collect();
        // Groups of adjacent comments, as (first, last) indices into `cands`.
        let mut groups: Vec<(usize, usize)> = Vec::new();
        for (k, c) in cands.iter().enumerate() {
            match groups.last_mut() {
                Some(g) if c.pos.line <= cands[g.1].end_line + 1 => g.1 = k,
                _ => groups.push((k, k)),
            }
        }
        let Some(&(f, l)) = groups.last() else {
            return (Vec::new(), Vec::new());
        };
        if cands[l].end_line + 1 != line {
            return (Vec::new(), Vec::new());
        }
        let lines: Vec<String> = cands[f..=l]
            .iter()
            .flat_map(|c| c.lines.iter().cloned())
            .collect();
        let mut markers: Vec<Marker> = lines.iter().filter_map(|s| Marker::parse(s)).collect();
        if groups.len() >= 2 {
            let (f2, l2) = groups[groups.len() - 2];
            if cands[l2].end_line + 2 == cands[f].pos.line {
                let second = cands[f2..=l2]
                    .iter()
                    .flat_map(|c| c.lines.iter())
                    .filter_map(|s| Marker::parse(s))
                    .map(|m| Marker {
                        second_block: true,
                        ..m
                    });
                let mut all: Vec<Marker> = second.collect();
                all.append(&mut markers);
                markers = all;
            }
        }
        (lines, markers)
    }

    fn source_file(&mut self) -> R<()> {
        // Package markers: every comment line before the package clause (doc.go puts them
        // in a block apart from the package doc).
        self.out.package_markers = self
            .comments
            .iter()
            .take_while(|c| c.tokens_before == 0)
            .flat_map(|c| c.lines.iter())
            .filter_map(|l| Marker::parse(l))
            .collect();
        if !self.tok().is_ident("package") {
            return Err(self.unexpected("`package`"));
        }
        self.bump();
        self.out.package = self.expect_ident()?.text;
        self.expect_semi("")?;
        while self.tok().is_ident("import") {
            self.bump();
            if self.tok().is_op("(") {
                self.bump();
                while !self.tok().is_op(")") {
                    self.import_spec()?;
                    self.expect_semi(")")?;
                }
                self.bump();
            } else {
                self.import_spec()?;
            }
            self.expect_semi("")?;
        }
        loop {
            let t = self.tok();
            match t.kind {
                TokKind::Eof => return Ok(()),
                TokKind::Semi => {
                    self.bump();
                    continue;
                }
                _ => {}
            }
            if t.is_ident("type") {
                self.type_decl()?;
            } else if t.is_ident("const") {
                self.const_decl()?;
            } else if t.is_ident("var") {
                self.var_decl()?;
            } else if t.is_ident("func") {
                self.func_decl()?;
            } else if t.is_ident("import") {
                return Err(self.err_at(t.pos, "imports must come before other declarations"));
            } else {
                return Err(self.unexpected("a declaration (type, const, var or func)"));
            }
            self.expect_semi("")?;
        }
    }

    fn import_spec(&mut self) -> R<()> {
        let pos = self.tok().pos;
        let alias = if self.tok().kind == TokKind::Ident {
            Some(self.bump().text)
        } else if self.tok().is_op(".") {
            self.bump();
            Some(".".to_string())
        } else {
            None
        };
        if self.tok().kind != TokKind::Str {
            return Err(self.unexpected("an import path string"));
        }
        let path = self.bump().value.unwrap_or_default();
        self.out.imports.push(Import { alias, path, pos });
        Ok(())
    }

    /// The import path a qualifier (`metav1` in `metav1.Time`) refers to.
    fn resolve_qualifier(&self, q: &Token) -> R<String> {
        for imp in &self.out.imports {
            let matches = match &imp.alias {
                Some(a) => a == &q.text,
                None => default_package_names(&imp.path).any(|n| n == q.text),
            };
            if matches {
                return Ok(imp.path.clone());
            }
        }
        Err(self.err_at(q.pos, format!("`{}` is not an imported package", q.text)))
    }

    fn type_decl(&mut self) -> R<()> {
        let decl_tok = self.i;
        self.bump();
        if self.tok().is_op("(") {
            self.bump();
            while !self.tok().is_op(")") {
                if self.is_semi() {
                    self.bump();
                    continue;
                }
                let doc = self.doc(self.i);
                self.type_spec(doc)?;
                self.expect_semi(")")?;
            }
            self.bump();
        } else {
            let doc = self.doc(decl_tok);
            self.type_spec(doc)?;
        }
        Ok(())
    }

    fn type_spec(&mut self, (doc, markers): Doc) -> R<()> {
        let name = self.expect_ident()?;
        let mut type_params = Vec::new();
        // `[` starts type parameters when an identifier follows that is not followed by `]`
        // (`type X[T any]`); otherwise it is an array or slice type (`type X [4]byte`).
        if self.tok().is_op("[") && self.peek(1).kind == TokKind::Ident && !self.peek(2).is_op("]")
        {
            type_params = self.type_params()?;
        }
        let alias = if self.tok().is_op("=") {
            self.bump();
            true
        } else {
            false
        };
        let ty = self.parse_type()?;
        self.out.types.push(TypeDecl {
            name: name.text,
            file: self.file.to_string(),
            pos: name.pos,
            type_params,
            alias,
            ty,
            doc,
            markers,
        });
        Ok(())
    }

    /// `[K comparable, V any]`: the parameter names.
    fn type_params(&mut self) -> R<Vec<String>> {
        let open = self.i;
        let toks = self.skip_balanced()?;
        let mut names = Vec::new();
        let mut depth = 0;
        for (k, t) in toks.iter().enumerate() {
            if t.is_op("(") || t.is_op("[") || t.is_op("{") {
                depth += 1;
            } else if t.is_op(")") || t.is_op("]") || t.is_op("}") {
                depth -= 1;
            } else if depth == 0 && t.kind == TokKind::Ident {
                let prev_sep = k == 0 || toks[k - 1].is_op(",");
                if prev_sep {
                    names.push(t.text.clone());
                }
            }
        }
        if names.is_empty() {
            return Err(self.err_at(self.toks[open].pos, "empty type parameter list"));
        }
        Ok(names)
    }

    /// Skip a bracketed group starting at the current `(`, `[` or `{`; returns the tokens
    /// inside it.
    fn skip_balanced(&mut self) -> R<Vec<Token>> {
        let open = self.bump();
        let mut stack = vec![open.clone()];
        let mut inner = Vec::new();
        loop {
            let t = self.tok().clone();
            match t.kind {
                TokKind::Eof => {
                    let o = stack.last().unwrap_or(&open);
                    return Err(self.err_at(o.pos, format!("`{}` is never closed", o.text)));
                }
                TokKind::Op if matches!(t.text.as_str(), "(" | "[" | "{") => stack.push(t.clone()),
                TokKind::Op if matches!(t.text.as_str(), ")" | "]" | "}") => {
                    let o = stack.pop().unwrap_or_else(|| open.clone());
                    let want = match o.text.as_str() {
                        "(" => ")",
                        "[" => "]",
                        _ => "}",
                    };
                    if t.text != want {
                        return Err(self.err_at(
                            t.pos,
                            format!(
                                "`{}` does not match `{}` at {}:{}",
                                t.text, o.text, o.pos.line, o.pos.col
                            ),
                        ));
                    }
                    if stack.is_empty() {
                        self.bump();
                        return Ok(inner);
                    }
                }
                _ => {}
            }
            inner.push(t);
            self.bump();
        }
    }

    fn parse_type(&mut self) -> R<GoType> {
        if self.depth >= MAX_TYPE_DEPTH {
            return Err(self.err_at(self.tok().pos, "type nested too deeply"));
        }
        self.depth += 1;
        let r = self.parse_type_inner();
        self.depth -= 1;
        r
    }

    fn parse_type_inner(&mut self) -> R<GoType> {
        let t = self.tok().clone();
        match t.kind {
            TokKind::Ident if t.text == "map" => {
                self.bump();
                self.expect_op("[")?;
                let key = self.parse_type()?;
                self.expect_op("]")?;
                let value = self.parse_type()?;
                Ok(GoType::Map {
                    key: Box::new(key),
                    value: Box::new(value),
                })
            }
            TokKind::Ident if t.text == "struct" => {
                self.bump();
                Ok(GoType::Struct(self.struct_body()?))
            }
            TokKind::Ident if t.text == "interface" => {
                self.bump();
                if !self.tok().is_op("{") {
                    return Err(self.unexpected("`{`"));
                }
                self.skip_balanced()?;
                Ok(GoType::Interface)
            }
            TokKind::Ident if t.text == "func" => {
                self.bump();
                self.signature()?;
                Ok(GoType::Func)
            }
            TokKind::Ident if t.text == "chan" => {
                self.bump();
                if self.tok().is_op("<-") {
                    self.bump();
                }
                Ok(GoType::Chan(Box::new(self.parse_type()?)))
            }
            TokKind::Ident if !crate::lexer::is_keyword(&t.text) => {
                self.bump();
                let (pkg, name) = if self.tok().is_op(".") {
                    self.bump();
                    let name = self.expect_ident()?;
                    (Some(self.resolve_qualifier(&t)?), name.text)
                } else if is_predeclared_type(&t.text) {
                    (None, t.text)
                } else {
                    (Some(self.import_path.to_string()), t.text)
                };
                let mut args = Vec::new();
                if self.tok().is_op("[") {
                    self.bump();
                    loop {
                        args.push(self.parse_type()?);
                        if self.tok().is_op(",") {
                            self.bump();
                            if self.tok().is_op("]") {
                                break;
                            }
                        } else {
                            break;
                        }
                    }
                    self.expect_op("]")?;
                }
                Ok(GoType::Named { pkg, name, args })
            }
            TokKind::Op if t.text == "*" => {
                self.bump();
                Ok(GoType::Pointer(Box::new(self.parse_type()?)))
            }
            TokKind::Op if t.text == "<-" => {
                self.bump();
                if !self.tok().is_ident("chan") {
                    return Err(self.unexpected("`chan`"));
                }
                self.bump();
                Ok(GoType::Chan(Box::new(self.parse_type()?)))
            }
            TokKind::Op if t.text == "(" => {
                self.bump();
                let inner = self.parse_type()?;
                self.expect_op(")")?;
                Ok(inner)
            }
            TokKind::Op if t.text == "[" => {
                if self.peek(1).is_op("]") {
                    self.bump();
                    self.bump();
                    return Ok(GoType::Slice(Box::new(self.parse_type()?)));
                }
                let inner = self.skip_balanced()?;
                if inner.is_empty() {
                    return Err(self.err_at(t.pos, "missing array length"));
                }
                let len = join_tokens(&inner);
                Ok(GoType::Array {
                    len,
                    elem: Box::new(self.parse_type()?),
                })
            }
            _ => Err(self.unexpected("a type")),
        }
    }

    /// A function signature: parameters and result; returns the parameters' names.
    fn signature(&mut self) -> R<Vec<String>> {
        if !self.tok().is_op("(") {
            return Err(self.unexpected("`(`"));
        }
        let params = self.skip_balanced()?;
        if self.tok().is_op("(") {
            self.skip_balanced()?;
        } else if !(self.is_semi()
            || self.tok().is_op("{")
            || self.tok().is_op(")")
            || self.tok().is_op("]")
            || self.tok().is_op(",")
            || self.tok().is_op("}")
            || self.tok().is_op("=")
            || self.tok().kind == TokKind::Str
            || self.tok().kind == TokKind::Eof)
        {
            self.parse_type()?;
        }
        Ok(param_names(&params))
    }

    fn struct_body(&mut self) -> R<Vec<Field>> {
        let open = self.expect_op("{")?;
        let mut fields = Vec::new();
        loop {
            if self.tok().kind == TokKind::Eof {
                return Err(self.err_at(open.pos, "`{` is never closed"));
            }
            if self.is_semi() {
                self.bump();
                continue;
            }
            if self.tok().is_op("}") {
                self.bump();
                return Ok(fields);
            }
            let start = self.i;
            let (doc, markers) = self.doc(start);
            let pos = self.tok().pos;
            let embedded = self.tok().is_op("*")
                || (self.tok().kind == TokKind::Ident
                    && (self.peek(1).is_op(".")
                        || self.peek(1).kind == TokKind::Semi
                        || self.peek(1).kind == TokKind::Str
                        || self.peek(1).is_op("}")));
            let mut names: Vec<(String, Pos)> = Vec::new();
            let ty = if embedded {
                let ty = self.parse_type()?;
                let name = match &ty {
                    GoType::Named { name, .. } => name.clone(),
                    GoType::Pointer(t) => match &**t {
                        GoType::Named { name, .. } => name.clone(),
                        _ => return Err(self.err_at(pos, "embedded field must be a type name")),
                    },
                    _ => return Err(self.err_at(pos, "embedded field must be a type name")),
                };
                names.push((name, pos));
                ty
            } else {
                loop {
                    let n = self.expect_ident()?;
                    names.push((n.text, n.pos));
                    if self.tok().is_op(",") {
                        self.bump();
                    } else {
                        break;
                    }
                }
                self.parse_type()?
            };
            let (tag, tag_pos) = if self.tok().kind == TokKind::Str {
                let t = self.bump();
                (t.value, t.pos)
            } else {
                (None, pos)
            };
            let parsed = match &tag {
                Some(tag) => Some(StructTag::parse(tag).map_err(|m| self.err_at(tag_pos, m))?),
                None => None,
            };
            let proto = |key: &str| -> R<Option<ProtobufTag>> {
                match parsed.as_ref().and_then(|p| p.get(key)) {
                    Some("-") => Ok(None),
                    Some(v) => ProtobufTag::parse(v)
                        .map(Some)
                        .map_err(|m| Error::new(self.file, tag_pos, m)),
                    None => Ok(None),
                }
            };
            let protobuf = proto("protobuf")?;
            let protobuf_key = proto("protobuf_key")?;
            let protobuf_val = proto("protobuf_val")?;
            let protobuf_skip = parsed.as_ref().and_then(|p| p.get("protobuf")) == Some("-");
            let json = parsed
                .as_ref()
                .and_then(|p| p.get("json"))
                .map(JsonTag::parse);
            for (name, npos) in names {
                fields.push(Field {
                    name,
                    embedded,
                    ty: ty.clone(),
                    tag: tag.clone(),
                    json: json.clone(),
                    protobuf: protobuf.clone(),
                    protobuf_skip,
                    protobuf_key: protobuf_key.clone(),
                    protobuf_val: protobuf_val.clone(),
                    doc: doc.clone(),
                    markers: markers.clone(),
                    pos: npos,
                });
            }
            self.expect_semi("}")?;
        }
    }

    fn const_decl(&mut self) -> R<()> {
        let decl_tok = self.i;
        self.bump();
        if self.tok().is_op("(") {
            self.bump();
            let mut iota = 0i64;
            let mut prev: Option<(Option<GoType>, Vec<Vec<Token>>)> = None;
            while !self.tok().is_op(")") {
                if self.is_semi() {
                    self.bump();
                    continue;
                }
                let doc = self.doc(self.i);
                self.const_spec(doc, iota, &mut prev)?;
                iota += 1;
                self.expect_semi(")")?;
            }
            self.bump();
        } else {
            let doc = self.doc(decl_tok);
            self.const_spec(doc, 0, &mut None)?;
        }
        Ok(())
    }

    fn const_spec(
        &mut self,
        (doc, markers): Doc,
        iota: i64,
        prev: &mut Option<(Option<GoType>, Vec<Vec<Token>>)>,
    ) -> R<()> {
        let mut names = Vec::new();
        loop {
            names.push(self.expect_ident()?);
            if self.tok().is_op(",") {
                self.bump();
            } else {
                break;
            }
        }
        let mut ty = None;
        if !(self.tok().is_op("=") || self.is_semi() || self.tok().is_op(")")) {
            ty = Some(self.parse_type()?);
        }
        let (ty, exprs) = if self.tok().is_op("=") {
            self.bump();
            let exprs = self.expr_list()?;
            *prev = Some((ty.clone(), exprs.clone()));
            (ty, exprs)
        } else if ty.is_some() {
            return Err(self.unexpected("`=`"));
        } else {
            match prev {
                Some(p) => p.clone(),
                None => return Err(self.err_at(names[0].pos, "missing constant value")),
            }
        };
        if exprs.len() != names.len() {
            return Err(self.err_at(
                names[0].pos,
                format!("{} names but {} values", names.len(), exprs.len()),
            ));
        }
        for (n, e) in names.into_iter().zip(exprs) {
            self.out.consts.push(ConstDecl {
                name: n.text,
                ty: ty.clone(),
                value: const_value(&e, iota),
                iota,
                file: self.file.to_string(),
                pos: n.pos,
                doc: doc.clone(),
                markers: markers.clone(),
            });
        }
        Ok(())
    }

    /// Expressions up to the end of the spec, split at top-level commas.
    fn expr_list(&mut self) -> R<Vec<Vec<Token>>> {
        let mut out = vec![Vec::new()];
        loop {
            let t = self.tok().clone();
            match t.kind {
                TokKind::Eof | TokKind::Semi => break,
                TokKind::Op if t.text == ")" || t.text == "]" || t.text == "}" => break,
                TokKind::Op if t.text == "," => {
                    self.bump();
                    out.push(Vec::new());
                }
                TokKind::Op if t.text == "(" || t.text == "[" || t.text == "{" => {
                    let inner = self.skip_balanced()?;
                    let last = out.last_mut().expect("nonempty");
                    last.push(t.clone());
                    last.extend(inner);
                    let mut close = t.clone();
                    close.text = match t.text.as_str() {
                        "(" => ")",
                        "[" => "]",
                        _ => "}",
                    }
                    .into();
                    last.push(close);
                }
                _ => {
                    out.last_mut().expect("nonempty").push(self.bump());
                }
            }
        }
        if out.iter().any(Vec::is_empty) {
            return Err(self.unexpected("an expression"));
        }
        Ok(out)
    }

    fn var_decl(&mut self) -> R<()> {
        self.bump();
        if self.tok().is_op("(") {
            self.bump();
            while !self.tok().is_op(")") {
                if self.is_semi() {
                    self.bump();
                    continue;
                }
                self.var_spec()?;
                self.expect_semi(")")?;
            }
            self.bump();
        } else {
            self.var_spec()?;
        }
        Ok(())
    }

    fn var_spec(&mut self) -> R<()> {
        let mut names = Vec::new();
        loop {
            names.push(self.expect_ident()?);
            if self.tok().is_op(",") {
                self.bump();
            } else {
                break;
            }
        }
        if !self.tok().is_op("=") {
            self.parse_type()?;
        }
        let mut exprs = Vec::new();
        if self.tok().is_op("=") {
            self.bump();
            exprs = self.expr_list()?;
        }
        if self.keep_code {
            for (k, n) in names.into_iter().enumerate() {
                self.out.var_decls.push(VarDecl {
                    name: n.text,
                    init: exprs.get(k).cloned().unwrap_or_default(),
                    file: self.file.to_string(),
                });
            }
        }
        Ok(())
    }

    fn func_decl(&mut self) -> R<()> {
        self.bump();
        let mut receiver = None;
        if self.tok().is_op("(") {
            let recv = self.skip_balanced()?;
            receiver = recv
                .iter()
                .rev()
                .find(|t| t.kind == TokKind::Ident)
                .map(|t| t.text.clone());
            if receiver.is_none() {
                return Err(self.err_at(self.tok().pos, "method receiver has no type"));
            }
        }
        let name = self.expect_ident()?;
        if self.tok().is_op("[") {
            self.skip_balanced()?;
        }
        let params = self.signature()?;
        let body = if self.tok().is_op("{") {
            self.skip_balanced()?
        } else {
            Vec::new()
        };
        let full = match &receiver {
            Some(r) => format!("{r}.{}", name.text),
            None => name.text.clone(),
        };
        self.out.funcs.push(full);
        if self.keep_code {
            self.out.func_decls.push(FuncDecl {
                name: name.text,
                method: receiver.is_some(),
                params,
                body,
                file: self.file.to_string(),
            });
        }
        Ok(())
    }
}

/// The names Go code may use for an import without alias: the last path segment, or the one
/// before a major-version suffix (`/v6`), with a `go-` prefix and `.vN` suffix dropped.
pub(crate) fn default_package_names(path: &str) -> impl Iterator<Item = String> + '_ {
    let segs: Vec<&str> = path.split('/').collect();
    let last = segs.last().copied().unwrap_or("");
    let mut names = vec![last.to_string()];
    let is_major = |s: &str| s.len() > 1 && s.starts_with('v') && s[1..].parse::<u32>().is_ok();
    if is_major(last) && segs.len() >= 2 {
        names.push(segs[segs.len() - 2].to_string());
    }
    for n in names.clone() {
        let mut m = n.trim_start_matches("go-").to_string();
        if let Some((base, v)) = m.rsplit_once('.') {
            if is_major(v) {
                m = base.to_string();
            }
        }
        names.push(m.replace('-', "_"));
    }
    names.into_iter()
}

/// Parameter names from a parameter list's tokens (`scheme *runtime.Scheme, gv GV`).
fn param_names(toks: &[Token]) -> Vec<String> {
    let mut groups: Vec<&[Token]> = Vec::new();
    let mut depth = 0;
    let mut start = 0;
    for (k, t) in toks.iter().enumerate() {
        if t.is_op("(") || t.is_op("[") || t.is_op("{") {
            depth += 1;
        } else if t.is_op(")") || t.is_op("]") || t.is_op("}") {
            depth -= 1;
        } else if depth == 0 && t.is_op(",") {
            groups.push(&toks[start..k]);
            start = k + 1;
        }
    }
    if start < toks.len() {
        groups.push(&toks[start..]);
    }
    let named = groups
        .iter()
        .any(|g| g.len() >= 2 && g[0].kind == TokKind::Ident);
    groups
        .iter()
        .map(|g| match g.first() {
            Some(t) if named && t.kind == TokKind::Ident => t.text.clone(),
            _ => String::new(),
        })
        .collect()
}

/// Source-like text of tokens.
pub(crate) fn join_tokens(toks: &[Token]) -> String {
    let mut s = String::new();
    for (k, t) in toks.iter().enumerate() {
        let glue = k == 0
            || t.is_op(".")
            || t.is_op(",")
            || t.is_op(")")
            || t.is_op("]")
            || toks[k - 1].is_op(".")
            || toks[k - 1].is_op("(")
            || toks[k - 1].is_op("[");
        if !glue {
            s.push(' ');
        }
        s.push_str(&t.text);
    }
    s
}

/// The value of a constant expression: string and integer literals and `iota`.
fn const_value(e: &[Token], iota: i64) -> ConstValue {
    let (neg, rest) = match e {
        [m, rest @ ..] if m.is_op("-") => (true, rest),
        _ => (false, e),
    };
    let v = match rest {
        [t] if t.kind == TokKind::Str && !neg => {
            return ConstValue::Str(t.value.clone().unwrap_or_default())
        }
        [t] if t.kind == TokKind::Int => parse_int(&t.text),
        [t] if t.is_ident("iota") => Some(iota as i128),
        _ => None,
    };
    match v {
        Some(v) => ConstValue::Int(if neg { -v } else { v }),
        None => ConstValue::Expr(join_tokens(e)),
    }
}

fn parse_int(text: &str) -> Option<i128> {
    let t = text.replace('_', "");
    let lower = t.to_ascii_lowercase();
    if let Some(h) = lower.strip_prefix("0x") {
        i128::from_str_radix(h, 16).ok()
    } else if let Some(o) = lower.strip_prefix("0o") {
        i128::from_str_radix(o, 8).ok()
    } else if let Some(b) = lower.strip_prefix("0b") {
        i128::from_str_radix(b, 2).ok()
    } else if t.len() > 1 && t.starts_with('0') {
        i128::from_str_radix(&t[1..], 8).ok()
    } else {
        t.parse().ok()
    }
}
