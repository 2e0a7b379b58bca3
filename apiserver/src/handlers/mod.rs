//! Request routing: discovery paths, then `/api/v1/...` and `/apis/{g}/{v}/...` resource
//! paths (namespaced and cluster scope, the legacy `watch/` prefix), by method.

mod query;
mod read;
mod table;
mod write;

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, Method, Response, StatusCode};

use crate::discovery;
use crate::negotiate::{self, Format};
use crate::resources::{self, Resource};
use crate::status::{self, ApiError};
use crate::store::Store;
pub use query::Query;
pub use read::ListParams;

/// Kubernetes' request body limit (3 MiB).
pub const MAX_BODY: usize = 3 * 1024 * 1024;

/// Shared server state.
pub struct App {
    /// The watch cache.
    pub store: Store,
    /// `host:port` the server listens on (for `/api`'s address list).
    pub address: String,
    /// Most watches open at once.
    pub max_watches: usize,
    /// Whether `/debug/blob` is served.
    pub bench_routes: bool,
}

/// A parsed resource path.
pub struct Target {
    /// The resource.
    pub resource: &'static Resource,
    /// Namespace from the path (`None`: all namespaces, or cluster scope).
    pub namespace: Option<String>,
    /// Object name from the path (`None`: the collection).
    pub name: Option<String>,
    /// Whether the path had the legacy `watch/` prefix.
    pub watch_prefix: bool,
}

/// The one handler: route and answer, errors as `Status` in the negotiated format.
pub async fn handle(State(app): State<Arc<App>>, req: Request) -> Response<Body> {
    let accept = req
        .headers()
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    if std::env::var_os("KCODEC_APISERVER_LOG").is_some() {
        eprintln!(
            "{} {} accept={:?} content-type={:?}",
            req.method(),
            req.uri(),
            accept.as_deref().unwrap_or(""),
            req.headers().get(header::CONTENT_TYPE)
        );
    }
    let query = Query::parse(req.uri().query().unwrap_or(""));
    let is_watch = query.watch();
    // The format errors are written in: the negotiated one, else JSON.
    let error_format = negotiate::negotiate(accept.as_deref(), false, false)
        .map(|n| n.format)
        .unwrap_or(Format::Json);
    match route(&app, req, accept.as_deref(), &query, is_watch).await {
        Ok(resp) => resp,
        Err(e) => e.response(error_format),
    }
}

