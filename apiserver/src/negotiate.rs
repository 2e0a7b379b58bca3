//! Content negotiation as the API server does it: the `Accept` list (quality values, `*/*`,
//! `application/*`), the four serializers (JSON, YAML, protobuf, CBOR), `;stream=watch`,
//! `application/cbor-seq` for watches, and the `as=Table` transform; the request body's
//! `Content-Type`.
//!
//! Wildcards pick JSON, as Kubernetes does (its first serializer): CBOR, like protobuf, is
//! served only when the `Accept` list names it. A Table (`as=Table`) is JSON only: an entry
//! asking for it in protobuf, CBOR or YAML is skipped, and the next entry decides.

pub use kcodec::Format;

/// What the client accepts, after negotiation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Negotiated {
    /// The serializer.
    pub format: Format,
    /// Whether the chosen entry asked for `as=Table` (meta.k8s.io, v1 or v1beta1).
    pub table: bool,
}

/// One media range of an `Accept` header.
#[derive(Debug)]
struct MediaRange<'a> {
    /// `type/subtype`.
    media: &'a str,
    ty: &'a str,
    sub: &'a str,
    q: f32,
    params: Vec<(&'a str, &'a str)>,
}

fn parse_accept(header: &str) -> Vec<MediaRange<'_>> {
    let mut out: Vec<MediaRange<'_>> = Vec::new();
    for entry in header.split(',') {
        let mut parts = entry.split(';');
        let media = parts.next().unwrap_or("").trim();
        let Some((ty, sub)) = media.split_once('/') else {
            continue;
        };
        let mut q = 1.0;
        let mut params = Vec::new();
        for p in parts {
            let Some((k, v)) = p.split_once('=') else {
                continue;
            };
            let (k, v) = (k.trim(), v.trim().trim_matches('"'));
            if k == "q" {
                q = v.parse().unwrap_or(0.0);
            } else {
                params.push((k, v));
            }
        }
        out.push(MediaRange {
            media,
            ty: ty.trim(),
            sub: sub.trim(),
            q,
            params,
        });
    }
    // Stable: equal quality keeps the client's order.
    out.sort_by(|a, b| b.q.partial_cmp(&a.q).unwrap_or(std::cmp::Ordering::Equal));
    out
}

/// Choose the response format for `accept` (`None` or empty: JSON). `watch` leaves YAML
/// out (it has no stream serializer) and takes `application/cbor-seq` as CBOR; `table_ok`
/// allows `as=Table` entries. `None` means nothing acceptable: answer 406.
pub fn negotiate(accept: Option<&str>, watch: bool, table_ok: bool) -> Option<Negotiated> {
    let accept = accept.unwrap_or("").trim();
    if accept.is_empty() {
        return Some(Negotiated {
            format: Format::Json,
            table: false,
        });
    }
    for range in parse_accept(accept) {
        if range.q <= 0.0 {
            continue;
        }
        let param = |name: &str| {
            range
                .params
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| *v)
        };
        let mut table = false;
        if let Some(as_) = param("as") {
            let meta = param("g") == Some("meta.k8s.io")
                && matches!(param("v"), Some("v1") | Some("v1beta1"));
            if as_ == "Table" && meta && table_ok && !watch {
                table = true;
            } else {
                continue;
            }
        }
        if let Some(stream) = param("stream") {
            if stream != "watch" || !watch {
                continue;
            }
        }
        let format = match (range.ty, range.sub) {
            ("*", "*") | ("application", "*") => Some(Format::Json),
            _ => Format::from_media_type(range.media, watch),
        };
        match format {
            // A format without a watch stream (YAML) for a watch; a Table is JSON only.
            Some(f) if watch && f.watch_media_type().is_err() => continue,
            Some(f) if table && f != Format::Json => continue,
            Some(format) => return Some(Negotiated { format, table }),
            None => continue,
        }
    }
    None
}

/// Whether `accept` prefers aggregated discovery (`as=APIGroupDiscoveryList`,
/// `g=apidiscovery.k8s.io`, `v=v2`, JSON) to the plain answer.
pub fn wants_aggregated_discovery(accept: Option<&str>) -> bool {
    for range in parse_accept(accept.unwrap_or("")) {
        if range.q <= 0.0 {
            continue;
        }
        let param = |name: &str| {
            range
                .params
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| *v)
        };
        match param("as") {
            Some("APIGroupDiscoveryList") => {
                if (range.ty, range.sub) == ("application", "json")
                    && param("g") == Some("apidiscovery.k8s.io")
                    && param("v") == Some("v2")
                {
                    return true;
                }
            }
            Some(_) => {}
            None => return false,
        }
    }
    false
}

