// The member list at scale, in headless Chromium: <dk-members> holding 10,000
// and 100,000 members generated from a fixed seed (served page by page, 500 at
// a time, by an in-page adapter, as the contract pages them), next to the
// baseline a competent engineer would ship instead, a hand-written virtual
// list of the same data, in the same page and run.
//
// Measured, for each, as CPU time of the page's main thread read from a trace
// (fastest and median of the runs; wall time on a shared machine is noise):
// the mount (element created -> every member loaded and the first rows shown,
// the frame that shows them included), the first keystroke typed as the list
// shows (it pays for whatever is built lazily), and at the largest size each
// keystroke of typing and erasing a name a moment after the list shows (input
// event -> the frame that shows the result). Goal: every keystroke within
// 16 ms of work, the first included. Nothing is asserted: the figures are
// printed.
//
// The page is a production `vite build` of a small bench entry in a temp
// directory (Lit without its dev-mode checks), served by `vite preview`.
import { join, resolve } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { servePage } from './lib/page.mjs';
import { fastest, median, slowest, traced } from './lib/trace.mjs';

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
/** After the next frame has been drawn: a task queued from its animation frame callback. */
const afterFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
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
const KEYS = [...${JSON.stringify(KEYSTROKES)}].map((_, i, all) => all.slice(0, i + 1).join(''));
const TYPED = [...KEYS, ...KEYS.slice(0, -1).reverse(), ''];

/**
 * The baseline: the virtual list a competent engineer writes by hand (fixed
 * row height, the visible rows plus a margin rendered into an absolutely
 * placed box over a spacer, the search keys folded at mount, a substring scan
 * per keystroke), with the same columns and a button per row.
 */
function virtualList(data) {
  const ROW = 40, MARGIN = 10;
  const dep = new Map(data.departments.map((d) => [d.id, d.name]));
  const grp = new Map(data.groups.map((g) => [g.id, g.name]));
  const money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'PLN' });
  const members = data.members;
  const keys = members.map((m) => foldForSearch(m.displayName + ' ' + m.accountName + ' ' + (m.email ?? '')));
  let shown = members.map((_, i) => i);
  const root = document.createElement('div');
  const input = Object.assign(document.createElement('input'), { type: 'search', id: 'baseline-search' });
  const scroller = document.createElement('div');
  scroller.className = 'scroller';
  const spacer = document.createElement('div');
  const box = document.createElement('div');
  box.className = 'rows';
  scroller.append(spacer, box);
  root.append(input, scroller);
  function row(m) {
    const r = document.createElement('div');
    r.className = 'row';
    for (const text of [m.displayName, m.accountName, dep.get(m.departmentId), m.groupIds.map((g) => grp.get(g)).join(', '), m.role, money.format(m.credit.amountMinor / 100), m.status]) {
      const cell = document.createElement('span');
      cell.textContent = text;
      r.append(cell);
    }
    const button = document.createElement('button');
    button.textContent = 'Manage';
    r.append(button);
    return r;
  }
  function render() {
    const first = Math.max(0, Math.floor(scroller.scrollTop / ROW) - MARGIN);
    const last = Math.min(shown.length, Math.ceil((scroller.scrollTop + scroller.clientHeight) / ROW) + MARGIN);
    spacer.style.height = shown.length * ROW + 'px';
    box.style.transform = 'translateY(' + first * ROW + 'px)';
    box.replaceChildren(...shown.slice(first, last).map((i) => row(members[i])));
  }
  let pending = false;
  scroller.addEventListener('scroll', () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => { pending = false; render(); });
  });
  input.addEventListener('input', () => {
    const q = foldForSearch(input.value.trim());
    shown = [];
    for (let i = 0; i < keys.length; i++) if (q === '' || keys[i].includes(q)) shown.push(i);
    scroller.scrollTop = 0;
    render();
  });
  return { root, render, input, count: () => shown.length };
}
const style = document.createElement('style');
style.textContent = '.scroller{position:relative;height:600px;overflow:auto}.rows{position:absolute;inset:0 0 auto 0}.row{display:grid;grid-template-columns:repeat(7,1fr) auto;height:40px;align-items:center}.row span{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}';
document.head.append(style);

let baseline = null;

