//! A lexer for all of Go's tokens (the language specification's "Lexical elements"),
//! including automatic semicolon insertion, with comments kept aside for doc lookup.
//!
//! Lexing the whole token grammar (not just the declarations the model needs) is what lets
//! the parser skip function bodies, `var` initializers and interfaces by counting brackets:
//! braces inside strings, raw strings, runes and comments never reach it.

use crate::error::{Error, Pos};

/// The class of a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    /// An identifier or a keyword.
    Ident,
    /// An integer literal.
    Int,
    /// A floating-point literal.
    Float,
    /// An imaginary literal.
    Imag,
    /// A rune literal.
    Rune,
    /// An interpreted or raw string literal.
    Str,
    /// An operator or punctuation.
    Op,
    /// `;`, written or inserted at a line end.
    Semi,
    /// End of input.
    Eof,
}

/// A token.
#[derive(Clone, Debug)]
pub struct Token {
    /// Its class.
    pub kind: TokKind,
    /// The source text (for an inserted semicolon: `"\n"`, at end of input: `""`).
    pub text: String,
    /// For a string literal, its value (escapes decoded); for a rune, the character.
    pub value: Option<String>,
    /// Where it starts.
    pub pos: Pos,
}

impl Token {
    /// Whether the token is the identifier or keyword `s`.
    pub fn is_ident(&self, s: &str) -> bool {
        self.kind == TokKind::Ident && self.text == s
    }

    /// Whether the token is the operator `s`.
    pub fn is_op(&self, s: &str) -> bool {
        self.kind == TokKind::Op && self.text == s
    }
}

/// A `//` or `/* */` comment.
#[derive(Clone, Debug)]
pub struct Comment {
    /// The text without the comment markers, one entry per line.
    pub lines: Vec<String>,
    /// Where it starts.
    pub pos: Pos,
    /// The line it ends on.
    pub end_line: u32,
    /// Whether a token precedes it on its first line (a trailing comment).
    pub trailing: bool,
    /// How many tokens (inserted semicolons included) precede it.
    pub tokens_before: usize,
}

/// The tokens and comments of one file.
#[derive(Clone, Debug, Default)]
pub struct Lexed {
    /// The tokens, ending with [`TokKind::Eof`].
    pub tokens: Vec<Token>,
    /// The comments in source order.
    pub comments: Vec<Comment>,
}

const OPS: &[&str] = &[
    "<<=", ">>=", "&^=", "...", "&&", "||", "<-", "++", "--", "==", "!=", "<=", ">=", ":=", "+=",
    "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>", "&^", "~", "+", "-", "*", "/", "%", "&",
    "|", "^", "<", ">", "=", "!", "(", ")", "[", "]", "{", "}", ",", ";", ".", ":",
];

/// Whether `s` is one of Go's 25 keywords.
pub fn is_keyword(s: &str) -> bool {
    matches!(
        s,
        "break"
            | "case"
            | "chan"
            | "const"
            | "continue"
            | "default"
            | "defer"
            | "else"
            | "fallthrough"
            | "for"
            | "func"
            | "go"
            | "goto"
            | "if"
            | "import"
            | "interface"
            | "map"
            | "package"
            | "range"
            | "return"
            | "select"
            | "struct"
            | "switch"
            | "type"
            | "var"
    )
}

struct Lexer<'a> {
    src: &'a str,
    bytes: &'a [u8],
    file: &'a str,
    i: usize,
    line: u32,
    line_start: usize,
    out: Lexed,
}

/// Split Go source into tokens and comments.
pub fn lex(file: &str, src: &str) -> Result<Lexed, Error> {
    let mut lx = Lexer {
        src,
        bytes: src.as_bytes(),
        file,
        i: 0,
        line: 1,
        line_start: 0,
        out: Lexed::default(),
    };
    lx.run()?;
    Ok(lx.out)
}

impl<'a> Lexer<'a> {
    fn pos_at(&self, i: usize) -> Pos {
        Pos {
            line: self.line,
            col: (i - self.line_start + 1) as u32,
            offset: i,
        }
    }

    fn err(&self, i: usize, msg: impl Into<String>) -> Error {
        Error::new(self.file, self.pos_at(i), msg)
    }

    fn newline(&mut self, at: usize) {
        self.line += 1;
        self.line_start = at + 1;
    }

