// The search view: results, facets with counts, active-filter chips, the matches-per-year
// chart, "Meinten Sie …", pagination and the export/feed links of the current search.
import { h, replaceChildren, safeMarked, germanDate, germanNumber, DATE_SOURCES, documentTitle } from './dom.js';
import { FACETS, PAGE_SIZE, searchParams, searchUrl, documentUrl, withChanges, toggleFilter } from './state.js';

const FACET_VISIBLE = 8;
const MAX_PAGE_DEPTH = 10000;
const byId = (id) => document.getElementById(id);
const facetLabel = (name) => (FACETS.find((f) => f.name === name) || { label: name }).label;

/** Renders a search answer for `state`; `go(state)` navigates to another state. */
export function renderSearch(state, answer, go) {
  const total = Number(answer.total || 0);
  const estimated = answer.total_exact === false;
  byId('total').textContent = total === 0
    ? 'Keine Treffer'
    : `${estimated ? 'etwa ' : ''}${germanNumber(total)} ${total === 1 ? 'Treffer' : 'Treffer'}`
      // The server shows documents with some of the words only when none has them all.
      + (answer.words_matched === 'any' ? ' mit einzelnen Suchwörtern (kein Dokument enthält alle)' : '');
  renderSuggestion(state, answer.suggestion, go);
  renderChips(state, go);
  renderExports(state);
  renderHits(state, answer.hits || []);
  renderFacets(state, answer.facets || {}, go);
  renderYearChart(state, (answer.facets || {}).year || [], go);
  renderPagination(state, total, go);
}

function link(state, text, attrs, go) {
  return h('a', { href: searchUrl(state), ...attrs, onclick: (e) => navigate(e, state, go) }, text);
}

function navigate(event, state, go) {
  if (event.ctrlKey || event.metaKey || event.shiftKey || event.button === 1) return;
  event.preventDefault();
  go(state);
}

function renderSuggestion(state, suggestion, go) {
  const el = byId('did-you-mean');
  if (!suggestion || suggestion === state.q) {
    el.hidden = true;
    return;
  }
  replaceChildren(el, 'Meinten Sie ', link(withChanges(state, { q: suggestion }), suggestion,
    { class: 'suggestion-link' }, go), '?');
  el.hidden = false;
}

function renderChips(state, go) {
  const chips = [];
  for (const f of FACETS) {
    for (const value of state.filters[f.name]) {
      chips.push(chip(`${f.label}: ${value}`, toggleFilter(state, f.name, value), go));
    }
  }
  if (state.from) chips.push(chip(`ab ${germanDate(state.from)}`, withChanges(state, { from: '' }), go));
  if (state.to) chips.push(chip(`bis ${germanDate(state.to)}`, withChanges(state, { to: '' }), go));
  if (chips.length > 1) {
    const cleared = withChanges(state, { from: '', to: '' });
    for (const f of FACETS) cleared.filters[f.name] = [];
    chips.push(h('li', {}, link(cleared, 'Alle Filter entfernen', { class: 'chip-clear' }, go)));
  }
  replaceChildren(byId('chips'), chips);
}

function chip(text, without, go) {
  return h('li', { class: 'chip' },
    h('span', {}, text),
    h('a', { href: searchUrl(without), class: 'chip-remove', 'aria-label': `Filter entfernen: ${text}`,
      title: 'Filter entfernen', onclick: (e) => navigate(e, without, go) }, '×'));
}

function renderExports(state) {
  const qs = searchParams(state, { withPage: false, forApi: true }).toString();
  const suffix = qs ? `?${qs}` : '';
  byId('export-csv').href = `/api/export.csv${suffix}`;
  byId('export-json').href = `/api/export.json${suffix}`;
  byId('export-feed').href = `/feed.atom${suffix}`;
  byId('feed-link').href = `/feed.atom${suffix}`;
}

