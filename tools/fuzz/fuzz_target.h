// The entry points every fuzz target defines: libFuzzer's LLVMFuzzerTestOneInput, and the
// check that turns a broken invariant into a crash the fuzzer reports.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace ratsarchiv::fuzz {

/// Aborts (a finding) when `ok` is false; unlike assert it stays in release builds.
inline void require(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
        std::abort();
    }
}

} // namespace ratsarchiv::fuzz
