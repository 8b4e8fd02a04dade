// Reports aggregation at scale: 1,000,000 calls of one company over six
// months, built from a fixed seed into typed arrays, loaded into the mock
// backend's usage store; then one month aggregated by group, department and
// employee, by the mock's own report code (`mocks/reports.ts`, full report
// objects with the privacy rules), next to a typed-array group-by over the
// same running totals (the same algorithm, without the report's objects) in
// the same run. Prints CPU and wall time, fastest and median, and the ratio.
// Nothing is asserted.
import { performance } from 'node:perf_hooks';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

// The mock's report code, bundled by Vite as the demo and the tests get it
// (one ES module, imports inlined), then imported.
const root = resolve(import.meta.dirname, '../..');
const ENTRY = '\0bench-reports';
const bundle = await build({
  configFile: false,
  root,
  logLevel: 'silent',
  plugins: [
    {
      name: 'bench-entry',
      enforce: 'pre',
      resolveId: (id) => (id.endsWith('bench-reports') ? ENTRY : null),
      load: (id) =>
        id === ENTRY
          ? `export { buildUsageReport } from ${JSON.stringify(resolve(root, 'mocks/reports.ts'))};
             export { UsageStore, dayNumber, DESTINATIONS } from ${JSON.stringify(resolve(root, 'mocks/usage.ts'))};`
          : null,
    },
  ],
  build: { write: false, minify: false, target: 'es2022', lib: { entry: 'bench-reports', formats: ['es'], fileName: 'bench' } },
});
const dir = mkdtempSync(join(tmpdir(), 'dk-bench-'));
const file = join(dir, 'reports.mjs');
writeFileSync(file, [bundle].flat()[0].output[0].code);
const { buildUsageReport, UsageStore, dayNumber, DESTINATIONS } = await import(pathToFileURL(file).href);
rmSync(dir, { recursive: true, force: true });

const SEED = 20260316;
const RECORDS = 1_000_000;
const MEMBERS = 2_000;
const DEPARTMENTS = 40;
const GROUPS = 120;
const TODAY = dayNumber('2026-03-16');
const FIRST = dayNumber('2025-09-16');
const DAYS = TODAY - FIRST + 1;
const MONTH = { from: '2026-02-01', to: '2026-02-28' };
const WARMUP = 10;
const RUNS = 101;

