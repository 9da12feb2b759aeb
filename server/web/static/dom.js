// Small DOM helpers: elements are built node by node (never from strings of HTML), so text
// from documents can never become markup. The one exception, safeMarked(), lets through only
// the <mark> tags the server puts around matches.

/** Creates an element: h('a', {href: '/'}, 'text', childNode, [more, children]). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value);
    } else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else if (child instanceof Node) el.appendChild(child);
    else el.appendChild(document.createTextNode(String(child)));
  }
}

/** Replaces the children of `el`. */
export function replaceChildren(el, ...children) {
  el.textContent = '';
  append(el, children);
}

/**
 * A fragment from a server snippet: the server HTML-escapes the text and wraps matches in
 * <mark>…</mark>. Only those tags become elements; everything else stays text.
 */
export function safeMarked(snippet) {
  const frag = document.createDocumentFragment();
  const parts = String(snippet || '').split(/(<mark>|<\/mark>)/);
  let inMark = false;
  const decoder = document.createElement('textarea');
  for (const part of parts) {
    if (part === '<mark>') inMark = true;
    else if (part === '</mark>') inMark = false;
    else if (part !== '') {
      decoder.innerHTML = part.replace(/</g, '&lt;');
      const text = document.createTextNode(decoder.value);
      frag.appendChild(inMark ? h('mark', {}, text) : text);
    }
  }
  return frag;
}

/** "2022-07-05" → "05.07.2022"; other strings unchanged. */
export function germanDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso || '';
}

/** Where a document's date comes from, as the page says it (the API's `date_source`). */
export const DATE_SOURCES = {
  document: 'Datum laut Dokument',
  session: 'Sitzungsdatum',
  beratungsfolge: 'Datum laut Beratungsfolge',
  number: 'Jahr laut Nummer',
  budget: 'Jahr laut Haushaltsjahr',
  path: 'Jahr laut Dateipfad',
  text: 'Datum laut Text',
  file_order: 'Jahr geschätzt nach Nachbardokumenten',
};

/** The date with its source where it is not the document's own: "18.09.2012 (Datum laut Beratungsfolge)". */
export function datedBy(doc) {
  if (!doc.date) return '';
  const own = !doc.date_source || doc.date_source === 'document' || doc.date_source === 'session';
  const source = DATE_SOURCES[doc.date_source];
  return own || !source ? germanDate(doc.date) : `${germanDate(doc.date)} (${source})`;
}

/** A number with German digit grouping. */
export function germanNumber(n) {
  return Number(n || 0).toLocaleString('de-DE');
}

/** The heading of a document or hit: its title, else type and number (or date). */
export function documentTitle(doc) {
  return doc.thema || [doc.type, doc.number || germanDate(doc.date)].filter(Boolean).join(' ')
    || doc.source || doc.id || 'Dokument';
}
