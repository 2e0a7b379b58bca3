//! CREATE (POST), UPDATE (PUT) and DELETE, with the API server's checks on the body: its
//! media type, size, kind, namespace and name.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, Response, StatusCode};
use kcodec_types::meta::v1::ObjectMeta;

use super::read::object_body;
use super::{not_acceptable, App, Query, Target, MAX_BODY};
use crate::negotiate::{self, Format};
use crate::object;
use crate::status::{self, ApiError};

/// Read, size-check and decode the body; check it is the URL's kind and fix its namespace.
async fn decoded_body(
    target: &Target,
    req: Request,
    strict: bool,
) -> Result<(Vec<u8>, ObjectMeta), ApiError> {
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let format = negotiate::content_type(content_type.as_deref()).ok_or_else(|| {
        ApiError::new(
            415,
            "UnsupportedMediaType",
            format!(
                "the body of the request was in an unknown format - accepted media types include: application/json, application/yaml, application/vnd.kubernetes.protobuf, application/cbor (got {})",
                content_type.as_deref().unwrap_or("")
            ),
        )
    })?;
    let body = axum::body::to_bytes(req.into_body(), MAX_BODY)
        .await
        .map_err(|_| {
            ApiError::new(
                413,
                "RequestEntityTooLarge",
                format!("Request entity too large: limit is {MAX_BODY}"),
            )
        })?;
    let (kind, object) = object::decode_body(&body, format, Some(target.resource.kind), strict)?;
    let r = target.resource;
    if kind.api_version() != r.api_version {
        return Err(ApiError::bad_request(format!(
            "the API version in the data ({}) does not match the expected API version ({})",
            kind.api_version(),
            r.api_version
        )));
    }
    if kind.kind != r.kind.kind {
        return Err(ApiError::bad_request(format!(
            "the kind in the data ({}) does not match the expected kind ({}) for this URL",
            kind.kind, r.kind.kind
        )));
    }
    let json = object::to_json(object.as_ref())?;
    let mut meta = object::read_meta(&json).map_err(|e| ApiError::bad_request(e.to_string()))?;
    let url_ns = target.namespace.as_deref().unwrap_or("");
    if r.namespaced {
        if !meta.namespace.is_empty() && meta.namespace.as_str() != url_ns {
            return Err(ApiError::bad_request(
                "the namespace of the provided object does not match the namespace sent on the request",
            ));
        }
        meta.namespace = url_ns.into();
    } else {
        meta.namespace = Default::default();
    }
    Ok((json, meta))
}

fn generated_suffix() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0x9e37_79b9);
    const ALPHABET: &[u8] = b"bcdfghjklmnpqrstvwxz2456789";
    let mut n = COUNTER
        .fetch_add(0x9e37_79b9_7f4a_7c15, Ordering::Relaxed)
        .wrapping_mul(0xff51_afd7_ed55_8ccd);
    (0..5)
        .map(|_| {
            let c = ALPHABET[(n % ALPHABET.len() as u64) as usize] as char;
            n /= ALPHABET.len() as u64;
            c
        })
        .collect()
}

fn respond_format(accept: Option<&str>) -> Result<Format, ApiError> {
    negotiate::negotiate(accept, false, false)
        .map(|n| n.format)
        .ok_or_else(not_acceptable)
}

/// POST to a collection.
pub async fn create(
    app: &Arc<App>,
    target: &Target,
    accept: Option<&str>,
    query: &Query,
    req: Request,
) -> Result<Response<Body>, ApiError> {
    let format = respond_format(accept)?;
    if target.resource.namespaced && target.namespace.is_none() {
        return Err(ApiError::new(
            405,
            "MethodNotAllowed",
            "create of a namespaced resource needs a namespace in the path",
        ));
    }
    let (json, mut meta) =
        decoded_body(target, req, query.get("fieldValidation") == Some("Strict")).await?;
    if let Some(ns) = target.namespace.as_deref() {
        // The API server's NamespaceLifecycle admission: no objects in a missing namespace.
        let namespaces =
            crate::resources::find("", "v1", "namespaces").expect("namespaces are served");
        if app.store.get(namespaces, "", ns).is_none() {
            return Err(ApiError::not_found("", "namespaces", ns));
        }
    }
    if meta.name.is_empty() {
        if meta.generate_name.is_empty() {
            return Err(ApiError::new(
                422,
                "Invalid",
                format!(
                    "{} \"\" is invalid: metadata.name: Required value: name or generateName is required",
                    target.resource.kind.kind
                ),
            ));
        }
        meta.name = format!("{}{}", meta.generate_name, generated_suffix()).into();
    }
    let entry = app.store.create(target.resource, &json, meta)?;
    Ok(status::ok(
        StatusCode::CREATED,
        format.media_type(),
        object_body(&entry, format)?,
    ))
}

