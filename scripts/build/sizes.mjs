// What the built kit weighs, read from dist/ (what `npm pack` ships): the
// sizes benchmark prints these figures and the package tests hold them to the
// budgets below. Bytes are deterministic: the same build gives the same sizes
// on any machine.
//
// A figure is the files an entry loads by static imports (a dynamic import,
// such as a catalog, a chart or a section opened later, is not first load),
// each compressed alone, gzip level 9 and brotli quality 11, as a server
// sends each response, then summed. For the npm entries, the libraries left to
// the host's bundler (Lit, i18next, @lit/context, @lit/task, the virtualizer,
// openapi-fetch) are counted apart; "merged" is what a host's bundler makes of
// the kit's part of an entry: its modules concatenated, then gzip.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const root = resolve(import.meta.dirname, '../..');
export const dist = join(root, 'dist');

const KB = 1024;

/**
 * The size budgets: `npm test` (the package tests) fails when the build
 * outgrows one. Each has its goal (bytes, gzip level 9); `max` is the goal
 * once met, and until then the figure reached, so that nothing grows back
 * while the rest of the way is made (docs/benchmarks.md says how far).
 * `measure` names a figure of `measureDist()`.
 */
export const BUDGETS = [
  { name: 'runtime shared by every element (CDN)', measure: 'runtime', goal: 24 * KB, max: 29.7 * KB },
  { name: 'first load of <dk-manager> through cdn/manager.js', measure: 'managerAlone', goal: 40 * KB, max: 40 * KB },
  { name: 'first load of <dk-manager> through the one-tag cdn/autoloader.js', measure: 'managerAutoloaded', goal: 40 * KB, max: 40 * KB },
  // Within 1.5 KB with web calling (docs/decisions.md, "Web calling from the
  // call button"): 1,680 B at first, 1,564 B since the panel decides whether
  // it can call, 1,500 B since the warnings about ignored values are the
  // development script's (call-button.dev.js). Its goal is 1,400 B.
  { name: 'public call button (call-button.js)', measure: 'callButton', goal: 1400, max: 1500 },
  { name: "the call button's panel, first click, in its largest language (call-panel-<lang>.js)", measure: 'callPanel', goal: 5 * KB, max: 5 * KB },
  // Each element's entry, as a host's bundler merges the kit's modules, no
  // larger than before the elements were split onto the shared controllers
  // (KiB): met by every entry since what the first paint does not need
  // (dialogs, later parts of forms, the answers' checks) loads on first use
  // (shared/lazy.ts). A second figure would be the one reached where the
  // goal is not met yet.
  ...Object.entries({
    '.': [12.2],
    './help-article': [12.9],
    './sip-profiles': [14.5],
    './call-button-generator': [14.9],
    './setup': [15.5],
    './reports': [17.4],
    './features': [17.5],
    './credit': [18.6],
    './manager': [19.4],
    './help-center': [19.9],
    './members': [21.9],
  }).map(([entry, [goal, reached = goal]]) => ({
    name: `npm dialkit${entry.slice(1)} merged`,
    measure: `merged:${entry}`,
    goal: Math.floor(goal * KB),
    max: Math.floor(reached * KB),
  })),
];

const cache = new Map();
/** One file's sizes: raw, gzip level 9, brotli quality 11. */
export function sizeOf(file) {
  if (!cache.has(file)) {
    const code = readFileSync(file);
    cache.set(file, { raw: code.length, gzip: gzip(code), brotli: brotli(code) });
  }
  return cache.get(file);
}
export const gzip = (code) => gzipSync(code, { level: 9 }).length;
export const brotli = (code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

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

/** Files loaded by static imports from `entry`, in load order, split into the kit's (under dist/) and the shared libraries'. */
export function graph(entry) {
  const kit = new Set();
  const shared = new Set();
  const visit = (file) => {
    const set = file.startsWith(dist) ? kit : shared;
    if (set.has(file)) return;
    set.add(file);
    const code = readFileSync(file, 'utf8');
    // Static imports and re-exports only (minified or not); `import(` is dynamic.
    for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)) {
      visit(m[1].startsWith('.') ? resolve(dirname(file), m[1]) : resolveBare(m[1]));
    }
  };
  visit(entry);
  return { kit: [...kit], shared: [...shared] };
}