function renderHits(state, hits) {
  const items = hits.map((hit) => {
    const gremien = Array.isArray(hit.gremien) ? hit.gremien : [];
    const meta = [
      hit.number && h('span', { class: 'hit-number' }, hit.number),
      hit.type && h('span', { class: 'badge' }, hit.type),
      hit.date && h('time', { datetime: hit.date, title: DATE_SOURCES[hit.date_source] || '' }, germanDate(hit.date)),
      hit.body && h('span', {}, hit.body),
      hit.amt && h('span', {}, hit.amt),
    ].filter(Boolean);
    return h('li', { class: 'hit' },
      h('h3', { class: 'hit-title' },
        h('a', { href: documentUrl(hit.id, state.q) }, documentTitle(hit))),
      h('p', { class: 'hit-meta' }, meta),
      gremien.length ? h('p', { class: 'hit-gremien' }, h('span', { class: 'label' }, 'Gremien: '),
        gremien.join(' · ')) : null,
      hit.snippet ? h('p', { class: 'snippet' }, safeMarked(hit.snippet)) : null,
      hit.public === false ? h('p', { class: 'restricted' }, 'nicht öffentlich') : null);
  });
  replaceChildren(byId('hits'), items);
  if (!hits.length) {
    replaceChildren(byId('hits'), h('li', { class: 'no-hits' },
      'Keine Dokumente gefunden. Versuchen Sie andere Suchbegriffe oder entfernen Sie Filter.'));
  }
}

function renderFacets(state, facets, go) {
  const boxes = [];
  for (const f of FACETS) {
    const values = mergeSelected(facets[f.name] || [], state.filters[f.name]);
    // Years read best in time order (the chart shows the same counts as bars).
    if (f.name === 'year') values.sort((a, b) => b.value.localeCompare(a.value));
    if (!values.length) continue;
    boxes.push(facetBox(state, f, values, go));
  }
  replaceChildren(byId('facets'), boxes);
}

// A ticked value stays visible (count 0) even when the answer no longer lists it.
function mergeSelected(values, selected) {
  const list = values.map((v) => ({ value: String(v.value), count: Number(v.count || 0) }));
  for (const s of selected) {
    if (!list.some((v) => v.value === s)) list.unshift({ value: s, count: 0 });
  }
  return list;
}

// Gremien, submitters and signatories have pages of their own (council.js).
const PAGE_OF_FACET = { gremium: 'gremium', submitter: 'person', signatory: 'person' };
function pageLink(facet, value) {
  const page = PAGE_OF_FACET[facet];
  return page ? h('a', { href: `/${page}/${encodeURIComponent(value)}`, class: 'facet-page',
    title: `Seite: ${value}`, 'aria-label': `Seite von ${value}` }, '↗') : null;
}

function facetBox(state, f, values, go) {
  const id = `facet-${f.name}`;
  const list = h('ul', { class: 'facet-values', id: `${id}-list` });
  values.forEach((v, i) => {
    const checked = state.filters[f.name].includes(v.value);
    const inputId = `${id}-${i}`;
    const input = h('input', { type: 'checkbox', id: inputId, checked, 'data-facet': f.name,
      value: v.value, onchange: () => go(toggleFilter(state, f.name, v.value)) });
    const hidden = i >= FACET_VISIBLE && !checked;
    list.appendChild(h('li', { class: hidden ? 'facet-value extra' : 'facet-value', hidden },
      input, h('label', { for: inputId }, h('span', { class: 'facet-name' }, v.value),
        h('span', { class: 'count', 'aria-label': `${v.count} Treffer` }, germanNumber(v.count))),
      pageLink(f.name, v.value)));
  });
  const extra = values.length - FACET_VISIBLE;
  const more = extra > 0 ? h('button', { type: 'button', class: 'more', 'aria-expanded': 'false',
    'aria-controls': `${id}-list`, onclick: (e) => toggleMore(e.currentTarget, list, extra) },
  `${extra} weitere anzeigen`) : null;
  return h('fieldset', { class: 'filter-box facet', id }, h('legend', {}, f.label), list, more);
}

function toggleMore(button, list, extra) {
  const open = button.getAttribute('aria-expanded') !== 'true';
  for (const li of list.querySelectorAll('.extra')) li.hidden = !open;
  button.setAttribute('aria-expanded', String(open));
  button.textContent = open ? 'weniger anzeigen' : `${extra} weitere anzeigen`;
}

