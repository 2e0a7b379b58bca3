//! Rust names for Go names: field identifiers, module paths, constant names.

/// Rust's keywords (strict, reserved and edition 2024's `gen`): a field named so gets a
/// trailing underscore (`type_`, `continue_`), as Kubernetes users know from k8s-openapi.
const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
];

/// `APIVersion` → `api_version`, `HTTPGet` → `http_get`, `PodIPs` → `pod_ips`,
/// `CIDRs` → `cidrs`: words split where a lowercase letter or digit meets an uppercase one,
/// and before the last capital of an uppercase run followed by lowercase, except a plural
/// `s` ending an acronym (`IPs`, `WWNs`).
pub fn snake(go: &str) -> String {
    let c: Vec<char> = go.chars().collect();
    let mut out = String::with_capacity(go.len() + 4);
    for (i, &ch) in c.iter().enumerate() {
        if ch.is_ascii_uppercase() && i > 0 {
            let prev = c[i - 1];
            let next = c.get(i + 1).copied();
            let plural_acronym = next == Some('s')
                && c.get(i + 2)
                    .is_none_or(|n| n.is_ascii_uppercase() || *n == '_');
            let boundary = prev.is_ascii_lowercase()
                || prev.is_ascii_digit()
                || (prev.is_ascii_uppercase()
                    && next.is_some_and(|n| n.is_ascii_lowercase())
                    && !plural_acronym);
            if boundary && !out.ends_with('_') {
                out.push('_');
            }
        }
        out.push(ch.to_ascii_lowercase());
    }
    out
}

/// The Rust field identifier of a Go field name.
pub fn field_ident(go: &str) -> String {
    let s = snake(go);
    if KEYWORDS.contains(&s.as_str()) {
        format!("{s}_")
    } else {
        s
    }
}

/// `RestartPolicyAlways` of type `RestartPolicy` → `ALWAYS`; a name not starting with its
/// type's name keeps all of it (`DefaultSchedulerName` → `DEFAULT_SCHEDULER_NAME`).
pub fn const_ident(go: &str, type_name: &str) -> String {
    let rest = go
        .strip_prefix(type_name)
        .filter(|r| r.chars().next().is_some_and(|c| !c.is_ascii_lowercase()))
        .unwrap_or(go);
    let s = snake(rest).to_ascii_uppercase();
    let s = s.trim_matches('_').to_string();
    if s.is_empty() || s.starts_with(|c: char| c.is_ascii_digit()) {
        format!("V_{s}")
    } else if KEYWORDS.contains(&s.to_ascii_lowercase().as_str()) && s == "SELF" {
        format!("{s}_")
    } else {
        s
    }
}

/// The Rust module path (below the crate root) of a Go package:
/// `k8s.io/api/rbac/v1` → `rbac::v1`, `k8s.io/apimachinery/pkg/apis/meta/v1` → `meta::v1`.
pub fn module_path(import_path: &str) -> Option<Vec<String>> {
    if let Some(rest) = import_path.strip_prefix("k8s.io/api/") {
        return Some(rest.split('/').map(module_ident).collect());
    }
    match import_path {
        "k8s.io/apimachinery/pkg/apis/meta/v1" => Some(vec!["meta".into(), "v1".into()]),
        _ => None,
    }
}

fn module_ident(seg: &str) -> String {
    let s = seg.replace(['-', '.'], "_").to_ascii_lowercase();
    if KEYWORDS.contains(&s.as_str()) {
        format!("r#{s}")
    } else {
        s
    }
}

/// The API group's feature name: the first segment of the module path (`core`, `apps`).
pub fn group_feature(import_path: &str) -> Option<String> {
    import_path
        .strip_prefix("k8s.io/api/")
        .and_then(|r| r.split('/').next())
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_case_as_kubernetes_users_spell_it() {
        for (go, rust) in [
            ("APIVersion", "api_version"),
            ("HTTPGet", "http_get"),
            ("PodIPs", "pod_ips"),
            ("CIDRs", "cidrs"),
            ("HostIPC", "host_ipc"),
            ("TargetWWNs", "target_wwns"),
            ("DNSNames", "dns_names"),
            ("SELinuxOptions", "se_linux_options"),
            ("Type", "type"),
            ("FSType", "fs_type"),
            ("V1Beta1", "v1_beta1"),
            ("AWSElasticBlockStore", "aws_elastic_block_store"),
        ] {
            assert_eq!(snake(go), rust, "{go}");
        }
        assert_eq!(field_ident("Type"), "type_");
        assert_eq!(field_ident("Continue"), "continue_");
    }

    #[test]
    fn constants_lose_their_type_prefix() {
        assert_eq!(
            const_ident("RestartPolicyAlways", "RestartPolicy"),
            "ALWAYS"
        );
        assert_eq!(
            const_ident("DefaultSchedulerName", "RestartPolicy"),
            "DEFAULT_SCHEDULER_NAME"
        );
        assert_eq!(const_ident("PodReady", "PodConditionType"), "POD_READY");
    }

    #[test]
    fn module_paths() {
        assert_eq!(
            module_path("k8s.io/api/rbac/v1").unwrap(),
            vec!["rbac".to_string(), "v1".to_string()]
        );
        assert_eq!(
            module_path("k8s.io/apimachinery/pkg/apis/meta/v1").unwrap(),
            vec!["meta".to_string(), "v1".to_string()]
        );
        assert_eq!(group_feature("k8s.io/api/core/v1").as_deref(), Some("core"));
    }
}
