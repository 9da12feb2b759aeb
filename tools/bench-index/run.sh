#!/usr/bin/env bash
# Indexing benchmark: ratsarchiv-index and omindex (xapian-omega, German stemmer) on the same
# files in one run. Prints for both the median wall time, files/s, MB/s, peak RSS and index size
# over N fresh builds, the ratios, and the time of a ratsarchiv re-run over the unchanged tree.
#
#   tools/bench-index/run.sh [--build DIR] [--corpus PATH] [--runs N] [--work DIR]
#                            [--index-flag FLAG]...
#
# --index-flag passes a flag to ratsarchiv-index (fresh build and re-run), e.g. for Karlsruhe as
# its README section says: --index-flag --body --index-flag "Stadt Karlsruhe"
# --index-flag --file-order --index-flag sequence.
#
# --corpus is a directory or a .tar.gz (default ../shared/corpus/karlsruhe/texts.tar.gz, which
# is unpacked into the work directory). Needs omindex and GNU time (/usr/bin/time), both
# installed by tools/scripts/install-deps.sh --bench. A tool, not a test: it prints figures and
# never fails on time.
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
build="$repo/build"
corpus="$repo/../shared/corpus/karlsruhe/texts.tar.gz"
runs=3
work=""
index_flags=()
while [ $# -gt 0 ]; do
    case "$1" in
        --build) build="$2"; shift 2 ;;
        --index-flag) index_flags+=("$2"); shift 2 ;;
        --corpus) corpus="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --work) work="$2"; shift 2 ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
done
for tool in omindex /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "missing $tool: run tools/scripts/install-deps.sh --bench" >&2; exit 2; }
done
[ -x "$build/ratsarchiv-index" ] || { echo "missing $build/ratsarchiv-index: build first" >&2; exit 2; }
if [ -z "$work" ]; then
    work="$(mktemp -d)"
    trap 'rm -rf "$work"' EXIT
fi

mkdir -p "$work"
if [ -d "$corpus" ]; then
    files="$(cd "$corpus" && pwd)"
else
    mkdir -p "$work/files"
    tar -xzf "$corpus" -C "$work/files"
    files="$work/files"
fi
count=$(find "$files" -type f | wc -l)
bytes=$(find "$files" -type f -printf '%s\n' | awk '{s += $1} END {print s}')
echo "corpus: $count files, $(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e6}') MB, $(nproc) cores"
[ ${#index_flags[@]} -eq 0 ] || echo "ratsarchiv-index flags: ${index_flags[*]}"

# One timed command; appends "wall_seconds peak_rss_kb" to the file named first.
timed() {
    local out="$1"; shift
    /usr/bin/time -f '%e %M' -o "$work/time.txt" "$@" >"$work/last.log" 2>&1 || true
    tail -n 1 "$work/time.txt" >>"$out"
}
median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

for name in ratsarchiv omindex rerun ratsarchiv-size omindex-size; do : >"$work/$name.txt"; done
for run in $(seq "$runs"); do
    rm -rf "$work/db-ratsarchiv" "$work/db-omindex"
    sync
    timed "$work/ratsarchiv.txt" "$build/ratsarchiv-index" --db "$work/db-ratsarchiv" \
        ${index_flags[@]+"${index_flags[@]}"} "$files"
    du -sk "$work/db-ratsarchiv" | cut -f1 >>"$work/ratsarchiv-size.txt"
    sync
    timed "$work/omindex.txt" omindex --db "$work/db-omindex" --url / --stemmer=german \
        --mime-type=txt:text/plain "$files"
    du -sk "$work/db-omindex" | cut -f1 >>"$work/omindex-size.txt"
    timed "$work/rerun.txt" "$build/ratsarchiv-index" --db "$work/db-ratsarchiv" \
        ${index_flags[@]+"${index_flags[@]}"} "$files"
    echo "run $run: ratsarchiv $(tail -n 1 "$work/ratsarchiv.txt" | cut -d' ' -f1) s," \
         "omindex $(tail -n 1 "$work/omindex.txt" | cut -d' ' -f1) s," \
         "unchanged re-run $(tail -n 1 "$work/rerun.txt" | cut -d' ' -f1) s"
done

report() {
    local name="$1"
    wall=$(cut -d' ' -f1 "$work/$name.txt" | median)
    rss=$(cut -d' ' -f2 "$work/$name.txt" | median)
    size=$(median <"$work/$name-size.txt")
    printf '%-12s %9.1f %9.0f %7.2f %10.0f %10.0f\n' "$name" "$wall" \
        "$(awk -v c="$count" -v w="$wall" 'BEGIN {print c / w}')" \
        "$(awk -v b="$bytes" -v w="$wall" 'BEGIN {print b / 1e6 / w}')" \
        "$(awk -v k="$rss" 'BEGIN {print k / 1024}')" "$(awk -v k="$size" 'BEGIN {print k / 1024}')"
    eval "${name}_wall=$wall ${name}_rss=$rss ${name}_size=$size"
}
echo
echo "median of $runs fresh builds"
printf '%-12s %9s %9s %7s %10s %10s\n' "" "wall s" "files/s" "MB/s" "peak MB" "index MB"
report ratsarchiv
report omindex
echo
awk -v rw="$ratsarchiv_wall" -v ow="$omindex_wall" -v rs="$ratsarchiv_size" -v os="$omindex_size" \
    -v rr="$ratsarchiv_rss" -v orss="$omindex_rss" 'BEGIN {
    printf "throughput ratsarchiv/omindex: %.2fx\n", ow / rw
    printf "index size ratsarchiv/omindex: %.2fx\n", rs / os
    printf "peak RSS ratsarchiv/omindex:   %.2fx\n", rr / orss
}'
echo "unchanged re-run (ratsarchiv, median): $(cut -d' ' -f1 "$work/rerun.txt" | median) s"