function renderYearChart(state, years, go) {
  const el = byId('year-chart');
  const data = yearSeries(years);
  el.closest('section').hidden = data.length === 0;
  if (!data.length) return;
  const max = Math.max(...data.map((d) => d.count), 1);
  const dense = data.length > 16;
  const bars = data.map((d, i) => {
    const selected = state.filters.year.includes(d.year);
    const next = toggleFilter(state, 'year', d.year);
    // Dense charts label every fifth year, and the ends when no label is close by.
    const y = Number(d.year);
    const labelled = !dense || y % 5 === 0 || (i === 0 && y % 5 <= 2) || (i === data.length - 1 && y % 5 >= 3);
    return h('li', {},
      h('a', { href: searchUrl(next), class: selected ? 'bar selected' : 'bar',
        'aria-label': `${d.year}: ${d.count} Treffer${selected ? ' (ausgewählt)' : ''}`,
        'aria-current': selected ? 'true' : undefined, title: `${d.year}: ${germanNumber(d.count)} Treffer`,
        onclick: (e) => navigate(e, next, go) },
      h('span', { class: 'bar-count', 'aria-hidden': 'true' }, dense || !d.count ? '' : germanNumber(d.count)),
      barFill(d.count ? Math.max(3, Math.round((d.count / max) * 70)) : 0),
      h('span', { class: 'bar-year', 'aria-hidden': 'true' }, labelled ? d.year : '')));
  });
  replaceChildren(el, h('ol', { class: dense ? 'bars dense' : 'bars', 'aria-label': 'Treffer pro Jahr, zum Filtern wählen' }, bars));
}

// Years in order; years without matches between the first and the last get an empty bar, so
// the chart's gaps are real gaps (unless the span is implausibly long).
function yearSeries(years) {
  const counts = new Map(years.filter((y) => /^\d{4}$/.test(String(y.value)))
    .map((y) => [Number(y.value), Number(y.count || 0)]));
  const list = [...counts.keys()].sort((a, b) => a - b);
  if (!list.length) return [];
  const first = list[0];
  const last = list[list.length - 1];
  const span = last - first <= 60 ? Array.from({ length: last - first + 1 }, (_, i) => first + i) : list;
  return span.map((y) => ({ year: String(y), count: counts.get(y) || 0 }));
}

function renderPagination(state, total, go) {
  // The server refuses pages beyond its page depth (limits.page_depth, 10000 by default).
  const pages = Math.min(Math.ceil(total / PAGE_SIZE), Math.floor(MAX_PAGE_DEPTH / PAGE_SIZE));
  const el = byId('pagination');
  if (pages <= 1) {
    replaceChildren(el);
    return;
  }
  const current = Math.min(state.page, pages);
  const wanted = new Set([1, pages, current - 2, current - 1, current, current + 1, current + 2]);
  const numbers = [...wanted].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  const items = [];
  const pageLink = (p, text, label) => link(withChanges(state, { page: p }), text,
    { 'aria-label': label, rel: text === '›' ? 'next' : text === '‹' ? 'prev' : undefined }, go);
  if (current > 1) items.push(h('li', {}, pageLink(current - 1, '‹', 'Vorherige Seite')));
  let last = 0;
  for (const p of numbers) {
    if (p - last > 1) items.push(h('li', { class: 'gap', 'aria-hidden': 'true' }, '…'));
    items.push(h('li', {}, p === current
      ? h('span', { 'aria-current': 'page', class: 'current' }, String(p))
      : pageLink(p, String(p), `Seite ${p}`)));
    last = p;
  }
  if (current < pages) items.push(h('li', {}, pageLink(current + 1, '›', 'Nächste Seite')));
  replaceChildren(el, h('ul', {}, items));
}

// Heights are set through the style object, which the page's Content-Security-Policy allows
// (style attributes in markup it does not).
function barFill(percent) {
  const fill = h('span', { class: 'bar-fill' });
  fill.style.height = `${percent}%`;
  return fill;
}
