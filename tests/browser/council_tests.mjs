// Browser tests of the committee, session, people and person pages (issue 18): reached the way a
// user reaches them — from a document's Beratungsfolge, from a committee's session list, from the
// search page's facets and its people link — with screenshots of each page.
import path from 'node:path';
import { check } from './harness.mjs';
import { settled } from './search_tests.mjs';

async function councilShown(page) {
  await page.waitForFunction(() => ['council', 'error'].includes(document.body.dataset.ready));
  check(await page.evaluate(() => document.body.dataset.ready) === 'council',
    `page failed: ${await page.locator('#council-view').innerText()}`);
}

// The corpus's Gemeinderat session of 17 October 2023 has a public Niederschrift with TOP 8 (2023/0812) and TOP 10.
async function gemeinderatDocument(base) {
  const answer = await (await fetch(`${base}/api/search?q=${encodeURIComponent('Alten Schlachthof')}&limit=20`)).json();
  const hit = answer.hits.find((h) => h.number === '2023/0812');
  if (!hit) throw new Error('corpus document 2023/0812 not found');
  return hit.id;
}

export function registerCouncilTests(runner) {
  runner.test('a Beratungsfolge entry links to its committee page with past sessions and years', async ({ page, base, out }) => {
    await page.goto(`${base}/dokument/${await gemeinderatDocument(base)}`);
    await page.waitForFunction(() => document.body.dataset.ready === 'document');
    const link = page.locator('#beratung a.gremium-link', { hasText: 'Gemeinderat' }).first();
    check(await page.locator('#beratung a.session-link').count() >= 1, 'no session link in the Beratungsfolge');
    await link.click();
    await councilShown(page);
    check(new URL(page.url()).pathname === '/gremium/Gemeinderat', `not the committee page: ${page.url()}`);
    check((await page.locator('h1#page-title').innerText()).trim() === 'Gemeinderat', 'wrong committee title');
    check(await page.locator('#past-h + ul a.session-link', { hasText: '17.10.2023' }).count() === 1,
      'the session of 17.10.2023 is not among the past sessions');
    check(await page.locator('table.year-table tbody tr').count() >= 3, 'too few years');
    check(await page.locator('#calendar-link').getAttribute('href') === '/api/sessions.ics?gremium=Gemeinderat',
      'no calendar link');
    await page.screenshot({ path: path.join(out, 'committee-page.png'), fullPage: false });
  });

  runner.test('a session page lists its papers in agenda order and links its Niederschrift', async ({ page, base, out }) => {
    await page.goto(`${base}/gremium/Gemeinderat`);
    await councilShown(page);
    await page.locator('a.session-link', { hasText: '17.10.2023' }).click();
    await councilShown(page);
    check(new URL(page.url()).pathname.startsWith('/sitzung/'), `not a session page: ${page.url()}`);
    check((await page.locator('h1#page-title').innerText()).includes('Gemeinderat, 17.10.2023'), 'wrong session title');
    const rows = page.locator('table.agenda tbody tr');
    check(await rows.count() >= 2, 'fewer than two papers on the agenda');
    check((await rows.first().locator('td.top').innerText()).trim() === '8', 'TOP 8 does not come first');
    check((await rows.first().innerText()).includes('2023/0812'), 'TOP 8 is not 2023/0812');
    check(await page.locator('#records-h + ul a').count() === 1, 'no Niederschrift linked');
    await page.screenshot({ path: path.join(out, 'session-page.png'), fullPage: true });
    await page.locator('#records-h + ul a').click();
    await page.waitForFunction(() => document.body.dataset.ready === 'document');
    check((await page.locator('h1#doc-title').innerText()).includes('Niederschrift'), 'the Niederschrift did not open');
  });

  runner.test('a submitter facet links to the Fraktion\'s page with its papers', async ({ page, base, out }) => {
    await page.goto(`${base}/`);
    await settled(page);
    const link = page.locator('#facet-submitter a.facet-page').first();
    check(await link.count() === 1, 'no page link in the submitter facet');
    const name = decodeURIComponent((await link.getAttribute('href')).replace('/person/', ''));
    await link.click();
    await councilShown(page);
    check((await page.locator('h1#page-title').innerText()).trim() === name, 'wrong person title');
    check(await page.locator('#answers-h + ul li').count() >= 1, 'no answers listed');
    check(await page.locator('#submitted-h + ul li').count() >= 1, 'no submitted paper listed');
    await page.screenshot({ path: path.join(out, 'person-page.png'), fullPage: false });
    await page.goto(`${base}/person/${encodeURIComponent('Niemand-Fraktion')}`);
    await page.waitForFunction(() => document.body.dataset.ready === 'error');
  });

  runner.test('the people page lists groups and people by their papers and filters as one types', async ({ page, base, out }) => {
    await page.goto(`${base}/`);
    await settled(page);
    await page.locator('#people-link').click();
    await councilShown(page);
    check(new URL(page.url()).pathname === '/personen', `not the people page: ${page.url()}`);
    const rows = page.locator('table.people-table tbody tr');
    check(await rows.count() >= 5, 'fewer than five people listed');
    const counts = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.children[1].textContent)));
    check(counts.every((n, i) => i === 0 || counts[i - 1] >= n), `not sorted by documents: ${counts}`);
    await page.screenshot({ path: path.join(out, 'people-page.png'), fullPage: false });
    await page.locator('#people-q').fill('spd');
    await page.waitForFunction(() => document.body.dataset.peopleQ === 'spd');
    check(new URL(page.url()).searchParams.get('q') === 'spd', 'the filter is not in the address');
    const names = await page.locator('table.people-table a.person-link').allInnerTexts();
    check(names.length >= 1 && names.every((n) => /spd/i.test(n)), `filter spd lists ${names}`);
    await page.locator('#people-q').fill('Niemand Unbekannt');
    await page.waitForFunction(() => document.body.dataset.peopleQ === 'Niemand Unbekannt');
    check(await page.locator('#people-empty').count() === 1, 'no empty-list message');
    await page.goto(`${base}/personen?q=spd`);
    await councilShown(page);
    check(await page.locator('#people-q').inputValue() === 'spd', 'the address does not fill the filter');
  });

  runner.test('a Fraktion from the people page shows the Anträge it submitted itself', async ({ page, base, out }) => {
    await page.goto(`${base}/personen?q=spd`);
    await councilShown(page);
    await page.locator('table.people-table a.person-link', { hasText: 'SPD-Fraktion' }).first().click();
    await councilShown(page);
    check((await page.locator('h1#page-title').innerText()).trim() === 'SPD-Fraktion', 'wrong person title');
    const submitted = await page.locator('#submitted-h + ul li').allInnerTexts();
    check(submitted.some((t) => t.includes('2021/0218')), `its own Antrag 2021/0218 is not listed: ${submitted}`);
    await page.screenshot({ path: path.join(out, 'person-submitter-page.png'), fullPage: true });
  });
}
