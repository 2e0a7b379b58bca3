//! The command line, declared with clap's derive API: every subcommand and option, with the
//! help text `kcodec --help` and `kcodec COMMAND --help` print.

use std::path::PathBuf;

use clap::builder::PossibleValue;
use clap::{Args, Parser, Subcommand, ValueEnum};
use kcodec::Format;

/// Convert and inspect Kubernetes objects with kcodec's generated codecs, byte for byte as
/// the API server and kubectl write them.
#[derive(Debug, Parser)]
#[command(
    name = "kcodec",
    version,
    after_help = "Exit status: 0 success, 1 bad input or I/O error, 2 bad command line, \
                  3 strict decoding found unknown or duplicate fields.\n\
                  Run `kcodec COMMAND --help` for a command's options."
)]
pub struct Cli {
    /// The command to run.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Convert objects between JSON, YAML, protobuf and CBOR (decoded with their generated
    /// codec).
    #[command(
        long_about = "Read objects, JSON (one or more objects), YAML (one or more `---` \
                  separated documents), protobuf (the k8s\\0 envelope, e.g. a value read from etcd) \
                  or CBOR (one or more items, as application/cbor), detected automatically; find each one's type from its apiVersion/kind (or --type); \
                  decode it with the generated codec and write it to stdout.\n\n\
                  Objects of kinds kcodec does not know (custom resources) are converted \
                  as Go converts an unstructured object: JSON with keys sorted, YAML as \
                  sigs.k8s.io/yaml writes it, CBOR as Go writes the unstructured object; \
                  protobuf output is refused for them.",
        after_help = "Examples:\n  \
                  kcodec convert --to yaml pod.json\n  \
                  kcodec convert --to pb deployment.yaml > deployment.pb\n  \
                  kcodec convert --to cbor pod.json > pod.cbor\n  \
                  kcodec convert --to json --type core.v1.WatchEvent event.json\n  \
                  kcodec convert --strict --to json manifests.yaml"
    )]
    Convert(ConvertArgs),
    /// Convert a watch stream between JSON lines, length-prefixed protobuf and CBOR, event by
    /// event.
    #[command(
        long_about = "Convert a watch stream, event by event as it arrives (constant memory), \
                  between JSON (one {\"type\":...,\"object\":...} per line), protobuf \
                  (4-byte length, then a WatchEvent holding the object's k8s\\0 envelope) \
                  and CBOR (self-described WatchEvent items one after another). \
                  The input framing is detected; each object of a registered kind is \
                  decoded into its type and re-encoded.\n\n\
                  Objects of other kinds (custom resources) are passed through unchanged \
                  when the input and output formats are the same, and converted between \
                  JSON and CBOR as Go converts unstructured objects; an event that cannot be \
                  converted (a custom resource to or from protobuf) is reported on stderr \
                  and skipped, and the exit status is then 1."
    )]
    Watch(WatchArgs),
    /// Print the envelope (apiVersion, kind, sizes) of a protobuf object.
    Inspect(InspectArgs),
    /// List the registered kinds (what `--type` accepts and protobuf can be written for).
    Kinds,
    /// Round-trip realistic Pods, a Deployment, a Node, a Service and a PodList built in
    /// memory; print their sizes and MB/s.
    Demo(DemoArgs),
    /// Generate code from the built-in types.
    #[command(subcommand)]
    Codegen(CodegenCommand),
}

/// A `--to` value of `convert`: any [`Format`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OutputFormat(pub Format);

impl ValueEnum for OutputFormat {
    fn value_variants<'a>() -> &'a [Self] {
        &[
            OutputFormat(Format::Json),
            OutputFormat(Format::JsonPretty),
            OutputFormat(Format::Protobuf),
            OutputFormat(Format::Yaml),
            OutputFormat(Format::Cbor),
        ]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        let help = match self.0 {
            Format::Json => {
                "Compact JSON with a trailing newline, as the API server answers; several \
                 documents: one per line"
            }
            Format::JsonPretty => {
                "Indented as Go's json.MarshalIndent (two spaces, no trailing newline), the \
                 layout of Kubernetes' fixtures; several documents: one after the other, \
                 separated by a newline"
            }
            Format::Protobuf => {
                "application/vnd.kubernetes.protobuf (the k8s\\0 envelope); one object only"
            }
            Format::Yaml => {
                "YAML as kubectl -o yaml writes it (sigs.k8s.io/yaml); several documents \
                 separated by `---` lines"
            }
            Format::Cbor => {
                "application/cbor as the API server writes it (the self-described tag d9d9f7, \
                 then the object); several documents: one item after the other (an RFC 8742 \
                 CBOR sequence)"
            }
            _ => return None,
        };
        Some(possible_value(self.0).help(help))
    }
}

