// The public call button as the packed package ships it: the script websites
// load ignores a value it cannot use in silence, and the development script,
// which bundlers pick in development, names each once in the console. Both
// render the same button.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.js';

const url = inject('hostsUrl');
const hosts = inject('hostsDir');
const browser = useBrowser();

beforeAll(() => {
  const dir = join(hosts, 'call-button');
  mkdirSync(dir, { recursive: true });
  for (const script of ['call-button.js', 'call-button.dev.js']) {
    writeFileSync(
      join(dir, `${script}.html`),
      `<!doctype html>
<html lang="pl">
  <head><meta charset="utf-8" /><link rel="icon" href="data:," /><title>${script}</title></head>
  <body>
    <dk-call-button size="xl" look="dark" tz="Mars/Base" color="url(x)"><a href="tel:+48221234567">Zadzwoń</a></dk-call-button>
    <dk-call-button size="xl"><a href="tel:+48221234567">Zadzwoń</a></dk-call-button>
    <script type="module" src="../node_modules/dialkit/dist/${script}"></script>
  </body>
</html>
`,
    );
  }
});

async function open(script: string): Promise<{ warnings: string[]; label: string; href: string | null }> {
  const tab = await browser().newPage();
  const warnings: string[] = [];
  const errors: string[] = [];
  tab.on('console', (m) => (m.type() === 'warning' ? warnings : m.type() === 'error' ? errors : []).push(m.text()));
  tab.on('pageerror', (e) => errors.push(e.message));
  try {
    await tab.goto(`${url}/call-button/${script}.html`);
    await tab.waitForFunction(() => document.querySelectorAll('dk-call-button').length === 2 && [...document.querySelectorAll('dk-call-button')].every((b) => b.shadowRoot));
    // A minute's tick and a change of the page re-render: still one warning per value.
    await tab.evaluate(() => document.querySelector('dk-call-button')!.setAttribute('label', 'Zadzwoń teraz'));
    await tab.waitForFunction(() => document.querySelector('dk-call-button')!.shadowRoot!.querySelector('[part=label]')!.textContent === 'Zadzwoń teraz');
    expect(errors).toEqual([]);
    return await tab.evaluate(() => {
      const root = document.querySelector('dk-call-button')!.shadowRoot!;
      return { label: root.querySelector('[part=label]')!.textContent!, href: root.querySelector('a')!.getAttribute('href') };
    }).then((shown) => ({ warnings, ...shown }));
  } finally {
    await tab.close();
  }
}

it('call-button.js ignores the values it cannot use without a word, and calls', async () => {
  const { warnings, label, href } = await open('call-button.js');
  expect(warnings).toEqual([]);
  expect({ label, href }).toEqual({ label: 'Zadzwoń teraz', href: 'tel:+48221234567' });
});

it('call-button.dev.js names each value it cannot use once a page, and calls the same', async () => {
  const { warnings, label, href } = await open('call-button.dev.js');
  expect(warnings.sort()).toEqual(['dk-call-button color=url(x)', 'dk-call-button size=xl', 'dk-call-button tz=Mars/Base']);
  expect({ label, href }).toEqual({ label: 'Zadzwoń teraz', href: 'tel:+48221234567' });
});

it('bundlers get the development script in development, and the quiet one otherwise', () => {
  const resolve = (...conditions: string[]) =>
    execFileSync(process.execPath, [...conditions.map((c) => `--conditions=${c}`), '--input-type=module', '-e', "console.log(import.meta.resolve('dialkit/call-button'))"], {
      cwd: hosts,
      encoding: 'utf8',
    }).trim();
  expect(resolve('development')).toMatch(/\/node_modules\/dialkit\/dist\/call-button\.dev\.js$/);
  expect(resolve()).toMatch(/\/node_modules\/dialkit\/dist\/call-button\.js$/);
});
