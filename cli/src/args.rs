//! Command-line parsing (by hand: four flags do not need a parser crate).

use crate::Failure;

/// Output formats of `convert`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutputFormat {
    /// Compact JSON with a trailing newline, as the API server writes.
    Json,
    /// `json.MarshalIndent(v, "", "  ")`.
    JsonPretty,
    /// `application/vnd.kubernetes.protobuf` (the `k8s\0` envelope).
    Protobuf,
    /// YAML as sigs.k8s.io/yaml writes it.
    Yaml,
}

/// Arguments of `kcodec convert`.
pub struct ConvertArgs {
    /// Output format.
    pub to: OutputFormat,
    /// Explicit type in fixture spelling, when the input carries none.
    pub type_name: Option<String>,
    /// Report unknown/duplicate fields.
    pub strict: bool,
    /// Input file; `None` or `-` = stdin.
    pub input: Option<String>,
}

impl ConvertArgs {
    /// Parse the arguments after `convert`.
    pub fn parse(args: &[String]) -> Result<ConvertArgs, Failure> {
        let mut out = ConvertArgs {
            to: OutputFormat::JsonPretty,
            type_name: None,
            strict: false,
            input: None,
        };
        let mut it = args.iter();
        while let Some(a) = it.next() {
            let (flag, inline_value) = match a.split_once('=') {
                Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
                _ => (a.as_str(), None),
            };
            let mut value = |name: &str| {
                inline_value
                    .clone()
                    .or_else(|| it.next().cloned())
                    .ok_or_else(|| Failure::Usage(format!("{name} needs a value")))
            };
            match flag {
                "--to" => {
                    out.to = match value("--to")?.as_str() {
                        "json" => OutputFormat::Json,
                        "json-pretty" => OutputFormat::JsonPretty,
                        "pb" | "protobuf" => OutputFormat::Protobuf,
                        "yaml" => OutputFormat::Yaml,
                        other => {
                            return Err(Failure::Usage(format!(
                                "unknown output format {other:?} (json, json-pretty, pb, yaml)"
                            )))
                        }
                    }
                }
                "--type" => out.type_name = Some(value("--type")?),
                "--strict" => out.strict = true,
                "-" => out.input = None,
                f if f.starts_with('-') => {
                    return Err(Failure::Usage(format!("unknown option {f}")))
                }
                file => {
                    if out.input.is_some() {
                        return Err(Failure::Usage("only one input file".into()));
                    }
                    out.input = Some(file.to_string());
                }
            }
        }
        Ok(out)
    }
}
