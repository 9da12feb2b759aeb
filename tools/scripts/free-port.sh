# Sourced by the benchmark scripts. free_port N prints the first loopback port from N on (within
# 500) that nothing listens on; peers such as xapian-tcpsrv and PostgreSQL take a port number
# and cannot be asked to choose one.
free_port() {
    local p
    for p in $(seq "$1" $(($1 + 500))); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
    done
    echo "no free port" >&2; exit 1
}
