// End-to-end tests of the search page in Debian's headless chromium (issue 7): builds an index
// of the corpus with the real indexer, starts the real server on a free loopback port and
// drives the page like a user. Screenshots go to --out. Exit status 1 on any failure.
//
//   node tests/browser/run.mjs --server BIN --indexer BIN --corpus DIR --out DIR
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs, tempDir, buildIndex, startServer, Runner } from './harness.mjs';
import { registerSearchTests } from './search_tests.mjs';
import { registerDocumentTests, MISSING_ID } from './document_tests.mjs';
import { registerJournalistTests } from './journalist_tests.mjs';
import { registerCouncilTests } from './council_tests.mjs';

const CHROMIUM_ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

// playwright-core comes from tests/browser/node_modules (npm ci --prefix tests/browser).
async function loadChromium() {
  try {
    return (await import('playwright-core')).chromium;
  } catch (err) {
    console.log('FAIL setup: playwright-core is not installed; run '
      + 'PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --prefix tests/browser');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

async function main() {
  const chromium = await loadChromium();
  const args = parseArgs(process.argv.slice(2));
  fs.mkdirSync(args.out, { recursive: true });
  const temp = tempDir();
  let server = null;
  let browser = null;
  const runner = new Runner();
  try {
    buildIndex(args.indexer, args.corpus, path.join(temp.dir, 'db'));
    server = await startServer(args.server, path.join(temp.dir, 'db'), path.join(args.out, 'server.log'));
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true,
      locale: 'de-DE' });
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (err) => pageErrors.push(String(err)));
    page.on('console', (msg) => {
      // The unknown-document test asks for a missing id on purpose; its 404 is expected.
      const url = msg.location().url || '';
      const expected = url.includes(`/api/documents/${MISSING_ID}`) || url.includes('/api/people/Niemand');
      if (msg.type() === 'error' && !expected) pageErrors.push(`${msg.text()} ${msg.location().url || ''}`);
    });
    // The page must work offline: every request it makes goes to this server.
    const foreign = [];
    context.on('request', (request) => {
      if (!request.url().startsWith(server.base) && !request.url().startsWith('data:')) foreign.push(request.url());
    });
    const ctx = { base: server.base, page, context, browser, out: args.out, pageErrors, temp: temp.dir };
    registerSearchTests(runner);
    registerDocumentTests(runner);
    registerJournalistTests(runner);
    registerCouncilTests(runner);
    runner.test('no script error or blocked resource on any page of the run', async () => {
      if (pageErrors.length) throw new Error(pageErrors.join('\n'));
    });
    runner.test('the page loads nothing from other hosts (no CDN, no web font)', async () => {
      if (foreign.length) throw new Error(foreign.join('\n'));
    });
    await runner.run(ctx);
  } catch (err) {
    runner.failed += 1;
    console.log(`FAIL setup: ${err && err.stack ? err.stack : err}`);
  } finally {
    if (browser) await browser.close();
    if (server) await server.stop();
    temp.cleanup();
  }
  console.log(`${runner.passed} passed, ${runner.failed} failed`);
  process.exit(runner.failed === 0 && runner.passed > 0 ? 0 : 1);
}

main();
