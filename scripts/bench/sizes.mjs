// First-load weight of the kit, measured from the packed package (`npm pack`
// of dist/, as published): for each entry, the files its static imports pull
// in, summed, gzip level 9 and brotli quality 11 per file (as a server
// compresses each response). Dynamic imports (catalogs, charts, sections the
// autoloader registers later) are not first-load. Libraries the npm entries
// leave to the host (Lit, i18next, openapi-fetch) are counted apart: a host
// that already uses them pays only the kit's part.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../chromium.mjs';
import { serve } from '../static-server.mjs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '../..');
if (!existsSync(join(root, 'dist/dialkit.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), 'dialkit-sizes-'));
try {
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root, encoding: 'utf8' }));
  execFileSync('tar', ['xzf', join(work, filename), '-C', work]);
  const pkg = join(work, 'package');

  const sizes = new Map();
  function sizeOf(file) {
    if (!sizes.has(file)) {
      const code = readFileSync(file);
      sizes.set(file, {
        raw: code.length,
        gzip: gzipSync(code, { level: 9 }).length,
        brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      });
    }
    return sizes.get(file);
  }

  /** The target of an `exports` entry under a browser bundler's conditions (production). */
  function pick(target) {
    if (typeof target === 'string' || target == null) return target;
    for (const condition of ['browser', 'import', 'module', 'default']) if (condition in target) return pick(target[condition]);
    return undefined;
  }

  /** Resolves a bare import as a host's bundler does for the browser, from the kit's own node_modules. */
  function resolveBare(specifier) {
    const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
    const base = join(root, 'node_modules', name);
    const manifest = JSON.parse(readFileSync(join(base, 'package.json'), 'utf8'));
    const sub = `.${specifier.slice(name.length)}`;
    let target;
    if (manifest.exports) {
      const exports = typeof manifest.exports === 'string' ? { '.': manifest.exports } : manifest.exports;
      target = pick(exports[sub]);
      for (const [key, value] of Object.entries(exports)) {
        if (target || !key.includes('*')) continue;
        const [head, tail] = key.split('*');
        if (sub.startsWith(head) && sub.endsWith(tail)) target = pick(value)?.replace('*', sub.slice(head.length, sub.length - tail.length));
      }
    } else {
      target = sub === '.' ? (manifest.module ?? manifest.main ?? 'index.js') : sub;
    }
    if (!target) throw new Error(`cannot resolve ${specifier}`);
    return join(base, target);
  }

  /** Files loaded by static imports from `entry`, split into the kit's and the shared libraries'. */
  function graph(entry) {
    const kit = new Set();
    const shared = new Set();
    const queue = [entry];
    while (queue.length) {
      const file = queue.pop();
      const inKit = file.startsWith(pkg);
      const set = inKit ? kit : shared;
      if (set.has(file)) continue;
      set.add(file);
      const code = readFileSync(file, 'utf8');
      // Static imports and re-exports only (minified or not); `import(` is dynamic.
      for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)) {
        const spec = m[1];
        queue.push(spec.startsWith('.') ? resolve(dirname(file), spec) : resolveBare(spec));
      }
    }
    return { kit: [...kit], shared: [...shared] };
  }

  const sum = (files, key) => files.reduce((n, f) => n + sizeOf(f)[key], 0);
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const rows = [];
  function row(name, files, shared = []) {
    rows.push({ name, files: files.length + shared.length, gzip: sum(files, 'gzip'), brotli: sum(files, 'brotli'), sharedGzip: sum(shared, 'gzip'), sharedBrotli: sum(shared, 'brotli') });
  }

  const entry = (path) => join(pkg, path);
  const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
  for (const [name, target] of Object.entries(manifest.exports)) {
    const file = typeof target === 'string' ? target : target.default;
    if (!file?.endsWith('.js')) continue;
    const { kit, shared } = graph(entry(file));
    row(`npm \`dialkit${name.slice(1)}\``, kit, shared);
  }
  // The self-contained bundle: the autoloader, then what registering <dk-manager> loads.
  const autoloader = graph(entry('dist/cdn/autoloader.js')).kit;
  const manager = graph(entry('dist/cdn/manager.js')).kit;
  row('cdn `autoloader.js` alone', autoloader);
  row('cdn `autoloader.js` + `<dk-manager>`', [...new Set([...autoloader, ...manager])]);
  for (const name of ['all', 'members', 'reports', 'sip-profiles']) row(`cdn \`${name}.js\``, graph(entry(`dist/cdn/${name}.js`)).kit);

  console.log('| entry (static imports) | files | kit gzip | kit brotli | + shared libraries gzip | + shared brotli |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    console.log(`| ${r.name} | ${r.files} | ${kb(r.gzip)} | ${kb(r.brotli)} | ${r.sharedGzip ? kb(r.sharedGzip) : '–'} | ${r.sharedBrotli ? kb(r.sharedBrotli) : '–'} |`);
  }

  // The same page in Chromium: examples/cdn/manager.html on the packed bundle,
  // every script and catalog it fetches until the console shows its overview.
  const site = join(work, 'site');
  mkdirSync(join(site, 'node_modules'), { recursive: true });
  symlinkSync(pkg, join(site, 'node_modules/dialkit'));
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
    const gzip = bodies.reduce((n, b) => n + gzipSync(b.body, { level: 9 }).length, 0);
    const brotli = bodies.reduce((n, b) => n + brotliCompressSync(b.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 0);
    console.log(`\nIn Chromium, examples/cdn/manager.html (autoloader + <dk-manager>, English, overview shown): ${bodies.length} requests, ${kb(gzip)} gzip, ${kb(brotli)} brotli`);
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
