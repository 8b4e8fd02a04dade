#!/usr/bin/env node
// `npm test`: every check the project has, in order, stopping at the first
// failure. Ends with one line, `N passed, N failed`, counting Vitest's tests
// plus the other steps.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { findChromium } from './chromium.mjs';
import { KAMAILIO_PACKAGES, checkKamailio, findKamailio } from './kamailio.mjs';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const tmp = mkdtempSync(join(tmpdir(), 'dialkit-test-'));
const vitestJson = join(tmp, 'vitest.json');

let passed = 0;
let failed = 0;

/** The closing line, alone and last, then the exit. */
function finish(code) {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(code);
}

// ---- children: one at a time, each in its own process group --------------
// A group lets us stop a tool together with whatever it started (Vite
// servers, Chromium) when we are interrupted, or when it leaves them behind.
let current = null;

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

function run(command, args, env = process.env) {
  return new Promise((done) => {
    // stdin is not passed on: the children are not interactive, and a child in
    // a background process group reading the terminal would be stopped.
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'], detached: true });
    current = child;
    child.on('error', (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      current = null;
      done(127);
    });
    child.on('exit', (code, signal) => {
      killGroup(child, 'SIGKILL'); // leftovers, if any
      current = null;
      done(code ?? (signal ? 128 : 1));
    });
  });
}

// Interrupted: stop the running tool and everything it started, then leave.
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\nInterrupted (${signal}): stopping.`);
    failed += 1;
    const child = current;
    if (!child) return finish(130);
    child.once('exit', () => finish(130));
    killGroup(child, 'SIGTERM');
    setTimeout(() => killGroup(child, 'SIGKILL'), 3000).unref();
  });
}
process.on('exit', () => {
  if (current) killGroup(current, 'SIGKILL');
  rmSync(tmp, { recursive: true, force: true });
});

// ---- Debian's packages of what the tests drive, when missing ---------------
/** Installs packages with apt as root; false when apt or root is missing. */
async function aptInstall(why, packages) {
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) return false;
  console.log(`\n▶ ${why}: installing Debian's (apt-get update && apt-get install -y ${packages.join(' ')})`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if ((await run('apt-get', ['update'], env)) === 0) {
    await run('apt-get', ['install', '-y', ...packages], env);
  }
  return true;
}

// ---- Chromium -------------------------------------------------------------
async function ensureChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && !existsSync(fromEnv)) {
    console.error(`CHROME_PATH is set to ${fromEnv}, which does not exist.`);
    failed += 1;
    finish(1);
  }
  let found = findChromium();
  if (!found && (await aptInstall('No Chromium found', ['chromium']))) found = findChromium();
  if (!found) {
    console.error(
      [
        'No Chromium found: the browser and story tests need one (test tools cannot download browsers here).',
        'Install it, e.g. on Debian/Ubuntu: sudo apt-get install -y chromium',
        'or point CHROME_PATH at any Chromium or Chrome binary: CHROME_PATH=/path/to/chrome npm test',
      ].join('\n'),
    );
    failed += 1;
    finish(1);
  }
  process.env.CHROME_PATH = found;
  console.log(`Chromium: ${found}`);
}

// ---- Kamailio: the SIP server of the calling tests (test/sip/) -------------
// Found like Chromium; installed from Debian when missing, or when the one
// found lacks a module the tests' configuration loads (`kamailio -c`).
async function ensureKamailio() {
  const fromEnv = process.env.KAMAILIO_PATH;
  if (fromEnv && !existsSync(fromEnv)) {
    console.error(`KAMAILIO_PATH is set to ${fromEnv}, which does not exist.`);
    failed += 1;
    finish(1);
  }
  let found = findKamailio();
  let problem = found ? checkKamailio(found) : 'not installed';
  if (problem && !fromEnv && (await aptInstall(found ? 'Kamailio lacks a module' : 'No Kamailio found', KAMAILIO_PACKAGES))) {
    found = findKamailio();
    problem = found ? checkKamailio(found) : 'not installed';
  }
  if (problem) {
    console.error(
      [
        `Kamailio is needed by the calling tests (a SIP server on the loopback interface): ${problem}`,
        `Install it, e.g. on Debian/Ubuntu: sudo apt-get install -y ${KAMAILIO_PACKAGES.join(' ')}`,
        'or point KAMAILIO_PATH at a kamailio binary with the websocket and auth_ephemeral modules.',
      ].join('\n'),
    );
    failed += 1;
    finish(1);
  }
  process.env.KAMAILIO_PATH = found;
  console.log(`Kamailio: ${found}`);
}

