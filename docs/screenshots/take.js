// Screenshots of the demo portal for docs/screenshots: start page, work list, a case page.
// Run ./run-local.sh; copy this file to a scratch directory, run npm install playwright-core there, then node take.js <absolute dir>
const { chromium } = require('playwright-core');
(async () => {
  const base = 'http://localhost:8080';
  const out = process.argv[2];
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  await page.goto(base + '/');
  await page.fill('#username', 'cd.amsterdam'); await page.click('#kc-login');
  await page.fill('#password', 'demo'); await page.click('#kc-login');
  await page.waitForURL(u => u.toString().startsWith(base));
  await page.screenshot({ path: out + '/start.png', fullPage: true });
  await page.goto(base + '/t/gm0363/werk?sort=DUE');
  await page.screenshot({ path: out + '/work-list.png', fullPage: true });
  // the case with the longest timeline among the first cases of the list
  await page.goto(base + '/t/gm0363/casussen');
  const cases = await page.$$eval('main table a', as => as.map(a => a.href).slice(0, 15));
  let best = null, most = -1;
  for (const c of cases) {
    await page.goto(c);
    const n = await page.$$eval('.lse-timeline__item', items => items.length);
    if (n > most) { most = n; best = c; }
  }
  await page.goto(best);
  await page.screenshot({ path: out + '/case-page.png', fullPage: true });
  console.log('case page', best, 'timeline entries', most);
  await browser.close();
})();
