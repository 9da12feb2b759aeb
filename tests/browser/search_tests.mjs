// Browser tests of the search view: typing a query, completion, facets, chips, the year chart,
// sorting, paging, shareable addresses, accessibility basics and a phone-sized layout.
import path from 'node:path';
import { check } from './harness.mjs';

export const QUERY = 'Digitalisierung';

/** The number in the "N Treffer" line. */
export async function totalOf(page) {
  const text = await page.locator('#total').innerText();
  const m = /([\d.]+)\s+Treffer/.exec(text);
  return m ? Number(m[1].replace(/\./g, '')) : 0;
}

/** Waits until the page has rendered the search answer for the current address. */
export async function settled(page) {
  await page.waitForFunction(() => document.body.dataset.ready === 'search' && !document.body.classList.contains('loading'));
}

/** Runs `action` and waits for the next search answer to be rendered. */
export async function afterSearch(page, action) {
  await page.evaluate(() => { document.body.dataset.ready = ''; });
  await action();
  await settled(page);
}

export function registerSearchTests(runner) {
  runner.test('the page loads without script errors and shows all documents', async ({ page, base, pageErrors }) => {
    await page.goto(`${base}/`);
    await settled(page);
    check(await totalOf(page) > 0, 'no documents on the start page');
    check(await page.locator('#sort').inputValue() === 'date_desc', 'browsing is not newest first');
    const dates = await page.locator('.hit time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
    check(dates.join() === [...dates].sort().reverse().join(), `start page not newest first: ${dates}`);
    check(pageErrors.length === 0, `script errors: ${pageErrors.join('; ')}`);
  });

  runner.test('typing a query and pressing Enter shows highlighted results', async ({ page }) => {
    await page.locator('#q').click();
    await page.keyboard.type(QUERY);
    await afterSearch(page, () => page.keyboard.press('Enter'));
    check(new URL(page.url()).searchParams.get('q') === QUERY, `address lacks q: ${page.url()}`);
    check(await page.locator('#sort').inputValue() === 'relevance', 'a query is not ranked by relevance');
    check(!new URL(page.url()).searchParams.has('sort'), 'the default order is written into the address');
    const total = await totalOf(page);
    const hits = await page.locator('.hit').count();
    check(total > 0 && hits > 0, `no results for ${QUERY}`);
    check(hits === Math.min(total, 20), `${hits} hits shown for total ${total}`);
    check(await page.locator('.hit .snippet mark').count() > 0, 'no highlighted match in the snippets');
    check(await page.locator('.hit-title a').first().getAttribute('href') !== null, 'result title is not a link');
  });

  runner.test('completion offers suggestions while typing and takes one with the keyboard', async ({ page }) => {
    await page.locator('#q').fill('');
    await page.locator('#q').pressSequentially(QUERY.slice(0, 5), { delay: 20 });
    await page.locator('#suggestions li').first().waitFor({ timeout: 5000 });
    check(await page.locator('#q').getAttribute('aria-expanded') === 'true', 'combobox not expanded');
    await page.keyboard.press('ArrowDown');
    const chosen = await page.locator('#suggestions li[aria-selected=true]').innerText();
    await afterSearch(page, () => page.keyboard.press('Enter'));
    check(await page.locator('#q').inputValue() !== '', 'completion emptied the box');
    check(new URL(page.url()).searchParams.get('q').length >= chosen.length - 1, 'suggestion not taken');
    await page.goto(`${page.url().split('?')[0]}?q=${encodeURIComponent(QUERY)}`);
    await settled(page);
  });

  runner.test('a title offered by completion opens that document', async ({ page, base }) => {
    await page.locator('#q').fill('');
    await page.locator('#q').pressSequentially(QUERY.slice(0, 5), { delay: 20 });
    const title = page.locator('#suggestions li.suggestion-title').first();
    await title.waitFor({ timeout: 5000 });
    const text = await title.innerText();
    await page.evaluate(() => { document.body.dataset.ready = ''; });
    await title.click();
    await page.waitForFunction(() => document.body.dataset.ready === 'document');
    const heading = await page.locator('h1#doc-title').innerText();
    check(text.includes(heading.trim()), `opened "${heading}" for the suggestion "${text}"`);
    await page.goto(`${base}/?q=${encodeURIComponent(QUERY)}`);
    await settled(page);
  });

  runner.test('ticking a Gremium facet narrows count and results, and shows a chip', async ({ page, out }) => {
    const before = await totalOf(page);
    const box = page.locator('#facet-gremium input[type=checkbox]');
    check(await box.count() > 0, 'no Gremium facet');
    // Pick a value that narrows the set (its count is below the total).
    const labels = await page.locator('#facet-gremium .facet-value label').allInnerTexts();
    let index = labels.findIndex((t) => Number((/(\d[\d.]*)\s*$/.exec(t) || [, '0'])[1].replace(/\./g, '')) < before);
    if (index < 0) index = 0;
    const value = await box.nth(index).getAttribute('value');
    const count = Number((/(\d[\d.]*)\s*$/.exec(labels[index]) || [, '0'])[1].replace(/\./g, ''));
    await afterSearch(page, () => box.nth(index).check());
    const after = await totalOf(page);
    check(after === count, `total ${after} is not the facet count ${count}`);
    check(after <= before, `total grew from ${before} to ${after}`);
    check(new URL(page.url()).searchParams.getAll('gremium').includes(value), 'gremium not in the address');
    check(await page.locator('.chip', { hasText: value }).count() === 1, 'no chip for the filter');
    const gremien = await page.locator('.hit .hit-gremien').allInnerTexts();
    check(gremien.length === await page.locator('.hit').count(), 'a hit does not show its Gremien');
    check(gremien.every((g) => g.includes(value)), `a hit is not in ${value}: ${gremien.join(' | ')}`);
    await page.screenshot({ path: path.join(out, 'search-page.png'), fullPage: true });
  });

  runner.test('a shared address restores the same search', async ({ page, context }) => {
    const url = page.url();
    const total = await totalOf(page);
    const other = await context.newPage();
    await other.goto(url);
    await settled(other);
    check(await totalOf(other) === total, 'another tab shows a different total');
    check(await other.locator('#facet-gremium input:checked').count() === 1, 'facet not ticked in the new tab');
    check(await other.locator('#q').inputValue() === new URL(url).searchParams.get('q'), 'query not restored');
    await other.close();
  });

  runner.test('removing the chip widens the search again', async ({ page }) => {
    const narrowed = await totalOf(page);
    await afterSearch(page, () => page.locator('.chip .chip-remove').first().click());
    check(await totalOf(page) >= narrowed, 'total did not come back');
    check(new URL(page.url()).searchParams.getAll('gremium').length === 0, 'gremium still in the address');
  });

  runner.test('the year chart filters by year when a bar is clicked', async ({ page }) => {
    const bars = page.locator('#year-chart a.bar');
    check(await bars.count() > 0, 'no year chart');
    const label = await bars.first().getAttribute('aria-label');
    const [, year, count] = /^(\d{4}): (\d+)/.exec(label);
    await afterSearch(page, () => bars.first().click());
    check(new URL(page.url()).searchParams.get('year') === year, 'year not in the address');
    check(await totalOf(page) === Number(count), `total is not the bar's ${count}`);
    const dates = await page.locator('.hit time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
    check(dates.every((d) => d.startsWith(year)), `a hit is not from ${year}`);
    await afterSearch(page, () => page.locator('.chip .chip-remove').first().click());
  });

  runner.test('a date range narrows the results to documents of that period', async ({ page }) => {
    const before = await totalOf(page);
    await page.locator('#from').fill('2021-01-01');
    await page.locator('#to').fill('2023-12-31');
    await afterSearch(page, () => page.locator('#apply-dates').click());
    const params = new URL(page.url()).searchParams;
    check(params.get('from') === '2021-01-01' && params.get('to') === '2023-12-31', 'range not in the address');
    check(await page.locator('.chip', { hasText: 'ab 01.01.2021' }).count() === 1, 'no chip for the range');
    const total = await totalOf(page);
    check(total > 0 && total <= before, `range total ${total} of ${before}`);
    const dates = await page.locator('.hit time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
    check(dates.every((d) => d >= '2021-01-01' && d <= '2023-12-31'), `a hit outside the range: ${dates}`);
    await afterSearch(page, () => page.locator('.chip-clear').click());
    check(await totalOf(page) === before, 'clearing the filters did not restore the total');
  });

  runner.test('sorting by date puts the newest first', async ({ page }) => {
    await afterSearch(page, () => page.locator('#sort').selectOption('date_desc'));
    check(new URL(page.url()).searchParams.get('sort') === 'date_desc', 'sort not in the address');
    const dates = await page.locator('.hit time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
    const sorted = [...dates].sort().reverse();
    check(dates.length > 0 && dates.join() === sorted.join(), `not newest first: ${dates.join(', ')}`);
  });

  runner.test('pagination moves to the next page of results', async ({ page, base }) => {
    await page.goto(`${base}/`);
    await settled(page);
    const total = await totalOf(page);
    check(total > 20, `too few documents (${total}) to page`);
    const firstPage = await page.locator('.hit-title a').first().getAttribute('href');
    await afterSearch(page, () => page.locator('#pagination a[rel=next]').click());
    check(new URL(page.url()).searchParams.get('page') === '2', 'page not in the address');
    check(await page.locator('#pagination [aria-current=page]').innerText() === '2', 'page 2 not marked current');
    check(await page.locator('.hit-title a').first().getAttribute('href') !== firstPage, 'page 2 shows page 1');
  });

  runner.test('a misspelt query offers "Meinten Sie"', async ({ page, base }) => {
    await page.goto(`${base}/?q=${encodeURIComponent('Digitalisirung')}`);
    await settled(page);
    const dym = page.locator('#did-you-mean');
    check(await dym.isVisible(), 'no "Meinten Sie" for a misspelling');
    await afterSearch(page, () => dym.locator('a').click());
    check(await totalOf(page) > 0, 'the suggestion finds nothing');
  });

  runner.test('when no document has all the words, the page says the results have only some', async ({ page, base }) => {
    await page.goto(`${base}/?q=${encodeURIComponent('Radverkehrskonzept Haushaltssicherung')}`);
    await settled(page);
    const total = await page.locator('#total').innerText();
    check(/einzelnen Suchwörtern/.test(total), `no notice of partial matches: ${total}`);
    check(await totalOf(page) > 0, 'no documents with some of the words');
    await page.goto(`${base}/?q=${encodeURIComponent('Digitalisierung Schulen')}`);
    await settled(page);
    check(!/einzelnen/.test(await page.locator('#total').innerText()), 'notice shown although all words match');
  });

  runner.test('every control has a label, headings are in order, keyboard reaches the search', async ({ page, base }) => {
    await page.goto(`${base}/?q=${encodeURIComponent(QUERY)}`);
    await settled(page);
    const unlabeled = await page.evaluate(() => [...document.querySelectorAll('input, select, button')]
      .filter((el) => !el.labels?.length && !el.getAttribute('aria-label') && !el.textContent.trim()
        && !el.getAttribute('aria-labelledby'))
      .map((el) => el.outerHTML.slice(0, 80)));
    check(unlabeled.length === 0, `unlabeled controls: ${unlabeled.join(' ')}`);
    const levels = await page.evaluate(() => [...document.querySelectorAll('#search-view h1, #search-view h2, #search-view h3')]
      .map((el) => Number(el.tagName[1])));
    check(levels[0] === 1 && levels.filter((l) => l === 1).length === 1, `search view needs one h1 first: ${levels}`);
    check(levels.every((l, i) => i === 0 || l <= levels[i - 1] + 1), `a heading level is skipped: ${levels}`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    check(await page.evaluate(() => document.activeElement.id) === 'main', 'skip link does not reach the content');
  });

  runner.test('on a phone the page fits the screen without sideways scrolling', async ({ browser, base, out }) => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await phone.newPage();
    await page.goto(`${base}/?q=${encodeURIComponent(QUERY)}`);
    await settled(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await page.screenshot({ path: path.join(out, 'search-page-phone.png') });
    await page.evaluate(() => { document.body.dataset.ready = ''; });
    await page.locator('.hit-title a').first().click();
    await page.waitForFunction(() => document.body.dataset.ready === 'document');
    const docOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await page.screenshot({ path: path.join(out, 'document-page-phone.png') });
    await phone.close();
    check(overflow <= 1, `page is ${overflow}px wider than the phone`);
    check(docOverflow <= 1, `document page is ${docOverflow}px wider than the phone`);
  });
}
