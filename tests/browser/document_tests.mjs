// Browser tests of the document view: opening a result, the fields, the Beratungsfolge, the
// highlighted full text, and following "zitiert von" to the answering document and back.
import path from 'node:path';
import { check } from './harness.mjs';
import { QUERY, settled, afterSearch } from './search_tests.mjs';

/** An id no document has (ids are hex digests). */
export const MISSING_ID = '0000000000000000000000000000000000000000';

async function documentShown(page) {
  await page.waitForFunction(() => document.body.dataset.ready === 'document');
}

// A document that another document cites, found through the API as a user could.
async function findCitedDocument(base) {
  const answer = await (await fetch(`${base}/api/search?limit=100`)).json();
  for (const hit of answer.hits) {
    const doc = await (await fetch(`${base}/api/documents/${encodeURIComponent(hit.id)}`)).json();
    if (Array.isArray(doc.cited_by) && doc.cited_by.length > 0) return doc;
  }
  throw new Error('no document in the corpus is cited by another');
}

export function registerDocumentTests(runner) {
  runner.test('opening a result shows the document with fields and highlighted full text', async ({ page, base, out }) => {
    await page.goto(`${base}/?q=${encodeURIComponent(QUERY)}`);
    await settled(page);
    await afterSearch(page, () => page.locator('#sort').selectOption('date_asc'));
    const searchPage = page.url();
    const link = page.locator('.hit-title a').first();
    const title = await link.innerText();
    await page.evaluate(() => { document.body.dataset.ready = ''; });
    await link.click();
    await documentShown(page);
    check(new URL(page.url()).pathname.startsWith('/dokument/'), `not a document address: ${page.url()}`);
    check((await page.locator('h1#doc-title').innerText()).trim() === title.trim(), 'title differs from the result');
    check(await page.locator('#fields table.fields tr').count() >= 3, 'fields table too small');
    check(await page.locator('#beratung').count() === 1, 'no Beratungsfolge section');
    check(await page.locator('.fulltext mark').count() > 0, 'query not highlighted in the full text');
    await page.screenshot({ path: path.join(out, 'document-page.png'), fullPage: false });
    await afterSearch(page, () => page.locator('#back-link').click());
    check(page.url() === searchPage, `"zurück zur Suche" went to ${page.url()}, not ${searchPage}`);
  });

  runner.test('"zitiert von" leads to the citing document, which links back under "zitiert"', async ({ page, base, out }) => {
    const cited = await findCitedDocument(base);
    await page.goto(`${base}/dokument/${encodeURIComponent(cited.id)}`);
    await documentShown(page);
    const citedBy = page.locator('#zitiert-von a.ref-link');
    check(await citedBy.count() === cited.cited_by.length, 'not every citing document is listed');
    await page.evaluate(() => { document.body.dataset.ready = ''; });
    await citedBy.first().click();
    await documentShown(page);
    check(!page.url().includes(cited.id), 'still on the cited document');
    const back = await page.locator('#zitiert a.ref-link').allInnerTexts();
    check(back.some((t) => t.includes(cited.number || cited.thema)), `no link back to ${cited.number}: ${back.join(' | ')}`);
    await page.screenshot({ path: path.join(out, 'document-page-zitiert-von.png'), fullPage: true });
    await page.goBack();
    await documentShown(page);
    check(page.url().includes(encodeURIComponent(cited.id)), 'back button does not return');
  });

  runner.test('the Beratungsfolge renders as a timeline with public status', async ({ page, base }) => {
    const answer = await (await fetch(`${base}/api/search?limit=100&q=${encodeURIComponent(QUERY)}`)).json();
    let shown = false;
    for (const hit of answer.hits) {
      const doc = await (await fetch(`${base}/api/documents/${encodeURIComponent(hit.id)}`)).json();
      if (!(doc.beratungsfolge || []).length) continue;
      await page.goto(`${base}/dokument/${encodeURIComponent(hit.id)}`);
      await documentShown(page);
      const steps = page.locator('#beratung .timeline .step');
      check(await steps.count() === doc.beratungsfolge.length, 'timeline steps differ from the Beratungsfolge');
      check((await steps.first().innerText()).includes(doc.beratungsfolge[0].gremium), 'first step lacks its Gremium');
      shown = true;
      break;
    }
    check(shown, 'no document with a Beratungsfolge');
  });

  runner.test('a date taken from the Beratungsfolge says so beside the date', async ({ page, base }) => {
    const answer = await (await fetch(`${base}/api/search?limit=100&q=`)).json();
    const hit = answer.hits.find((h) => h.date_source === 'beratungsfolge');
    check(hit, 'no document dated by its Beratungsfolge in the corpus');
    await page.goto(`${base}/dokument/${encodeURIComponent(hit.id)}`);
    await documentShown(page);
    const row = await page.locator('#fields tr', { hasText: 'Datum' }).first().innerText();
    check(row.includes('Datum laut Beratungsfolge'), `date row without its source: ${row}`);
    const [y, m, d] = hit.date.split('-');
    check(row.includes(`${d}.${m}.${y}`), `date row without the date: ${row}`);
  });

  runner.test('an unknown document id shows "nicht verfügbar", not a broken page', async ({ page, base }) => {
    await page.goto(`${base}/dokument/${MISSING_ID}`);
    await page.waitForFunction(() => document.body.dataset.ready === 'error');
    check((await page.locator('#document-view h1').innerText()).includes('nicht verfügbar'), 'no message for a missing document');
  });
}
