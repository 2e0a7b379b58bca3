#!/bin/sh
# usage: fuzz/own_coverage.sh TARGET CORPUS_DIR...   (from fuzz/, after `cargo fuzz build -O`)
#
# kcodec's own coverage of a corpus: runs the target's libFuzzer binary over the corpus once
# (-runs=0) with -print_coverage=1 and sums the edges of the functions whose source lies in
# kcodec's crates (runtime/, types/, derive/, codegen/), leaving out the peers (serde_json,
# k8s-openapi, prost), the standard library and the target itself. It also splits off the
# code the derive generates for each Kubernetes type (its codec trait impls in types/, but
# for the hand-written special types): one branch per field and key, which the schema sweep
# test covers deterministically and which keeps growing under fuzzing as mutated keys match
# more bytes of more field names. Its schema descriptors (`ProtoSchema`, which only
# diff_proto_pod's harness calls, to walk an input by its fields) are generated per type as
# well, and so are the std traits derived on each Kubernetes type (`Clone`, `PartialEq`,
# `Debug`, ..., which the targets use to compare and copy objects); both are counted with it.
# Hand-written generic code instantiated for a Kubernetes type (`Vec<Condition>`'s decoder
# in runtime/, the registry's per-kind entry points) is counted once per type, so the figure
# also gives the type-independent part. A target has reached a plateau for kcodec when that
# part stops growing between runs (see README.md), whatever the peers' counts do.
set -eu
target=$1
shift
bin=${CARGO_TARGET_DIR:-target}/x86_64-unknown-linux-gnu/release/$target
root=$(cd .. && pwd)
"$bin" "$@" -runs=0 -print_coverage=1 -rss_limit_mb=4096 2>&1 | awk -v root="$root/" '
    /^(UN)?COVERED_FUNC: / {
        split($5, e, "/")
        src = $NF
        if (!(index(src, root "runtime/") == 1 || index(src, root "types/") == 1 ||
              index(src, root "derive/") == 1 || index(src, root "codegen/") == 1)) next
        special = src ~ /\/(quantity|time|duration|intstr|fields|raw_extension|verbs)\.rs:/
        registry = index(src, root "types/src/registry.rs") == 1
        generated = index(src, root "types/") == 1 && !special &&
                    ($0 ~ / as kcodec::(json|proto|schema)::[A-Za-z]+>::/ ||
                     (!registry && $0 ~ / as core::(clone::Clone|cmp::(Partial)?(Eq|Ord)|hash::Hash|fmt::Debug|default::Default)>::/))
        # A generic function instantiated for a Kubernetes type (the decoder of
        # Vec<Condition>; the registry decoding one kind): hand-written code, but one more
        # copy per type, like generated code.
        per_type = !generated && ((index(src, root "runtime/") == 1 && $0 ~ /kcodec_types::/) ||
                                  (registry && $0 ~ /kcodec_types::[a-z_]+::v[0-9]/))
        covered += e[1]; total += e[2]; funcs++; if ($1 == "COVERED_FUNC:") hit++
        if (!generated) { hcovered += e[1]; htotal += e[2] }
        if (per_type) { pcovered += e[1]; ptotal += e[2] }
    }
    END {
        if (funcs == 0) { print "no coverage report (did the run crash?)"; exit 1 }
        printf "kcodec edges covered: %d of %d (%.1f%%) in %d of %d functions\n",
            covered, total, 100 * covered / total, hit, funcs
        printf "  hand-written: %d of %d (type-independent: %d of %d); generated per-type code (codecs, schemas, derived std traits): %d of %d\n",
            hcovered, htotal, hcovered - pcovered, htotal - ptotal, covered - hcovered, total - htotal
    }'
