// The one-tag page: the autoloader from the self-contained bundle, with
// <dk-manager> alone. The console shows, and the code of sections not opened
// (reports, the snippet generator, the help search) stays on the server until
// the user opens them.
import { expect, inject, it } from 'vitest';
import { useBrowser } from './browser.js';

const url = inject('hostsUrl');
const browser = useBrowser();

it('loads the console alone, then each section as it is opened', async () => {
  const page = await browser().newPage();
  const scripts: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname.replace(/^.*\/dist\/cdn\//, ''));
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  try {
    await page.goto(`${url}/cdn/manager.html`);
    await page.waitForFunction(() => document.querySelector('dk-manager')?.shadowRoot?.textContent?.includes('Demo sp. z o.o.'), null, {
      timeout: 15_000,
    });
    const kit = scripts.filter((s) => !s.includes('demo-adapter'));
    expect(kit).toContain('autoloader.js');
    expect(kit).toContain('manager.js');
    for (const notYet of [/reports/, /call-button-generator/, /help-center/, /minisearch|search-/, /chart/, /members\.js/]) {
      expect(kit.filter((s) => notYet.test(s)), String(notYet)).toEqual([]);
    }

    // Opening a section loads its element.
    await page.locator('dk-manager').locator('nav a, nav button').filter({ hasText: 'Reports' }).first().click();
    await page.waitForFunction(() => customElements.get('dk-reports') !== undefined, null, { timeout: 15_000 });
    expect(scripts.some((s) => /^reports\.js$|chunks\/reports/.test(s))).toBe(true);
    expect(errors).toEqual([]);
  } finally {
    await page.close();
  }
});