    /// Whether a newline after the last token ends the statement (the spec's rule).
    fn needs_semi(&self) -> bool {
        let Some(t) = self.out.tokens.last() else {
            return false;
        };
        match t.kind {
            TokKind::Ident => {
                !is_keyword(&t.text)
                    || matches!(
                        t.text.as_str(),
                        "break" | "continue" | "fallthrough" | "return"
                    )
            }
            TokKind::Int | TokKind::Float | TokKind::Imag | TokKind::Rune | TokKind::Str => true,
            TokKind::Op => matches!(t.text.as_str(), "++" | "--" | ")" | "]" | "}"),
            TokKind::Semi | TokKind::Eof => false,
        }
    }

    fn push(&mut self, kind: TokKind, start: usize, end: usize, value: Option<String>) {
        let pos = self.pos_at(start);
        self.out.tokens.push(Token {
            kind,
            text: self.src[start..end].to_string(),
            value,
            pos,
        });
    }

    fn insert_semi(&mut self, at: usize) {
        if self.needs_semi() {
            let pos = self.pos_at(at);
            self.out.tokens.push(Token {
                kind: TokKind::Semi,
                text: "\n".into(),
                value: None,
                pos,
            });
        }
    }

    fn last_token_line(&self) -> Option<u32> {
        self.out
            .tokens
            .iter()
            .rev()
            .find(|t| t.kind != TokKind::Semi || t.text == ";")
            .map(|t| t.pos.line)
    }

    fn run(&mut self) -> Result<(), Error> {
        let b = self.bytes;
        while self.i < b.len() {
            let c = b[self.i];
            let start = self.i;
            match c {
                b'\n' => {
                    self.insert_semi(start);
                    self.newline(start);
                    self.i += 1;
                }
                b' ' | b'\t' | b'\r' => self.i += 1,
                b'/' if b.get(start + 1) == Some(&b'/') => {
                    let end = b[start..]
                        .iter()
                        .position(|&c| c == b'\n')
                        .map_or(b.len(), |p| start + p);
                    let text = self.src[start + 2..end].trim_end_matches('\r').to_string();
                    self.comment(start, vec![text]);
                    // The newline ending the comment is handled by the main loop.
                    self.i = end;
                }
                b'/' if b.get(start + 1) == Some(&b'*') => {
                    let Some(p) = self.src[start + 2..].find("*/") else {
                        return Err(self.err(start, "comment not terminated"));
                    };
                    let end = start + 2 + p;
                    let text = &self.src[start + 2..end];
                    let lines: Vec<String> = text.lines().map(str::to_string).collect();
                    let pos = self.pos_at(start);
                    let first_line = self.line;
                    let mut had_newline = false;
                    for (k, &ch) in b[start..end].iter().enumerate() {
                        if ch == b'\n' {
                            if !had_newline {
                                // A general comment containing newlines acts like a newline.
                                self.insert_semi(start);
                                had_newline = true;
                            }
                            self.newline(start + k);
                        }
                    }
                    let trailing = self.last_token_line() == Some(first_line);
                    self.out.comments.push(Comment {
                        lines,
                        pos,
                        end_line: self.line,
                        trailing,
                        tokens_before: self.out.tokens.len(),
                    });
                    self.i = end + 2;
                }
                b'"' => {
                    let (end, value) = self.interpreted(start, b'"')?;
                    self.push(TokKind::Str, start, end, Some(value));
                    self.i = end;
                }
                b'\'' => {
                    let (end, value) = self.interpreted(start, b'\'')?;
                    if value.chars().count() != 1 {
                        return Err(self.err(start, "rune literal must hold one character"));
                    }
                    self.push(TokKind::Rune, start, end, Some(value));
                    self.i = end;
                }
                b'`' => {
                    let Some(p) = b[start + 1..].iter().position(|&c| c == b'`') else {
                        return Err(self.err(start, "raw string literal not terminated"));
                    };
                    let end = start + 1 + p;
                    let value = self.src[start + 1..end].replace('\r', "");
                    self.push(TokKind::Str, start, end + 1, Some(value));
                    for (k, &ch) in b.iter().enumerate().take(end).skip(start) {
                        if ch == b'\n' {
                            self.newline(k);
                        }
                    }
                    self.i = end + 1;
                }
                b'0'..=b'9' => self.number(start),
                b'.' if b.get(start + 1).is_some_and(u8::is_ascii_digit) => self.number(start),
                _ if c == b'_' || c.is_ascii_alphabetic() || c >= 0x80 => {
                    let mut end = start;
                    for (k, ch) in self.src[start..].char_indices() {
                        if ch == '_' || ch.is_alphanumeric() {
                            end = start + k + ch.len_utf8();
                        } else {
                            break;
                        }
                    }
                    if end == start {
                        let ch = self.src[start..].chars().next().unwrap_or('?');
                        return Err(self.err(start, format!("unexpected character {ch:?}")));
                    }
                    self.push(TokKind::Ident, start, end, None);
                    self.i = end;
                }
                _ => {
                    let rest = &self.src[start..];
                    let Some(op) = OPS.iter().find(|op| rest.starts_with(**op)) else {
                        let ch = rest.chars().next().unwrap_or('?');
                        return Err(self.err(start, format!("unexpected character {ch:?}")));
                    };
                    let kind = if *op == ";" {
                        TokKind::Semi
                    } else {
                        TokKind::Op
                    };
                    self.push(kind, start, start + op.len(), None);
                    self.i = start + op.len();
                }
            }
        }
        self.insert_semi(self.i);
        let pos = self.pos_at(self.i);
        self.out.tokens.push(Token {
            kind: TokKind::Eof,
            text: String::new(),
            value: None,
            pos,
        });
        Ok(())
    }