async fn route(
    app: &Arc<App>,
    req: Request,
    accept: Option<&str>,
    query: &Query,
    is_watch: bool,
) -> Result<Response<Body>, ApiError> {
    let path = req.uri().path().trim_end_matches('/').to_string();
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let method = req.method().clone();
    let plain = |accept| -> Result<Format, ApiError> {
        negotiate::negotiate(accept, false, false)
            .map(|n| n.format)
            .ok_or_else(not_acceptable)
    };
    // Discovery.
    match segments.as_slice() {
        ["version"] => {
            return Ok(status::ok(
                StatusCode::OK,
                "application/json",
                discovery::version(),
            ))
        }
        ["debug", "blob"] if app.bench_routes => {
            let n: usize = query.get("bytes").and_then(|b| b.parse().ok()).unwrap_or(0);
            return Ok(status::ok(
                StatusCode::OK,
                "application/octet-stream",
                blob(n),
            ));
        }
        ["openapi", "v3"] => {
            return Ok(status::ok(
                StatusCode::OK,
                "application/json",
                crate::openapi::index(),
            ))
        }
        ["openapi", "v3", rest @ ..] => {
            let body =
                crate::openapi::group_version(&rest.join("/")).ok_or_else(ApiError::no_route)?;
            return Ok(status::ok(StatusCode::OK, "application/json", body));
        }
        ["api"] | ["apis"] if negotiate::wants_aggregated_discovery(accept) => {
            let body = discovery::aggregated(segments.len() == 1 && segments[0] == "api");
            return Ok(status::ok(
                StatusCode::OK,
                discovery::AGGREGATED_CONTENT_TYPE,
                body,
            ));
        }
        ["api"] => {
            let f = plain(accept)?;
            return Ok(status::ok(
                StatusCode::OK,
                f.media_type(),
                discovery::core_versions(&app.address, f),
            ));
        }
        ["apis"] => {
            let f = plain(accept)?;
            return Ok(status::ok(
                StatusCode::OK,
                f.media_type(),
                discovery::groups(f),
            ));
        }
        ["api", "v1"] => {
            let f = plain(accept)?;
            let body = discovery::resource_list("", "v1", f).ok_or_else(ApiError::no_route)?;
            return Ok(status::ok(StatusCode::OK, f.media_type(), body));
        }
        ["apis", g] => {
            let f = plain(accept)?;
            let body = discovery::one_group(g, f).ok_or_else(ApiError::no_route)?;
            return Ok(status::ok(StatusCode::OK, f.media_type(), body));
        }
        ["apis", g, v] => {
            let f = plain(accept)?;
            let body = discovery::resource_list(g, v, f).ok_or_else(ApiError::no_route)?;
            return Ok(status::ok(StatusCode::OK, f.media_type(), body));
        }
        _ => {}
    }
    let (group, version, rest) = match segments.as_slice() {
        ["api", v, rest @ ..] => ("", *v, rest),
        ["apis", g, v, rest @ ..] => (*g, *v, rest),
        _ => return Err(ApiError::no_route()),
    };
    let target = parse_target(group, version, rest).ok_or_else(ApiError::no_route)?;
    let is_watch = is_watch || target.watch_prefix;
    match (&method, target.name.is_some()) {
        (&Method::GET, false) if is_watch => crate::watch::serve(app, &target, accept, query),
        (&Method::GET, false) => read::list(app, &target, accept, query),
        (&Method::GET, true) if is_watch => crate::watch::serve(app, &target, accept, query),
        (&Method::GET, true) => read::get(app, &target, accept),
        (&Method::POST, false) => write::create(app, &target, accept, query, req).await,
        (&Method::PUT, true) => write::update(app, &target, accept, query, req).await,
        (&Method::DELETE, true) => write::delete(app, &target, accept),
        (&Method::PATCH, true) => write::patch(app, &target, accept, req).await,
        _ => Err(ApiError::new(
            405,
            "MethodNotAllowed",
            "the server does not allow this method on the requested resource",
        )),
    }
}

/// `n` bytes from memory (a shared buffer, grown when a larger one is asked for).
fn blob(n: usize) -> bytes::Bytes {
    static BLOB: std::sync::Mutex<bytes::Bytes> = std::sync::Mutex::new(bytes::Bytes::new());
    let mut b = BLOB.lock().expect("blob lock");
    if b.len() < n {
        *b = bytes::Bytes::from(vec![b'x'; n]);
    }
    b.slice(..n)
}

/// 406 with the API server's message.
pub fn not_acceptable() -> ApiError {
    ApiError::new(
        406,
        "NotAcceptable",
        "only the following media types are accepted: application/json, application/yaml, application/vnd.kubernetes.protobuf, application/cbor",
    )
}

fn parse_target(group: &str, version: &str, rest: &[&str]) -> Option<Target> {
    let (watch_prefix, rest) = match rest {
        ["watch", rest @ ..] => (true, rest),
        _ => (false, rest),
    };
    let find = |plural: &str| resources::find(group, version, plural);
    let target = |resource, namespace: Option<&str>, name: Option<&str>| Target {
        resource,
        namespace: namespace.map(str::to_owned),
        name: name.map(str::to_owned),
        watch_prefix,
    };
    match rest {
        ["namespaces", ns, plural] => {
            let r = find(plural)?;
            r.namespaced.then(|| target(r, Some(ns), None))
        }
        ["namespaces", ns, plural, name] => {
            let r = find(plural)?;
            r.namespaced.then(|| target(r, Some(ns), Some(name)))
        }
        [plural] => Some(target(find(plural)?, None, None)),
        [plural, name] => {
            let r = find(plural)?;
            (!r.namespaced).then(|| target(r, None, Some(name)))
        }
        _ => None,
    }
}
