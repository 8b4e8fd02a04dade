// First-load weight of the kit, from the built package (dist/, what `npm
// pack` ships): every figure of scripts/build/sizes.mjs, which the package
// tests hold to their budgets, beside its goal; then the CDN console page as
// Chromium loads it, every script and catalog until the overview shows.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../chromium.mjs';
import { serve } from '../static-server.mjs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BUDGETS, brotli, gzip, measureDist } from '../build/sizes.mjs';

const root = resolve(import.meta.dirname, '../..');
if (!existsSync(join(root, 'dist/dialkit.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), 'dialkit-sizes-'));
try {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const { figures, npm, cdn } = measureDist();

  console.log('| figure | gzip | brotli | goal (gzip) | |');
  console.log('| --- | ---: | ---: | ---: | --- |');
  const goal = (measure) => BUDGETS.find((b) => b.measure === measure);
  const goalRow = (name, measure, row) => {
    const g = goal(measure);
    const bytes = measure === 'callButton' ? (n) => `${n.toLocaleString('en')} B` : kb;
    console.log(`| ${name} | ${bytes(row.gzip)} | ${bytes(row.brotli)} | ${bytes(g.goal)} | ${row.gzip <= g.goal ? 'met' : `${bytes(row.gzip - g.goal)} over`} |`);
  };
  goalRow(`runtime shared by every element (CDN: ${cdn.runtime.list.map((f) => f.replace(/^cdn\/chunks\//, '').replace(/-[\w-]{8}\.js$/, '')).join(', ')})`, 'runtime', cdn.runtime);
  goalRow('`<dk-manager>` alone through `cdn/manager.js`', 'managerAlone', cdn.managerAlone);
  goalRow('`<dk-manager>` alone through the one-tag `cdn/autoloader.js`', 'managerAutoloaded', cdn.managerAutoloaded);
  goalRow('public call button (`call-button.js`)', 'callButton', cdn.callButton);
  goalRow('its call panel, first click (`call-panel-<lang>.js`, the largest language)', 'callPanel', cdn.callPanel);

  console.log('\n| npm entry (static imports) | files | kit gzip | kit brotli | kit merged gzip | goal merged | + shared libraries gzip | + shared brotli |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of npm) {
    const g = goal(`merged:${r.name}`);
    console.log(`| \`dialkit${r.name.slice(1)}\` | ${r.kit.files + r.shared.files} | ${kb(r.kit.gzip)} | ${kb(r.kit.brotli)} | ${kb(r.merged.gzip)} | ${g ? `${kb(g.goal)}${r.merged.gzip <= g.goal ? '' : ' ✗'}` : '–'} | ${r.shared.gzip ? kb(r.shared.gzip) : '–'} | ${r.shared.brotli ? kb(r.shared.brotli) : '–'} |`);
  }
  console.log('\n| cdn entry (static imports) | files | gzip | brotli |');
  console.log('| --- | ---: | ---: | ---: |');
  console.log(`| \`autoloader.js\` alone | ${cdn.autoloader.files} | ${kb(cdn.autoloader.gzip)} | ${kb(cdn.autoloader.brotli)} |`);
  console.log(`| \`all.js\` | ${cdn.all.files} | ${kb(cdn.all.gzip)} | ${kb(cdn.all.brotli)} |`);
  for (const [name, row] of Object.entries(cdn.perElement)) console.log(`| \`${name}.js\` | ${row.files} | ${kb(row.gzip)} | ${kb(row.brotli)} |`);
  void figures;

  // The same page in Chromium: examples/cdn/manager.html on the packed bundle,
  // every script and catalog it fetches until the console shows its overview.
  const site = join(work, 'site');
  mkdirSync(join(site, 'node_modules/dialkit'), { recursive: true });
  symlinkSync(join(root, 'dist'), join(site, 'node_modules/dialkit/dist'));
  cpSync(join(root, 'examples/cdn'), join(site, 'cdn'), { recursive: true });
  cpSync(join(root, 'examples/shared'), join(site, 'shared'), { recursive: true });
  const server = await serve(site);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    const loaded = [];
    page.on('response', async (response) => {
      const path = new URL(response.url()).pathname;
      if (path.includes('/dist/cdn/')) loaded.push(response.body().then((body) => ({ path, body }), () => null));
    });
    await page.goto(`${server.url}/cdn/manager.html`);
    await page.waitForFunction(() => document.querySelector('dk-manager')?.shadowRoot?.textContent?.includes('Demo sp. z o.o.'), null, { timeout: 20_000 });
    // Counted once the overview shows; a response still arriving then is left out.
    const bodies = (await Promise.all(loaded)).filter(Boolean);
    const gzipped = bodies.reduce((n, b) => n + gzip(b.body), 0);
    const brotlied = bodies.reduce((n, b) => n + brotli(b.body), 0);
    console.log(`\nIn Chromium, examples/cdn/manager.html (autoloader + <dk-manager>, English, overview shown): ${bodies.length} requests, ${kb(gzipped)} gzip, ${kb(brotlied)} brotli`);
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
