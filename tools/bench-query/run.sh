#!/usr/bin/env bash
# Query benchmark: ratsarchiv-server vs PostgreSQL german full-text search, same queries, same
# facet counts, concurrency 2, in one run. Prints requests/s, p50, p99 for both and the ratio,
# for two query sets: D, a mix drawn from document titles (--queries of them), and T, the first
# two words of five or more letters of each labeled thema in --labels (default
# ../shared/corpus/karlsruhe/labels.jsonl; --thema-queries distinct ones, 2000).
#
#   tools/bench-query/run.sh [--build DIR] [--db DIR] [--corpus PATH] [--duration SECONDS]
#                            [--queries N] [--thema-queries N] [--labels FILE] [--work DIR]
#
# --db reuses an index; otherwise the corpus (default ../shared/corpus/karlsruhe/texts.tar.gz)
# is indexed into the work directory first. Needs wrk and PostgreSQL (initdb, pg_ctl, psql,
# pgbench); as root, PostgreSQL runs as the postgres user. Everything started here is stopped
# by its PID at the end. A tool, not a test: it prints figures and never fails on time.
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
build="$repo/build"
db=""
corpus="$repo/../shared/corpus/karlsruhe/texts.tar.gz"
duration=30
queries=200
thema_queries=2000
labels="$repo/../shared/corpus/karlsruhe/labels.jsonl"
work=""
while [ $# -gt 0 ]; do
    case "$1" in
        --build) build="$2"; shift 2 ;;
        --db) db="$2"; shift 2 ;;
        --corpus) corpus="$2"; shift 2 ;;
        --duration) duration="$2"; shift 2 ;;
        --queries) queries="$2"; shift 2 ;;
        --thema-queries) thema_queries="$2"; shift 2 ;;
        --labels) labels="$2"; shift 2 ;;
        --work) work="$2"; shift 2 ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
done
[ -n "$work" ] || work="$(mktemp -d "${TMPDIR:-/tmp}/ratsarchiv-bench.XXXXXX")"
mkdir -p "$work"
work="$(cd "$work" && pwd)"
chmod 755 "$work"
pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
for tool in wrk "$pgbin/initdb" "$pgbin/pg_ctl" "$pgbin/pgbench" "$pgbin/psql"; do
    command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 2; }
done

server_pid=""
pgdata="$work/pg"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
    if [ -n "$server_pid" ]; then kill -TERM "$server_pid" 2>/dev/null || true; fi
    if [ -f "$pgdata/postmaster.pid" ]; then
        kill -INT "$(head -1 "$pgdata/postmaster.pid")" 2>/dev/null || true
    fi
}
trap cleanup EXIT

# shellcheck source=../scripts/free-port.sh
source "$repo/tools/scripts/free-port.sh"

# 1. The index.
[ -z "$db" ] || db="$(cd "$db" && pwd)"
if [ -z "$db" ]; then
    db="$work/db"
    echo "== indexing $corpus"
    "$build/ratsarchiv-index" --db "$db" "$corpus" 2>&1 | tail -2
fi
echo "== preparing queries from $db"
# Set D: the default mix from document titles; set T: two thema words of each labeled document.
mkdir -p "$work/D" "$work/T"
"$build/ratsarchiv-bench-query" --db "$db" --out "$work/D" --queries "$queries"
mv "$work/D/docs.copy" "$work/docs.copy"
sets="D"
if [ -f "$labels" ]; then
    "$build/ratsarchiv-bench-query" --db "$db" --out "$work/T" --queries "$thema_queries" \
        --labels "$labels" --no-documents
    sets="D T"
else
    echo "no labels at $labels: set T left out" >&2
fi

# 2. ratsarchiv under wrk, each set after its own warm-up.
"$build/ratsarchiv-server" --db "$db" --port 0 --threads 4 --set log.access=false \
    > "$work/server.log" 2>&1 &
server_pid=$!
port=""
for _ in $(seq 1 100); do
    port="$(sed -n 's|.*listening on http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$work/server.log")"
    [ -n "$port" ] && break
    sleep 0.1
