//! Errors as the API server writes them: a `metav1.Status` in the negotiated format, with
//! the HTTP code, `reason` and `details` Kubernetes uses for each case.

use axum::body::Body;
use axum::http::{header, Response, StatusCode};
use kcodec_types::meta::v1::{Status, StatusDetails, TypeMeta};

use crate::negotiate::Format;

/// An error answer: HTTP code, `reason`, message and optional details.
#[derive(Debug)]
pub struct ApiError {
    /// HTTP status code (also `Status.code`).
    pub code: u16,
    /// `Status.reason` (`NotFound`, `AlreadyExists`, `BadRequest`, ...).
    pub reason: &'static str,
    /// `Status.message`.
    pub message: String,
    /// `Status.details` (name and kind of the object concerned).
    pub details: Option<Box<StatusDetails>>,
}

impl ApiError {
    /// An error without details.
    pub fn new(code: u16, reason: &'static str, message: impl Into<String>) -> ApiError {
        ApiError {
            code,
            reason,
            message: message.into(),
            details: None,
        }
    }

    /// 500 InternalError: an object that cannot be written in the response's format (Go's
    /// encoder fails on it too: embedded raw bytes that are not JSON, a FieldsV1 that is not
    /// a JSON object in CBOR), as kube-apiserver answers an encode failure.
    pub fn encode_failed(e: &kcodec::Error) -> ApiError {
        ApiError::new(500, "InternalError", format!("encoding the response: {e}"))
    }

    /// 400 BadRequest.
    pub fn bad_request(message: impl Into<String>) -> ApiError {
        ApiError::new(400, "BadRequest", message)
    }

    /// 404 NotFound for `resource` `name` (`pods "web" not found`).
    pub fn not_found(group: &str, resource: &str, name: &str) -> ApiError {
        let qualified = qualified(resource, group);
        ApiError {
            details: Some(Box::new(details(name, group, resource))),
            ..ApiError::new(404, "NotFound", format!("{qualified} \"{name}\" not found"))
        }
    }

    /// 404 for a path the server does not serve.
    pub fn no_route() -> ApiError {
        ApiError::new(
            404,
            "NotFound",
            "the server could not find the requested resource",
        )
    }

    /// 409 AlreadyExists.
    pub fn already_exists(group: &str, resource: &str, name: &str) -> ApiError {
        let qualified = qualified(resource, group);
        ApiError {
            details: Some(Box::new(details(name, group, resource))),
            ..ApiError::new(
                409,
                "AlreadyExists",
                format!("{qualified} \"{name}\" already exists"),
            )
        }
    }

    /// 409 Conflict on a stale `resourceVersion`.
    pub fn conflict(group: &str, resource: &str, name: &str) -> ApiError {
        let qualified = qualified(resource, group);
        ApiError {
            details: Some(Box::new(details(name, group, resource))),
            ..ApiError::new(
                409,
                "Conflict",
                format!(
                    "Operation cannot be fulfilled on {qualified} \"{name}\": the object has been modified; please apply your changes to the latest version and try again"
                ),
            )
        }
    }

    /// 410 Expired: a resource version older than the history kept.
    pub fn gone(message: impl Into<String>) -> ApiError {
        ApiError::new(410, "Expired", message)
    }

    /// The `Status` object of this error.
    pub fn status(&self) -> Status {
        Status {
            type_meta: TypeMeta {
                api_version: "v1".into(),
                kind: "Status".into(),
            },
            status: "Failure".into(),
            message: self.message.as_str().into(),
            reason: self.reason.into(),
            details: self.details.as_deref().cloned(),
            code: i32::from(self.code),
            ..Status::default()
        }
    }

    /// The HTTP response: the `Status` in `format`.
    pub fn response(&self, format: Format) -> Response<Body> {
        let body = encode_status(&self.status(), format);
        Response::builder()
            .status(StatusCode::from_u16(self.code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR))
            .header(header::CONTENT_TYPE, format.media_type())
            .body(Body::from(body))
            .expect("static response parts")
    }
}

fn qualified(resource: &str, group: &str) -> String {
    if group.is_empty() {
        resource.to_string()
    } else {
        format!("{resource}.{group}")
    }
}

fn details(name: &str, group: &str, resource: &str) -> StatusDetails {
    StatusDetails {
        name: name.into(),
        group: group.into(),
        kind: resource.into(),
        ..StatusDetails::default()
    }
}

/// A `Status` as a response body in `format` (JSON with the encoder's trailing newline).
pub fn encode_status(status: &Status, format: Format) -> Vec<u8> {
    format
        .encode_response("v1", "Status", status)
        .expect("the server's formats encode a Status")
}

/// A response body with its content type.
pub fn ok(code: StatusCode, content_type: &str, body: impl Into<Body>) -> Response<Body> {
    Response::builder()
        .status(code)
        .header(header::CONTENT_TYPE, content_type)
        .body(body.into())
        .expect("static response parts")
}
