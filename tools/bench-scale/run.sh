#!/usr/bin/env bash
# Scale run: a synthetic archive of --count documents (default 1,000,000: four bodies, 20 years,
# ratsarchiv-gen-corpus) indexed as one index and as one shard per body, and searched at
# concurrency 2 with facets as one index, as four local shards and as four shards over
# xapian-tcpsrv; the same for a small archive (--small, default 38,076 documents, Karlsruhe's
# count) to show how query time grows. Prints build time, peak memory and size of each build,
# and requests/s, p50 and p99 of each search setup.
#
#   tools/bench-scale/run.sh [--build DIR] [--count N] [--small N] [--years Y]
#                            [--duration SECONDS] [--queries N] [--work DIR] [--reuse]
#
# --reuse keeps the archives and indexes already in --work (and their build figures) and only
# measures the searches again.
# Needs wrk and xapian-tcpsrv (tools/scripts/install-deps.sh --bench). Everything started here is
# stopped by its PID (the tcpsrv processes by their process group, which is their PID). A tool,
# not a test: it prints figures and never fails on time.
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
build="$repo/build"
count=1000000
small=38076
years=20
duration=30
queries=200
work=""
reuse=0
while [ $# -gt 0 ]; do
    case "$1" in
        --build) build="$2"; shift 2 ;;
        --count) count="$2"; shift 2 ;;
        --small) small="$2"; shift 2 ;;
        --years) years="$2"; shift 2 ;;
        --duration) duration="$2"; shift 2 ;;
        --queries) queries="$2"; shift 2 ;;
        --work) work="$2"; shift 2 ;;
        --reuse) reuse=1; shift ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
done
for tool in wrk xapian-tcpsrv /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "missing: $tool (install-deps.sh --bench)" >&2; exit 2; }
done
[ -n "$work" ] || work="$(mktemp -d "${TMPDIR:-/tmp}/ratsarchiv-scale.XXXXXX")"
mkdir -p "$work"
work="$(cd "$work" && pwd)"