/// The format of a request body from its `Content-Type` (`None` or empty: JSON); `None`
/// for an unsupported media type (answer 415).
pub fn content_type(header: Option<&str>) -> Option<Format> {
    let header = header.unwrap_or("").trim();
    if header.is_empty() {
        return Some(Format::Json);
    }
    Format::from_media_type(header, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pick(accept: &str, watch: bool) -> Option<Format> {
        negotiate(Some(accept), watch, false).map(|n| n.format)
    }

    #[test]
    fn quality_values_and_wildcards() {
        assert_eq!(pick("application/json", false), Some(Format::Json));
        assert_eq!(
            pick(
                "application/json;q=0.5, application/vnd.kubernetes.protobuf",
                false
            ),
            Some(Format::Protobuf)
        );
        assert_eq!(
            pick("application/vnd.kubernetes.protobuf, */*", false),
            Some(Format::Protobuf)
        );
        assert_eq!(pick("text/html, */*", false), Some(Format::Json));
        assert_eq!(pick("text/html", false), None);
        assert_eq!(pick("application/yaml", true), None);
        assert_eq!(pick("application/json;q=0", false), None);
        assert_eq!(
            pick("application/vnd.kubernetes.protobuf;stream=watch", true),
            Some(Format::Protobuf)
        );
    }

    #[test]
    fn cbor_only_when_named() {
        assert_eq!(pick("application/cbor", false), Some(Format::Cbor));
        // client-go's Accept with ClientsPreferCBOR.
        assert_eq!(pick("application/cbor, */*", false), Some(Format::Cbor));
        assert_eq!(pick("application/cbor, */*", true), Some(Format::Cbor));
        // Wildcards stay JSON.
        assert_eq!(pick("*/*", false), Some(Format::Json));
        assert_eq!(pick("application/*", false), Some(Format::Json));
        assert_eq!(
            pick("application/json;q=0.9, application/cbor", false),
            Some(Format::Cbor)
        );
        assert_eq!(
            pick("application/cbor;q=0.5, application/json", false),
            Some(Format::Json)
        );
        assert_eq!(pick("application/cbor;q=0, */*", false), Some(Format::Json));
        // A watch may ask for the sequence type it is answered with; a single object may not.
        assert_eq!(pick("application/cbor-seq", true), Some(Format::Cbor));
        assert_eq!(pick("application/cbor-seq", false), None);
        assert_eq!(Format::Cbor.media_type(), "application/cbor");
        assert_eq!(
            Format::Cbor.watch_media_type().unwrap(),
            "application/cbor-seq"
        );
    }

    #[test]
    fn tables_are_json_only() {
        let table = "application/cbor;as=Table;v=v1;g=meta.k8s.io";
        assert_eq!(negotiate(Some(table), false, true), None);
        assert_eq!(
            negotiate(Some(&format!("{table}, application/cbor")), false, true),
            Some(Negotiated {
                format: Format::Cbor,
                table: false
            })
        );
        assert_eq!(
            negotiate(
                Some(&format!(
                    "{table}, application/json;as=Table;v=v1;g=meta.k8s.io"
                )),
                false,
                true
            ),
            Some(Negotiated {
                format: Format::Json,
                table: true
            })
        );
    }

    #[test]
    fn table_entries_are_skipped_unless_served() {
        let kubectl = "application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json";
        assert_eq!(
            negotiate(Some(kubectl), false, false),
            Some(Negotiated {
                format: Format::Json,
                table: false
            })
        );
        assert_eq!(
            negotiate(Some(kubectl), false, true),
            Some(Negotiated {
                format: Format::Json,
                table: true
            })
        );
    }

    #[test]
    fn body_types() {
        assert_eq!(content_type(None), Some(Format::Json));
        assert_eq!(
            content_type(Some("application/yaml; charset=utf-8")),
            Some(Format::Yaml)
        );
        assert_eq!(content_type(Some("application/merge-patch+json")), None);
        assert_eq!(content_type(Some("application/cbor")), Some(Format::Cbor));
        assert_eq!(content_type(Some("application/cbor-seq")), None);
    }
}
