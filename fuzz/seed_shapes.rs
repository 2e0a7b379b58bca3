//! Pod JSON documents that put the readers' edge cases where a Pod decode meets them: numbers
//! at the edges of Go's integer types and of `Quantity`'s parser (which reads a JSON number as
//! Go's does), quantity texts with every suffix, RFC 3339 times a parser must take or refuse,
//! and any JSON value (JSONTestSuite's cases) where a Pod skips an unknown member and where it
//! keeps raw JSON (`FieldsV1`). The generated decoders reach these parsers only through the
//! right key, which a mutating fuzzer finds a byte at a time; seeded, it starts there.

/// JSON numbers at the edges: signs, exponents, fractions, Go's int32/int64/uint64 bounds,
/// beyond float64, and many digits.
pub const NUMBERS: &[&str] = &[
    "0",
    "-0",
    "1",
    "-1",
    "1.5",
    "-0.25",
    "1.0",
    "1e3",
    "1E+3",
    "1e-3",
    "0e0",
    "0.000000001",
    "0.0000000001",
    "2147483647",
    "2147483648",
    "-2147483649",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775809",
    "18446744073709551616",
    "123456789012345678901234567890.123456789",
    "1e308",
    "1e400",
    "-1e400",
    "5e-324",
    "1e-400",
    "1.000000000000000000001",
];

/// Quantity mantissas and suffixes: decimal SI, binary SI, decimal exponents.
const MANTISSAS: &[&str] = &[
    "0",
    "1",
    "1.5",
    "-2",
    "+3",
    ".5",
    "5.",
    "1024",
    "0.001",
    "999999999999999999999",
];
const SUFFIXES: &[&str] = &[
    "", "n", "u", "m", "k", "M", "G", "T", "P", "E", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei", "e3",
    "E-3", "e+2", "e", "K", "mi", "i",
];

/// Texts for a `Time`: RFC 3339 as Go's parser reads it, and near misses.
const TIMES: &[&str] = &[
    "2008-01-01T01:01:01Z",
    "2008-01-01T01:01:01.123456789Z",
    "2008-01-01T01:01:01.5-08:00",
    "2008-01-01T01:01:01+05:30",
    "2008-01-01t01:01:01z",
    "2008-01-01 01:01:01Z",
    "0000-01-01T00:00:00Z",
    "9999-12-31T23:59:59.999999999Z",
    "2008-02-30T01:01:01Z",
    "2008-01-01T24:00:00Z",
    "2008-01-01T01:01:60Z",
    "2008-01-01T1:01:01Z",
    "2008-01-01T01:01:01+0530",
    "2008-01-01T01:01:01",
    "",
];

fn pod(spec_member: &str) -> Vec<u8> {
    format!("{{\"kind\":\"Pod\",\"apiVersion\":\"v1\",\"metadata\":{{\"name\":\"p\"}},\"spec\":{{{spec_member}}}}}")
        .into_bytes()
}

fn container(member: &str) -> Vec<u8> {
    pod(&format!("\"containers\":[{{\"name\":\"c\",{member}}}]"))
}

/// The Pod documents, each named for the seed file.
pub fn pods() -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for (i, n) in NUMBERS.iter().enumerate() {
        let limits = format!("\"resources\":{{\"limits\":{{\"cpu\":{n}}}}}");
        out.push((format!("num-quantity-{i}"), container(&limits)));
        out.push((format!("num-int32-{i}"), pod(&format!("\"priority\":{n}"))));
        out.push((
            format!("num-int64-{i}"),
            pod(&format!("\"activeDeadlineSeconds\":{n}")),
        ));
        let port = format!("\"ports\":[{{\"containerPort\":{n}}}]");
        out.push((format!("num-port-{i}"), container(&port)));
    }
    for (i, m) in MANTISSAS.iter().enumerate() {
        for (j, s) in SUFFIXES.iter().enumerate() {
            let limits = format!("\"resources\":{{\"requests\":{{\"memory\":\"{m}{s}\"}}}}");
            out.push((format!("quantity-{i}-{j}"), container(&limits)));
        }
    }
    for (i, t) in TIMES.iter().enumerate() {
        let doc = format!(
            "{{\"metadata\":{{\"creationTimestamp\":\"{t}\",\"managedFields\":[{{\"time\":\"{t}\"}}]}},\
             \"status\":{{\"startTime\":\"{t}\"}}}}"
        );
        out.push((format!("time-{i}"), doc.into_bytes()));
    }
    out
}

/// A JSON value (a JSONTestSuite case) where a Pod skips an unknown member, and where it keeps
/// raw JSON (a managed field's `fieldsV1`).
pub fn embedding(value: &[u8]) -> [Vec<u8>; 2] {
    let wrap = |head: &[u8], tail: &[u8]| [head, value, tail].concat();
    [
        wrap(
            b"{\"kind\":\"Pod\",\"unknown\":",
            b",\"metadata\":{\"name\":\"p\"}}",
        ),
        wrap(
            b"{\"metadata\":{\"managedFields\":[{\"manager\":\"m\",\"fieldsV1\":",
            b"}]}}",
        ),
    ]
}
