// The document view: the fields as a table, the Beratungsfolge as a timeline, attachments,
// "zitiert" / "zitiert von" links, related documents and the full text with the query's
// matches highlighted.
import { h, replaceChildren, germanDate, datedBy, documentTitle } from './dom.js';
import { documentUrl } from './state.js';
import { highlightText } from './highlight.js';

const yesNo = (v) => (v === true ? 'öffentlich' : v === false ? 'nicht öffentlich' : 'nicht angegeben');
const RELATIONS = {
  refers: 'verweist darauf',
  answers: 'beantwortet es',
  amends: 'ändert es',
  records: 'protokolliert es',
};


/**
 * Renders document `doc` (and its related documents, when known) into `el`; `backUrl` is the
 * search the user came from.
 */
export function renderDocument(el, doc, related, q, backUrl) {
  replaceChildren(el,
    h('p', { class: 'back' }, h('a', { href: backUrl, id: 'back-link' }, '← zurück zur Suche')),
    h('header', { class: 'doc-header' },
      h('p', { class: 'doc-kicker' }, [doc.type, doc.number, germanDate(doc.date)].filter(Boolean).join(' · ')),
      h('h1', { id: 'doc-title', tabindex: '-1' }, documentTitle(doc)),
      doc.public === false ? h('p', { class: 'restricted' }, 'nicht öffentliches Dokument') : null),
    h('div', { class: 'doc-grid' },
      h('div', { class: 'doc-main' },
        section('Angaben', 'fields', fieldsTable(doc)),
        section('Beratungsfolge', 'beratung', beratungsfolge(doc.beratungsfolge || [])),
        section('Volltext', 'volltext', fullText(doc.text || '', q))),
      h('div', { class: 'doc-side' },
        section('Anlagen', 'anlagen', attachments(doc.attachments || [])),
        section('Zitiert', 'zitiert', refList(doc.cites, q, 'Dieses Dokument zitiert keine anderen.')),
        section('Zitiert von', 'zitiert-von', refList(doc.cited_by, q, 'Kein anderes Dokument zitiert dieses.')),
        section('Verwandte Dokumente', 'verwandt', relatedList(related, doc.id, q)))));
}

/** Renders a message in place of the document (not found, server error). */
export function renderDocumentError(el, message) {
  replaceChildren(el, h('p', { class: 'back' }, h('a', { href: '/' }, '← zur Suche')),
    h('h1', { id: 'doc-title' }, 'Dokument nicht verfügbar'), h('p', { class: 'error', role: 'alert' }, message));
}

function section(title, id, content) {
  return h('section', { class: 'doc-section', 'aria-labelledby': `h-${id}`, id },
    h('h2', { id: `h-${id}` }, title), content);
}

function fieldsTable(doc) {
  const rows = [
    ['Nummer', doc.number], ['Dokumenttyp', doc.type], ['Datum', datedBy(doc)],
    ['Thema', doc.thema], ['Körperschaft', doc.body], ['Amt', doc.amt], ['Dezernat', doc.dezernat],
    ['Unterzeichner', doc.signatory], ['Status', yesNo(doc.public)], ['Quelle', doc.source],
  ].filter(([, v]) => v);
  return h('table', { class: 'fields' }, h('tbody', {},
    rows.map(([k, v]) => h('tr', {}, h('th', { scope: 'row' }, k), h('td', {}, v)))));
}

function beratungsfolge(steps) {
  if (!steps.length) return h('p', { class: 'muted' }, 'Keine Beratungsfolge angegeben.');
  return h('ol', { class: 'timeline' }, steps.map((step) => {
    const votes = step.votes;
    return h('li', { class: step.public === false ? 'step closed' : 'step' },
      h('div', { class: 'step-date' }, step.date ? h('time', { datetime: step.date }, germanDate(step.date)) : '—'),
      h('div', { class: 'step-body' },
        h('p', { class: 'step-gremium' }, step.gremium
          ? h('a', { href: `/gremium/${encodeURIComponent(step.gremium)}`, class: 'gremium-link' }, step.gremium)
          : 'Gremium nicht angegeben',
        step.session ? [' · ', h('a', { href: `/sitzung/${encodeURIComponent(step.session)}`, class: 'session-link' }, 'Sitzung')] : null),
        h('p', { class: 'step-meta' },
          typeof step.public === 'boolean'
            ? h('span', { class: step.public ? 'badge' : 'badge badge-closed' }, yesNo(step.public)) : null,
          step.role ? h('span', {}, step.role) : null),
        step.result ? h('p', { class: 'step-result' }, `Ergebnis: ${step.result}`) : null,
        votes ? h('p', { class: 'step-votes' },
          `Ja ${votes.ja ?? 0} · Nein ${votes.nein ?? 0} · Enthaltung ${votes.enthaltung ?? 0}`) : null));
  }));
}

function attachments(list) {
  if (!list.length) return h('p', { class: 'muted' }, 'Keine Anlagen.');
  return h('ul', { class: 'plain-list' }, list.map((a) => h('li', {},
    typeof a === 'string' ? a : a.title || 'Anlage',
    a.public === false ? h('span', { class: 'badge badge-closed' }, 'nicht öffentlich') : null)));
}

// References may come as document summaries ({id, number, thema, type, date}) or bare numbers.
function refItem(item, q) {
  const ref = typeof item === 'string' ? { number: item } : item || {};
  const label = [ref.number, ref.thema].filter(Boolean).join(' – ') || documentTitle(ref);
  const meta = [ref.type, germanDate(ref.date), RELATIONS[ref.relation] || ref.relation].filter(Boolean).join(' · ');
  const target = ref.id
    ? h('a', { href: documentUrl(ref.id, q), class: 'ref-link' }, label)
    : h('a', { href: `/?${new URLSearchParams({ q: `nummer:"${ref.number}"` })}`, class: 'ref-link' }, label);
  return h('li', {}, target, meta ? h('span', { class: 'ref-meta' }, meta) : null);
}

function refList(list, q, empty) {
  const items = Array.isArray(list) ? list : [];
  if (!items.length) return h('p', { class: 'muted' }, empty);
  return h('ul', { class: 'plain-list refs' }, items.map((item) => refItem(item, q)));
}

// /related may answer a list, {hits}, or {chain, similar}; show them in that order, once each.
function relatedList(related, selfId, q) {
  if (!related) return h('p', { class: 'muted' }, 'Nicht verfügbar.');
  const groups = Array.isArray(related) ? [related]
    : [related.chain, related.references, related.similar, related.hits, related.related];
  const seen = new Set([selfId]);
  const items = [];
  for (const group of groups) {
    for (const item of Array.isArray(group) ? group : []) {
      if (item && item.id && !seen.has(item.id)) {
        seen.add(item.id);
        items.push(item);
      }
    }
  }
  if (!items.length) return h('p', { class: 'muted' }, 'Keine verwandten Dokumente.');
  return h('ul', { class: 'plain-list refs' }, items.slice(0, 10).map((item) => refItem(item, q)));
}

function fullText(text, q) {
  if (!text) return h('p', { class: 'muted' }, 'Kein Volltext vorhanden.');
  const { fragment, count } = highlightText(text, q);
  return h('div', {},
    q && count ? h('p', { class: 'muted', id: 'match-count' }, `${count} Fundstellen hervorgehoben`) : null,
    h('div', { class: 'fulltext', tabindex: '0', 'aria-label': 'Volltext' }, fragment));
}
