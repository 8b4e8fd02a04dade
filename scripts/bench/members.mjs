// The member list at scale, in headless Chromium: <dk-members> holding 10,000
// and 100,000 members generated from a fixed seed (served page by page, 500 at
// a time, by an in-page adapter, as the contract pages them), next to an
// unvirtualized plain <table> of the same data in the same run.
//
// Measured, for each: time to mount (element created -> every member loaded
// and the first rows on screen, taken in the first animation frame that shows
// them), the number of element nodes in the page (shadow roots counted), and
// at 100,000 the time of one filter keystroke (input event -> the first
// animation frame after the list updated; also the work alone, input event ->
// DOM updated and laid out), typed 1.5 s after the list shows, when the
// idle-time search keys are built; and the first keystroke typed at once
// after the list shows, which builds them. Targets: mount at 100,000 within 300 ms, a
// keystroke within 16 ms. Nothing is asserted: the figures are printed.
//
// The page is a production `vite build` of a small bench entry in a temp
// directory (Lit without its dev-mode checks), served by `vite preview`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview } from 'vite';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';

const root = resolve(import.meta.dirname, '../..');
const SEED = 20261125;
const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const KEYSTROKES = 'kowal';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const progress = (text) => process.stderr.write(`  ${text}\n`);

const entry = /* js */ `
import ${JSON.stringify(join(root, 'src/elements/members/define.ts'))};
import { createRandom } from ${JSON.stringify(join(root, 'mocks/random.ts'))};
import { foldForSearch } from ${JSON.stringify(join(root, 'src/core/text.ts'))};

const FIRST = ['Łukasz', 'Zofia', 'Agnieszka', 'Michał', 'Katarzyna', 'Paweł', 'Małgorzata', 'Tomasz', 'Joanna', 'Piotr',
  'Amélie', 'Jérôme', 'Hélène', 'François', 'Céline', 'Noémie', 'Stéphane', 'Éloïse', 'Benoît', 'Clémence',
  'Emily', 'Oliver', 'James', 'Siobhan', 'Aoife', 'Niamh', 'Ewa', 'Krzysztof', 'Magdalena', 'Grzegorz'];
const LAST = ['Wróbel', 'Żak', 'Szczęsna', 'Dąbrowski', 'Wójcik', 'Zieliński', 'Kamińska', 'Lewandowski', 'Kowalski',
  'Kowalczyk', 'Woźniak', 'Gauthier', 'Rousseau', 'Lefèvre', 'Bénard', 'Mercier', 'Faure', 'Lemaître', 'Chevalier',
  'Girard', 'Boucher', 'Clarke', 'Hughes', 'Whitfield', "O'Brien", 'Nowakowska', 'Pawłowski', 'Michalska', 'Król', 'Majewski'];
const FEATURES = ['mobileCalls', 'internationalCalls', 'onlineNumber', 'voicemail', 'callForwarding'];
const fold = (s) => s.normalize('NFKD').replace(/[\\u0300-\\u036f]/g, '').replace(/[łŁ]/g, 'l').toLowerCase().replace(/[^a-z0-9]+/g, '.');

function company(n, seed) {
  const r = createRandom(seed);
  const departments = Array.from({ length: 12 }, (_, i) => ({ id: 'dep_' + i, name: 'Department ' + (i + 1), memberCount: 0, monthlyBudget: null, version: 1 }));
  const groups = Array.from({ length: 20 }, (_, i) => ({ id: 'grp_' + i, name: 'Group ' + (i + 1), memberCount: 0, version: 1 }));
  const members = [];
  for (let i = 0; i < n; i++) {
    const first = r.pick(FIRST), last = r.pick(LAST);
    const account = fold(first) + '.' + fold(last) + '.' + i.toString(36);
    const features = {};
    for (const f of FEATURES) features[f] = r.chance(0.6);
    members.push({
      id: 'mem_' + String(i).padStart(6, '0'),
      accountName: account,
      displayName: first + ' ' + last,
      email: r.chance(0.3) ? account + '@example.com' : null,
      departmentId: r.pick(departments).id,
      groupIds: r.sample(groups, r.int(0, 3)).map((g) => g.id),
      role: i % 1000 === 0 ? 'admin' : 'member',
      status: r.chance(0.05) ? 'linked' : 'active',
      canSignIn: true,
      sipProfileId: null,
      credit: { amountMinor: r.int(0, 50000), currency: 'PLN' },
      autoRecharge: null,
      features,
      numberIds: [],
      subscriptionIds: [],
      usageReportingConsent: true,
      joinedAt: '2026-01-01T08:00:00.000Z',
      version: 1,
    });
  }
  const collator = new Intl.Collator('en', { sensitivity: 'base' });
  members.sort((a, b) => collator.compare(a.displayName, b.displayName) || (a.id < b.id ? -1 : 1));
  return { departments, groups, members };
}

/** An adapter serving the company as the contract does: pages of at most 500, sorted by name. */
function adapterFor(data) {
  const ok = (value) => Promise.resolve({ ok: true, data: value });
  return {
    listDepartments: () => ok(data.departments),
    listGroups: () => ok(data.groups),
    listInvitations: () => ok([]),
    listMembers: (q = {}) => {
      const offset = q.offset ?? 0, limit = Math.min(q.limit ?? 50, 500);
      return ok({ items: data.members.slice(offset, offset + limit), total: data.members.length });
    },
  };
}

const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
async function untilFrame(test, timeout = 60000) {
  const start = performance.now();
  for (;;) {
    const at = await frame();
    if (test()) return at;
    if (at - start > timeout) throw new Error('timed out');
  }
}
function countNodes(node = document) {
  let n = 0;
  for (const el of node.querySelectorAll('*')) {
    n++;
    if (el.shadowRoot) n += countNodes(el.shadowRoot);
  }
  return n;
}
const cache = new Map();
const dataOf = (n) => cache.get(n) ?? (cache.set(n, company(n, ${SEED})), cache.get(n));

window.bench = {
  async prepare(n) { dataOf(n); return dataOf(n).members.length; },

  async mountElement(n) {
    document.body.replaceChildren();
    await frame();
    const data = dataOf(n);
    const host = document.createElement('div');
    host.lang = 'en';
    const el = document.createElement('dk-members');
    el.adapter = adapterFor(data);
    const t0 = performance.now();
    host.append(el);
    document.body.append(host);
    const t1 = await untilFrame(() => {
      const grid = el.shadowRoot?.querySelector('[role="grid"]');
      return grid?.getAttribute('aria-rowcount') === String(n + 1) && grid.getAttribute('aria-busy') === 'false'
        && el.shadowRoot.querySelector('[role="row"][aria-rowindex="2"]');
    });
    return { ms: t1 - t0, nodes: countNodes(), rows: el.shadowRoot.querySelectorAll('[role="row"]').length };
  },

  /** One keystroke typed at once after the list shows, before the idle-time search keys are built. */
  async firstKeystroke(n) {
    await this.mountElement(n);
    const el = document.querySelector('dk-members');
    const input = el.shadowRoot.querySelector('#search');
    const grid = el.shadowRoot.querySelector('[role="grid"]');
    const t0 = performance.now();
    input.value = 'k';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: 'k' }));
    await el.updateComplete;
    const t1 = await frame();
    return { frame: t1 - t0, rows: Number(grid.getAttribute('aria-rowcount')) - 1 };
  },

  async keystrokesElement() {
    const el = document.querySelector('dk-members');
    const input = el.shadowRoot.querySelector('#search');
    const grid = el.shadowRoot.querySelector('[role="grid"]');
    const scroller = el.shadowRoot.querySelector('#scroller');
    input.focus();
    // A person starts typing a moment after the list shows: the search keys are built in idle time by then.
    await new Promise((r) => setTimeout(r, 1500));
    const out = [];
    const steps = [...${JSON.stringify(KEYSTROKES)}].map((_, i, all) => all.slice(0, i + 1).join(''));
    for (const value of [...steps, ...steps.slice(0, -1).reverse(), '']) {
      const before = grid.getAttribute('aria-rowcount');
      await frame();
      const t0 = performance.now();
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: value.slice(-1) }));
      await el.updateComplete;
      await Promise.resolve();
      void scroller.offsetHeight;
      const work = performance.now() - t0;
      const t1 = await frame();
      out.push({ value, work, frame: t1 - t0, rows: Number(grid.getAttribute('aria-rowcount')) - 1, changed: before !== grid.getAttribute('aria-rowcount') });
    }
    return out;
  },

  async mountTable(n) {
    document.body.replaceChildren();
    await frame();
    const { members, departments, groups } = dataOf(n);
    const dep = new Map(departments.map((d) => [d.id, d.name]));
    const grp = new Map(groups.map((g) => [g.id, g.name]));
    const money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'PLN' });
    const t0 = performance.now();
    const table = document.createElement('table');
    const head = table.createTHead().insertRow();
    for (const label of ['Name', 'Account name', 'Department', 'Groups', 'Role', 'Credit', 'Status']) {
      const th = document.createElement('th');
      th.textContent = label;
      head.append(th);
    }
    const body = table.createTBody();
    const keys = new Array(members.length);
    const rows = new Array(members.length);
    members.forEach((m, i) => {
      const tr = body.insertRow();
      for (const text of [m.displayName, m.accountName, dep.get(m.departmentId), m.groupIds.map((g) => grp.get(g)).join(', '), m.role, money.format(m.credit.amountMinor / 100), m.status])
        tr.insertCell().textContent = text;
      keys[i] = foldForSearch(m.displayName + ' ' + m.accountName + ' ' + (m.email ?? ''));
      rows[i] = tr;
    });
    const input = document.createElement('input');
    input.type = 'search';
    input.addEventListener('input', () => {
      const q = foldForSearch(input.value.trim());
      for (let i = 0; i < rows.length; i++) rows[i].hidden = q !== '' && !keys[i].includes(q);
    });
    document.body.append(input, table);
    const t1 = await untilFrame(() => true);
    return { ms: t1 - t0, nodes: countNodes(), rows: rows.length };
  },

  async keystrokesTable() {
    const input = document.querySelector('input[type="search"]');
    const table = document.querySelector('table');
    const out = [];
    // Each keystroke re-lays out the whole table: three are enough to compare.
    for (const value of ['k', 'ko', '']) {
      await frame();
      const t0 = performance.now();
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      void table.offsetHeight;
      const work = performance.now() - t0;
      const t1 = await frame();
      out.push({ value, work, frame: t1 - t0 });
    }
    return out;
  },
};
`;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const fmt = (ms) => `${ms.toFixed(1)} ms`;
const pad = (s, n) => String(s).padEnd(n);
const W = 53;

