// The committee, session and people pages: the address names the page ("/gremium/Hauptausschuss",
// "/sitzung/<id>", "/person/<name>", "/gremien", "/personen"), the API gives the data, and the
// page is built node by node (dom.js), so no text from documents becomes markup.
import { h, replaceChildren, germanDate } from './dom.js';

const view = document.getElementById('council-view');
const enc = encodeURIComponent;
const docLink = (p) => h('a', { href: `/dokument/${enc(p.id)}` }, p.thema || p.number || p.id);
const committeeLink = (name) => h('a', { href: `/gremium/${enc(name)}`, class: 'gremium-link' }, name);
const sessionLink = (s) => h('a', { href: s.url, class: 'session-link' },
  `${s.gremium}, ${germanDate(s.date)}`);
const yesNo = (v) => (v === true ? 'öffentlich' : v === false ? 'nicht öffentlich' : null);

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    const error = new Error(response.status === 404 ? 'Nicht gefunden (oder nicht öffentlich).' : `Fehler ${response.status}`);
    error.status = response.status;
    throw error;
  }
  return response.json();
}

function section(title, id, ...content) {
  return h('section', { class: 'doc-section', 'aria-labelledby': `${id}-h` },
    h('h2', { id: `${id}-h` }, title), ...content);
}

function sessionList(sessions, empty) {
  if (!sessions.length) return h('p', { class: 'muted' }, empty);
  return h('ul', { class: 'session-list' }, sessions.map((s) => h('li', {},
    h('a', { href: s.url, class: 'session-link' }, h('time', { datetime: s.date }, germanDate(s.date))),
    ` · ${s.papers} ${s.papers === 1 ? 'Vorlage' : 'Vorlagen'}`,
    s.niederschriften.length ? h('span', { class: 'badge' }, 'Niederschrift') : null,
    h('span', { class: 'muted' }, ` · ${s.body}`))));
}

function paperList(papers) {
  if (!papers.length) return h('p', { class: 'muted' }, 'Keine Dokumente.');
  return h('ul', { class: 'paper-list' }, papers.map((p) => h('li', {},
    h('span', { class: 'muted' }, [p.type, p.number, germanDate(p.date)].filter(Boolean).join(' · ') + ' '),
    docLink(p))));
}

