//! Hand-written seeds for the text targets: YAML documents that use each feature of the
//! language the parser handles or refuses (anchors, merge keys, block scalars, escapes,
//! directives, tags, complex keys), YAML 1.1 plain scalars of every resolved type, and JSON
//! numbers and strings at the edges of the writers (`write_f64`, the YAML emitter's quoting).
//! A mutating fuzzer reaches these shapes a byte at a time; seeded, it starts from them.

/// YAML documents for the `yaml` target.
pub const YAML: &[&str] = &[
    // Anchors, aliases and merge keys (one map, a list of maps).
    "base: &b {a: 1, b: two}\nderived:\n  <<: *b\n  c: [x, *b]\nlist: &l [1, 2]\n\
     again: *l\nmerges:\n  <<: [*b, {d: 4}]\n  a: override\n",
    // Block scalars: literal, folded, chomping, explicit indentation.
    "literal: |\n  line one\n    indented\n\n  after blank\nkeep: |+\n  kept\n\n\
     strip: >-\n  folded\n  text\n\n  para\nindicator: |2\n    two extra\nfold: >\n  a\n   b\n  c\n",
    // Double- and single-quoted scalars with every escape and line folding.
    "d: \"tab\\t nl\\n e\\u00e9 \\x41 \\U0001F600 esc\\e bell\\a nbsp\\_ ls\\L ps\\P \\/ \\0 line\\\n  continued\"\n\
     s: 'it''s ''quoted''\n  folded\n\n  para'\nempty: ''\nemptyd: \"\"\n",
    // Directives, several documents, explicit end.
    "%YAML 1.1\n%TAG ! tag:example.com,2000:\n---\na: 1\n...\n---\nb: 2\n--- >\n  folded root\n",
    // Tags on scalars and collections.
    "s: !!str 123\ni: !!int \"42\"\nf: !!float 1\nb: !!bool yes\nn: !!null ''\nbin: !!binary aGVsbG8=\n\
     m: !!map {a: 1}\nq: !!seq [1]\nt: !!timestamp 2001-12-14\ncustom: !local x\nverbatim: !<tag:yaml.org,2002:str> v\n",
    // Complex and flow keys.
    "? [a, b]\n: complex\n? |\n  block key\n: v\n{x: 1, y: [2, {z: 3}]}: flow key\n[1, 2]: seq key\n",
    // Flow collections, nested and spread over lines.
    "{a: [1, 2, {b: c}], \"q\": 'r', ? k : v, empty: , bare,\n  next: [x,\n   y], nested: {{}: 1}}\n",
    // Nested sequences, empty and null entries.
    "- - a\n  - b\n-\n- ~\n- []\n- {}\n- ? a\n- key:\n- - - deep\n-   spaced: 1\n    more: 2\n",
    // A Pod written by hand: comments, flow maps, folded annotation, indentless sequences.
    "# comment\napiVersion: v1   # trailing\nkind: Pod\nmetadata:\n  name: web\n  labels: {app: web, tier: \"front\"}\n\
     \x20 annotations:\n    note: >\n      folded\n      text\nspec:\n  containers:\n  - name: c\n    image: nginx\n\
     \x20   ports:\n      - containerPort: 80\n        protocol: TCP\n    resources:\n      limits: {cpu: 500m, memory: 1Gi}\n\
     \x20   env:\n    - {name: A, value: \"1\"}\n    - name: B\n      value: yes\n  priority: 0x10\n  hostNetwork: on\n",
    // Plain scalars of every type go-yaml v2 resolves.
    "- 1_000\n- 0x1F\n- -0x_1f\n- 0o17\n- 017\n- 0b101\n- -0b1_0\n\
     - 1:30:00\n- -190:20:30.15\n- +12.5\n- 6.8523015e+5\n- 685.230_15e+03\n- 1e3\n- 1.e3\n- .5\n- 5.\n\
     - 9223372036854775807\n- 9223372036854775808\n- 18446744073709551616\n- -9223372036854775809\n\
     - 2001-12-14t21:59:43.10-05:00\n- 2002-12-14\n- 2001-12-14 21:59:43.10 -5\n- ~\n- Null\n- NULL\n\
     - yes\n- Off\n- y\n- N\n- TRUE\n- <<\n- =\n- 0.\n- -0\n- +0\n- 00\n- 08\n- 0x\n- 1__2\n",
    // Infinities and NaN: no JSON form, an error at the first.
    "[.inf, -.Inf, +.INF, .NaN, .nan]\n",
    // Keys of every resolved type (mapped to JSON object keys).
    "1: int\n1.5: float\ntrue: bool\n2001-12-14: time\n0x10: hex\n017: octal\n",
    // Tabs where they separate, trailing blanks, a BOM, CRLF line ends.
    "\u{feff}a:\r\n  b: 1\t# c\r\n  c: 2 \t\r\n  d: [x,\ty]\r\n",
    // Aliases of aliases (expansion bound).
    "a: &a [x, x, x, x]\nb: &b [*a, *a, *a, *a]\nc: &c [*b, *b, *b, *b]\nd: [*c, *c, *c, *c]\n",
    // Undefined alias, duplicate key, bad indentation: errors.
    "a: *missing\n",
    "a: 1\na: 2\n",
    "a:\n  b: 1\n c: 2\n",
];

/// JSON documents for `json_value` (which also writes them as YAML and reads them back).
pub const JSON: &[&str] = &[
    // Floats at the edges of shortest formatting and of the exponent switch.
    "[0,-0,0.0,-0.0,1e0,1E+2,1e-2,0.1,0.5,1.5e-7,1e-7,1e-6,5e-324,2.2250738585072014e-308,\
     1.7976931348623157e308,9007199254740993,1e20,1e21,123456789012345678901234567890,\
     123.456e-789,1e400,-1e400,0.000001,1234567.0,12345678901234567890.5,4.35,0.3,2.5e+25]",
    // Integers at the edges of i64 and u64.
    "[9223372036854775807,-9223372036854775808,9223372036854775808,18446744073709551615,\
     18446744073709551616,-9223372036854775809,100000000000000000000]",
    // Strings the YAML emitter must quote, and escapes the JSON writers treat specially.
    "[\"yes\",\"No\",\"on\",\"1.5\",\"0x10\",\"0o7\",\"1_000\",\"1:20\",\".inf\",\"~\",\"null\",\"\",\" lead\",\
     \"trail \",\"a: b\",\"- x\",\"#c\",\"a #c\",\"? q\",\"&anchor\",\"*alias\",\"!tag\",\"%dir\",\"@at\",\"`tick\",\
     \"[x\",\"{y\",\"'s'\",\"\\\"d\\\"\",\"2001-12-14\",\"<<\",\"multi\\nline\",\"trailing\\n\",\"tab\\t\",\
     \"\\u0000\\u001f\\u007f\",\"\\u00e9\\u2028\\u2029\\ufeff\",\"\\ud83d\\ude00\",\"<&>\",\"---\",\"...\"]",
    // Keys that need quoting, nested empty collections.
    "{\"yes\":1,\"1\":2,\"\":3,\"a b\":{},\"c\":[],\"d\":[[]],\"e\":[{}],\"f\":{\"g\":null},\"- h\":true}",
];