// ---- the product build must not carry the mock backend or raw HTML sinks ---
function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function checkDist() {
  const dist = join(root, 'dist');
  if (!existsSync(dist)) return ['dist/ does not exist'];
  const files = filesUnder(dist);
  const problems = [];
  const js = files.filter((f) => /\.m?js$/.test(f));
  if (js.length === 0) problems.push('dist/ holds no JavaScript');

  for (const file of files) {
    const name = relative(root, file);
    if (/mockServiceWorker/i.test(name)) problems.push(`${name}: the MSW worker is in the product build`);
  }
  // Anything from MSW or the mock backend in the shipped code.
  const mockTraces = /\bmsw\b|setupWorker|setupServer|MockBackend|mockServiceWorker/;
  for (const file of js) {
    const match = readFileSync(file, 'utf8').match(mockTraces);
    if (match) problems.push(`${relative(root, file)}: contains "${match[0]}"`);
  }
  // The npm build keeps one output file per source module: none may come
  // from mocks/, and our own modules may not write raw HTML. Bundled libraries
  // (vendor/) and the self-contained bundle (cdn/, which holds Lit) are exempt
  // from the HTML rule: Lit itself parses its templates through innerHTML.
  const htmlSinks = /\bunsafeHTML\b|\binnerHTML\b|\bouterHTML\b|insertAdjacentHTML/;
  for (const file of js) {
    const name = relative(dist, file);
    if (/(^|\/)mocks\//.test(name)) problems.push(`dist/${name}: built from the mock backend`);
    if (/^(vendor|cdn|_virtual)\//.test(name)) continue;
    const sink = readFileSync(file, 'utf8').match(htmlSinks);
    if (sink) problems.push(`dist/${name}: uses ${sink[0]}`);
  }
  return problems;
}

// ---- steps ------------------------------------------------------------------
const steps = [
  { name: 'Type check (tsc --noEmit)', command: bin('tsc'), args: ['--noEmit'] },
  {
    name: 'Vitest (projects: node, browser, storybook-en, storybook-pl, storybook-fr)',
    command: bin('vitest'),
    args: ['run', '--project', 'node', '--project', 'browser', '--project', 'storybook*', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`],
    vitest: true,
  },
  {
    // Apart: it serves the whole demo in development and opens two pages
    // with calls, which would crowd the browser tests on two cores.
    name: 'The demo: a web call from its sample website to its softphone (Vitest project: demo)',
    command: bin('vitest'),
    args: ['run', '--project', 'demo', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`],
    vitest: true,
  },
  {
    name: 'Storybook build (storybook-static/)',
    command: bin('storybook'),
    args: ['build', '--quiet', '-o', 'storybook-static'],
  },
  { name: 'Product build (npm run build: dist/)', command: process.execPath, args: ['scripts/build.mjs'] },
  { name: 'dist/ carries no mock backend and no raw HTML sinks', check: checkDist },
  {
    name: 'The packed package in the example hosts (Vitest project: package)',
    command: bin('vitest'),
    args: ['run', '--project', 'package', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`],
    vitest: true,
  },
];

function vitestCounts() {
  try {
    const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
    return { passed: report.numPassedTests ?? 0, failed: report.numFailedTests ?? 0 };
  } catch {
    return null;
  }
}

const seconds = (start) => ((performance.now() - start) / 1000).toFixed(1);

await ensureChromium();
await ensureKamailio();

const timings = [];
for (const [index, step] of steps.entries()) {
  console.log(`\n▶ ${index + 1}/${steps.length} ${step.name}`);
  const start = performance.now();
  let ok;
  if (step.check) {
    const problems = step.check();
    for (const problem of problems) console.error(`  ✗ ${problem}`);
    ok = problems.length === 0;
    if (ok) console.log('  ✓ clean');
  } else {
    if (step.vitest) rmSync(vitestJson, { force: true }); // counts of this run only
    ok = (await run(step.command, step.args)) === 0;
  }
  timings.push(`${step.name}: ${seconds(start)} s`);

  if (step.vitest) {
    const counts = vitestCounts();
    passed += counts?.passed ?? 0;
    failed += counts?.failed ?? 0;
    // A run can fail with no failed test (no test files, an error outside
    // tests, a crash before the report): it still counts as one failure.
    if (!ok && !counts?.failed) failed += 1;
  } else if (ok) {
    passed += 1;
  } else {
    failed += 1;
  }

  if (!ok) {
    const skipped = steps.slice(index + 1).map((s) => s.name);
    console.error(`\n✗ ${step.name} failed.${skipped.length ? ` Not run: ${skipped.join('; ')}.` : ''}`);
    break;
  }
}

console.log(`\nTimings: ${timings.join(', ')}`);
finish(failed === 0 ? 0 : 1);
