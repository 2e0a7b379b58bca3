#!/usr/bin/env bash
# Clean-build cost of kcodec-types as a user builds it, against k8s-openapi 0.29 (`latest`)
# with serde_json: wall time and peak memory (largest process) of `cargo build`, dev and
# release, each in a fresh target folder. Every user crate instantiates decode and encode of
# the same kinds (each kind and, for k8s-openapi, each listable kind's List<T>): kcodec in JSON
# and protobuf, k8s-openapi in JSON (serde_json; it has no protobuf). Run on an otherwise idle
# machine:
#
#   benches/build-cost.sh [WORK_DIR]      # default /tmp/kcodec-build-cost
#
# Rows: every API group (kcodec-types' defaults; then with every format: cbor, yaml, serde),
# a controller's groups (core, apps, rbac, coordination), and k8s-openapi for the same two
# sets of kinds.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${1:-/tmp/kcodec-build-cost}"
rm -rf "$work"
mkdir -p "$work"
controller="core apps rbac coordination"

user_crate() { # name, kcodec-types dependency line, groups whose kinds it decodes/encodes ("" = all)
  mkdir -p "$work/$1/src"
  cat >"$work/$1/Cargo.toml" <<EOF
[package]
name = "$1"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
kcodec = { path = "$root/runtime" }
$2

[workspace]
EOF
  {
    echo "//! JSON and protobuf decode and encode of every kind of the groups built."
    echo "pub fn all(input: &[u8]) -> usize { let mut n = 0;"
    grep -oE '#\[cfg\(feature = "[a-z]+"\)\] \([^)]*\)' "$root/types/src/generated/kinds.rs" \
      | while read -r line; do
        group="$(sed -E 's/.*feature = "([a-z]+)".*/\1/' <<<"$line")"
        if [ -n "$3" ] && ! grep -qw "$group" <<<"$3"; then continue; fi
        path="$(sed -E 's/.*, crate::([A-Za-z0-9_:]+)\)$/kcodec_types::\1/' <<<"$line")"
        echo "  if let Ok(v) = kcodec::json::from_slice::<$path>(input) { n += kcodec::json::to_vec(&v).len(); }"
        echo "  if let Ok(v) = kcodec::proto::from_slice::<$path>(input) { n += kcodec::proto::to_vec(&v).len(); }"
      done
    echo "n }"
  } >"$work/$1/src/lib.rs"
}

user_crate kcodec-all "kcodec-types = { path = \"$root/types\" }" ""
user_crate kcodec-all-formats "kcodec-types = { path = \"$root/types\", features = [\"cbor\", \"yaml\", \"serde\"] }" ""
user_crate kcodec-controller "kcodec-types = { path = \"$root/types\", default-features = false, features = [\"core\", \"apps\", \"rbac\", \"coordination\"] }" "$controller"

# k8s-openapi + serde_json, instantiated for every resource type of its `latest` version, or
# for the controller's groups' (k8s-openapi's modules `api::<group>::<version>`, core's `api::core::v1`).
openapi_crate() { # name, groups ("" = all)
  mkdir -p "$work/$1/src"
  cat >"$work/$1/Cargo.toml" <<'EOF'
[package]
name = "openapi"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
k8s-openapi = { version = "=0.29.0", features = ["latest"] }
serde_json = "1"

[workspace]
EOF
  echo 'pub fn all(_: &[u8]) -> usize { 0 }' >"$work/$1/src/lib.rs"
  (cd "$work/$1" && cargo fetch --quiet)
  local src latest
  src="$(cd "$work/$1" && cargo metadata --format-version 1 \
    | python3 -c 'import json,sys; m=json.load(sys.stdin); print([p for p in m["packages"] if p["name"]=="k8s-openapi"][0]["manifest_path"])')"
  src="$(dirname "$src")/src"
  latest="$(grep -E '^latest = ' "$(dirname "$src")/Cargo.toml" | sed -E 's/.*"(v1_[0-9]+)".*/\1/')"
  echo "$latest" >"$work/$1/latest"
  {
    echo "//! serde_json decode and encode of k8s-openapi $latest resources (and List<T>)."
    echo "pub fn all(input: &[u8]) -> usize { let mut n = 0;"
    (cd "$src/$latest" && grep -rl "impl crate::Resource for" .) | sort | while read -r f; do
      dir="$(dirname "${f#./}")"
      group="$(cut -d/ -f2 <<<"$dir")"
      if [ -n "$2" ] && ! grep -qw "$group" <<<"$2"; then continue; fi
      for t in $(grep -oE "impl crate::Resource for [A-Za-z0-9]+" "$src/$latest/$f" | awk '{print $4}'); do
        path="k8s_openapi::${dir//\//::}::$t"
        echo "  if let Ok(v) = serde_json::from_slice::<$path>(input) { n += serde_json::to_vec(&v).map_or(0, |b| b.len()); }"
        if grep -q "impl crate::ListableResource for $t" "$src/$latest/$f"; then
          echo "  if let Ok(v) = serde_json::from_slice::<k8s_openapi::List<$path>>(input) { n += serde_json::to_vec(&v).map_or(0, |b| b.len()); }"
        fi
      done
    done
    echo "n }"
  } >"$work/$1/src/lib.rs"
}
openapi_crate openapi ""
openapi_crate openapi-controller "$controller"
latest="$(cat "$work/openapi/latest")"
kinds() { grep -c 'from_slice' "$work/$1/src/lib.rs"; }

measure() { # crate, profile flag
  local target="$work/target-$1${2:+-release}"
  rm -rf "$target"
  local t0 t1 rss
  t0=$(date +%s.%N)
  rss=$(cd "$work/$1" && CARGO_TARGET_DIR="$target" /usr/bin/time -f '%M' cargo build --quiet $2 2>&1 >/dev/null | tail -1)
  t1=$(date +%s.%N)
  printf '%.0f s, %.2f GiB' "$(echo "$t1 - $t0" | bc)" "$(echo "$rss / 1048576" | bc -l)"
  rm -rf "$target"
}

echo "| kcodec-types controller JSON+pb | $(( $(kinds kcodec-controller) / 2 )) | $(measure kcodec-controller "") | $(measure kcodec-controller --release) |"
echo "| k8s-openapi controller groups | $(kinds openapi-controller) | $(measure openapi-controller "") | $(measure openapi-controller --release) |"
