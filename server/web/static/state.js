// The page state and its URL: every search state is a shareable address, and the address is
// the only source of truth (the back button and a pasted link restore exactly what was shown).

/** Facet fields in display order, with their German labels (schema/fields.h kFields). */
export const FACETS = [
  { name: 'gremium', label: 'Gremium' },
  { name: 'type', label: 'Dokumenttyp' },
  { name: 'amt', label: 'Amt' },
  { name: 'year', label: 'Jahr' },
  { name: 'session_year', label: 'Sitzungsjahr' },
  { name: 'body', label: 'Körperschaft' },
  { name: 'signatory', label: 'Unterzeichner' },
  { name: 'submitter', label: 'Eingereicht von' },
];

export const PAGE_SIZE = 20;
const SORTS = ['relevance', 'date_desc', 'date_asc'];
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** The order without a choice: by relevance for a query, newest first for browsing. */
export function defaultSort(q) {
  return q ? 'relevance' : 'date_desc';
}

/** Reads the state from a location (pathname + search). */
export function stateFromLocation(loc) {
  const params = new URLSearchParams(loc.search);
  const docMatch = loc.pathname.match(/^\/dokument\/([^/]+)\/?$/);
  const filters = {};
  for (const f of FACETS) {
    filters[f.name] = params.getAll(f.name).filter((v) => v !== '');
  }
  const page = Number.parseInt(params.get('page') || '1', 10);
  const q = params.get('q') || '';
  const sort = params.get('sort') || defaultSort(q);
  return {
    view: docMatch ? 'document' : 'search',
    id: docMatch ? decodeURIComponent(docMatch[1]) : '',
    q,
    filters,
    from: DATE_RE.test(params.get('from') || '') ? params.get('from') : '',
    to: DATE_RE.test(params.get('to') || '') ? params.get('to') : '',
    sort: SORTS.includes(sort) ? sort : defaultSort(q),
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

/**
 * The search parameters of a state, as the API and the page address both take them. The
 * address leaves out the default order; the API (whose own default is relevance) and the
 * export links always get it.
 */
export function searchParams(state, { withPage = true, forApi = false } = {}) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const f of FACETS) {
    for (const v of state.filters[f.name] || []) params.append(f.name, v);
  }
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.sort && (forApi || state.sort !== defaultSort(state.q))) params.set('sort', state.sort);
  if (withPage && state.page > 1) params.set('page', String(state.page));
  return params;
}

/** The page address of a search state. */
export function searchUrl(state) {
  const qs = searchParams(state).toString();
  return qs ? `/?${qs}` : '/';
}

/** The page address of a document, carrying the query so its matches can be highlighted. */
export function documentUrl(id, q) {
  const qs = q ? `?${new URLSearchParams({ q }).toString()}` : '';
  return `/dokument/${encodeURIComponent(id)}${qs}`;
}

/** A copy of the state with changes applied; any change except paging goes back to page 1. */
export function withChanges(state, changes) {
  const next = {
    ...state,
    filters: Object.fromEntries(FACETS.map((f) => [f.name, [...(state.filters[f.name] || [])]])),
    page: 1,
    view: 'search',
    id: '',
  };
  return Object.assign(next, changes);
}

/** A copy of the state with a filter value added or removed. */
export function toggleFilter(state, name, value) {
  const next = withChanges(state, {});
  const values = next.filters[name];
  const at = values.indexOf(value);
  if (at >= 0) values.splice(at, 1);
  else values.push(value);
  return next;
}
