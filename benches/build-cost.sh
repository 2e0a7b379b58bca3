#!/usr/bin/env bash
# Clean-build cost of kcodec-types as a user builds it, against k8s-openapi 0.29 (`latest`)
# with serde_json's decode and encode instantiated for every kind it has (and each listable
# kind's List<T>): wall time and peak memory (largest process) of `cargo build`, dev and
# release, each in a fresh target folder. Run on an otherwise idle machine:
#
#   benches/build-cost.sh [WORK_DIR]      # default /tmp/kcodec-build-cost
#
# Rows: kcodec-types with every API group (the default), with a controller's groups (core,
# apps, rbac, coordination), and the k8s-openapi crate described above.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${1:-/tmp/kcodec-build-cost}"
rm -rf "$work"
mkdir -p "$work"

user_crate() { # name, kcodec-types dependency line
  mkdir -p "$work/$1/src"
  cat >"$work/$1/Cargo.toml" <<EOF
[package]
name = "$1"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
$2

[workspace]
EOF
  echo 'pub use kcodec_types::registry::kinds;' >"$work/$1/src/lib.rs"
}

user_crate kcodec-all "kcodec-types = { path = \"$root/types\" }"
user_crate kcodec-controller "kcodec-types = { path = \"$root/types\", default-features = false, features = [\"core\", \"apps\", \"rbac\", \"coordination\"] }"

# k8s-openapi + serde_json, instantiated for every resource type of its `latest` version.
mkdir -p "$work/openapi/src"
cat >"$work/openapi/Cargo.toml" <<'EOF'
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
echo 'pub fn all(_: &[u8]) -> usize { 0 }' >"$work/openapi/src/lib.rs"
(cd "$work/openapi" && cargo fetch --quiet)
src="$(cd "$work/openapi" && cargo metadata --format-version 1 \
  | python3 -c 'import json,sys; m=json.load(sys.stdin); print([p for p in m["packages"] if p["name"]=="k8s-openapi"][0]["manifest_path"])')"
src="$(dirname "$src")/src"
latest="$(grep -E '^latest = ' "$(dirname "$src")/Cargo.toml" | sed -E 's/.*"(v1_[0-9]+)".*/\1/')"
{
  echo "//! serde_json decode and encode of every k8s-openapi $latest resource (and List<T>)."
  echo "pub fn all(input: &[u8]) -> usize { let mut n = 0;"
  (cd "$src/$latest" && grep -rl "impl crate::Resource for" .) | sort | while read -r f; do
    dir="$(dirname "${f#./}")"
    for t in $(grep -oE "impl crate::Resource for [A-Za-z0-9]+" "$src/$latest/$f" | awk '{print $4}'); do
      path="k8s_openapi::${dir//\//::}::$t"
      echo "  if let Ok(v) = serde_json::from_slice::<$path>(input) { n += serde_json::to_vec(&v).map_or(0, |b| b.len()); }"
      if grep -q "impl crate::ListableResource for $t" "$src/$latest/$f"; then
        echo "  if let Ok(v) = serde_json::from_slice::<k8s_openapi::List<$path>>(input) { n += serde_json::to_vec(&v).map_or(0, |b| b.len()); }"
      fi
    done
  done
  echo "n }"
} >"$work/openapi/src/lib.rs"
kinds="$(grep -c 'from_slice' "$work/openapi/src/lib.rs")"

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

echo "| build | dev (wall, peak memory) | release (wall, peak memory) |"
echo "|---|---|---|"
echo "| kcodec-types, every API group (349 kinds) | $(measure kcodec-all "") | $(measure kcodec-all --release) |"
echo "| kcodec-types, core + apps + rbac + coordination | $(measure kcodec-controller "") | $(measure kcodec-controller --release) |"
echo "| k8s-openapi 0.29 ($latest) + serde_json for its $kinds kinds and lists | $(measure openapi "") | $(measure openapi --release) |"
echo "($(nproc) cores; $(rustc --version))"
