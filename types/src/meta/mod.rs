//! `meta.k8s.io`: object metadata, lists, status, options and watch events shared by every
//! API group (Kubernetes' `k8s.io/apimachinery/pkg/apis/meta`).

pub mod v1;