done
[ -n "$port" ] || { echo "server did not start:" >&2; cat "$work/server.log" >&2; exit 1; }
url="http://127.0.0.1:$port"
for set in $sets; do
    echo "== ratsarchiv on $url, set $set: warm-up 5 s, then ${duration} s at concurrency 2"
    wrk -t2 -c2 -d5s -s "$work/$set/wrk.lua" "$url" > /dev/null
    wrk -t2 -c2 -d"${duration}s" -s "$work/$set/wrk.lua" "$url" | grep '^RESULT' > "$work/$set/wrk.result"
done
kill -TERM "$server_pid"; wait "$server_pid" || true; server_pid=""

# 3. PostgreSQL german FTS with pgbench.
pgport="$(free_port 25432)"
echo "== PostgreSQL ($pgbin) on 127.0.0.1:$pgport: loading $(wc -l < "$work/docs.copy") documents"
mkdir -p "$pgdata"
[ "$(id -u)" = 0 ] && chown -R postgres "$work"
as_pg "$pgbin/initdb" -D "$pgdata" -E UTF8 --locale=C.UTF-8 -A trust > "$work/initdb.log"
as_pg "$pgbin/pg_ctl" -D "$pgdata" -l "$work/pg.log" -w start -o \
    "-p $pgport -k $work -c listen_addresses=127.0.0.1 -c shared_buffers=1GB -c work_mem=64MB -c jit=off" \
    > /dev/null
psql_run() { as_pg "$pgbin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pgport" -U postgres "$@"; }
psql_run -d postgres <<SQL
CREATE TABLE docs (id text PRIMARY KEY, type text, number text, date date, year text, thema text,
                   body text, amt text, signatory text, gremien text[], text text);
\copy docs FROM '$work/docs.copy'
ALTER TABLE docs ADD COLUMN tsv tsvector GENERATED ALWAYS AS
    (to_tsvector('german', coalesce(thema, '') || ' ' || coalesce(text, ''))) STORED;
CREATE INDEX docs_tsv ON docs USING gin (tsv);
CREATE TABLE bench_queries (id int PRIMARY KEY, qtext text, ftype text, fyear text);
VACUUM ANALYZE;
SQL
for set in $sets; do
nq="$(wc -l < "$work/$set/queries.tsv")"
psql_run -d postgres <<SQL
TRUNCATE bench_queries;
\copy bench_queries FROM '$work/$set/pg_queries.copy'
ANALYZE bench_queries;
SQL
# One request = top 10 by ts_rank_cd, the exact total, and the six facets, each facet counted
# under the other active filters (as the server does).
cat > "$work/bench.sql" <<SQL
\set i random(1, $nq)
WITH q AS MATERIALIZED (
  SELECT websearch_to_tsquery('german', qtext) AS tsq, ftype, fyear FROM bench_queries WHERE id = :i),
m AS MATERIALIZED (
  SELECT d.id, d.type, d.year, d.amt, d.body, d.signatory, d.gremien,
         ts_rank_cd(d.tsv, q.tsq) AS rank,
         (q.ftype IS NULL OR d.type = q.ftype) AS type_ok, (q.fyear IS NULL OR d.year = q.fyear) AS year_ok
  FROM docs d, q WHERE d.tsv @@ q.tsq)