server_pid=""
tcpsrv_pids=()
cleanup() {
    if [ -n "$server_pid" ]; then kill -TERM "$server_pid" 2>/dev/null || true; fi
    for pid in "${tcpsrv_pids[@]}"; do kill -KILL -- "-$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

# shellcheck source=../scripts/free-port.sh
source "$repo/tools/scripts/free-port.sh"
mb() { du -sb "$1" | awk '{ printf "%.0f", $1 / 1048576 }'; }

# Runs "$@" under /usr/bin/time; appends "label wall_s peak_MB" to $work/builds.txt.
timed() {
    local label="$1"; shift
    /usr/bin/time -f "%e %M" -o "$work/time.out" "$@" > "$work/$label.log" 2>&1 || {
        echo "$label failed:" >&2; tail -5 "$work/$label.log" >&2; exit 1; }
    read -r wall peak_kb < "$work/time.out"
    echo "$label $wall $((peak_kb / 1024))" >> "$work/builds.txt"
    echo "   $label: ${wall} s, peak $((peak_kb / 1024)) MB"
}

# 1. The archives.
[ "$reuse" = 1 ] && [ -f "$work/builds.txt" ] || : > "$work/builds.txt"
for n in "$count" "$small"; do
    if [ ! -d "$work/corpus-$n" ]; then
        echo "== generating $n documents over $years years"
        timed "generate-$n" "$build/ratsarchiv-gen-corpus" --out "$work/corpus-$n" --count "$n" \
            --years "$years"
        rm -f "$work/corpus-$n/labels.jsonl"
    fi
done

# 2. The builds: one index of each archive, and the large one as one shard per body (same root
# and archive name, so documents keep their ids whichever shard holds them).
for n in "$count" "$small"; do
    [ "$reuse" = 1 ] && [ -d "$work/one-$n" ] && continue
    echo "== indexing $n documents as one index"
    rm -rf "$work/one-$n"
    timed "index-one-$n" "$build/ratsarchiv-index" --db "$work/one-$n" "$work/corpus-$n"
    echo "   size $(mb "$work/one-$n") MB"
done
bodies=()
for dir in "$work/corpus-$count"/*/; do
    body="$(basename "$dir")"
    bodies+=("$body")
    [ "$reuse" = 1 ] && [ -d "$work/shard-$body" ] && continue
    echo "== indexing shard $body"
    rm -rf "$work/shard-$body"
    timed "index-shard-$body" "$build/ratsarchiv-index" --db "$work/shard-$body" \
        --root "$work/corpus-$count" --archive "corpus-$count" --spelling-part "$dir"
done

# 3. Queries (ratsarchiv-bench-query's set D: words, phrases, filters, facets on), one set per
# archive from its own index.
for n in "$count" "$small"; do
    mkdir -p "$work/queries-$n"
    "$build/ratsarchiv-bench-query" --db "$work/one-$n" --out "$work/queries-$n" \
        --queries "$queries" --no-documents > /dev/null
done

# 4. Searching. Starts the server with "$@", records its start-up time, runs wrk.
: > "$work/searches.txt"
measure() {
    local label="$1" queries_dir="$2"; shift 2
    local started
    started="$(date +%s.%N)"
    "$build/ratsarchiv-server" --port 0 --threads 4 --set log.access=false "$@" \
        > "$work/server-$label.log" 2>&1 &
    server_pid=$!
    local port=""
    for _ in $(seq 1 6000); do
        port="$(sed -n 's|.*listening on http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$work/server-$label.log")"
        [ -n "$port" ] && break
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 0.1
    done
    [ -n "$port" ] || { echo "server did not start:" >&2; cat "$work/server-$label.log" >&2; exit 1; }
    local startup
    startup="$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')"
    echo "== $label: started in $startup s; warm-up 5 s, then ${duration} s at concurrency 2"
    wrk -t2 -c2 -d5s -s "$queries_dir/wrk.lua" "http://127.0.0.1:$port" > /dev/null
    wrk -t2 -c2 -d"${duration}s" -s "$queries_dir/wrk.lua" "http://127.0.0.1:$port" \
        | grep '^RESULT' > "$work/wrk-$label.result"
    kill -TERM "$server_pid"; wait "$server_pid" || true; server_pid=""
    read -r _ requests seconds p50 p99 errors < "$work/wrk-$label.result"
    echo "$label $startup $requests $seconds $p50 $p99 $errors" >> "$work/searches.txt"
}

measure "one-$small" "$work/queries-$small" --db "$work/one-$small"
measure "one-$count" "$work/queries-$count" --db "$work/one-$count"
local_shards=""
for body in "${bodies[@]}"; do
    local_shards+="$body=$work/shard-$body;"
done
measure "local-shards-$count" "$work/queries-$count" --set "db.shards=$local_shards"
remote_shards=""
port=27100
for body in "${bodies[@]}"; do
    part_locations=""
    for part in public restricted; do
        port="$(free_port $((port + 1)))"
        setsid xapian-tcpsrv --interface 127.0.0.1 --port "$port" "$work/shard-$body/$part" \
            > "$work/tcpsrv-$body-$part.log" 2>&1 &
        tcpsrv_pids+=("$!")
        part_locations+="$part@tcp://127.0.0.1:$port,"
    done
    remote_shards+="$body=${part_locations}spelling@$work/shard-$body/spelling;"
done
for _ in $(seq 1 50); do
    [ "$(grep -l Listening "$work"/tcpsrv-*.log 2>/dev/null | wc -l)" -ge $((${#bodies[@]} * 2)) ] && break
    sleep 0.1
done
measure "tcpsrv-shards-$count" "$work/queries-$count" --set "db.shards=$remote_shards" \
    --set db.shard_timeout_ms=10000

# 5. Figures.
echo
echo "builds ($count and $small documents; shards: one per body, built one after the other)"
printf "%-28s %10s %12s %10s\n" "build" "wall s" "peak MB" "size MB"
while read -r label wall peak; do
    size="-"
    case "$label" in
        index-one-*) size="$(mb "$work/one-${label#index-one-}")" ;;
        index-shard-*) size="$(mb "$work/shard-${label#index-shard-}")" ;;
    esac
    printf "%-28s %10s %12s %10s\n" "$label" "$wall" "$peak" "$size"
done < "$work/builds.txt"
awk '/^index-shard-/ { s += $2; if ($3 > p) p = $3 } END { printf "%-28s %10.1f %12d\n", "all shards", s, p }' "$work/builds.txt"
echo
echo "search (ratsarchiv-bench-query set D, $queries queries, facets on, wrk c=2, ${duration} s)"
printf "%-28s %10s %12s %10s %10s %8s\n" "setup" "start s" "requests/s" "p50 ms" "p99 ms" "errors"
while read -r label startup requests seconds p50 p99 errors; do
    awk -v l="$label" -v st="$startup" -v n="$requests" -v s="$seconds" -v a="$p50" -v b="$p99" \
        -v e="$errors" 'BEGIN { printf "%-28s %10s %12.1f %10.2f %10.2f %8s\n", l, st, n / s, a / 1000, b / 1000, e }'
done < "$work/searches.txt"
echo "work directory: $work"