    fn comment(&mut self, start: usize, lines: Vec<String>) {
        let pos = self.pos_at(start);
        let trailing = self.last_token_line() == Some(self.line);
        self.out.comments.push(Comment {
            lines,
            pos,
            end_line: self.line,
            trailing,
            tokens_before: self.out.tokens.len(),
        });
    }

    fn number(&mut self, start: usize) {
        let b = self.bytes;
        let hex = b[start] == b'0' && matches!(b.get(start + 1), Some(b'x' | b'X'));
        let mut i = start;
        let mut float = false;
        while i < b.len() {
            let c = b[i];
            let exp = if hex {
                matches!(c, b'p' | b'P')
            } else {
                matches!(c, b'e' | b'E')
            };
            if exp {
                float = true;
                i += 1;
                if matches!(b.get(i), Some(b'+' | b'-')) {
                    i += 1;
                }
            } else if c == b'.' {
                float = true;
                i += 1;
            } else if c.is_ascii_alphanumeric() || c == b'_' {
                i += 1;
            } else {
                break;
            }
        }
        let kind = if b[i - 1] == b'i' {
            TokKind::Imag
        } else if float {
            TokKind::Float
        } else {
            TokKind::Int
        };
        self.push(kind, start, i, None);
        self.i = i;
    }

    /// An interpreted string or rune literal starting at `start` (the quote); returns the end
    /// offset (after the closing quote) and the decoded value.
    fn interpreted(&self, start: usize, quote: u8) -> Result<(usize, String), Error> {
        let b = self.bytes;
        let mut out = String::new();
        let mut i = start + 1;
        loop {
            let Some(&c) = b.get(i) else {
                return Err(self.err(start, "literal not terminated"));
            };
            if c == quote {
                return Ok((i + 1, out));
            }
            if c == b'\n' {
                return Err(self.err(start, "newline in literal"));
            }
            if c != b'\\' {
                let ch = self.src[i..].chars().next().unwrap_or('\u{fffd}');
                out.push(ch);
                i += ch.len_utf8();
                continue;
            }
            let Some(&e) = b.get(i + 1) else {
                return Err(self.err(start, "literal not terminated"));
            };
            i += 2;
            let simple = match e {
                b'a' => Some('\x07'),
                b'b' => Some('\x08'),
                b'f' => Some('\x0c'),
                b'n' => Some('\n'),
                b'r' => Some('\r'),
                b't' => Some('\t'),
                b'v' => Some('\x0b'),
                b'\\' => Some('\\'),
                b'\'' if quote == b'\'' => Some('\''),
                b'"' if quote == b'"' => Some('"'),
                _ => None,
            };
            if let Some(ch) = simple {
                out.push(ch);
                continue;
            }
            let (len, radix) = match e {
                b'x' => (2, 16),
                b'u' => (4, 16),
                b'U' => (8, 16),
                b'0'..=b'7' => {
                    i -= 1;
                    (3, 8)
                }
                _ => return Err(self.err(i - 2, "unknown escape sequence")),
            };
            let digits = self
                .src
                .get(i..i + len)
                .ok_or_else(|| self.err(i, "escape sequence not terminated"))?;
            let v = u32::from_str_radix(digits, radix)
                .map_err(|_| self.err(i, "invalid escape sequence"))?;
            i += len;
            if e == b'x' || radix == 8 {
                // A byte; Kubernetes' tags and enum values are ASCII, so keep it as a char.
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            } else {
                let ch = char::from_u32(v)
                    .ok_or_else(|| self.err(i - len, "escape is an invalid Unicode code point"))?;
                out.push(ch);
            }
        }
    }
}