/// PUT to an object.
pub async fn update(
    app: &Arc<App>,
    target: &Target,
    accept: Option<&str>,
    query: &Query,
    req: Request,
) -> Result<Response<Body>, ApiError> {
    let format = respond_format(accept)?;
    let (json, meta) =
        decoded_body(target, req, query.get("fieldValidation") == Some("Strict")).await?;
    let url_name = target.name.as_deref().unwrap_or("");
    if meta.name.as_str() != url_name {
        return Err(ApiError::bad_request(format!(
            "the name of the object ({}) does not match the name on the URL ({url_name})",
            meta.name
        )));
    }
    let entry = app.store.update(target.resource, &json, meta)?;
    Ok(status::ok(
        StatusCode::OK,
        format.media_type(),
        object_body(&entry, format)?,
    ))
}

/// DELETE of an object: answers with its last state.
pub fn delete(
    app: &Arc<App>,
    target: &Target,
    accept: Option<&str>,
) -> Result<Response<Body>, ApiError> {
    let format = respond_format(accept)?;
    let entry = app.store.delete(
        target.resource,
        target.namespace.as_deref().unwrap_or(""),
        target.name.as_deref().unwrap_or(""),
    )?;
    Ok(status::ok(
        StatusCode::OK,
        format.media_type(),
        object_body(&entry, format)?,
    ))
}

/// PATCH with a JSON merge patch (`application/merge-patch+json`); other patch types are
/// refused with 415. The merged object goes through the same checks as a PUT body; a
/// `resourceVersion` in the patch makes the update conditional.
pub async fn patch(
    app: &Arc<App>,
    target: &Target,
    accept: Option<&str>,
    req: Request,
) -> Result<Response<Body>, ApiError> {
    let format = respond_format(accept)?;
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_string();
    if content_type != "application/merge-patch+json" {
        return Err(ApiError::new(
            415,
            "UnsupportedMediaType",
            format!("the body of the request was in an unknown format - accepted media types include: application/merge-patch+json (got {content_type})"),
        ));
    }
    let body = axum::body::to_bytes(req.into_body(), MAX_BODY)
        .await
        .map_err(|_| {
            ApiError::new(
                413,
                "RequestEntityTooLarge",
                format!("Request entity too large: limit is {MAX_BODY}"),
            )
        })?;
    let r = target.resource;
    let name = target.name.as_deref().unwrap_or("");
    let current = app
        .store
        .get(r, target.namespace.as_deref().unwrap_or(""), name)
        .ok_or_else(|| ApiError::not_found(r.kind.group, &r.plural, name))?;
    let mut base = object::read_meta(&current.json())
        .map_err(|e| ApiError::new(500, "InternalError", e.to_string()))?;
    let merged = crate::patch::merge_patch(&current.json(), &body)
        .map_err(|e| ApiError::bad_request(format!("error decoding patch: {e}")))?;
    let (_, object) = object::decode_body(&merged, Format::Json, Some(r.kind), false)?;
    let json = object::to_json(object.as_ref())?;
    let mut meta = object::read_meta(&json).map_err(|e| ApiError::bad_request(e.to_string()))?;
    if meta.name != base.name || meta.namespace != base.namespace {
        return Err(ApiError::bad_request(
            "a patch cannot change an object's name or namespace",
        ));
    }
    // Unconditional unless the patch itself names a version.
    let patch_meta = object::read_meta(&body).unwrap_or_default();
    if patch_meta.resource_version.is_empty() {
        meta.resource_version = std::mem::take(&mut base.resource_version);
    }
    let entry = app.store.update(r, &json, meta)?;
    Ok(status::ok(
        StatusCode::OK,
        format.media_type(),
        object_body(&entry, format)?,
    ))
}
