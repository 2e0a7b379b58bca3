//! `as=Table` (meta.k8s.io/v1) for `kubectl get`'s default output: the generic columns the
//! API server uses for a resource without its own printer (`Name`, `Age`), each row with the
//! object's metadata as a `PartialObjectMetadata`.

use std::sync::Arc;

use kcodec::json::write::write_str;
use kcodec_types::meta::v1::{ListMeta, Time};

use crate::object;
use crate::store::Entry;

/// Go's `duration.HumanDuration` shape: `42s`, `3m12s`, `25m`, `5h3m`, `30h`, `3d4h`, `12d`.
pub fn human_age(seconds: i64) -> String {
    let s = seconds.max(0);
    let (m, h, d) = (s / 60, s / 3600, s / 86400);
    if s < 120 {
        format!("{s}s")
    } else if m < 10 {
        format!("{m}m{}s", s % 60)
    } else if h < 3 {
        format!("{m}m")
    } else if h < 8 {
        format!("{h}h{}m", m % 60)
    } else if h < 48 {
        format!("{h}h")
    } else if d < 8 {
        format!("{d}d{}h", h % 24)
    } else {
        format!("{d}d")
    }
}

/// The Table JSON (with the encoder's newline).
pub fn render(meta: &ListMeta, items: &[Arc<Entry>]) -> Vec<u8> {
    let now = Time::now().unix_seconds();
    let mut out = Vec::with_capacity(256 + items.len() * 512);
    out.extend_from_slice(br#"{"kind":"Table","apiVersion":"meta.k8s.io/v1","metadata":"#);
    out.extend_from_slice(&kcodec::json::to_vec(meta).expect("a ListMeta encodes"));
    out.extend_from_slice(
        br#","columnDefinitions":[{"name":"Name","type":"string","format":"name","description":"Name must be unique within a namespace.","priority":0},{"name":"Age","type":"string","format":"","description":"CreationTimestamp is a timestamp representing the server time when this object was created.","priority":0}],"rows":["#,
    );
    for (i, e) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        out.extend_from_slice(b"{\"cells\":[");
        write_str(&mut out, &e.name);
        out.push(b',');
        let age = if e.created.is_zero() {
            "<unknown>".to_string()
        } else {
            human_age(now - e.created.unix_seconds())
        };
        write_str(&mut out, &age);
        out.extend_from_slice(br#"],"object":{"kind":"PartialObjectMetadata","apiVersion":"meta.k8s.io/v1","metadata":"#);
        let meta = object::read_meta(&e.json()).unwrap_or_default();
        // Read from the stored JSON: its managedFields are JSON, which writes back.
        out.extend_from_slice(&kcodec::json::to_vec(&meta).expect("stored metadata encodes"));
        out.extend_from_slice(b"}}");
    }
    out.extend_from_slice(b"]}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages() {
        assert_eq!(human_age(5), "5s");
        assert_eq!(human_age(130), "2m10s");
        assert_eq!(human_age(1500), "25m");
        assert_eq!(human_age(4 * 3600 + 120), "4h2m");
        assert_eq!(human_age(30 * 3600), "30h");
        assert_eq!(human_age(3 * 86400 + 3600), "3d1h");
    }
}
