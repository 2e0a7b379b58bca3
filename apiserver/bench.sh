#!/usr/bin/env bash
# The seeds' comparison, measured: kcodec-apiserver (release) with kcodec's codec and with
# Pods' JSON by serde_json + k8s-openapi (feature serde-peer), each with the encode-once
# caches on and off (--no-cache). Per build: LIST of 10,000 Pods (JSON, protobuf), GET of one
# Pod, watch events delivered to 1,000 watchers, the same LIST bytes from memory
# (/debug/blob), and the server's memory per Pod. Bounded: SECS seconds per measurement.
#
#   apiserver/bench.sh [PODS (150000)] [SECS (5)]
set -euo pipefail
ulimit -n 8192 2>/dev/null || ulimit -n "$(ulimit -Hn)"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
target="${CARGO_TARGET_DIR:-$root/target}"
pods="${1:-150000}"
secs="${2:-5}"
namespaces=$(( (pods + 9999) / 10000 ))
out="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$out"' EXIT

cargo build --quiet --release -p kcodec-apiserver --manifest-path "$root/Cargo.toml"
cp "$target/release/kcodec-apiserver" "$out/kcodec"
cp "$target/release/kcodec-apiserver-load" "$out/load"
cargo build --quiet --release -p kcodec-apiserver --features serde-peer --manifest-path "$root/Cargo.toml"
cp "$target/release/kcodec-apiserver" "$out/serde"

rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }

run() { # build, extra flags
  local bin="$1"; shift
  "$out/$bin" --listen 127.0.0.1:0 --pods "$pods" --namespaces "$namespaces" --bench-routes "$@" >"$out/ready" 2>"$out/log" &
  local pid=$!
  for _ in $(seq 1 600); do grep -q "^listening" "$out/ready" 2>/dev/null && break; sleep 0.2; done
  local url; url="$(sed -n 's/^listening on //p' "$out/ready")"
  echo "### $bin $* ($pods Pods in $namespaces namespaces; pid $pid)"
  local rss0; rss0=$(rss_kb "$pid")
  local list="/api/v1/namespaces/ns-1/pods"
  local json_bytes; json_bytes=$(curl -s "$url$list" | wc -c)
  "$out/load" request "$url" "$list" --conns 2 --secs "$secs"
  if [ "$bin" = kcodec ]; then
    "$out/load" request "$url" "$list" --accept application/vnd.kubernetes.protobuf --conns 2 --secs "$secs"
  fi
  "$out/load" request "$url" "/debug/blob?bytes=$json_bytes" --conns 2 --secs "$secs"
  local one; one=$(curl -s "$url$list?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["metadata"]["name"])')
  "$out/load" request "$url" "$list/$one" --conns 4 --secs "$secs"
  "$out/load" watch "$url" ns-2 --watchers 1000 --events 200 --writers 8
  if [ "$bin" = kcodec ]; then
    "$out/load" watch "$url" ns-3 --watchers 1000 --events 200 --writers 8 --accept application/vnd.kubernetes.protobuf
  fi
  if [ "$bin" = kcodec ] && [ "$*" = "" ]; then
    local all; all=$(curl -s "$url/api/v1/pods" | wc -c)
    curl -s -o /dev/null -H "Accept: application/vnd.kubernetes.protobuf" "$url/api/v1/pods"
    local rss1; rss1=$(rss_kb "$pid")
    echo "memory: RSS ${rss0} kB after start = $(( rss0 * 1024 / pods )) B/Pod; ${rss1} kB with every Pod's JSON and protobuf cached = $(( rss1 * 1024 / pods )) B/Pod; JSON of all Pods (LIST) $all B = $(( all / pods )) B/Pod"
  fi
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

run kcodec
run kcodec --no-cache
run serde
run serde --no-cache
