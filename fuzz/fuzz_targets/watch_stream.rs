//! A watch stream (any framing, detected: JSON, protobuf, CBOR) fed in two chunks split at a
//! byte the input chooses: events are read, routed by their head, and decoded through the
//! registry.
#![no_main]

use kcodec::watch::WatchDecoder;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&split, data)) = data.split_first() else {
        return;
    };
    let at = usize::from(split).min(data.len());
    let mut d = WatchDecoder::new().max_frame(1 << 20);
    for part in [&data[..at], &data[at..]] {
        d.feed(part);
        loop {
            match d.next_event() {
                Ok(Some(e)) => {
                    let _ = e.object.head();
                    let _ = e.object.type_meta();
                    let _ = kcodec_types::registry::decode_object(&e.object);
                }
                Ok(None) => break,
                Err(_) => return,
            }
        }
    }
    let _ = d.finish();
});