window.bench = {
  async prepare(n) { dataOf(n); return dataOf(n).members.length; },

  /** Mounts <dk-members>: from the element created to the frame that shows its first rows, every member loaded. */
  async mountElement(n, mark = 'mount') {
    document.body.replaceChildren();
    await afterFrame();
    const data = dataOf(n);
    const host = document.createElement('div');
    host.lang = 'en';
    const el = document.createElement('dk-members');
    el.adapter = adapterFor(data);
    performance.mark(mark + ':start');
    host.append(el);
    document.body.append(host);
    await untilFrame(() => {
      const grid = el.shadowRoot?.querySelector('[role="grid"]');
      return grid?.getAttribute('aria-rowcount') === String(n + 1) && grid.getAttribute('aria-busy') === 'false'
        && el.shadowRoot.querySelector('[role="row"][aria-rowindex="2"]');
    });
    await afterFrame();
    performance.mark(mark + ':end');
    return { nodes: countNodes(), rows: el.shadowRoot.querySelectorAll('[role="row"]').length };
  },

  /** Types into the element's filter, each keystroke from the input event to the frame that shows it. */
  async typeElement(values = TYPED, prefix = 'key', pause = 0) {
    const el = document.querySelector('dk-members');
    const input = el.shadowRoot.querySelector('#search');
    const grid = el.shadowRoot.querySelector('[role="grid"]');
    input.focus();
    if (pause) await new Promise((r) => setTimeout(r, pause));
    const out = [];
    for (const [i, value] of values.entries()) {
      await afterFrame();
      performance.mark(prefix + i + ':start');
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: value.slice(-1) }));
      await el.updateComplete;
      await afterFrame();
      performance.mark(prefix + i + ':end');
      out.push({ value, rows: Number(grid.getAttribute('aria-rowcount')) - 1 });
    }
    return out;
  },

  async mountBaseline(n, mark = 'mount') {
    document.body.replaceChildren();
    await afterFrame();
    const data = dataOf(n);
    performance.mark(mark + ':start');
    baseline = virtualList(data);
    document.body.append(baseline.root);
    baseline.render();
    await afterFrame();
    performance.mark(mark + ':end');
    return { nodes: countNodes(), rows: baseline.root.querySelectorAll('.row').length };
  },

  async typeBaseline(values = TYPED, prefix = 'key', pause = 0) {
    baseline.input.focus();
    if (pause) await new Promise((r) => setTimeout(r, pause));
    const out = [];
    for (const [i, value] of values.entries()) {
      await afterFrame();
      performance.mark(prefix + i + ':start');
      baseline.input.value = value;
      baseline.input.dispatchEvent(new InputEvent('input', { bubbles: true, data: value.slice(-1) }));
      await afterFrame();
      performance.mark(prefix + i + ':end');
      out.push({ value, rows: baseline.count() });
    }
    return out;
  },
};
`;

const fmt = (ms) => `${ms.toFixed(1)} ms`;
const pad = (s, n) => String(s).padEnd(n);
/** "fastest / median" of a list of figures. */
const fm = (xs) => `${fmt(fastest(xs))} / ${fmt(median(xs))}`;

let served;
let browser;
try {
  served = await servePage('members', entry);
  const url = served.url;

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
  await page.evaluate(() => window.bench.mountBaseline(1000));

  const cpuOf = async (run) => (await traced(browser, page, run)).windows;
  const results = [];
  for (const n of SIZES) {
    await page.evaluate((n) => window.bench.prepare(n), n);
    progress(`${n} members generated`);
    const row = { n, element: { mount: [], wall: [], first: [] }, baseline: { mount: [], wall: [], first: [] }, keys: { element: [], baseline: [] } };
    for (let i = 0; i < RUNS; i++) {
      progress(`run ${i + 1} of ${RUNS} at ${n}`);
      for (const [who, mount, type] of [['element', 'mountElement', 'typeElement'], ['baseline', 'mountBaseline', 'typeBaseline']]) {
        // A mount, then one keystroke at once (the first, paying for whatever is built lazily).
        const w = await cpuOf(() => page.evaluate(async ([n, mount, type]) => {
          const shape = await window.bench[mount](n);
          await window.bench[type](['k'], 'first');
          return shape;
        }, [n, mount, type]));
        row[who].mount.push(w.get('mount').cpu);
        row[who].wall.push(w.get('mount').wall);
        row[who].first.push(w.get('first0').cpu);
        if (n === SIZES.at(-1)) {
          // Typing and erasing, a moment after the list shows.
          await page.evaluate(([n, mount]) => window.bench[mount](n), [n, mount]);
          const k = await traced(browser, page, () => page.evaluate((type) => window.bench[type](undefined, 'key', 1500), type));
          row.keys[who].push(...[...k.windows.entries()].map(([name, t]) => ({ name, cpu: t.cpu })));
          row.matches = k.value.map((r) => `${r.value || '∅'}:${r.rows}`).join(' ');
        }
      }
      progress(`  element ${fmt(row.element.mount.at(-1))} CPU, baseline ${fmt(row.baseline.mount.at(-1))} CPU`);
    }
    row.nodes = await page.evaluate(async (n) => [(await window.bench.mountElement(n)).nodes, (await window.bench.mountBaseline(n)).nodes], n);
    results.push(row);
  }

  const version = browser.version();
  console.log(`Member list in headless Chromium ${version}; seed ${SEED}; ${RUNS} runs; CPU time of the page's main thread from a trace, fastest / median.`);
  console.log('The baseline is a hand-written virtual list (fixed row height, visible rows plus a margin, keys folded at mount, substring scan).');
  console.log('');
  const W = 56;
  console.log(`${pad('measure', W)}${pad('dk-members', 28)}${pad('hand-written virtual list', 28)}`);
  for (const r of results) {
    const n = r.n.toLocaleString('en');
    console.log(`${pad(`mount ${n} members, CPU`, W)}${pad(fm(r.element.mount), 28)}${pad(fm(r.baseline.mount), 28)}`);
    console.log(`${pad(`  the same, wall time`, W)}${pad(fm(r.element.wall), 28)}${pad(fm(r.baseline.wall), 28)}`);
    console.log(`${pad(`element nodes with ${n} members`, W)}${pad(r.nodes[0].toLocaleString('en'), 28)}${pad(r.nodes[1].toLocaleString('en'), 28)}`);
    console.log(`${pad(`first keystroke at ${n}, typed as the list shows`, W)}${pad(`${fm(r.element.first)} (max ${fmt(slowest(r.element.first))})`, 28)}${pad(`${fm(r.baseline.first)} (max ${fmt(slowest(r.baseline.first))})`, 28)}`);
    if (r.keys.element.length) {
      const e = r.keys.element.map((k) => k.cpu), b = r.keys.baseline.map((k) => k.cpu);
      console.log(`${pad(`keystroke at ${n} (input to the frame shown), CPU`, W)}${pad(`${fm(e)} (max ${fmt(slowest(e))})`, 28)}${pad(`${fm(b)} (max ${fmt(slowest(b))})`, 28)}`);
      console.log(`${pad(`  keystrokes within 16 ms of work`, W)}${pad(`${e.filter((t) => t <= 16).length} of ${e.length}`, 28)}${pad(`${b.filter((t) => t <= 16).length} of ${b.length}`, 28)}`);
    }
  }
  const big = results.at(-1);
  const everyKey = [...big.keys.element.map((k) => k.cpu), ...big.element.first];
  console.log('');
  console.log(`Goal: every keystroke within 16 ms of work, the first included: ${slowest(everyKey) <= 16 ? 'met' : 'NOT met'} (slowest ${fmt(slowest(everyKey))} CPU at ${big.n.toLocaleString('en')}).`);
  console.log(`Matches per keystroke at ${big.n.toLocaleString('en')}: ${big.matches}`);
  const typed = big.matches.split(' ').map((m) => m.split(':')[0]);
  const perKey = (keys) => typed.map((value, i) => `${value} ${fmt(median(keys.filter((k) => k.name === `key${i}`).map((k) => k.cpu)))}`).join(', ');
  console.log(`Each keystroke at ${big.n.toLocaleString('en')}, median CPU: dk-members ${perKey(big.keys.element)}; baseline ${perKey(big.keys.baseline)}`);
} finally {
  await browser?.close();
  await served?.close();
}