function yearTable(years) {
  return h('table', { class: 'fields year-table' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Jahr'), h('th', {}, 'Sitzungen'), h('th', {}, 'Vorlagen'))),
    h('tbody', {}, years.map((y) => h('tr', {}, h('td', {}, y.year), h('td', {}, y.sessions), h('td', {}, y.papers)))));
}

async function showCommittee(name) {
  const c = await getJson(`/api/gremien/${enc(name)}`);
  const calendar = `/api/sessions.ics?${new URLSearchParams({ gremium: c.name })}`;
  const search = `/?${new URLSearchParams({ gremium: c.name })}`;
  replaceChildren(view,
    h('header', { class: 'doc-head' },
      h('p', { class: 'doc-kicker' }, ['Gremium', ...c.bodies.map((b) => b.name)].join(' · ')),
      h('h1', { id: 'page-title', tabindex: '-1' }, c.name),
      h('p', {}, h('a', { href: calendar, id: 'calendar-link' }, 'Kalender abonnieren (iCalendar)'), ' · ',
        h('a', { href: search }, 'Alle Dokumente in der Suche'))),
    section(`Kommende Sitzungen (${c.upcoming.length})`, 'upcoming', sessionList(c.upcoming, 'Keine kommenden Sitzungen bekannt.')),
    section(`Vergangene Sitzungen (${c.past.length})`, 'past', sessionList(c.past, 'Keine vergangenen Sitzungen bekannt.')),
    section('Pro Jahr', 'years', yearTable(c.years)),
    section(`Behandelte Vorlagen (${c.papers.total})`, 'papers', paperList(c.papers.items)));
  return c.name;
}

function agendaRow(p) {
  const step = p.step || {};
  const votes = step.votes;
  return h('tr', {},
    h('td', { class: 'top' }, p.top || '–'),
    h('td', {}, docLink(p), h('div', { class: 'muted' }, [p.type, p.number].filter(Boolean).join(' · '))),
    h('td', {}, [step.role, yesNo(step.public)].filter(Boolean).join(' · ') || '–'),
    h('td', {}, step.result || '–',
      votes ? h('div', { class: 'step-votes' }, `Ja ${votes.ja} · Nein ${votes.nein} · Enthaltung ${votes.enthaltung}`) : null),
    h('td', {}, p.niederschrift ? h('a', { href: `/dokument/${enc(p.niederschrift)}` }, 'Niederschrift') : '–'));
}

async function showSession(id) {
  const s = await getJson(`/api/sessions/${enc(id)}`);
  replaceChildren(view,
    h('header', { class: 'doc-head' },
      h('p', { class: 'doc-kicker' }, `Sitzung · ${s.body}${s.upcoming ? ' · kommend' : ''}`),
      h('h1', { id: 'page-title', tabindex: '-1' }, `${s.gremium}, ${germanDate(s.date)}`),
      h('p', {}, 'Gremium: ', committeeLink(s.gremium))),
    section('Niederschrift', 'records', s.niederschriften.length
      ? h('ul', { class: 'paper-list' }, s.niederschriften.map((n) => h('li', {}, docLink(n))))
      : h('p', { class: 'muted' }, 'Keine Niederschrift dieser Sitzung im Archiv.')),
    section(`Tagesordnung (${s.papers.length} ${s.papers.length === 1 ? 'Vorlage' : 'Vorlagen'})`, 'agenda',
      h('table', { class: 'fields agenda' },
        h('thead', {}, h('tr', {}, ['TOP', 'Vorlage', 'Beratung', 'Ergebnis', 'Niederschrift'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, s.papers.map(agendaRow)))));
  return `${s.gremium}, ${germanDate(s.date)}`;
}

async function showCommittees() {
  const answer = await getJson('/api/gremien');
  replaceChildren(view,
    h('header', { class: 'doc-head' }, h('h1', { id: 'page-title', tabindex: '-1' }, `Gremien (${answer.total})`)),
    h('ul', { class: 'committee-list' }, answer.gremien.map((c) => h('li', {},
      committeeLink(c.name), h('span', { class: 'muted' }, ` · ${c.sessions} Sitzungen · ${c.bodies.join(', ')}`)))));
  return 'Gremien';
}

async function showPerson(name) {
  const p = await getJson(`/api/people/${enc(name)}`);
  const search = `/?${new URLSearchParams({ submitter: p.name })}`;
  replaceChildren(view,
    h('header', { class: 'doc-head' },
      h('p', { class: 'doc-kicker' }, 'Fraktion oder Person'),
      h('h1', { id: 'page-title', tabindex: '-1' }, p.name),
      h('p', {}, h('a', { href: search }, 'In der Suche filtern'))),
    section(`Eingebrachte Anträge und Anfragen (${p.submitted.length})`, 'submitted', paperList(p.submitted)),
    section(`Antworten der Verwaltung darauf (${p.answers_total})`, 'answers', paperList(p.answers)),
    section(`Unterzeichnet (${p.signed_total})`, 'signed', paperList(p.signed)));
  return p.name;
}

const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;

function peopleRows(people) {
  if (!people.length) return h('p', { class: 'muted', id: 'people-empty' }, 'Niemand mit diesem Namen.');
  return h('table', { class: 'fields people-table' },
    h('thead', {}, h('tr', {}, ['Name', 'Dokumente', 'Eingebracht', 'Antworten', 'Unterzeichnet']
      .map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, people.map((p) => h('tr', {},
      h('td', {}, h('a', { href: p.url, class: 'person-link' }, p.name)),
      h('td', {}, p.documents), h('td', {}, p.submitted), h('td', {}, p.answers), h('td', {}, p.signed)))));
}

async function showPeople() {
  const q = new URLSearchParams(location.search).get('q') || '';
  const list = h('div', { id: 'people-list' });
  const heading = h('h1', { id: 'page-title', tabindex: '-1' }, 'Personen und Fraktionen');
  const summary = h('p', { class: 'muted', id: 'people-total' });
  const input = h('input', { type: 'search', id: 'people-q', name: 'q', value: q, autocomplete: 'off',
    placeholder: 'Name oder Fraktion, z. B. SPD' });
  let asked = 0;
  async function load(prefix) {
    const mine = ++asked;
    const answer = await getJson(`/api/people?${new URLSearchParams({ q: prefix, limit: '200' })}`);
    if (mine !== asked) return;
    summary.textContent = answer.total > answer.people.length
      ? `${answer.total} Namen, die ersten ${answer.people.length}` : count(answer.total, 'Name', 'Namen');
    replaceChildren(list, peopleRows(answer.people));
    document.body.dataset.peopleQ = prefix;
  }
  input.addEventListener('input', () => {
    const url = new URL(location.href);
    if (input.value) url.searchParams.set('q', input.value); else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    load(input.value).catch((err) => replaceChildren(list, h('p', { class: 'error', role: 'alert' }, err.message)));
  });
  replaceChildren(view,
    h('header', { class: 'doc-head' },
      h('p', { class: 'doc-kicker' }, 'Wer Anträge und Anfragen eingebracht oder Dokumente unterzeichnet hat'),
      heading,
      h('form', { role: 'search', class: 'people-filter', onsubmit: (e) => e.preventDefault() },
        h('label', { for: 'people-q' }, 'Filtern: '), input)),
    summary, list);
  await load(q);
  return 'Personen und Fraktionen';
}

const PAGES = [
  [/^\/person\/(.+)$/, (m) => showPerson(decodeURIComponent(m[1]))],
  [/^\/gremium\/(.+)$/, (m) => showCommittee(decodeURIComponent(m[1]))],
  [/^\/sitzung\/([^/]+)$/, (m) => showSession(decodeURIComponent(m[1]))],
  [/^\/gremien$/, () => showCommittees()],
  [/^\/personen$/, () => showPeople()],
];

async function route() {
  for (const [pattern, show] of PAGES) {
    const m = pattern.exec(location.pathname);
    if (!m) continue;
    try {
      const title = await show(m);
      document.title = `${title} – Ratsarchiv`;
      document.body.dataset.ready = 'council';
    } catch (err) {
      replaceChildren(view, h('p', { class: 'error', role: 'alert' }, err.message));
      document.body.dataset.ready = 'error';
    }
    return;
  }
  replaceChildren(view, h('p', { class: 'error', role: 'alert' }, 'Diese Seite gibt es nicht.'));
  document.body.dataset.ready = 'error';
}

route();