/** mulberry32: a small, fast, seeded generator. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = random(SEED);
const int = (n) => Math.floor(rnd() * n);

// The company: departments of uneven size (a few below 3 members, so folded),
// members in zero to two groups, one in ten without consent.
const departmentOf = new Int32Array(MEMBERS);
for (let m = 0; m < MEMBERS; m++) departmentOf[m] = m < 4 ? DEPARTMENTS - 1 - (m % 2) : int(DEPARTMENTS - 2);
const groupStart = new Int32Array(MEMBERS + 1);
const groupList = [];
for (let m = 0; m < MEMBERS; m++) {
  groupStart[m] = groupList.length;
  const count = int(3);
  const first = int(GROUPS);
  for (let g = 0; g < count; g++) groupList.push((first + g * 7) % GROUPS);
}
groupStart[MEMBERS] = groupList.length;
const groupsOf = Int32Array.from(groupList);
const memberIds = Array.from({ length: MEMBERS }, (_, m) => `mem_${m}`);
const members = memberIds.map((id, m) => ({
  id,
  name: `Member ${m}`,
  departmentId: `dep_${departmentOf[m]}`,
  groupIds: Array.from(groupsOf.subarray(groupStart[m], groupStart[m + 1]), (g) => `grp_${g}`),
  consent: rnd() >= 0.1,
}));

// The calls, in time order (a call log), as parallel typed arrays.
const calls = {
  member: new Uint16Array(RECORDS),
  day: new Int32Array(RECORDS),
  destination: new Uint8Array(RECORDS),
  minutes: new Uint16Array(RECORDS),
  costMinor: new Int32Array(RECORDS),
};
const PER_MINUTE = [9, 19, 89];
let t0 = performance.now();
for (let i = 0; i < RECORDS; i++) {
  calls.day[i] = FIRST + Math.floor((i * DAYS) / RECORDS);
  calls.member[i] = int(MEMBERS);
  const d = rnd() < 0.55 ? 0 : rnd() < 0.85 ? 1 : 2;
  calls.destination[i] = d;
  calls.minutes[i] = 1 + int(30);
  calls.costMinor[i] = calls.minutes[i] * PER_MINUTE[d];
}
const buildMs = performance.now() - t0;

t0 = performance.now();
const store = new UsageStore(FIRST, DAYS);
store.recordMany(memberIds, calls);
const ingestMs = performance.now() - t0;

const source = {
  currency: 'PLN',
  today: TODAY,
  heldFrom: FIRST,
  usage: store,
  members,
  departments: Array.from({ length: DEPARTMENTS }, (_, d) => ({ id: `dep_${d}`, name: `Department ${d}` })),
  groups: Array.from({ length: GROUPS }, (_, g) => ({ id: `grp_${g}`, name: `Group ${g}` })),
  ledger: [],
  recurring: [],
};

// The baseline: what a competent engineer would write with the same idea as
// the mock (running totals per member and day, built once after the calls are
// loaded), without the report's objects and privacy rules: per member, one
// subtraction per figure (end of the month minus its start), added into the
// member's unit (or each of its groups) in a Float64Array. Comparing the mock
// with a rescan of the month's calls would compare two algorithms, not two
// implementations.
const WIDTH = (DAYS + 1) * 9;
const running = new Float64Array(MEMBERS * WIDTH);
{
  const perDay = new Float64Array(MEMBERS * DAYS * 9);
  for (let i = 0; i < RECORDS; i++) {
    const at = (calls.member[i] * DAYS + (calls.day[i] - FIRST)) * 9 + calls.destination[i] * 3;
    perDay[at] += 1;
    perDay[at + 1] += calls.minutes[i];
    perDay[at + 2] += calls.costMinor[i];
  }
  for (let m = 0; m < MEMBERS; m++) {
    const base = m * WIDTH;
    const row = m * DAYS * 9;
    for (let i = 0; i < DAYS * 9; i++) running[base + 9 + i] = running[base + i] + perDay[row + i];
  }
}
/** Offsets into a member's running totals of the month's first day and the day after its last. */
function monthSpan() {
  const from = Math.max(dayNumber(MONTH.from) - FIRST, 0);
  const to = Math.min(dayNumber(MONTH.to) - FIRST, DAYS - 1);
  return [from * 9, (to + 1) * 9];
}
/** Members to one unit each (departments, employees). */
function groupByUnit(unitOf, units) {
  const [start, end] = monthSpan();
  const acc = new Float64Array((units + 1) * 9);
  const totalAt = units * 9;
  for (let m = 0; m < MEMBERS; m++) {
    const base = m * WIDTH;
    const at = unitOf[m] * 9;
    for (let k = 0; k < 9; k++) {
      const v = running[base + end + k] - running[base + start + k];
      acc[at + k] += v;
      acc[totalAt + k] += v;
    }
  }
  return acc;
}
/** Members to zero or more groups (CSR lists). */
function groupByGroups() {
  const [start, end] = monthSpan();
  const acc = new Float64Array((GROUPS + 1) * 9);
  const totalAt = GROUPS * 9;
  const figures = new Float64Array(9);
  for (let m = 0; m < MEMBERS; m++) {
    const base = m * WIDTH;
    for (let k = 0; k < 9; k++) {
      figures[k] = running[base + end + k] - running[base + start + k];
      acc[totalAt + k] += figures[k];
    }
    const last = groupStart[m + 1];
    for (let g = groupStart[m]; g < last; g++) {
      const at = groupsOf[g] * 9;
      for (let k = 0; k < 9; k++) acc[at + k] += figures[k];
    }
  }
  return acc;
}
const identity = Int32Array.from({ length: MEMBERS }, (_, m) => m);
const baselines = {
  group: groupByGroups,
  department: () => groupByUnit(departmentOf, DEPARTMENTS),
  employee: () => groupByUnit(identity, MEMBERS),
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fastest = (values) => Math.min(...values);
/** CPU time of this process in milliseconds (user + system). */
const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
/**
 * Times two runs in turn (after a warm-up), so that a busy moment of the
 * machine slows both alike: wall time and CPU time of each run; the fastest
 * run and the median of each.
 */
function timePair(a, b) {
  for (let r = 0; r < WARMUP; r++) {
    a();
    b();
  }
  const wall = [[], []];
  const cpu = [[], []];
  const results = [];
  for (let r = 0; r < RUNS; r++) {
    [a, b].forEach((run, i) => {
      const c0 = cpuNow();
      const start = performance.now();
      results[i] = run();
      wall[i].push(performance.now() - start);
      cpu[i].push(cpuNow() - c0);
    });
  }
  return [0, 1].map((i) => ({
    wall: { median: median(wall[i]), fastest: fastest(wall[i]) },
    cpu: { median: median(cpu[i]), fastest: fastest(cpu[i]) },
    result: results[i],
  }));
}

const fmt = (ms) => `${ms.toFixed(2).padStart(7)} ms`;
const both = (t) => `${fmt(t.fastest)} ${fmt(t.median)}`;
console.log(`Reports aggregation: ${RECORDS.toLocaleString('en')} calls, ${MEMBERS} members, ${DEPARTMENTS} departments, ${GROUPS} groups, ${DAYS} days (seed ${SEED})`);
console.log(`  build the records (typed arrays) ${fmt(buildMs)}`);
console.log(`  load them into the mock's store  ${fmt(ingestMs)}`);
t0 = performance.now();
buildUsageReport(source, { level: 'department', ...MONTH });
console.log(`  first report (running totals built) ${fmt(performance.now() - t0)}`);
console.log(`  one month (${MONTH.from}..${MONTH.to}), ${RUNS} runs each, in turn, after ${WARMUP} warm-up runs; fastest and median;`);
console.log('  the baseline reads the same running totals (per member and day) as the mock:');
console.log('  level       mock CPU (fastest, median)  baseline CPU (fastest, median)  ratio (fastest)  mock wall (fastest, median)  baseline wall');
let worst = 0;
for (const level of ['group', 'department', 'employee']) {
  const [mock, base] = timePair(
    () => buildUsageReport(source, { level, ...MONTH }),
    baselines[level],
  );
  const totalAt = (level === 'department' ? DEPARTMENTS : level === 'group' ? GROUPS : MEMBERS) * 9;
  const baseCalls = base.result[totalAt] + base.result[totalAt + 3] + base.result[totalAt + 6];
  if (baseCalls !== mock.result.totals.calls) throw new Error(`${level}: mock counts ${mock.result.totals.calls} calls, baseline ${baseCalls}`);
  const ratio = mock.wall.fastest / base.wall.fastest;
  worst = Math.max(worst, ratio);
  console.log(`  ${level.padEnd(10)}  ${both(mock.cpu)}        ${both(base.cpu)}            ${ratio.toFixed(1).padStart(5)}x         ${both(mock.wall)}       ${both(base.wall)}   (${mock.result.rows.length} rows)`);
}
console.log(`  The mock builds the contract's report objects (names, privacy folding of units under 3 members, spend, budgets) on top of the sums: ${worst.toFixed(1)}x the bare sums at worst (fastest runs). Totals agree with the baseline (${DESTINATIONS.length} destination types).`);
console.log('  CPU times come from process.cpuUsage() (this process, user + system), whose resolution makes single sub-millisecond runs coarse: read the fastest beside the median.');
