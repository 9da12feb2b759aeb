// The OpenAPI 3 description of the API. Kept true by tests/integration/openapi_test.cpp, which
// checks that every route of routes.cpp and every parameter it accepts is described here.
#include "server/http/openapi_spec.h"

namespace ratsarchiv::server {

namespace {

constexpr std::string_view kSpec = R"json({
  "openapi": "3.0.3",
  "info": {
    "title": "ratsarchiv",
    "version": "0.1.0",
    "description": "Full-text search over German council documents (Vorlagen, Anträge, Anfragen, Stellungnahmen, Niederschriften). Anonymous callers see public documents only."
  },
  "servers": [{"url": "/"}],
  "paths": {
    "/api/search": {
      "get": {
        "summary": "Full-text search with facets",
        "description": "q syntax: words (all must match), \"a phrase\", -excluded, a OR b, word* (prefix), and field prefixes gremium:, amt:, typ:, jahr:, nummer:, body:, unterzeichner: (values with spaces in quotes). Several values of one filter parameter are OR-ed, different filters AND-ed. Each facet is counted under the other active filters.",
        "parameters": [
          {"$ref": "#/components/parameters/q"},
          {"$ref": "#/components/parameters/type"},
          {"$ref": "#/components/parameters/gremium"},
          {"$ref": "#/components/parameters/amt"},
          {"$ref": "#/components/parameters/year"},
          {"$ref": "#/components/parameters/body"},
          {"$ref": "#/components/parameters/signatory"},
          {"$ref": "#/components/parameters/submitter"},
          {"$ref": "#/components/parameters/number"},
          {"$ref": "#/components/parameters/session_year"},
          {"$ref": "#/components/parameters/session_from"},
          {"$ref": "#/components/parameters/session_to"},
          {"$ref": "#/components/parameters/from"},
          {"$ref": "#/components/parameters/to"},
          {"name": "sort", "in": "query", "schema": {"type": "string", "enum": ["relevance", "date_desc", "date_asc"], "default": "relevance"}},
          {"name": "page", "in": "query", "description": "1-based; page * limit must not exceed the configured page depth (default 10000)", "schema": {"type": "integer", "minimum": 1, "default": 1}},
          {"name": "limit", "in": "query", "description": "hits per page", "schema": {"type": "integer", "minimum": 0, "maximum": 100, "default": 10}},
          {"$ref": "#/components/parameters/facets"},
          {"$ref": "#/components/parameters/facet_size"},
          {"name": "snippets", "in": "query", "schema": {"type": "boolean", "default": true}}
        ],
        "responses": {
          "200": {"description": "hits and facets", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SearchResult"}}}},
          "400": {"$ref": "#/components/responses/BadParameter"}
        }
      }
    },
    "/api/facets": {
      "get": {
        "summary": "All facet values with counts (optionally under a query and filters)",
        "parameters": [
          {"$ref": "#/components/parameters/q"},
          {"$ref": "#/components/parameters/type"},
          {"$ref": "#/components/parameters/gremium"},
          {"$ref": "#/components/parameters/amt"},
          {"$ref": "#/components/parameters/year"},
          {"$ref": "#/components/parameters/body"},
          {"$ref": "#/components/parameters/signatory"},
          {"$ref": "#/components/parameters/submitter"},
          {"$ref": "#/components/parameters/number"},
          {"$ref": "#/components/parameters/session_year"},
          {"$ref": "#/components/parameters/session_from"},
          {"$ref": "#/components/parameters/session_to"},
          {"$ref": "#/components/parameters/from"},
          {"$ref": "#/components/parameters/to"},
          {"name": "sort", "in": "query", "description": "accepted for symmetry with /api/search; no effect", "schema": {"type": "string"}},
          {"name": "page", "in": "query", "description": "accepted for symmetry with /api/search; no effect", "schema": {"type": "integer"}},
          {"name": "limit", "in": "query", "description": "accepted for symmetry with /api/search; no effect", "schema": {"type": "integer"}},
          {"$ref": "#/components/parameters/facets"},
          {"$ref": "#/components/parameters/facet_size"},
          {"name": "snippets", "in": "query", "description": "accepted for symmetry; no effect", "schema": {"type": "boolean"}}
        ],
        "responses": {
          "200": {"description": "facet counts", "content": {"application/json": {"schema": {"type": "object", "properties": {"total": {"type": "integer"}, "facets": {"$ref": "#/components/schemas/Facets"}}}}}},
          "400": {"$ref": "#/components/responses/BadParameter"}
        }
      }
    },
    "/api/documents/{id}": {
      "get": {
        "summary": "One document: all fields, Beratungsfolge, attachments, full text, what it cites and what cites it",
        "parameters": [{"$ref": "#/components/parameters/id"}],
        "responses": {
          "200": {"description": "the document", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Document"}}}},
          "404": {"$ref": "#/components/responses/NotFound"}
        }
      }
    },
    "/api/documents/{id}/related": {
      "get": {
        "summary": "The reference chain around a document (oldest first), then similar documents",
        "parameters": [
          {"$ref": "#/components/parameters/id"},
          {"name": "limit", "in": "query", "description": "similar documents", "schema": {"type": "integer", "minimum": 1, "maximum": 50, "default": 10}}
        ],
        "responses": {
          "200": {"description": "related documents", "content": {"application/json": {"schema": {"type": "object", "properties": {"id": {"type": "string"}, "chain": {"type": "array", "items": {"$ref": "#/components/schemas/Summary"}}, "similar": {"type": "array", "items": {"$ref": "#/components/schemas/Summary"}}}}}}},
          "400": {"$ref": "#/components/responses/BadParameter"},
          "404": {"$ref": "#/components/responses/NotFound"}
        }
      }
    },
    "/api/suggest": {
      "get": {
        "summary": "Completion of words, document numbers and titles as the user types",
        "parameters": [
          {"name": "q", "in": "query", "description": "what was typed so far; the last word is completed", "schema": {"type": "string", "maxLength": 200}},
          {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 20, "default": 8}}
        ],
        "responses": {
          "200": {"description": "completions", "content": {"application/json": {"schema": {"type": "object", "properties": {"q": {"type": "string"}, "words": {"type": "array", "items": {"type": "string"}}, "numbers": {"type": "array", "items": {"type": "string"}}, "titles": {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "string"}, "number": {"type": "string"}, "thema": {"type": "string"}}}}}}}}},
          "400": {"$ref": "#/components/responses/BadParameter"}
        }
      }
    },
    "/feed.atom": {
      "get": {
        "summary": "Atom feed of a search",
        "description": "The newest 50 matches of the search, newest first (RFC 4287), for feed readers. Anonymous callers get public documents only.",
        "parameters": [
          {"$ref": "#/components/parameters/q"},
          {"$ref": "#/components/parameters/type"},
          {"$ref": "#/components/parameters/gremium"},
          {"$ref": "#/components/parameters/amt"},
          {"$ref": "#/components/parameters/year"},
          {"$ref": "#/components/parameters/body"},
          {"$ref": "#/components/parameters/signatory"},
          {"$ref": "#/components/parameters/submitter"},
          {"$ref": "#/components/parameters/number"},
          {"$ref": "#/components/parameters/session_year"},
          {"$ref": "#/components/parameters/session_from"},
          {"$ref": "#/components/parameters/session_to"},
          {"$ref": "#/components/parameters/from"},
          {"$ref": "#/components/parameters/to"},
          {"name": "sort", "in": "query", "description": "feeds are always newest first", "schema": {"type": "string", "enum": ["relevance", "date_desc", "date_asc"]}},
          {"name": "page", "in": "query", "description": "ignored: the whole result set", "schema": {"type": "integer"}},
          {"name": "limit", "in": "query", "description": "ignored: the whole result set (exports at most 10000 rows, feeds the newest 50)", "schema": {"type": "integer"}},
          {"$ref": "#/components/parameters/facets"},
          {"$ref": "#/components/parameters/facet_size"},
          {"name": "snippets", "in": "query", "description": "ignored", "schema": {"type": "boolean"}}
        ],
        "responses": {
          "200": {"description": "Atom feed of a search", "content": {"application/atom+xml": {}}},
          "400": {"$ref": "#/components/responses/BadParameter"}
        }
      }
    },
    "/api/export.csv": {
      "get": {
        "summary": "All results of a search as CSV",
        "description": "Every match (at most 10000 rows) as RFC 4180 CSV with a UTF-8 byte order mark; columns id, number, type, date, thema, body, amt, gremien, source, url, public (false marks a non-public row; only staff get such rows).",
        "parameters": [
          {"$ref": "#/components/parameters/q"},
          {"$ref": "#/components/parameters/type"},
          {"$ref": "#/components/parameters/gremium"},
          {"$ref": "#/components/parameters/amt"},
          {"$ref": "#/components/parameters/year"},
          {"$ref": "#/components/parameters/body"},
          {"$ref": "#/components/parameters/signatory"},
          {"$ref": "#/components/parameters/submitter"},
          {"$ref": "#/components/parameters/number"},
          {"$ref": "#/components/parameters/session_year"},
          {"$ref": "#/components/parameters/session_from"},
          {"$ref": "#/components/parameters/session_to"},
          {"$ref": "#/components/parameters/from"},
          {"$ref": "#/components/parameters/to"},
          {"name": "sort", "in": "query", "description": "feeds are always newest first", "schema": {"type": "string", "enum": ["relevance", "date_desc", "date_asc"]}},
          {"name": "page", "in": "query", "description": "ignored: the whole result set", "schema": {"type": "integer"}},
          {"name": "limit", "in": "query", "description": "ignored: the whole result set (exports at most 10000 rows, feeds the newest 50)", "schema": {"type": "integer"}},
          {"$ref": "#/components/parameters/facets"},
          {"$ref": "#/components/parameters/facet_size"},
          {"name": "snippets", "in": "query", "description": "ignored", "schema": {"type": "boolean"}}
        ],
        "responses": {
          "200": {"description": "All results of a search as CSV", "content": {"text/csv": {}}},
          "400": {"$ref": "#/components/responses/BadParameter"}
        }
      }
    },
    "/api/export.json": {
      "get": {
        "summary": "All results of a search as JSON",
        "description": "Every match (at most 10000); truncated tells whether the bound cut the set.",
        "parameters": [
          {"$ref": "#/components/parameters/q"},
          {"$ref": "#/components/parameters/type"},
          {"$ref": "#/components/parameters/gremium"},
          {"$ref": "#/components/parameters/amt"},
          {"$ref": "#/components/parameters/year"},
          {"$ref": "#/components/parameters/body"},
          {"$ref": "#/components/parameters/signatory"},
          {"$ref": "#/components/parameters/submitter"},
          {"$ref": "#/components/parameters/number"},
          {"$ref": "#/components/parameters/session_year"},
          {"$ref": "#/components/parameters/session_from"},
          {"$ref": "#/components/parameters/session_to"},
          {"$ref": "#/components/parameters/from"},
          {"$ref": "#/components/parameters/to"},
          {"name": "sort", "in": "query", "description": "feeds are always newest first", "schema": {"type": "string", "enum": ["relevance", "date_desc", "date_asc"]}},
          {"name": "page", "in": "query", "description": "ignored: the whole result set", "schema": {"type": "integer"}},
          {"name": "limit", "in": "query", "description": "ignored: the whole result set (exports at most 10000 rows, feeds the newest 50)", "schema": {"type": "integer"}},
          {"$ref": "#/components/parameters/facets"},
          {"$ref": "#/components/parameters/facet_size"},
          {"name": "snippets", "in": "query", "description": "ignored", "schema": {"type": "boolean"}}
        ],
        "responses": {
          "200": {"description": "All results of a search as JSON", "content": {"application/json": {"schema": {"type": "object", "properties": {"total": {"type": "integer"}, "exported": {"type": "integer"}, "truncated": {"type": "boolean"}, "hits": {"type": "array", "items": {"type": "object"}}}}}}},
          "400": {"$ref": "#/components/responses/BadParameter"}
        }
      }
    },
    "/": {
      "get": {
        "summary": "The search page (HTML); its address holds the search state",
        "parameters": [
          {"$ref": "#/components/parameters/q"},
          {"$ref": "#/components/parameters/type"},
          {"$ref": "#/components/parameters/gremium"},
          {"$ref": "#/components/parameters/amt"},
          {"$ref": "#/components/parameters/year"},
          {"$ref": "#/components/parameters/body"},
          {"$ref": "#/components/parameters/signatory"},
          {"$ref": "#/components/parameters/submitter"},
          {"$ref": "#/components/parameters/number"},
          {"$ref": "#/components/parameters/session_year"},
          {"$ref": "#/components/parameters/session_from"},
          {"$ref": "#/components/parameters/session_to"},
          {"$ref": "#/components/parameters/from"},
          {"$ref": "#/components/parameters/to"},
          {"name": "sort", "in": "query", "schema": {"type": "string", "enum": ["relevance", "date_desc", "date_asc"]}},
          {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
          {"$ref": "#/components/parameters/facets"},
          {"$ref": "#/components/parameters/facet_size"},
          {"name": "snippets", "in": "query", "schema": {"type": "boolean"}}
        ],
        "responses": {"200": {"description": "the page", "content": {"text/html": {}}}}
      }
    },
    "/api/sessions": {
      "get": {
        "summary": "Sessions (a committee on a day within a body, from the Beratungsfolge steps and Niederschriften that name it), by day; anonymous users get only sessions that public steps or documents name",
        "parameters": [
          {"name": "gremium", "in": "query", "description": "a committee (normalized name, any case)", "schema": {"type": "string"}},
          {"name": "body", "in": "query", "description": "a body id (as in OParl: stadt-karlsruhe)", "schema": {"type": "string"}},
          {"name": "from", "in": "query", "description": "first day, yyyy-mm-dd", "schema": {"type": "string", "format": "date"}},
          {"name": "to", "in": "query", "description": "last day, yyyy-mm-dd", "schema": {"type": "string", "format": "date"}},
          {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1, "default": 1}},
          {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 1000, "default": 100}}
        ],
        "responses": {
          "200": {"description": "sessions", "content": {"application/json": {"schema": {"type": "object", "properties": {"total": {"type": "integer"}, "page": {"type": "integer"}, "sessions": {"type": "array", "items": {"$ref": "#/components/schemas/Session"}}}}}}},
          "400": {"$ref": "#/components/responses/BadParameter"}
        }
      }
    },
    "/api/sessions.ics": {
      "get": {
        "summary": "The same sessions as an iCalendar (RFC 5545) feed: one all-day event per session, UID stable across re-indexing, URL of the session page",
        "parameters": [
          {"name": "gremium", "in": "query", "description": "a committee (normalized name, any case)", "schema": {"type": "string"}},
          {"name": "body", "in": "query", "description": "a body id", "schema": {"type": "string"}},
          {"name": "from", "in": "query", "schema": {"type": "string", "format": "date"}},
          {"name": "to", "in": "query", "schema": {"type": "string", "format": "date"}},
          {"name": "page", "in": "query", "description": "ignored by the feed", "schema": {"type": "integer", "minimum": 1}},
          {"name": "limit", "in": "query", "description": "ignored by the feed", "schema": {"type": "integer", "minimum": 1}}
        ],
        "responses": {
          "200": {"description": "a VCALENDAR", "content": {"text/calendar": {}}},
          "400": {"$ref": "#/components/responses/BadParameter"}
        }
      }
    },
    "/api/sessions/{id}": {
      "get": {
        "summary": "One session: its papers in agenda order (TOP where a Niederschrift gives it) with their step (role, result, votes), and its Niederschriften",
        "parameters": [{"$ref": "#/components/parameters/id"}],
        "responses": {
          "200": {"description": "the session", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Session"}}}},
          "404": {"$ref": "#/components/responses/NotFound"}
        }
      }
    },
    "/api/gremien": {
      "get": {
        "summary": "Every committee with its number of sessions and its bodies",
        "responses": {"200": {"description": "committees", "content": {"application/json": {"schema": {"type": "object"}}}}}
      }
    },
    "/api/gremien/{name}": {
      "get": {
        "summary": "One committee: upcoming and past sessions, sessions and papers per year, the papers it handled (newest first)",
        "parameters": [
          {"name": "name", "in": "path", "required": true, "schema": {"type": "string"}},
          {"name": "body", "in": "query", "description": "only this body's sessions and papers (a body id)", "schema": {"type": "string"}},
          {"name": "limit", "in": "query", "description": "papers listed", "schema": {"type": "integer", "minimum": 0, "maximum": 500, "default": 50}}
        ],
        "responses": {
          "200": {"description": "the committee", "content": {"application/json": {"schema": {"type": "object"}}}},
          "400": {"$ref": "#/components/responses/BadParameter"},
          "404": {"$ref": "#/components/responses/NotFound"}
        }
      }
    },
    "/api/people": {
      "get": {
        "summary": "The people and groups (Fraktionen, Stadträtinnen and Stadträte, others who submitted a paper, signatories) with the numbers of documents that name them, most first",
        "description": "Each entry: name (the normalized name, as on the person page), url (its page), documents (distinct documents), submitted (Anträge, Anfragen and amendments they submitted), answers (answers to those), signed (documents they signed). Counted over what the request's audience may see: a non-public document counts for staff only.",
        "parameters": [
          {"name": "q", "in": "query", "description": "only names of which the name or one of its words starts with this (any case, umlauts as in the search), at most 200 bytes", "schema": {"type": "string", "maxLength": 200}},
          {"name": "limit", "in": "query", "description": "entries listed (total counts all that match)", "schema": {"type": "integer", "minimum": 1, "maximum": 5000, "default": 100}}
        ],
        "responses": {
          "200": {"description": "{total, people: [{name, url, documents, submitted, answers, signed}]}", "content": {"application/json": {"schema": {"type": "object", "properties": {"total": {"type": "integer"}, "people": {"type": "array", "items": {"type": "object", "properties": {"name": {"type": "string"}, "url": {"type": "string"}, "documents": {"type": "integer"}, "submitted": {"type": "integer"}, "answers": {"type": "integer"}, "signed": {"type": "integer"}}}}}}}}},
          "400": {"$ref": "#/components/responses/BadParameter"}
        }
      }
    },
    "/api/people/{name}": {
      "get": {
        "summary": "A Fraktion or person: the Anträge and Anfragen they submitted (own_total of their own, then the papers the answers answer), the answers to them, and the documents they signed",
        "parameters": [
          {"name": "name", "in": "path", "required": true, "schema": {"type": "string"}},
          {"name": "limit", "in": "query", "description": "documents per list", "schema": {"type": "integer", "minimum": 1, "maximum": 500, "default": 100}}
        ],
        "responses": {
          "200": {"description": "the person or group", "content": {"application/json": {"schema": {"type": "object"}}}},
          "400": {"$ref": "#/components/responses/BadParameter"},
          "404": {"$ref": "#/components/responses/NotFound"}
        }
      }
    },
    "/gremien": {"get": {"summary": "The committees page (HTML)", "responses": {"200": {"description": "the page", "content": {"text/html": {}}}}}},
    "/gremium/{name}": {"get": {"summary": "A committee's page (HTML)", "parameters": [{"name": "name", "in": "path", "required": true, "schema": {"type": "string"}}, {"name": "body", "in": "query", "schema": {"type": "string"}}], "responses": {"200": {"description": "the page", "content": {"text/html": {}}}}}},
    "/sitzung/{id}": {"get": {"summary": "A session's page (HTML)", "parameters": [{"$ref": "#/components/parameters/id"}], "responses": {"200": {"description": "the page", "content": {"text/html": {}}}}}},
    "/personen": {"get": {"summary": "The people and groups page (HTML)", "parameters": [{"name": "q", "in": "query", "description": "the filter typed into the page", "schema": {"type": "string"}}], "responses": {"200": {"description": "the page", "content": {"text/html": {}}}}}},
    "/person/{name}": {"get": {"summary": "A Fraktion's or person's page (HTML)", "parameters": [{"name": "name", "in": "path", "required": true, "schema": {"type": "string"}}], "responses": {"200": {"description": "the page", "content": {"text/html": {}}}}}},
    "/dokument/{id}": {
      "get": {
        "summary": "The search page showing one document (HTML)",
        "parameters": [
          {"$ref": "#/components/parameters/id"},
          {"name": "q", "in": "query", "description": "words to highlight in the full text", "schema": {"type": "string"}}
        ],
        "responses": {"200": {"description": "the page", "content": {"text/html": {}}}}
      }
    },
    "/static/{file}": {
      "get": {
        "summary": "Scripts, styles and icons of the search page",
        "parameters": [{"name": "file", "in": "path", "required": true, "schema": {"type": "string"}}],
        "responses": {"200": {"description": "the file"}, "404": {"$ref": "#/components/responses/NotFound"}}
      }
    },
    "/api/health": {
      "get": {
        "summary": "Liveness and the number of documents the caller can see",
        "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object", "properties": {"status": {"type": "string"}, "version": {"type": "string"}, "documents": {"type": "integer"}, "uptime_seconds": {"type": "integer"}}}}}}}
      }
    },
    "/api/openapi.json": {
      "get": {
        "summary": "This document",
        "responses": {"200": {"description": "OpenAPI 3", "content": {"application/json": {}}}}
      }
    },
    "/metrics": {
      "get": {
        "summary": "Prometheus metrics: requests by route and status, latency histogram, index size and age",
        "responses": {"200": {"description": "Prometheus text format 0.0.4", "content": {"text/plain": {}}}}
      }
    },
    "/oparl/v1.1/body": {
      "get": {
        "summary": "OParl: the bodies (Körperschaften) of the archive",
        "parameters": [{"$ref": "#/components/parameters/created_since"}, {"$ref": "#/components/parameters/created_until"}, {"$ref": "#/components/parameters/modified_since"}, {"$ref": "#/components/parameters/modified_until"}, {"$ref": "#/components/parameters/oparl_limit"}, {"$ref": "#/components/parameters/oparl_page"}, {"$ref": "#/components/parameters/omit_internal"}],
        "responses": {"200": {"description": "one list page", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/OParlListPage"}}}}, "400": {"$ref": "#/components/responses/OParlError"}, "404": {"$ref": "#/components/responses/OParlError"}}
      }
    },
    "/oparl/v1.1/body/{id}/paper": {
      "get": {
        "summary": "OParl: the papers of a body, one per document, by id; with modified_since also the deleted ones",
        "parameters": [{"$ref": "#/components/parameters/id"}, {"$ref": "#/components/parameters/created_since"}, {"$ref": "#/components/parameters/created_until"}, {"$ref": "#/components/parameters/modified_since"}, {"$ref": "#/components/parameters/modified_until"}, {"$ref": "#/components/parameters/oparl_limit"}, {"$ref": "#/components/parameters/oparl_page"}, {"$ref": "#/components/parameters/omit_internal"}],
        "responses": {"200": {"description": "one list page", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/OParlListPage"}}}}, "400": {"$ref": "#/components/responses/OParlError"}, "404": {"$ref": "#/components/responses/OParlError"}}
      }
    },
    "/oparl/v1.1/body/{id}/organization": {
      "get": {
        "summary": "OParl: the organizations of a body (Gremien of the Beratungsfolge, Ämter)",
        "parameters": [{"$ref": "#/components/parameters/id"}, {"$ref": "#/components/parameters/created_since"}, {"$ref": "#/components/parameters/created_until"}, {"$ref": "#/components/parameters/modified_since"}, {"$ref": "#/components/parameters/modified_until"}, {"$ref": "#/components/parameters/oparl_limit"}, {"$ref": "#/components/parameters/oparl_page"}, {"$ref": "#/components/parameters/omit_internal"}],
        "responses": {"200": {"description": "one list page", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/OParlListPage"}}}}, "400": {"$ref": "#/components/responses/OParlError"}, "404": {"$ref": "#/components/responses/OParlError"}}
      }
    },
    "/oparl/v1.1/body/{id}/meeting": {
      "get": {
        "summary": "OParl: the meetings of a body (a Gremium's dated Beratungsfolge steps)",
        "parameters": [{"$ref": "#/components/parameters/id"}, {"$ref": "#/components/parameters/created_since"}, {"$ref": "#/components/parameters/created_until"}, {"$ref": "#/components/parameters/modified_since"}, {"$ref": "#/components/parameters/modified_until"}, {"$ref": "#/components/parameters/oparl_limit"}, {"$ref": "#/components/parameters/oparl_page"}, {"$ref": "#/components/parameters/omit_internal"}],
        "responses": {"200": {"description": "one list page", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/OParlListPage"}}}}, "400": {"$ref": "#/components/responses/OParlError"}, "404": {"$ref": "#/components/responses/OParlError"}}
      }
    },
    "/oparl/v1.1/body/{id}/person": {
      "get": {
        "summary": "OParl: the persons of a body (always empty: the archive knows none)",
        "parameters": [{"$ref": "#/components/parameters/id"}, {"$ref": "#/components/parameters/created_since"}, {"$ref": "#/components/parameters/created_until"}, {"$ref": "#/components/parameters/modified_since"}, {"$ref": "#/components/parameters/modified_until"}, {"$ref": "#/components/parameters/oparl_limit"}, {"$ref": "#/components/parameters/oparl_page"}, {"$ref": "#/components/parameters/omit_internal"}],
        "responses": {"200": {"description": "one list page", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/OParlListPage"}}}}, "400": {"$ref": "#/components/responses/OParlError"}, "404": {"$ref": "#/components/responses/OParlError"}}
      }
    },
    "/oparl/v1.1/organization/{id}/meeting": {
      "get": {
        "summary": "OParl: the meetings of a Gremium",
        "parameters": [{"$ref": "#/components/parameters/id"}, {"$ref": "#/components/parameters/created_since"}, {"$ref": "#/components/parameters/created_until"}, {"$ref": "#/components/parameters/modified_since"}, {"$ref": "#/components/parameters/modified_until"}, {"$ref": "#/components/parameters/oparl_limit"}, {"$ref": "#/components/parameters/oparl_page"}, {"$ref": "#/components/parameters/omit_internal"}],
        "responses": {"200": {"description": "one list page", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/OParlListPage"}}}}, "400": {"$ref": "#/components/responses/OParlError"}, "404": {"$ref": "#/components/responses/OParlError"}}
      }
    },
    "/oparl/v1.1/": {
      "get": {
        "summary": "OParl: the System object, entry point of the OParl 1.1 API",
        "responses": {"200": {"description": "an OParl System (https://schema.oparl.org/1.1/System)", "content": {"application/json": {"schema": {"type": "object"}}}}, "404": {"$ref": "#/components/responses/OParlError"}}
      }
    },
    "/oparl/v1.1": {
      "get": {
        "summary": "OParl: redirects (301) to the canonical entry point /oparl/v1.1/",
        "responses": {"301": {"description": "Location: the System object's URL"}}
      }
    },
    "/oparl/v1.1/system": {
      "get": {
        "summary": "OParl: the System object (the same as /oparl/v1.1/)",
        "responses": {"200": {"description": "an OParl System (https://schema.oparl.org/1.1/System)", "content": {"application/json": {"schema": {"type": "object"}}}}, "404": {"$ref": "#/components/responses/OParlError"}}
      }
    },
    "/oparl/v1.1/body/{id}": {
      "get": {
        "summary": "OParl: one Body",
        "parameters": [{"$ref": "#/components/parameters/id"}],
        "responses": {"200": {"description": "an OParl Body (https://schema.oparl.org/1.1/Body)", "content": {"application/json": {"schema": {"type": "object"}}}}, "404": {"$ref": "#/components/responses/OParlError"}}
      }
    },
    "/oparl/v1.1/organization/{id}": {
      "get": {
        "summary": "OParl: one Organization",
        "parameters": [{"$ref": "#/components/parameters/id"}],
        "responses": {"200": {"description": "an OParl Organization (https://schema.oparl.org/1.1/Organization)", "content": {"application/json": {"schema": {"type": "object"}}}}, "404": {"$ref": "#/components/responses/OParlError"}}
      }
    },
    "/oparl/v1.1/meeting/{id}": {
      "get": {
        "summary": "OParl: one Meeting",
        "parameters": [{"$ref": "#/components/parameters/id"}],
        "responses": {"200": {"description": "an OParl Meeting (https://schema.oparl.org/1.1/Meeting)", "content": {"application/json": {"schema": {"type": "object"}}}}, "404": {"$ref": "#/components/responses/OParlError"}}
      }
    },
    "/oparl/v1.1/paper/{id}": {
      "get": {
        "summary": "OParl: one Paper with its File and Consultations (id: the document id); a removed one as deleted",
        "parameters": [{"$ref": "#/components/parameters/id"}],
        "responses": {"200": {"description": "an OParl Paper (https://schema.oparl.org/1.1/Paper)", "content": {"application/json": {"schema": {"type": "object"}}}}, "404": {"$ref": "#/components/responses/OParlError"}}
      }
    },
    "/oparl/v1.1/consultation/{id}": {
      "get": {
        "summary": "OParl: one Consultation (id: document id, '-', step number)",
        "parameters": [{"$ref": "#/components/parameters/id"}],
        "responses": {"200": {"description": "an OParl Consultation (https://schema.oparl.org/1.1/Consultation)", "content": {"application/json": {"schema": {"type": "object"}}}}, "404": {"$ref": "#/components/responses/OParlError"}}
      }
    },
    "/oparl/v1.1/file/{id}": {
      "get": {
        "summary": "OParl: the File of a document's text",
        "parameters": [{"$ref": "#/components/parameters/id"}],
        "responses": {"200": {"description": "an OParl File (https://schema.oparl.org/1.1/File)", "content": {"application/json": {"schema": {"type": "object"}}}}, "404": {"$ref": "#/components/responses/OParlError"}}
      }
    },
    "/oparl/v1.1/file/{id}/access": {
      "get": {
        "summary": "OParl: a File's bytes (the document's text, text/plain)",
        "parameters": [{"$ref": "#/components/parameters/id"}],
        "responses": {"200": {"description": "the text", "content": {"text/plain": {}}}, "404": {"$ref": "#/components/responses/OParlError"}, "410": {"$ref": "#/components/responses/OParlError"}}
      }
    },
    "/oparl/v1.1/file/{id}/download": {
      "get": {
        "summary": "OParl: a File's bytes as a download (Content-Disposition: attachment)",
        "parameters": [{"$ref": "#/components/parameters/id"}],
        "responses": {"200": {"description": "the text", "content": {"text/plain": {}}}, "404": {"$ref": "#/components/responses/OParlError"}, "410": {"$ref": "#/components/responses/OParlError"}}
      }
    }
  },
  "components": {
    "parameters": {
      "id": {"name": "id", "in": "path", "required": true, "schema": {"type": "string"}},
      "q": {"name": "q", "in": "query", "description": "the query (see /api/search); at most limits.query_length bytes", "schema": {"type": "string"}},
      "type": {"name": "type", "in": "query", "description": "document type filter, repeatable (OR)", "schema": {"type": "array", "items": {"type": "string"}}, "explode": true},
      "gremium": {"name": "gremium", "in": "query", "description": "committee filter, repeatable (OR)", "schema": {"type": "array", "items": {"type": "string"}}, "explode": true},
      "amt": {"name": "amt", "in": "query", "description": "issuing office filter, repeatable (OR)", "schema": {"type": "array", "items": {"type": "string"}}, "explode": true},
      "year": {"name": "year", "in": "query", "description": "year filter yyyy, repeatable (OR)", "schema": {"type": "array", "items": {"type": "string", "pattern": "^[0-9]{4}$"}}, "explode": true},
      "body": {"name": "body", "in": "query", "description": "Körperschaft filter, repeatable (OR)", "schema": {"type": "array", "items": {"type": "string"}}, "explode": true},
      "signatory": {"name": "signatory", "in": "query", "description": "signatory filter, repeatable (OR)", "schema": {"type": "array", "items": {"type": "string"}}, "explode": true},
      "submitter": {"name": "submitter", "in": "query", "description": "filter by who submitted the paper: an Antrag or Anfrage itself, or the one a document answers (a normalized Fraktion such as CDU-Fraktion, or a person), repeatable (OR)", "schema": {"type": "array", "items": {"type": "string"}}, "explode": true},
      "number": {"name": "number", "in": "query", "description": "document number filter (canonical form), repeatable (OR)", "schema": {"type": "array", "items": {"type": "string"}}, "explode": true},
      "session_year": {"name": "session_year", "in": "query", "description": "year of a Beratungsfolge step, repeatable (OR)", "schema": {"type": "array", "items": {"type": "string", "pattern": "^[0-9]{4}$"}}, "explode": true},
      "session_from": {"name": "session_from", "in": "query", "description": "discussed from: a Beratungsfolge step (of the gremium filter's committees, if given) on or after this date, yyyy-mm-dd or yyyy", "schema": {"type": "string"}},
      "session_to": {"name": "session_to", "in": "query", "description": "discussed until: a Beratungsfolge step on or before this date, yyyy-mm-dd or yyyy", "schema": {"type": "string"}},
      "from": {"name": "from", "in": "query", "description": "earliest date of the document (date_source says where it comes from), yyyy-mm-dd or yyyy", "schema": {"type": "string"}},
      "to": {"name": "to", "in": "query", "description": "latest date, yyyy-mm-dd or yyyy", "schema": {"type": "string"}},
      "facets": {"name": "facets", "in": "query", "description": "count facets (and give an exact total)", "schema": {"type": "boolean", "default": true}},
      "facet_size": {"name": "facet_size", "in": "query", "description": "values per facet", "schema": {"type": "integer", "minimum": 1, "maximum": 1000, "default": 50}},
      "created_since": {"name": "created_since", "in": "query", "description": "OParl: objects created at or after this ISO 8601 date-time with time zone", "schema": {"type": "string", "format": "date-time"}},
      "created_until": {"name": "created_until", "in": "query", "description": "OParl: objects created at or before this date-time", "schema": {"type": "string", "format": "date-time"}},
      "modified_since": {"name": "modified_since", "in": "query", "description": "OParl: objects modified at or after this date-time; deleted papers are listed too", "schema": {"type": "string", "format": "date-time"}},
      "modified_until": {"name": "modified_until", "in": "query", "description": "OParl: objects modified at or before this date-time", "schema": {"type": "string", "format": "date-time"}},
      "oparl_limit": {"name": "limit", "in": "query", "description": "OParl: objects per page wished; the server serves at most oparl.page_size (default 100)", "schema": {"type": "integer", "minimum": 1}},
      "oparl_page": {"name": "page", "in": "query", "description": "OParl: the page, 1-based (follow links.next rather than counting)", "schema": {"type": "integer", "minimum": 1, "default": 1}},
      "omit_internal": {"name": "omit_internal", "in": "query", "description": "OParl: accepted; nothing this server embeds is on the list of what it leaves out", "schema": {"type": "boolean"}}
    },
    "responses": {
      "BadParameter": {"description": "a parameter is invalid", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
      "NotFound": {"description": "no such document or endpoint (also for documents the caller may not see)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
      "OParlError": {"description": "an OParl error object (OParl 1.1, chapter 2.9)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/OParlError"}}}}
    },
    "schemas": {
      "OParlError": {"type": "object", "properties": {"type": {"type": "string", "enum": ["https://schema.oparl.org/1.1/Error"]}, "message": {"type": "string", "description": "German, for users"}, "debug": {"type": "string", "description": "what was wrong, naming the parameter"}, "ratsarchiv:parameter": {"type": "string"}}, "required": ["type", "message"]},
      "OParlListPage": {"type": "object", "description": "OParl 1.1 list page (chapter 2.5)", "properties": {"data": {"type": "array", "items": {"type": "object"}}, "pagination": {"type": "object", "properties": {"totalElements": {"type": "integer"}, "elementsPerPage": {"type": "integer"}, "currentPage": {"type": "integer"}, "totalPages": {"type": "integer"}}}, "links": {"type": "object", "properties": {"first": {"type": "string"}, "prev": {"type": "string"}, "self": {"type": "string"}, "next": {"type": "string"}, "last": {"type": "string"}}}}, "required": ["data", "pagination", "links"]},
      "Error": {"type": "object", "properties": {"error": {"type": "object", "properties": {"parameter": {"type": "string"}, "message": {"type": "string"}}, "required": ["message"]}}},
      "Hit": {"type": "object", "properties": {"id": {"type": "string"}, "source": {"type": "string"}, "number": {"type": "string", "nullable": true}, "type": {"type": "string", "nullable": true}, "date": {"type": "string", "nullable": true, "description": "yyyy-mm-dd, or yyyy where only the year is known"}, "date_source": {"type": "string", "nullable": true, "enum": ["document", "session", "beratungsfolge", "number", "budget", "path", "text", "file_order", null]}, "thema": {"type": "string", "nullable": true}, "body": {"type": "string", "nullable": true}, "amt": {"type": "string", "nullable": true}, "gremien": {"type": "array", "items": {"type": "string"}}, "public": {"type": "boolean"}, "score": {"type": "number"}, "snippet": {"type": "string", "description": "HTML-escaped text with matches in <mark>"}}},
      "FacetValue": {"type": "object", "properties": {"value": {"type": "string"}, "count": {"type": "integer"}}},
      "Facets": {"type": "object", "description": "facet name (type, gremium, amt, year, body, signatory) -> values, most frequent first", "additionalProperties": {"type": "array", "items": {"$ref": "#/components/schemas/FacetValue"}}},
      "SearchResult": {"type": "object", "properties": {"total": {"type": "integer"}, "total_exact": {"type": "boolean", "description": "false when total is an estimate"}, "words_matched": {"type": "string", "enum": ["all", "any"], "description": "all: every word of q matched; any: no visible document has them all, so documents with some of them are listed"}, "page": {"type": "integer"}, "limit": {"type": "integer"}, "hits": {"type": "array", "items": {"$ref": "#/components/schemas/Hit"}}, "facets": {"$ref": "#/components/schemas/Facets"}, "suggestion": {"type": "string", "nullable": true, "description": "a corrected query that finds more"}, "partial": {"type": "boolean", "description": "true when shards of the archive did not answer and the answer lacks their documents"}, "shards_missing": {"type": "array", "items": {"type": "string"}, "description": "the shards (db.shards names) this answer lacks"}}},
      "Session": {"type": "object", "properties": {"id": {"type": "string", "description": "the OParl Meeting id"}, "gremium": {"type": "string"}, "date": {"type": "string", "format": "date"}, "body": {"type": "string"}, "body_id": {"type": "string"}, "papers": {"description": "a number in lists, the agenda in /api/sessions/{id}"}, "niederschriften": {"type": "array"}, "url": {"type": "string"}}},
      "Summary": {"type": "object", "properties": {"id": {"type": "string"}, "number": {"type": "string", "nullable": true}, "type": {"type": "string", "nullable": true}, "date": {"type": "string", "nullable": true, "description": "yyyy-mm-dd, or yyyy where only the year is known"}, "date_source": {"type": "string", "nullable": true, "enum": ["document", "session", "beratungsfolge", "number", "budget", "path", "text", "file_order", null]}, "thema": {"type": "string", "nullable": true}, "body": {"type": "string", "nullable": true}, "public": {"type": "boolean"}, "score": {"type": "number"}}},
      "Document": {"type": "object", "description": "all fields in the shape of the label files, plus gremien, text, cites and cited_by", "properties": {"id": {"type": "string"}, "source": {"type": "string"}, "type": {"type": "string", "nullable": true}, "number": {"type": "string", "nullable": true}, "date": {"type": "string", "nullable": true, "description": "yyyy-mm-dd, or yyyy where only the year is known"}, "date_source": {"type": "string", "nullable": true, "enum": ["document", "session", "beratungsfolge", "number", "budget", "path", "text", "file_order", null]}, "thema": {"type": "string", "nullable": true}, "body": {"type": "string", "nullable": true}, "amt": {"type": "string", "nullable": true}, "beratungsfolge": {"type": "array", "items": {"type": "object"}}, "attachments": {"type": "array", "items": {"type": "object"}}, "text": {"type": "string"}, "cites": {"type": "array", "items": {"type": "object", "properties": {"number": {"type": "string"}, "relation": {"type": "string", "nullable": true}, "id": {"type": "string", "nullable": true}, "thema": {"type": "string", "nullable": true}}}}, "cited_by": {"type": "array", "items": {"$ref": "#/components/schemas/Summary"}}}}
    }
  }
})json";

} // namespace

std::string_view openapi_json() {
    return kSpec;
}

} // namespace ratsarchiv::server