const dir = mkdtempSync(join(tmpdir(), 'dialkit-bench-members-'));
let server;
let browser;
try {
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en"><meta charset="utf-8"><title>members bench</title><script type="module" src="./bench.js"></script><body></body></html>');
  writeFileSync(join(dir, 'bench.js'), entry);
  await build({
    configFile: false,
    root: dir,
    logLevel: 'error',
    build: { outDir: join(dir, 'dist'), emptyOutDir: true, target: 'es2022', sourcemap: false },
  });
  server = await preview({ configFile: false, root: dir, logLevel: 'error', build: { outDir: join(dir, 'dist') }, preview: { port: 0, host: '127.0.0.1', strictPort: false } });
  const url = server.resolvedUrls?.local?.[0] ?? `http://127.0.0.1:${server.httpServer.address().port}/`;

  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: set CHROME_PATH or install chromium.');
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  progress('page built and served');
  await page.goto(url);
  await page.waitForFunction(() => 'bench' in window);

  // Warm-up: catalogs, Intl formatters and the JIT, on a small list.
  await page.evaluate(() => window.bench.prepare(1000));
  await page.evaluate(() => window.bench.mountElement(1000));
  await page.evaluate(() => window.bench.mountTable(1000));

  const results = [];
  for (const n of SIZES) {
    await page.evaluate((n) => window.bench.prepare(n), n);
    const element = [];
    const table = [];
    progress(`${n} members generated`);
    for (let i = 0; i < RUNS; i++) {
      progress(`mount ${i + 1} of ${RUNS} at ${n}`);
      element.push(await page.evaluate((n) => window.bench.mountElement(n), n));
      progress(`  element: ${element.at(-1).ms.toFixed(1)} ms`);
      // The plain table takes seconds per mount at this size: one mount is enough to compare.
      if (process.env.BENCH_TABLE !== '0' && (i === 0 || n <= 10_000)) {
        table.push(await page.evaluate((n) => window.bench.mountTable(n), n));
        progress(`  plain table: ${table.at(-1).ms.toFixed(1)} ms`);
      }
    }
    const row = {
      n,
      element: { ms: median(element.map((r) => r.ms)), nodes: element.at(-1).nodes, rows: element.at(-1).rows },
      table: table.length ? { ms: median(table.map((r) => r.ms)), nodes: table.at(-1).nodes } : { ms: NaN, nodes: NaN },
    };
    if (n === SIZES.at(-1)) {
      const first = [];
      for (let i = 0; i < 3; i++) first.push(await page.evaluate((n) => window.bench.firstKeystroke(n), n));
      await page.evaluate((n) => window.bench.mountElement(n), n);
      const keys = await page.evaluate(() => window.bench.keystrokesElement());
      let tableKeys = [{ frame: NaN, work: NaN }];
      if (process.env.BENCH_TABLE !== '0') {
        await page.evaluate((n) => window.bench.mountTable(n), n);
        tableKeys = await page.evaluate(() => window.bench.keystrokesTable());
      }
      row.keys = {
        element: { count: keys.length, nextFrame: keys.filter((k) => k.frame < 25).length, frame: median(keys.map((k) => k.frame)), frameMax: Math.max(...keys.map((k) => k.frame)), work: median(keys.map((k) => k.work)), workMax: Math.max(...keys.map((k) => k.work)) },
        table: { count: tableKeys.length, nextFrame: tableKeys.filter((k) => k.frame < 25).length, frame: median(tableKeys.map((k) => k.frame)), frameMax: Math.max(...tableKeys.map((k) => k.frame)), work: median(tableKeys.map((k) => k.work)), workMax: Math.max(...tableKeys.map((k) => k.work)) },
        first: median(first.map((k) => k.frame)),
        matches: keys.map((k) => `${k.value || '∅'}:${k.rows}`).join(' '),
      };
    }
    results.push(row);
  }

  const version = browser.version();
  console.log(`Member list in headless Chromium ${version}; seed ${SEED}; median of ${RUNS} mounts; keystrokes typing and erasing "${KEYSTROKES}", 1.5 s after the list shows (the plain table: "k", "ko", erase).`);
  console.log('');
  console.log(`${pad('measure', W)}${pad('dk-members (virtualized)', 26)}${pad('plain <table>', 18)}ratio (table / element)`);
  for (const r of results) {
    const n = r.n.toLocaleString('en');
    console.log(`${pad(`mount ${n} members`, W)}${pad(fmt(r.element.ms), 26)}${pad(fmt(r.table.ms), 18)}${(r.table.ms / r.element.ms).toFixed(1)}x`);
    console.log(`${pad(`element nodes with ${n} members`, W)}${pad(r.element.nodes.toLocaleString('en'), 26)}${pad(r.table.nodes.toLocaleString('en'), 18)}${(r.table.nodes / r.element.nodes).toFixed(0)}x`);
    if (r.keys) {
      console.log(`${pad(`filter keystroke at ${n} (input -> laid out)`, W)}${pad(`${fmt(r.keys.element.work)} (max ${fmt(r.keys.element.workMax)})`, 26)}${pad(fmt(r.keys.table.work), 18)}${(r.keys.table.work / r.keys.element.work).toFixed(1)}x`);
      console.log(`${pad(`  the same, to the next animation frame`, W)}${pad(`${fmt(r.keys.element.frame)} (max ${fmt(r.keys.element.frameMax)})`, 26)}${pad(fmt(r.keys.table.frame), 18)}${(r.keys.table.frame / r.keys.element.frame).toFixed(1)}x`);
      console.log(`${pad(`  keystrokes shown in the very next frame`, W)}${pad(`${r.keys.element.nextFrame} of ${r.keys.element.count}`, 26)}${pad(`${r.keys.table.nextFrame} of ${r.keys.table.count}`, 18)}`);
      console.log(`${pad(`first keystroke at ${n}, typed as the list shows`, W)}${pad(fmt(r.keys.first), 26)}${pad('-', 18)}`);
    }
  }
  const big = results.at(-1);
  console.log('');
  console.log(`Targets: mount ${big.n.toLocaleString('en')} in <= 300 ms: ${big.element.ms <= 300 ? 'met' : 'NOT met'} (${fmt(big.element.ms)}); keystroke <= 16 ms: ${big.keys.element.work <= 16 ? 'met' : 'NOT met'} (median ${fmt(big.keys.element.work)} from input to laid out; ${big.keys.element.nextFrame} of ${big.keys.element.count} shown in the next frame).`);
  console.log(`Rows in the DOM at ${big.n.toLocaleString('en')}: ${big.element.rows} (of ${big.n.toLocaleString('en')}). Matches per keystroke: ${big.keys.matches}`);
} finally {
  await browser?.close();
  await new Promise((r) => (server ? server.httpServer.close(r) : r()));
  rmSync(dir, { recursive: true, force: true });
}