SELECT
  (SELECT count(*) FROM m WHERE type_ok AND year_ok) AS total,
  (SELECT json_agg(id) FROM (SELECT id FROM m WHERE type_ok AND year_ok ORDER BY rank DESC LIMIT 10) h) AS hits,
  (SELECT json_agg(f) FROM (SELECT type, count(*) FROM m WHERE year_ok AND type IS NOT NULL GROUP BY type ORDER BY 2 DESC LIMIT 50) f) AS f_type,
  (SELECT json_agg(f) FROM (SELECT year, count(*) FROM m WHERE type_ok AND year IS NOT NULL GROUP BY year ORDER BY 2 DESC LIMIT 50) f) AS f_year,
  (SELECT json_agg(f) FROM (SELECT amt, count(*) FROM m WHERE type_ok AND year_ok AND amt IS NOT NULL GROUP BY amt ORDER BY 2 DESC LIMIT 50) f) AS f_amt,
  (SELECT json_agg(f) FROM (SELECT body, count(*) FROM m WHERE type_ok AND year_ok AND body IS NOT NULL GROUP BY body ORDER BY 2 DESC LIMIT 50) f) AS f_body,
  (SELECT json_agg(f) FROM (SELECT signatory, count(*) FROM m WHERE type_ok AND year_ok AND signatory IS NOT NULL GROUP BY signatory ORDER BY 2 DESC LIMIT 50) f) AS f_signatory,
  (SELECT json_agg(f) FROM (SELECT g, count(*) FROM m, unnest(m.gremien) g WHERE type_ok AND year_ok GROUP BY g ORDER BY 2 DESC LIMIT 50) f) AS f_gremium;
SQL
[ "$(id -u)" = 0 ] && chown postgres "$work/bench.sql"
echo "== PostgreSQL, set $set: warm-up 5 s, then ${duration} s at concurrency 2"
as_pg "$pgbin/pgbench" -n -c 2 -j 2 -T 5 -f "$work/bench.sql" -h 127.0.0.1 -p "$pgport" \
    -U postgres postgres > /dev/null 2>&1
rm -f "$work"/pglog*
(cd "$work" && as_pg "$pgbin/pgbench" -n -c 2 -j 2 -T "$duration" -f "$work/bench.sql" -l \
    --log-prefix="$work/pglog" -h 127.0.0.1 -p "$pgport" -U postgres postgres > "$work/$set/pgbench.out" 2>&1)
cat "$work"/pglog* | awk '{print $3}' | sort -n > "$work/$set/pg_latencies.txt"
rm -f "$work"/pglog*
done
as_pg "$pgbin/pg_ctl" -D "$pgdata" -m fast stop > /dev/null

# 4. Figures.
ms() { awk -v v="$1" 'BEGIN { printf "%.2f", v / 1000 }'; }
echo
for set in $sets; do
    read -r _ rx_requests rx_seconds rx_p50 rx_p99 rx_errors < "$work/$set/wrk.result"
    rx_rps="$(awk -v n="$rx_requests" -v s="$rx_seconds" 'BEGIN { printf "%.1f", n / s }')"
    pg_tps="$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$work/$set/pgbench.out" | tail -1)"
    pg_failed="$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$work/$set/pgbench.out")"
    pg_n="$(wc -l < "$work/$set/pg_latencies.txt")"
    pg_p50="$(sed -n "$(( (pg_n * 50 + 99) / 100 ))p" "$work/$set/pg_latencies.txt")"
    pg_p99="$(sed -n "$(( (pg_n * 99 + 99) / 100 ))p" "$work/$set/pg_latencies.txt")"
    if [ "$set" = D ]; then
        echo "set D: $(wc -l < "$work/D/queries.tsv") queries (single words, 2-3 words, phrases; none / type / year filter; facets on)"
    else
        echo "set T: $(wc -l < "$work/T/queries.tsv") queries (the first two words of 5+ letters of each labeled thema; facets on)"
    fi
    printf "%-28s %12s %10s %10s %8s\n" "system" "requests/s" "p50 ms" "p99 ms" "errors"
    printf "%-28s %12s %10s %10s %8s\n" "ratsarchiv (wrk, c=2)" "$rx_rps" "$(ms "$rx_p50")" \
        "$(ms "$rx_p99")" "$rx_errors"
    printf "%-28s %12.1f %10s %10s %8s\n" "PostgreSQL FTS (pgbench, c=2)" "$pg_tps" "$(ms "$pg_p50")" \
        "$(ms "$pg_p99")" "${pg_failed:-0}"
    awk -v a="$rx_rps" -v b="$pg_tps" 'BEGIN { printf "ratio (ratsarchiv / PostgreSQL requests/s): %.1fx\n\n", a / b }'
done
echo "work directory: $work"
