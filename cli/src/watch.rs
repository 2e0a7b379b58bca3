//! `kcodec watch`: convert a watch stream between its JSON, protobuf and CBOR framings, event
//! by event, as it arrives (constant memory on an endless input).
//!
//! Each object of a registered kind is decoded into its type and re-encoded; an object of
//! another kind (a custom resource) is passed through unchanged when it is already in the
//! output's format, and otherwise reported on stderr and skipped (the exit status is then 1).

use std::io::{Read, Write};

use kcodec::watch::{Event, WatchDecoder};
use kcodec::Format;
use kcodec_types::registry;

use crate::args::WatchArgs;
use crate::{input, Failure};

/// Run `watch`.
pub fn run(args: WatchArgs) -> Result<(), Failure> {
    let source = input::name(args.input.as_deref()).to_string();
    let mut reader: Box<dyn Read> = match args.input.as_deref() {
        None | Some("-") => Box::new(std::io::stdin().lock()),
        Some(p) => Box::new(
            std::fs::File::open(p).map_err(|e| Failure::Input(format!("reading {p}: {e}")))?,
        ),
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(64 << 10, stdout.lock());
    let result = convert(&mut reader, &mut out, args.to.0, &source);
    out.flush()
        .map_err(|e| Failure::Input(format!("writing stdout: {e}")))?;
    result
}

/// Why one event was not converted.
enum Skip {
    /// The event cannot be converted; the stream goes on (reported, exit status 1).
    Unconvertible(String),
    /// The object is bad: the stream stops.
    Fatal(kcodec::Error),
}

/// Convert every event of `input` to `target` framing, writing each as soon as it is read.
fn convert(
    input: &mut dyn Read,
    out: &mut dyn Write,
    target: Format,
    source: &str,
) -> Result<(), Failure> {
    let mut decoder = WatchDecoder::new();
    let mut chunk = vec![0u8; 64 << 10];
    let mut frame = Vec::new();
    let mut sniffed = false;
    let mut skipped = 0u64;
    loop {
        let n = match input.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(Failure::Input(format!("reading {source}: {e}"))),
        };
        if !sniffed {
            sniffed = refuse_text(&chunk[..n], source)?;
        }
        decoder.feed(&chunk[..n]);
        loop {
            let index = decoder.events();
            let event = decoder
                .next_event_at()
                .map_err(|e| Failure::Input(format!("{source}: watch event {index}: {e}")))?;
            let Some((at, event)) = event else { break };
            frame.clear();
            match convert_event(&event, target, &mut frame) {
                Ok(()) => out
                    .write_all(&frame)
                    .map_err(|e| Failure::Input(format!("writing stdout: {e}")))?,
                Err(Skip::Unconvertible(why)) => {
                    skipped += 1;
                    eprintln!(
                        "kcodec: {source}: watch event {index} (object at byte {at}): {why}; skipped"
                    );
                }
                Err(Skip::Fatal(e)) => {
                    return Err(Failure::Input(format!(
                        "{source}: watch event {index}: object: {}",
                        e.shifted(at)
                    )))
                }
            }
        }
    }
    decoder
        .finish()
        .map_err(|e| Failure::Input(format!("{source}: watch stream: {e}")))?;
    if skipped > 0 {
        return Err(Failure::Input(format!(
            "{skipped} watch event(s) could not be converted and were skipped (see above)"
        )));
    }
    Ok(())
}

/// Write `event` to `frame` in `target` framing.
fn convert_event(event: &Event<'_>, target: Format, frame: &mut Vec<u8>) -> Result<(), Skip> {
    let object = &event.object;
    let (api_version, kind_name) = object.type_meta().map_err(Skip::Fatal)?;
    let encoded = if registry::lookup(&api_version, &kind_name).is_some() {
        let (_, value) = registry::decode_object(object).map_err(Skip::Fatal)?;
        if target == Format::Protobuf {
            // The envelope carries the input's type meta.
            registry::encode_envelope(&api_version, &kind_name, value.as_ref())
        } else {
            value.encode(target).map_err(Skip::Fatal)?
        }
    } else if object.format == target {
        // No type: the object can only be passed through as it is...
        object.bytes.to_vec()
    } else if object.format == Format::Protobuf {
        return Err(Skip::Unconvertible(format!(
            "protobuf of an unregistered kind (apiVersion {api_version:?}, kind \
             {kind_name:?}) cannot be decoded"
        )));
    } else if target == Format::Protobuf {
        return Err(Skip::Unconvertible(format!(
            "no protobuf for custom resources: apiVersion {api_version:?}, kind \
             {kind_name:?} is an unregistered kind"
        )));
    } else {
        // ... or converted between JSON and CBOR as Go converts unstructured content.
        let json = object.format.to_json(object.bytes).map_err(Skip::Fatal)?;
        target.from_json(&json).map_err(Skip::Fatal)?
    };
    target
        .write_event(frame, event.event_type, &encoded)
        .map_err(Skip::Fatal)
}

/// Refuse an input whose first bytes are text other than JSON (a YAML file): a watch stream
/// starts with `{` (JSON) or with a length prefix, whose first byte is 0 under the 16 MiB
/// cap. Returns whether the input's first byte was seen (`false`: only whitespace so far).
fn refuse_text(chunk: &[u8], source: &str) -> Result<bool, Failure> {
    let Some(start) = chunk.iter().position(|b| !b.is_ascii_whitespace()) else {
        return Ok(false);
    };
    let rest = &chunk[start..];
    if rest[0] == b'{' || !rest[0].is_ascii_graphic() {
        return Ok(true);
    }
    let first_line = rest.split(|&b| b == b'\n').next().unwrap_or(rest);
    let shown = String::from_utf8_lossy(&first_line[..first_line.len().min(40)]);
    let what = if rest.starts_with(b"---")
        || rest.starts_with(b"#")
        || first_line.windows(2).any(|w| w == b": ")
        || first_line.ends_with(b":")
    {
        "YAML"
    } else {
        "text"
    };
    Err(Failure::Input(format!(
        "{source} is {what} (it starts with {shown:?}), not a watch stream: JSON lines \
         ({{\"type\":...,\"object\":...}}) or length-prefixed protobuf; for YAML objects \
         use `kcodec convert`"
    )))
}
