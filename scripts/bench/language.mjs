// A language switch on a page of ten mounted widgets, in headless Chromium at
// 1280 x 900: English to Polish to French, every catalog already loaded,
// measured as CPU time of the page's main thread read from a trace (from
// `<html lang>` set to the frame that shows the widgets on screen in the new
// language), fastest and median of the runs. Goal: 50 ms. The widgets off
// screen render in idle time: the time until every widget shows the new
// language is printed too.
//
// The baseline, in the same page and run: the same ten widgets re-rendered in
// the language they already show (`requestUpdate()` on each, then the frame),
// the floor a switch cannot go below without rendering less; and the cost per
// widget, each switched alone.
//
// The page is a production `vite build` (Lit without its dev-mode checks) of
// the kit's elements on the mock backend, answered in the page through MSW's
// `getResponse` (no service worker, no network), served by `vite preview`.
import { join, resolve } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { servePage } from './lib/page.mjs';
import { fastest, median, traced } from './lib/trace.mjs';

const root = resolve(import.meta.dirname, '../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const progress = (text) => process.stderr.write(`  ${text}\n`);
const WIDGETS = [
  'dk-manager',
  'dk-setup',
  'dk-members',
  'dk-credit',
  'dk-features',
  'dk-reports',
  'dk-sip-profiles',
  'dk-call-button-generator',
  'dk-help-article article="buy-credit"',
  'dk-help-center',
];
const src = (path) => JSON.stringify(join(root, path));

const entry = /* js */ `
import ${src('src/all.ts')};
import { createRestAdapter } from ${src('src/adapter/rest.ts')};
import { provideAdapter } from ${src('src/elements/shared/context.ts')};
import { createSeededBackend } from ${src('mocks/seed.ts')};
import { createHandlers } from ${src('mocks/handlers.ts')};
import { getResponse } from 'msw';

const handlers = createHandlers(createSeededBackend(2026), { baseUrl: 'https://bench.invalid/api' });
const adapter = createRestAdapter({
  baseUrl: 'https://bench.invalid/api',
  fetch: async (request) => (await getResponse(handlers, request)) ?? new Response(null, { status: 404 }),
});

const frame = () => new Promise((r) => requestAnimationFrame(r));
const afterFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
/** Every kit element in the page, shadow roots included. */
function kitElements(node = document, out = []) {
  for (const el of node.querySelectorAll('*')) {
    if (el.localName.startsWith('dk-')) out.push(el);
    if (el.shadowRoot) kitElements(el.shadowRoot, out);
  }
  return out;
}
/** The kit's elements, found once the page is mounted: walking the page is not part of a switch. */
let elements = [];
const settled = async () => {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await Promise.all(elements.map((el) => el.updateComplete));
  }
};
const busy = () => kitElements().some((el) => el.shadowRoot?.querySelector('[aria-busy="true"], .loading, [role="progressbar"]'));

window.bench = {
  async mount(widgets) {
    const main = document.createElement('main');
    provideAdapter(main, adapter);
    main.innerHTML = widgets.map((w) => '<section><' + w + '></' + w.split(' ')[0] + '></section>').join('');
    document.body.append(main);
    const start = performance.now();
    while (busy() && performance.now() - start < 30000) await new Promise((r) => setTimeout(r, 50));
    elements = kitElements();
    await settled();
    await afterFrame();
    return kitElements().length;
  },
  /**
   * Sets <html lang> (or one widget's) and waits for the frame that shows the
   * change on screen (mark "<mark>"), then for the widgets off screen, which
   * render in idle time (mark "<mark>-all", from the same start).
   */
  async switchTo(lang, mark, target = document.documentElement) {
    await afterFrame();
    performance.mark(mark + ':start');
    performance.mark(mark + '-all:start');
    target.lang = lang;
    await settled();
    await afterFrame();
    performance.mark(mark + ':end');
    for (let i = 0; i < 2; i++) {
      await new Promise((r) => requestIdleCallback(r, { timeout: 2000 }));
      await settled();
    }
    await afterFrame();
    performance.mark(mark + '-all:end');
  },
  /** The floor: every widget re-rendered in the language it shows. */
  async rerender(mark) {
    await afterFrame();
    performance.mark(mark + ':start');
    for (const el of elements) el.requestUpdate();
    await settled();
    await afterFrame();
    performance.mark(mark + ':end');
  },
  sections: () => document.querySelectorAll('main > section').length,
};
`;

const fmt = (ms) => `${ms.toFixed(1)} ms`;
const fm = (xs) => `${fmt(fastest(xs))} / ${fmt(median(xs))}`;
let served;
let browser;
try {
  served = await servePage('language', entry, { alias: { msw: join(root, 'node_modules/msw/lib/core/index.mjs') } });
  const url = served.url;
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(url);
  await page.waitForFunction(() => 'bench' in window);
  const elements = await page.evaluate((w) => window.bench.mount(w), WIDGETS);
  progress(`${WIDGETS.length} widgets mounted (${elements} kit elements with the ones inside)`);
  // Warm-up: every catalog of the three languages loaded, the JIT warm.
  for (const lang of ['pl', 'fr', 'en', 'pl', 'fr', 'en']) await page.evaluate((l) => window.bench.switchTo(l, 'warm'), lang);

  const runs = { pl: [], fr: [], en: [], floor: [], 'pl-all': [], 'fr-all': [], 'en-all': [] };
  for (let i = 0; i < RUNS; i++) {
    const { windows } = await traced(browser, page, () => page.evaluate(async () => {
      await window.bench.rerender('floor');
      await window.bench.switchTo('pl', 'pl');
      await window.bench.switchTo('fr', 'fr');
      await window.bench.switchTo('en', 'en');
    }));
    for (const k of Object.keys(runs)) runs[k].push(windows.get(k).cpu);
    progress(`run ${i + 1} of ${RUNS}: en→pl ${fmt(runs.pl.at(-1))}, pl→fr ${fmt(runs.fr.at(-1))} CPU`);
  }
  // Each widget alone: its own lang switched (the others stay).
  const per = [];
  for (const [i, widget] of WIDGETS.entries()) {
    const times = [];
    for (let r = 0; r < 3; r++) {
      const { windows } = await traced(browser, page, () => page.evaluate(async (i) => {
        const el = document.querySelectorAll('main > section')[i].firstElementChild;
        el.scrollIntoView();
        await window.bench.switchTo('pl', 'one', el);
        el.removeAttribute('lang');
        await window.bench.switchTo('en', 'back', el);
        el.removeAttribute('lang');
      }, i));
      times.push(windows.get('one').cpu);
    }
    per.push([widget.split(' ')[0], median(times)]);
  }

  console.log(`Language switch, ${WIDGETS.length} widgets mounted on the mock backend (${elements} kit elements), headless Chromium ${browser.version()}, 1280 x 900;`);
  console.log(`CPU time of the page's main thread from a trace, ${RUNS} runs, fastest / median:`);
  console.log(`  en -> pl                                   ${fm(runs.pl)}`);
  console.log(`  pl -> fr                                   ${fm(runs.fr)}`);
  console.log(`  fr -> en                                   ${fm(runs.en)}`);
  console.log(`  until every widget shows it (those off screen render in idle time):`);
  console.log(`    en -> pl                                 ${fm(runs['pl-all'])}`);
  console.log(`    pl -> fr                                 ${fm(runs['fr-all'])}`);
  console.log(`    fr -> en                                 ${fm(runs['en-all'])}`);
  console.log(`  baseline: the same widgets re-rendered     ${fm(runs.floor)}`);
  console.log(`  per widget, scrolled into view and switched alone (median of 3): ${per.map(([w, t]) => `${w} ${fmt(t)}`).join(', ')}`);
  const worst = Math.max(median(runs.pl), median(runs.fr));
  console.log(`Goal: 50 ms: ${worst <= 50 ? 'met' : 'NOT met'} (median ${fmt(worst)} at worst).`);
} finally {
  await browser?.close();
  await served?.close();
}
