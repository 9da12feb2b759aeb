// Prometheus text rendering of the request metrics.
#include "server/http/metrics.h"

#include <sstream>

namespace ratsarchiv::server {

namespace {
// A label value as the text format wants it: backslash, quote and newline escaped.
std::string label_value(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '\\' || c == '"') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else {
            out += c;
        }
    }
    return out;
}
} // namespace

void Metrics::record(const std::string& route, int status, double seconds) {
    std::lock_guard lock(mutex_);
    ++requests_[{route.empty() ? std::string("unmatched") : route, status}];
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
        if (seconds <= kBuckets[i]) {
            ++bucket_counts_[i];
        }
    }
    ++count_;
    sum_ += seconds;
}

std::string Metrics::render(const IndexGauges& index) const {
    std::ostringstream out;
    std::lock_guard lock(mutex_);
    out << "# HELP ratsarchiv_requests_total HTTP requests by route and status.\n"
        << "# TYPE ratsarchiv_requests_total counter\n";
    for (const auto& [key, n] : requests_) {
        out << "ratsarchiv_requests_total{route=\"" << key.first << "\",status=\"" << key.second
            << "\"} " << n << "\n";
    }
    out << "# HELP ratsarchiv_request_duration_seconds Time to answer a request.\n"
        << "# TYPE ratsarchiv_request_duration_seconds histogram\n";
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
        out << "ratsarchiv_request_duration_seconds_bucket{le=\"" << kBuckets[i] << "\"} "
            << bucket_counts_[i] << "\n";
    }
    out << "ratsarchiv_request_duration_seconds_bucket{le=\"+Inf\"} " << count_ << "\n"
        << "ratsarchiv_request_duration_seconds_sum " << sum_ << "\n"
        << "ratsarchiv_request_duration_seconds_count " << count_ << "\n"
        << "# HELP ratsarchiv_index_documents Documents in the index.\n"
        << "# TYPE ratsarchiv_index_documents gauge\n"
        << "ratsarchiv_index_documents " << index.documents << "\n"
        << "# HELP ratsarchiv_index_size_bytes Size of the index on disk.\n"
        << "# TYPE ratsarchiv_index_size_bytes gauge\n"
        << "ratsarchiv_index_size_bytes " << index.disk_bytes << "\n"
        << "# HELP ratsarchiv_index_age_seconds Seconds since the index last changed.\n"
        << "# TYPE ratsarchiv_index_age_seconds gauge\n"
        << "ratsarchiv_index_age_seconds " << index.age_seconds << "\n"
        << "# HELP ratsarchiv_shard_up Whether a shard of the archive answers (1) or is left "
           "out of answers (0).\n"
        << "# TYPE ratsarchiv_shard_up gauge\n";
    for (const auto& shard : index.shards) {
        out << "ratsarchiv_shard_up{shard=\"" << label_value(shard.name) << "\"} "
            << (shard.up ? 1 : 0) << "\n";
    }
    return out.str();
}

} // namespace ratsarchiv::server
