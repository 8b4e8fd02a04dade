// The packed package in the four example hosts, built for production, in
// headless Chromium: elements render from an adapter given as a property and
// from a provider given after they connected, a dk-* event reaches the host's
// handler, a language change re-renders, and nothing is logged as an error.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright';
import { useBrowser } from './browser.js';

const url = inject('hostsUrl');
const browser = useBrowser();

/** Opens a page and collects what it logs as errors (failed requests of the page's own /api aside). */
async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser().newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  await page.goto(`${url}${path}`);
  return { page, errors };
}

/** Text of the shadow root of the element matching `selector`, once `expected` shows in it. */
async function shadowText(page: Page, selector: string, expected: string): Promise<string> {
  const handle = await page.waitForFunction(
    ([sel, text]) => {
      const content = document.querySelector(sel!)?.shadowRoot?.textContent ?? '';
      return content.includes(text!) ? content : false;
    },
    [selector, expected] as const,
    { timeout: 15_000 },
  );
  return (await handle.jsonValue()) as string;
}

const hosts = [
  ['plain HTML with an import map', '/html-importmap/index.html'],
  ['the self-contained bundle with the autoloader (CDN)', '/cdn/index.html'],
  ['Vite + React 19, production build', '/react/dist/index.html'],
  ['Vite + Vue 3, production build', '/vue/dist/index.html'],
] as const;

describe.each(hosts)('%s', (_name, path) => {
  it('renders from an adapter property and a late provider, delivers events, follows the language', async () => {
    const { page, errors } = await open(path);
    try {
      // From the adapter given as a property, and from the provider made afterwards.
      expect(await shadowText(page, '#by-property', 'Centrala Demo')).toContain('SIP profiles');
      expect(await shadowText(page, '#by-provider', 'Centrala Demo')).toContain('SIP profiles');

      // A dk-* event reaches the host's own handler.
      await page.locator('#article').locator('button[data-answer="yes"]').click();
      await expect.poll(() => page.locator('#log').textContent(), { timeout: 10_000 }).toBe('feedback:link-sip-account:true');

      // The host changes the language: the elements re-render in Polish.
      await page.locator('#switch-pl').click();
      expect(await shadowText(page, '#by-property', 'Profile SIP')).toContain('Centrala Demo');
      expect(await shadowText(page, '#by-provider', 'Profile SIP')).toContain('Centrala Demo');

      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
