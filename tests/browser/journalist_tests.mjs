// Browser tests of what journalists take away: the CSV download of the whole result set, the
// JSON export, and the Atom feed of the current search (parsed by the browser's XML parser).
import fs from 'node:fs';
import { check } from './harness.mjs';
import { QUERY, settled, totalOf } from './search_tests.mjs';

// RFC 4180 records (quoted fields may hold commas, quotes and line breaks).
function parseCsv(text) {
  const records = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { records[records.length - 1].push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') {
      records[records.length - 1].push(field); field = ''; records.push([]); i += 1;
    } else field += c;
  }
  if (field !== '' || records[records.length - 1].length) records[records.length - 1].push(field);
  if (!records[records.length - 1].length) records.pop();
  return records;
}

export function registerJournalistTests(runner) {
  runner.test('the CSV download holds every result of the search', async ({ page, base, temp }) => {
    await page.goto(`${base}/?q=${encodeURIComponent(QUERY)}`);
    await settled(page);
    const total = await totalOf(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-csv').click()]);
    const file = `${temp}/export.csv`;
    await download.saveAs(file);
    const records = parseCsv(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    check(records[0][0] === 'id' && records[0].includes('thema'), `bad header: ${records[0]}`);
    check(records.length - 1 === total, `${records.length - 1} rows for ${total} results`);
    check(records.every((r) => r.length === records[0].length), 'a row has the wrong number of fields');
    const ids = new Set(records.slice(1).map((r) => r[0]));
    check(ids.size === total, 'duplicate rows');
  });

  runner.test('the JSON export matches the search total', async ({ page, base }) => {
    const href = await page.locator('#export-json').getAttribute('href');
    const body = await (await fetch(new URL(href, base))).json();
    check(body.total === await totalOf(page), `export total ${body.total}`);
    check(body.hits.length === body.total && body.truncated === false, 'export incomplete');
    check(body.hits.every((h) => h.id && h.url.includes('/dokument/')), 'a row lacks id or url');
  });

  runner.test('the Atom feed of the search parses as Atom, newest first', async ({ page, base }) => {
    const href = await page.locator('#export-feed').getAttribute('href');
    const response = await fetch(new URL(href, base));
    check(response.ok, `feed answered ${response.status}`);
    check((response.headers.get('content-type') || '').startsWith('application/atom+xml'), 'wrong content type');
    check((response.headers.get('cache-control') || '').includes('private'), 'feed may be cached for others');
    const xml = await response.text();
    const feed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.getElementsByTagName('parsererror').length) return { error: doc.documentElement.textContent };
      const root = doc.documentElement;
      const ns = 'http://www.w3.org/2005/Atom';
      const child = (el, name) => [...el.children].find((c) => c.localName === name && c.namespaceURI === ns);
      const entries = [...root.children].filter((c) => c.localName === 'entry');
      return {
        root: root.localName, ns: root.namespaceURI,
        title: child(root, 'title')?.textContent, updated: child(root, 'updated')?.textContent,
        entries: entries.map((e) => ({ id: child(e, 'id')?.textContent, title: child(e, 'title')?.textContent,
          updated: child(e, 'updated')?.textContent, published: child(e, 'published')?.textContent,
          link: child(e, 'link')?.getAttribute('href') })),
      };
    }, xml);
    check(!feed.error, `feed is not XML: ${feed.error}`);
    check(feed.root === 'feed' && feed.ns === 'http://www.w3.org/2005/Atom', 'not an Atom feed');
    check(feed.title && feed.updated, 'feed lacks title or updated');
    check(feed.entries.length > 0, 'feed has no entries');
    check(feed.entries.every((e) => e.id && e.title && e.updated && e.link), 'an entry lacks id, title, updated or link');
    // Dated documents newest first, then the undated ones.
    const published = feed.entries.map((e) => e.published || '');
    check(published.join() === [...published].sort().reverse().join(), `entries not newest first: ${published}`);
    check(published[0] !== '', 'no dated entry in the feed');
    const entryPage = await fetch(feed.entries[0].link);
    check(entryPage.ok, 'entry link does not open');
  });
}
