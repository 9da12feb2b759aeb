// The request's session directory, session list filters and session list entries.
#include "server/council/session_reading.h"

#include <chrono>
#include <ctime>

#include <Poco/URI.h>

#include "schema/errors.h"
#include "schema/fields.h"
#include "schema/text_fold.h"
#include "server/oparl/handler_support.h"

namespace ratsarchiv::server::council {

namespace {
// "2025-03-11" -> "20250311"; BadParameter naming `parameter` for anything else.
std::string day_parameter(const QueryParams& params, const std::string& parameter) {
    auto value = params.get(parameter);
    if (!value || value->empty()) {
        return {};
    }
    const std::string& v = *value;
    bool ok = v.size() == 10 && v[4] == '-' && v[7] == '-';
    for (std::size_t i = 0; ok && i < v.size(); ++i) {
        ok = i == 4 || i == 7 || (v[i] >= '0' && v[i] <= '9');
    }
    if (!ok) {
        throw BadParameter(parameter, "must be a date yyyy-mm-dd");
    }
    return v.substr(0, 4) + v.substr(5, 2) + v.substr(8, 2);
}

std::string path_segment(const std::string& text) {
    std::string out;
    Poco::URI::encode(text, "/?#&=+%", out);
    return out;
}
} // namespace

std::shared_ptr<const SessionDirectory> directory_of(RequestContext& ctx) {
    auto catalog = oparl::catalog_of(ctx);
    const std::string revision = ctx.search_view().revision;
    Xapian::Database& db = ctx.db();
    return ctx.state.session_directories.get(
        revision, [&db, &catalog] { return build_session_directory(db, *catalog); });
}

bool SessionFilter::matches(const SessionEntry& session) const {
    return (gremium.empty() || schema::fold_keyword(session.gremium) == gremium) &&
           (body_id.empty() || session.body_id == body_id) &&
           (from.empty() || session.day >= from) && (to.empty() || session.day <= to);
}

SessionFilter session_filter_of(const QueryParams& params) {
    SessionFilter filter;
    filter.gremium = schema::fold_keyword(params.get("gremium").value_or(""));
    filter.body_id = params.get("body").value_or("");
    filter.from = day_parameter(params, "from");
    filter.to = day_parameter(params, "to");
    if (!filter.from.empty() && !filter.to.empty() && filter.from > filter.to) {
        throw BadParameter("to", "must not be before `from`");
    }
    return filter;
}

Poco::Dynamic::Var or_null(const std::string& s) {
    return s.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(s);
}

std::string iso_day(const std::string& yyyymmdd) {
    if (yyyymmdd.size() != 8) {
        return yyyymmdd;
    }
    return yyyymmdd.substr(0, 4) + "-" + yyyymmdd.substr(4, 2) + "-" + yyyymmdd.substr(6, 2);
}

std::string today_yyyymmdd() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    char out[9];
    std::strftime(out, sizeof out, "%Y%m%d", &utc);
    return out;
}

std::string session_path(const SessionEntry& session) {
    return "/sitzung/" + session.id;
}
std::string committee_path(const std::string& name) {
    return "/gremium/" + path_segment(name);
}
std::string person_path(const std::string& name) {
    return "/person/" + path_segment(name);
}

Poco::JSON::Object::Ptr session_summary_json(Xapian::Database& db, const SessionEntry& session) {
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    o->set("id", session.id);
    o->set("gremium", session.gremium);
    o->set("date", iso_day(session.day));
    o->set("body", session.body_name);
    o->set("body_id", session.body_id);
    o->set("papers", session.papers.size());
    Poco::JSON::Array::Ptr records = new Poco::JSON::Array;
    for (Xapian::docid did : session.records) {
        records->add(db.get_document(did).get_value(schema::kSlotDocumentId));
    }
    o->set("niederschriften", records);
    o->set("url", session_path(session));
    return o;
}

} // namespace ratsarchiv::server::council
