//! `kcodec watch`: convert a watch stream between its JSON and protobuf framings, event by
//! event, as it arrives (constant memory on an endless input).

use std::io::{Read, Write};

use kcodec::watch::{write_json_event, write_proto_event, WatchDecoder};
use kcodec_types::registry;

use crate::args::{WatchArgs, WatchFormat};
use crate::Failure;

/// Run `watch`.
pub fn run(args: WatchArgs) -> Result<(), Failure> {
    let mut reader: Box<dyn Read> = match args.input.as_deref() {
        None | Some("-") => Box::new(std::io::stdin().lock()),
        Some(p) => Box::new(
            std::fs::File::open(p).map_err(|e| Failure::Input(format!("reading {p}: {e}")))?,
        ),
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(64 << 10, stdout.lock());
    convert(&mut reader, &mut out, args.to)?;
    out.flush()
        .map_err(|e| Failure::Input(format!("writing stdout: {e}")))
}

/// Convert every event of `input` to `target` framing, writing each as soon as it is read.
fn convert(input: &mut dyn Read, out: &mut dyn Write, target: WatchFormat) -> Result<(), Failure> {
    let mut decoder = WatchDecoder::new();
    let mut chunk = vec![0u8; 64 << 10];
    let mut frame = Vec::new();
    let mut object = Vec::new();
    loop {
        let n = match input.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(Failure::Input(format!("reading the stream: {e}"))),
        };
        decoder.feed(&chunk[..n]);
        loop {
            let index = decoder.events();
            let event = decoder
                .next_event()
                .map_err(|e| Failure::Input(format!("watch event {index}: {e}")))?;
            let Some(event) = event else { break };
            let (kind, value) = registry::decode_object(&event.object)
                .map_err(|e| Failure::Input(format!("watch event {index}: object: {e}")))?;
            frame.clear();
            match target {
                WatchFormat::Json => {
                    object.clear();
                    value.encode_json(&mut object);
                    write_json_event(&mut frame, event.event_type, &object);
                }
                WatchFormat::Protobuf => {
                    let (api_version, kind_name) = event
                        .object
                        .type_meta()
                        .map_err(|e| Failure::Input(format!("watch event {index}: {e}")))?;
                    let (api_version, kind_name) = if kind_name.is_empty() {
                        (kind.api_version().into(), kind.kind.into())
                    } else {
                        (api_version, kind_name)
                    };
                    let env = registry::encode_envelope(&api_version, &kind_name, value.as_ref());
                    write_proto_event(&mut frame, event.event_type, &env);
                }
            }
            out.write_all(&frame)
                .map_err(|e| Failure::Input(format!("writing stdout: {e}")))?;
        }
    }
    decoder
        .finish()
        .map_err(|e| Failure::Input(format!("watch stream: {e}")))
}
