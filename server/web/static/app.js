// Entry point of the search page: reads the state from the address, asks the API, renders the
// search or the document view, and keeps the address in step with every change.
import * as api from './api.js';
import { h, replaceChildren, documentTitle } from './dom.js';
import { PAGE_SIZE, stateFromLocation, searchParams, searchUrl, documentUrl, withChanges, defaultSort } from './state.js';
import { renderSearch } from './search_view.js';
import { renderDocument, renderDocumentError } from './document_view.js';
import { attachCompletion } from './completion.js';

const byId = (id) => document.getElementById(id);
let current = null;
let inflight = null;
let lastSearchUrl = ''; // the search a document was opened from, for "zurück zur Suche"

/** Navigates to `state` (search) or `url` (document), adding a history entry. */
function go(stateOrUrl) {
  const url = typeof stateOrUrl === 'string' ? stateOrUrl : searchUrl(stateOrUrl);
  if (url !== location.pathname + location.search) history.pushState(null, '', url);
  route();
}

async function route() {
  const state = stateFromLocation(location);
  current = state;
  if (inflight) inflight.abort();
  inflight = new AbortController();
  const { signal } = inflight;
  syncForm(state);
  byId('search-view').hidden = state.view !== 'search';
  byId('document-view').hidden = state.view !== 'document';
  document.body.dataset.view = state.view;
  try {
    if (state.view === 'document') await showDocument(state, signal);
    else await showSearch(state, signal);
  } catch (err) {
    if (err.name !== 'AbortError') showError(state, err);
  }
}

async function showSearch(state, signal) {
  document.body.classList.add('loading');
  const params = searchParams(state, { forApi: true });
  params.set('limit', String(PAGE_SIZE));
  const answer = await api.search(params, signal);
  document.body.classList.remove('loading');
  byId('error').hidden = true;
  renderSearch(state, answer, go);
  lastSearchUrl = location.pathname + location.search;
  document.title = state.q ? `${state.q} – Ratsarchiv` : 'Ratsarchiv – Suche in Ratsdokumenten';
  document.body.dataset.ready = 'search';
}

async function showDocument(state, signal) {
  const el = byId('document-view');
  replaceChildren(el, h('p', { class: 'muted' }, 'Lädt …'));
  // Both at once; related documents are extra, so their failure only leaves that list empty.
  const relatedAnswer = api.fetchRelated(state.id, signal).catch(() => null);
  const doc = await api.fetchDocument(state.id, signal);
  const related = await relatedAnswer;
  if (signal.aborted) return;
  const backUrl = lastSearchUrl || (state.q ? `/?${new URLSearchParams({ q: state.q })}` : '/');
  renderDocument(el, doc, related, state.q, backUrl);
  document.title = `${documentTitle(doc)} – Ratsarchiv`;
  document.body.dataset.ready = 'document';
  // Screen readers start at the new document's heading, as after a page load.
  document.getElementById('doc-title').focus({ preventScroll: true });
  const first = document.getElementById('first-match');
  if (first && state.q) first.scrollIntoView({ block: 'center' });
  else window.scrollTo(0, 0);
}

function showError(state, err) {
  document.body.classList.remove('loading');
  if (state.view === 'document') {
    const message = err.status === 404 ? 'Dieses Dokument gibt es nicht (oder es ist nicht öffentlich).' : err.message;
    renderDocumentError(byId('document-view'), message);
  } else {
    const el = byId('error');
    el.textContent = `Die Suche ist fehlgeschlagen: ${err.message}`;
    el.hidden = false;
    replaceChildren(byId('hits'));
    byId('total').textContent = '';
  }
  document.body.dataset.ready = 'error';
}

function syncForm(state) {
  const q = byId('q');
  if (document.activeElement !== q || state.view === 'document') q.value = state.q;
  byId('sort').value = state.sort;
  byId('from').value = state.from;
  byId('to').value = state.to;
}

function bindEvents() {
  byId('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const base = current && current.view === 'search' ? current : stateFromLocation({ pathname: '/', search: '' });
    const q = byId('q').value.trim();
    // An order the user did not choose follows the query (relevance once there is one).
    const sort = base.sort === defaultSort(base.q) ? defaultSort(q) : base.sort;
    go(withChanges(base, { q, sort }));
  });
  byId('sort').addEventListener('change', () => go(withChanges(current, { sort: byId('sort').value })));
  const applyDates = () => go(withChanges(current, { from: byId('from').value, to: byId('to').value }));
  byId('apply-dates').addEventListener('click', applyDates);
  for (const id of ['from', 'to']) {
    byId(id).addEventListener('keydown', (e) => { if (e.key === 'Enter') applyDates(); });
  }
  // Links inside the page navigate without a reload; modified clicks open tabs as usual.
  document.addEventListener('click', (e) => {
    const a = e.target.closest('a[href]');
    if (!a || e.defaultPrevented || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    const url = new URL(a.href, location.href);
    if (url.origin !== location.origin || a.hasAttribute('download')) return;
    if (url.pathname !== '/' && !url.pathname.startsWith('/dokument/')) return;
    if (url.hash && url.pathname === location.pathname && url.search === location.search) return;
    e.preventDefault();
    go(url.pathname + url.search);
  });
  window.addEventListener('popstate', route);
  attachCompletion(byId('q'), api.suggest, () => byId('search-form').requestSubmit(),
    (id) => go(documentUrl(id, '')));
}

bindEvents();
route();

