//! WATCH: a chunked stream of event frames (newline-delimited JSON, length-prefixed
//! protobuf with `;stream=watch`, or CBOR as `application/cbor-seq`: self-described
//! WatchEvent items one after the other, no framing). Frames of stored objects come from the entries' caches,
//! so one change is encoded once per format however many watchers receive it.
//!
//! * no `resourceVersion` (or `0`): synthetic `ADDED` events for the current objects, then
//!   changes; `N`: the changes after `N` from the history, or one `ERROR` event with a 410
//!   `Expired` Status if `N` is older than the history kept.
//! * `sendInitialEvents=true`: the current objects, then a `BOOKMARK` annotated
//!   `k8s.io/initial-events-end` (when bookmarks are allowed).
//! * `allowWatchBookmarks`: a `BOOKMARK` with the store's version every few seconds.
//! * `timeoutSeconds`: the stream ends cleanly after that long (default 30 minutes, at most
//!   a day).
//! * At most `--max-watches` open watches (default 10,000); one more is refused with 429.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::http::{Response, StatusCode};
use bytes::Bytes;
use kcodec::cache::EventType;
use tokio::sync::broadcast::error::RecvError;
use tokio::time::Instant;

use crate::handlers::{not_acceptable, App, Query, Target};
use crate::negotiate::{self, Format};
use crate::resources::Resource;
use crate::status::{self, ApiError};
use crate::store::{event_object, frame, Entry, Event};

/// Open watches, against `App::max_watches`.
static OPEN: AtomicUsize = AtomicUsize::new(0);

/// Counts one open watch while it lives.
struct OpenWatch;

impl OpenWatch {
    fn try_new(max: usize) -> Option<OpenWatch> {
        OPEN.fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| {
            (n < max).then_some(n + 1)
        })
        .ok()
        .map(|_| OpenWatch)
    }
}

impl Drop for OpenWatch {
    fn drop(&mut self) {
        OPEN.fetch_sub(1, Ordering::AcqRel);
    }
}

/// Interval between bookmarks when the client allows them.
const BOOKMARK_EVERY: Duration = Duration::from_secs(5);

struct Filter {
    resource: usize,
    namespace: Option<String>,
    name: Option<String>,
    params: crate::handlers::ListParams,
}

impl Filter {
    /// The event type this watcher sees for `ev`, if any: a change that moves an object into
    /// the selection is `ADDED`, out of it `DELETED`.
    fn event_type(&self, ev: &Event) -> Option<EventType> {
        let now = self.matches(&ev.entry);
        let before = ev.prev.as_deref().map(|p| self.matches(p));
        match (ev.event_type, before, now) {
            (EventType::Modified, Some(false), true) => Some(EventType::Added),
            (EventType::Modified, Some(true), false) => Some(EventType::Deleted),
            (t, _, true) => Some(t),
            _ => None,
        }
    }

    fn matches(&self, e: &Entry) -> bool {
        e.resource.index == self.resource
            && self
                .namespace
                .as_deref()
                .is_none_or(|ns| e.namespace.as_str() == ns)
            && self.name.as_deref().is_none_or(|n| e.name.as_str() == n)
            && self.params.matches(e)
    }
}