const sum = (files, key) => files.reduce((n, f) => n + sizeOf(f)[key], 0);
/** gzip and brotli of files each compressed alone, summed. */
export const weigh = (files) => ({ files: files.length, gzip: sum(files, 'gzip'), brotli: sum(files, 'brotli') });
/** gzip and brotli of files concatenated, as a bundler merges them. */
export function weighMerged(files) {
  const code = Buffer.concat(files.map((f) => readFileSync(f)));
  return { files: files.length, gzip: gzip(code), brotli: brotli(code) };
}

/** The npm entries of package.json, by export name ('.', './members', …), with their file. */
export function npmEntries() {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return Object.entries(manifest.exports).flatMap(([name, target]) => {
    const file = typeof target === 'string' ? target : target.default;
    return file?.endsWith('.js') && file.startsWith('./dist/') ? [[name, join(root, file)]] : [];
  });
}

/** Every element's entry in the self-contained bundle (cdn/<element>.js), but the API and the two that gather elements. */
export function cdnElements() {
  const autoloader = readFileSync(join(dist, 'cdn/autoloader.js'), 'utf8');
  return [...new Set([...autoloader.matchAll(/["'`]\.\/([\w-]+)\.js["'`]/g)].map((m) => m[1]))].filter(
    (name) => !['dialkit', 'all', 'autoloader'].includes(name) && existsSync(join(dist, `cdn/${name}.js`)),
  );
}

/** The call panel's languages (one build each, dist/call-panel-<lang>.js), and its chunks named `name` (dist/call-panel/<name>-<hash>.js). */
const panelLangs = ['en', 'pl', 'fr'];
const panelChunks = (name) =>
  readdirSync(join(dist, 'call-panel'))
    .filter((f) => f.startsWith(`${name}-`))
    .map((f) => join(dist, 'call-panel', f));

/**
 * Every figure: per npm entry (kit per file, merged, and the shared
 * libraries), the CDN's runtime (the files every element's entry loads),
 * the console's first load each way, and the public call button with its
 * panel (its first click, in the language whose strings weigh most).
 */
export function measureDist() {
  if (!existsSync(join(dist, 'dialkit.js'))) throw new Error('dist/ is missing: run `npm run build` first.');
  const figures = {};
  const npm = [];
  for (const [name, file] of npmEntries()) {
    const { kit, shared } = graph(file);
    const row = { name, kit: weigh(kit), merged: weighMerged(kit), shared: weigh(shared) };
    npm.push(row);
    figures[`merged:${name}`] = row.merged.gzip;
  }
  const cdn = (name) => graph(join(dist, `cdn/${name}.js`)).kit;
  const elements = cdnElements();
  const graphs = elements.map(cdn);
  const runtimeFiles = graphs[0].filter((f) => graphs.every((g) => g.includes(f)));
  const autoloader = cdn('autoloader');
  const manager = cdn('manager');
  const rows = {
    runtime: { ...weigh(runtimeFiles), list: runtimeFiles.map((f) => relative(dist, f)) },
    managerAlone: weigh(manager),
    managerAutoloaded: weigh([...new Set([...autoloader, ...manager])]),
    callButton: weigh([join(dist, 'call-button.js')]),
    callPanel: panelLangs.map((lang) => weigh(graph(join(dist, `call-panel-${lang}.js`)).kit)).reduce((a, b) => (a.gzip >= b.gzip ? a : b)),
    // Loaded once the visitor's microphone is granted: the kit's phone with JsSIP.
    callPanelPhone: weigh(panelChunks('phone')),
  };
  for (const [key, value] of Object.entries(rows)) figures[key] = value.gzip;
  const perElement = Object.fromEntries(elements.map((name, i) => [name, weigh(graphs[i])]));
  return { figures, npm, cdn: { ...rows, perElement, all: weigh(cdn('all')), autoloader: weigh(autoloader) } };
}
