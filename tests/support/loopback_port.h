// Free loopback ports for the peers tests start (xapian-tcpsrv, xapian-replicate-server), which
// take a port number and cannot be asked to choose one.
#pragma once

#include <cstdint>

namespace ratsarchiv::testing {

/// A loopback port nobody listens on now (the kernel's choice for a socket bound to port 0).
std::uint16_t unused_port();

} // namespace ratsarchiv::testing