/// A `BOOKMARK` frame: an empty object of the resource's kind with only its version (and
/// the initial-events-end annotation when `end_of_initial`).
fn bookmark(resource: &Resource, rv: u64, end_of_initial: bool, format: Format) -> Bytes {
    let annotations = if end_of_initial {
        r#","annotations":{"k8s.io/initial-events-end":"true"}"#
    } else {
        ""
    };
    let json = format!(r#"{{"metadata":{{"resourceVersion":"{rv}"{annotations}}}}}"#);
    let mut obj = resource
        .kind
        .decode_json(json.as_bytes())
        .expect("a bookmark object decodes");
    obj.set_type_meta(&resource.api_version, resource.kind.kind);
    // An empty object of a registered kind: it encodes in every format.
    let object = event_object(resource.kind, obj.as_ref(), format).expect("a bookmark encodes");
    Bytes::from(frame(EventType::Bookmark, format, &object))
}

/// An `ERROR` frame carrying `err` as a Status.
fn error_frame(err: &ApiError, format: Format) -> Bytes {
    let format = crate::store::watch_format(format);
    let object = format
        .encode("v1", "Status", &err.status())
        .expect("the watch formats encode a Status");
    Bytes::from(frame(EventType::Error, format, &object))
}

/// Start a watch and stream it.
pub fn serve(
    app: &Arc<App>,
    target: &Target,
    accept: Option<&str>,
    query: &Query,
) -> Result<Response<Body>, ApiError> {
    let format = negotiate::negotiate(accept, true, false)
        .ok_or_else(not_acceptable)?
        .format;
    let params = crate::handlers::ListParams::parse(query)?;
    let rv = match query.get("resourceVersion") {
        None | Some("") | Some("0") => None,
        Some(v) => Some(
            v.parse::<u64>()
                .map_err(|_| ApiError::bad_request(format!("invalid resource version: {v}")))?,
        ),
    };
    let send_initial = query
        .get("sendInitialEvents")
        .map(|_| query.flag("sendInitialEvents"));
    let bookmarks = query.flag("allowWatchBookmarks");
    if send_initial == Some(true)
        && (!bookmarks || query.get("resourceVersionMatch") != Some("NotOlderThan"))
    {
        return Err(ApiError::new(
            422,
            "Invalid",
            "sendInitialEvents requires allowWatchBookmarks=true and resourceVersionMatch=NotOlderThan",
        ));
    }
    let initial = send_initial.unwrap_or(rv.is_none());
    let timeout = query
        .get("timeoutSeconds")
        .and_then(|t| t.parse::<u64>().ok())
        .filter(|&t| t > 0)
        .unwrap_or(1800)
        .min(86_400);
    let open = OpenWatch::try_new(app.max_watches).ok_or_else(|| {
        ApiError::new(
            429,
            "TooManyRequests",
            "too many open watches, please try again later",
        )
    })?;
    let r = target.resource;
    let filter = Filter {
        resource: r.index,
        namespace: target.namespace.clone(),
        name: target.name.clone(),
        params,
    };
    let content_type = format.watch_media_type().map_err(|_| not_acceptable())?;
    let start = match app.store.watch(r, if initial { None } else { rv }, initial) {
        Ok(start) => start,
        Err(oldest) => {
            let err = ApiError::gone(format!(
                "too old resource version: {} ({oldest})",
                rv.unwrap_or(0)
            ));
            return Ok(status::ok(
                StatusCode::OK,
                content_type,
                error_frame(&err, format),
            ));
        }
    };
    let mut queue: VecDeque<Bytes> = VecDeque::new();
    for e in start.initial.iter().filter(|e| filter.matches(e)) {
        queue.push_back(
            e.event(EventType::Added, format)
                .unwrap_or_else(|err| error_frame(&err, format)),
        );
    }
    if send_initial == Some(true) {
        queue.push_back(bookmark(r, start.rv, true, format));
    }
    for ev in &start.backlog {
        if let Some(t) = filter.event_type(ev) {
            queue.push_back(
                ev.entry
                    .event(t, format)
                    .unwrap_or_else(|err| error_frame(&err, format)),
            );
        }
    }
    let state = WatchState {
        _open: open,
        queue,
        live: start.live,
        filter,
        format,
        resource: r,
        rv: start.rv,
        bookmarks,
        deadline: Instant::now() + Duration::from_secs(timeout),
        next_bookmark: Instant::now() + BOOKMARK_EVERY,
    };
    let stream = futures_util::stream::unfold(state, |mut s| async move {
        let frame = s.next().await?;
        Some((Ok::<_, std::convert::Infallible>(frame), s))
    });
    Ok(status::ok(
        StatusCode::OK,
        content_type,
        Body::from_stream(stream),
    ))
}

struct WatchState {
    _open: OpenWatch,
    queue: VecDeque<Bytes>,
    live: tokio::sync::broadcast::Receiver<Arc<Event>>,
    filter: Filter,
    format: Format,
    resource: &'static Resource,
    rv: u64,
    bookmarks: bool,
    deadline: Instant,
    next_bookmark: Instant,
}

impl WatchState {
    /// The next frame; `None` ends the stream.
    async fn next(&mut self) -> Option<Bytes> {
        if let Some(f) = self.queue.pop_front() {
            return Some(f);
        }
        loop {
            let bookmark_at = if self.bookmarks {
                self.next_bookmark
            } else {
                self.deadline
            };
            tokio::select! {
                ev = self.live.recv() => match ev {
                    Ok(ev) => {
                        self.rv = ev.entry.rv;
                        if let Some(t) = self.filter.event_type(&ev) {
                            // An object Go's encoder refuses too: an ERROR event with
                            // the 500 Status instead of the event.
                            let format = self.format;
                            return Some(ev.entry.event(t, format).unwrap_or_else(|err| error_frame(&err, format)));
                        }
                    }
                    // A watcher too slow for the feed is ended; its client re-lists, as
                    // with the API server's terminated watches.
                    Err(RecvError::Lagged(_)) | Err(RecvError::Closed) => return None,
                },
                _ = tokio::time::sleep_until(self.deadline) => return None,
                _ = tokio::time::sleep_until(bookmark_at), if self.bookmarks => {
                    self.next_bookmark = Instant::now() + BOOKMARK_EVERY;
                    return Some(bookmark(self.resource, self.rv, false, self.format));
                }
            }
        }
    }
}
