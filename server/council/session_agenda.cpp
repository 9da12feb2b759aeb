// Papers of a session, their steps and TOPs.
#include "server/council/session_agenda.h"

#include <algorithm>
#include <map>

#include "schema/text_fold.h"
#include "server/search/document_lookup.h"
#include "server/search/searcher.h"

namespace ratsarchiv::server::council {

namespace {
// "2025-03-11" -> "20250311" (a step's ISO date as a session day).
std::string day_of(const std::optional<std::string>& iso) {
    if (!iso || iso->size() != 10) {
        return {};
    }
    return iso->substr(0, 4) + iso->substr(5, 2) + iso->substr(8, 2);
}

// The parts of a TOP: runs of digits as numbers, other characters as themselves.
std::vector<std::pair<long, std::string>> top_parts(const std::string& top) {
    std::vector<std::pair<long, std::string>> parts;
    std::size_t i = 0;
    while (i < top.size()) {
        if (top[i] >= '0' && top[i] <= '9') {
            long n = 0;
            while (i < top.size() && top[i] >= '0' && top[i] <= '9' && n < 100000000) {
                n = n * 10 + (top[i++] - '0');
            }
            parts.push_back({n, ""});
        } else if (top[i] == ' ' || top[i] == '.') {
            ++i;
        } else {
            parts.push_back({-1, std::string(1, top[i++])});
        }
    }
    return parts;
}
using Tops = std::map<std::string, std::pair<std::string, std::string>>;

// Papers a Niederschrift records whose own Beratungsfolge does not name this session.
void add_recorded_papers(Xapian::Database& db, const Audience& audience, const Tops& tops,
                         SessionAgenda& agenda) {
    for (const auto& [number, top] : tops) {
        const bool listed =
            std::any_of(agenda.papers.begin(), agenda.papers.end(), [&](const AgendaEntry& e) {
                return schema::fold_keyword(e.number) == number;
            });
        if (listed) {
            continue;
        }
        for (const auto& doc : documents_with_number(db, audience, number, 1)) {
            SearchHit hit = hit_from_document(doc);
            agenda.papers.push_back(
                {hit.id, hit.number, hit.type, hit.thema, hit.date, top.first, top.second, {}});
        }
    }
}
} // namespace

bool top_before(const std::string& a, const std::string& b) {
    return top_parts(a) < top_parts(b);
}

SessionAgenda read_agenda(Xapian::Database& db, const Audience& audience,
                          const SessionEntry& session) {
    SessionAgenda agenda;
    const std::string gremium = schema::fold_keyword(session.gremium);
    // The TOP and the Niederschrift of each paper number the Niederschriften give.
    Tops tops;
    for (Xapian::docid did : session.records) {
        Xapian::Document doc = db.get_document(did);
        if (!may_see(audience, doc)) {
            continue;
        }
        CouncilDocument record = visible_document(audience, doc);
        agenda.niederschriften.push_back({record.id, record.thema});
        if (!record.session) {
            continue;
        }
        for (const auto& item : record.session->agenda) {
            tops.try_emplace(schema::fold_keyword(item.number), item.top, record.id);
        }
    }
    for (Xapian::docid did : session.papers) {
        Xapian::Document doc = db.get_document(did);
        if (!may_see(audience, doc)) {
            continue;
        }
        CouncilDocument paper = visible_document(audience, doc);
        AgendaEntry entry{paper.id, paper.number, paper.type, paper.thema, paper.date, {}, {}, {}};
        for (const auto& step : paper.beratungsfolge) {
            if (day_of(step.date) == session.day && schema::fold_keyword(step.gremium) == gremium) {
                entry.step = step;
                break;
            }
        }
        if (auto top = tops.find(schema::fold_keyword(paper.number));
            !paper.number.empty() && top != tops.end()) {
            entry.top = top->second.first;
            entry.niederschrift = top->second.second;
        } else if (entry.step && !entry.step->top.empty()) {
            entry.top = entry.step->top; // the paper's own table gives the item
        }
        agenda.papers.push_back(std::move(entry));
    }
    add_recorded_papers(db, audience, tops, agenda);
    std::stable_sort(agenda.papers.begin(), agenda.papers.end(),
                     [](const AgendaEntry& a, const AgendaEntry& b) {
                         if (a.top.empty() != b.top.empty()) {
                             return !a.top.empty();
                         }
                         if (!a.top.empty() && a.top != b.top) {
                             return top_before(a.top, b.top);
                         }
                         return a.number < b.number;
                     });
    return agenda;
}

} // namespace ratsarchiv::server::council
