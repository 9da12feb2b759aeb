// Where the shards of an archive are (config key db.shards): each shard is one index built by
// ratsarchiv-index, read from local directories or from xapian-tcpsrv on another machine, and
// the server searches all of them as one archive. The parts keep the two-part layout
// (schema/index_layout.h) per shard, so what anonymous users are answered from holds no
// non-public document, whichever machine a shard sits on.
//
//   db.shards = NAME=PART[,PART...] [; NAME=PART[,PART...] ...]
//   PART      = [ROLE@]LOCATION, ROLE one of public, restricted, spelling
//   LOCATION  = tcp://HOST:PORT (xapian-tcpsrv) or a local directory
//
// A PART without a role is a local index directory and gives both its parts. `spelling` names a
// database holding only the shard's spelling table (ratsarchiv-index --spelling-part): Xapian's
// remote backend serves no spelling data, so a remote shard's "Meinten Sie" words come from a
// local copy of it (replicated with xapian-replicate).
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace ratsarchiv::server {

/// One database of a shard: a local directory or a xapian-tcpsrv endpoint.
struct ShardLocation {
    std::string path; ///< local directory; empty when remote
    std::string host; ///< remote host; empty when local
    unsigned port = 0;

    bool remote() const { return !host.empty(); }
    /// As written in the configuration (tcp://host:port or the path).
    std::string text() const;
};

/// One shard of the archive.
struct ShardSpec {
    std::string name;
    ShardLocation public_part;
    std::optional<ShardLocation> restricted_part; ///< none on a public mirror
    std::optional<ShardLocation> spelling_part;   ///< a remote public part's spelling

    bool remote() const;
    /// The databases of this shard: the public part and its spelling, and the restricted part
    /// when `with_restricted` (what staff read).
    std::vector<const ShardLocation*> parts(bool with_restricted) const;
};

/// Parses the value of db.shards; throws ConfigError("db.shards", ...) naming what is wrong
/// (a shard without a name or public part, a name given twice, a bad port, an unknown role).
std::vector<ShardSpec> parse_shard_specs(const std::string& text);

/// The one shard of an index directory (db.path), named `name`.
ShardSpec local_index_shard(const std::string& name, const std::string& index_dir,
                            bool public_only);

} // namespace ratsarchiv::server
