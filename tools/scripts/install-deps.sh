#!/usr/bin/env bash
# Installs the Debian packages ratsarchiv needs, only those that are missing.
#   install-deps.sh            build, run and test (incl. the browser test's chromium)
#   install-deps.sh --bench    also the peers for benchmarks and evaluations (PostgreSQL, wrk)
#   install-deps.sh --fuzz     also clang and its libFuzzer/sanitizer runtime (tools/fuzz/)
set -euo pipefail

packages=(build-essential cmake pkg-config ccache libxapian-dev xapian-tools libpoco-dev
    libicu-dev zlib1g-dev libjemalloc-dev catch2 wngerman hunspell-de-de curl ca-certificates
    chromium nodejs npm python3-jsonschema python3-icalendar)
if [[ "${1:-}" == "--bench" ]]; then
    packages+=(xapian-omega postgresql wrk hyperfine)
fi
if [[ "${1:-}" == "--fuzz" ]]; then
    packages+=(clang libclang-rt-14-dev)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        # node and npm may come from elsewhere on the machine; accept working commands.
        if [[ "$p" == nodejs ]] && command -v node >/dev/null; then continue; fi
        if [[ "$p" == npm ]] && command -v npm >/dev/null; then continue; fi
        missing+=("$p")
    fi
done

if ((${#missing[@]})); then
    echo "installing: ${missing[*]}" >&2
    sudo_cmd=()
    [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
fi

# The browser test's driver (playwright-core), from the lock file; it never downloads a browser.
root=$(cd "$(dirname "$0")/../.." && pwd)
if [[ -f "$root/tests/browser/package-lock.json" && ! -d "$root/tests/browser/node_modules" ]]; then
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --prefix "$root/tests/browser" --no-audit --no-fund \
        >/dev/null
fi
