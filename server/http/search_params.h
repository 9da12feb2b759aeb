// Reading a SearchRequest from /api/search (and /api/facets) query parameters, with a
// BadParameter naming the parameter for every invalid value.
#pragma once

#include <string>
#include <vector>

#include "server/config/server_config.h"
#include "server/http/query_params.h"
#include "server/search/search_request.h"

namespace ratsarchiv::server {

/// The fixed parameters of a search (the kFields filter params come on top).
const std::vector<std::string>& fixed_search_parameters();

/// Parses and validates a search request; limits come from `config`.
SearchRequest parse_search_request(const QueryParams& params, const ServerConfig& config);

/// "yyyy-mm-dd" or "yyyy" -> "yyyymmdd" (start or end of the year); BadParameter otherwise.
std::string parse_date_param(const std::string& name, const std::string& value, bool end);

} // namespace ratsarchiv::server
