#!/usr/bin/env bash
# The main job: install what is missing, build, index the shipped corpus/ and serve it on
# http://127.0.0.1:8080 (PORT=... to change). Stop with Ctrl-C.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
port=${PORT:-8080}
"$root/tools/scripts/install-deps.sh"
"$root/tools/scripts/build.sh"
db="$root/build/corpus-db"
rm -rf "$db.new"
"$root/build/ratsarchiv-index" --db "$db.new" "$root/corpus"
rm -rf "$db" && mv "$db.new" "$db"
echo "ratsarchiv: serving corpus/ on http://127.0.0.1:$port/"
exec "$root/build/ratsarchiv-server" --db "$db" --bind 127.0.0.1 --port "$port"