/// The CLI's spelling of `format`: its short name, and `protobuf` as an alias of `pb`.
fn possible_value(format: Format) -> PossibleValue {
    let value = PossibleValue::new(format.name());
    if format == Format::Protobuf {
        value.alias("protobuf")
    } else {
        value
    }
}

/// Arguments of `kcodec convert`.
#[derive(Debug, Args)]
pub struct ConvertArgs {
    /// Output format.
    #[arg(long, value_enum, default_value = "json-pretty", value_name = "FORMAT")]
    pub to: OutputFormat,
    /// The type of input without apiVersion/kind: core.v1.WatchEvent, apps.v1.Deployment, ...
    ///
    /// In the fixtures' spelling, GROUP.VERSION.KIND (core.v1.Pod, apps.v1.Deployment,
    /// coordination.k8s.io.v1.Lease; `kcodec kinds` lists them), for input without
    /// apiVersion/kind: a WatchEvent, or a raw protobuf message without the k8s\0 envelope.
    /// It must agree with the input's apiVersion/kind when the input has them; a protobuf
    /// envelope's empty kind, or apiVersion without a version, is taken from it (as Go's
    /// decoder defaults do).
    #[arg(long = "type", value_name = "GROUP.VERSION.KIND")]
    pub type_name: Option<String>,
    /// Also report unknown and duplicate fields (on stderr; exit status 3).
    #[arg(long)]
    pub strict: bool,
    /// Input file; `-` or none: stdin.
    #[arg(value_name = "FILE")]
    pub input: Option<String>,
}

/// A `--to` value of `watch`: a [`Format`] with a watch stream.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WatchFormat(pub Format);

impl ValueEnum for WatchFormat {
    fn value_variants<'a>() -> &'a [Self] {
        &[
            WatchFormat(Format::Json),
            WatchFormat(Format::Protobuf),
            WatchFormat(Format::Cbor),
        ]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        let help = match self.0 {
            Format::Json => {
                "One {\"type\":...,\"object\":...} per line, as the API server's JSON watch"
            }
            Format::Protobuf => {
                "4-byte big-endian length, then a WatchEvent holding the object's k8s\\0 envelope"
            }
            Format::Cbor => {
                "application/cbor: self-described WatchEvent items one after another, each \
                 object with its own d9d9f7 prefix, as the API server's CBOR watch"
            }
            _ => return None,
        };
        Some(possible_value(self.0).help(help))
    }
}

/// Arguments of `kcodec watch`.
#[derive(Debug, Args)]
pub struct WatchArgs {
    /// Output framing.
    #[arg(long, value_enum, default_value = "json", value_name = "FORMAT")]
    pub to: WatchFormat,
    /// Input file; `-` or none: stdin.
    #[arg(value_name = "FILE")]
    pub input: Option<String>,
}

/// Arguments of `kcodec inspect`.
#[derive(Debug, Args)]
pub struct InspectArgs {
    /// A protobuf object in the k8s\0 envelope; `-`: stdin.
    #[arg(value_name = "FILE")]
    pub input: String,
}

/// Arguments of `kcodec demo`.
#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Timed runs per figure; the table shows their median and, in parentheses, min–max.
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..=100))]
    pub runs: u32,
}

/// Targets of `kcodec codegen`.
#[derive(Debug, Subcommand)]
pub enum CodegenCommand {
    /// Write the proto2 .proto files of the built-in types, in Kubernetes' packages and paths
    /// (DIR/k8s.io/api/core/v1/generated.proto, ...), plus kcodec/options.proto.
    Proto(CodegenProtoArgs),
}

/// Arguments of `kcodec codegen proto`.
#[derive(Debug, Args)]
pub struct CodegenProtoArgs {
    /// Directory to write the files under (created if missing).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
}
