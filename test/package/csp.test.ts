// The kit under a strict Content Security Policy with Trusted Types required,
// with two copies of the self-contained bundle on one page (two Lits): the
// policy a site needs is `trusted-types lit-html 'allow-duplicates'`, as the
// README says; without 'allow-duplicates' the second copy is refused.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.js';

const url = inject('hostsUrl');
const hosts = inject('hostsDir');
const browser = useBrowser();

const TAGS = [
  'dk-manager', 'dk-setup', 'dk-members', 'dk-credit', 'dk-features', 'dk-reports',
  'dk-sip-profiles', 'dk-call-button-generator', 'dk-help-article', 'dk-help-center',
];

function page(name: string, trustedTypes: string): void {
  const dir = join(hosts, 'csp');
  mkdirSync(dir, { recursive: true });
  // The second copy: the same bundle from another address, so its modules (and its Lit) load again.
  cpSync(join(hosts, 'node_modules/dialkit/dist/cdn'), join(dir, 'copy'), { recursive: true });
  writeFileSync(
    join(dir, `${name}.html`),
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; require-trusted-types-for 'script'; trusted-types ${trustedTypes}" />
    <link rel="icon" href="data:," />
    <title>Two copies under a strict policy</title>
    <script type="module" src="../node_modules/dialkit/dist/cdn/all.js"></script>
    <script type="module" src="./copy/all.js"></script>
    <script type="module" src="./main.js"></script>
  </head>
  <body>
    ${TAGS.map((t) => `<${t}${t === 'dk-help-article' ? ' article="link-sip-account"' : ''}></${t}>`).join('\n    ')}
    <dk-call-button color="#0b57d0"><a href="tel:+48221234567">Call us</a></dk-call-button>
    <script type="module" src="../node_modules/dialkit/dist/call-button.js"></script>
  </body>
</html>
`,
  );
  writeFileSync(
    join(dir, 'main.js'),
    `import { provideAdapter } from './copy/dialkit.js';
import { demoAdapter } from '../shared/demo-adapter.js';
provideAdapter(document.body, demoAdapter);
`,
  );
}

beforeAll(() => {
  page('allow-duplicates', "lit-html 'allow-duplicates'");
  page('one-policy', 'lit-html');
});

async function open(name: string) {
  const tab = await browser().newPage();
  const problems: string[] = [];
  await tab.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { violations: string[] }).violations ??= [];
      (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`);
    });
  });
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  tab.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await tab.goto(`${url}/csp/${name}.html`);
  return { tab, problems };
}

it("works with trusted-types lit-html 'allow-duplicates': every element renders, no violation, no error", async () => {
  const { tab, problems } = await open('allow-duplicates');
  try {
    await tab.waitForFunction(
      (tags) => tags.every((t) => (document.querySelector(t)?.shadowRoot?.textContent ?? '').trim().length > 0),
      TAGS,
      { timeout: 20_000 },
    );
    await tab.waitForFunction(() => document.querySelector('dk-call-button')?.shadowRoot !== null, null, { timeout: 10_000 });
    expect(await tab.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? [])).toEqual([]);
    expect(problems).toEqual([]);
  } finally {
    await tab.close();
  }
});

it("refuses the second copy's policy without 'allow-duplicates'", async () => {
  const { tab, problems } = await open('one-policy');
  try {
    await tab.waitForTimeout(1500);
    const violations = await tab.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? []);
    expect([...violations, ...problems].join('\n')).toMatch(/lit-html/);
  } finally {
    await tab.close();
  }
});
