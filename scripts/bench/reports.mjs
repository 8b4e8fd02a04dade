// Reports aggregation at scale: 1,000,000 calls of one company over six
// months, built from a fixed seed into typed arrays, loaded into the mock
// backend's usage store; then one month aggregated by group, department and
// employee, by the mock's own report code (`mocks/reports.ts`, full report
// objects with the privacy rules), next to a hand-tuned typed-array group-by
// of the same records in the same run. Prints the times and the ratio
// (target: the mock within 1.5 times the baseline). Nothing is asserted.
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

// The baseline: one pass over the month's records (found by binary search in
// the time-ordered log), summing calls, minutes and cost per unit and
// destination into a Float64Array.
function lowerBound(array, value) {
  let lo = 0;
  let hi = array.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (array[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function monthSpan() {
  return [lowerBound(calls.day, dayNumber(MONTH.from)), lowerBound(calls.day, dayNumber(MONTH.to) + 1)];
}
/** Members to one unit each (departments, employees): one add per figure. */
function groupByUnit(unitOf, units) {
  const [start, end] = monthSpan();
  const acc = new Float64Array((units + 1) * 9);
  const totalAt = units * 9;
  const { member, destination, minutes, costMinor } = calls;
  for (let i = start; i < end; i++) {
    const k = destination[i] * 3;
    const at = unitOf[member[i]] * 9 + k;
    const min = minutes[i];
    const cost = costMinor[i];
    acc[at] += 1;
    acc[at + 1] += min;
    acc[at + 2] += cost;
    acc[totalAt + k] += 1;
    acc[totalAt + k + 1] += min;
    acc[totalAt + k + 2] += cost;
  }
  return acc;
}
/** Members to zero or more groups (CSR lists). */
function groupByGroups() {
  const [start, end] = monthSpan();
  const acc = new Float64Array((GROUPS + 1) * 9);
  const totalAt = GROUPS * 9;
  const { member, destination, minutes, costMinor } = calls;
  for (let i = start; i < end; i++) {
    const m = member[i];
    const k = destination[i] * 3;
    const min = minutes[i];
    const cost = costMinor[i];
    const last = groupStart[m + 1];
    for (let g = groupStart[m]; g < last; g++) {
      const at = groupsOf[g] * 9 + k;
      acc[at] += 1;
      acc[at + 1] += min;
      acc[at + 2] += cost;
    }
    acc[totalAt + k] += 1;
    acc[totalAt + k + 1] += min;
    acc[totalAt + k + 2] += cost;
  }
  return acc;
}
const identity = Int32Array.from({ length: MEMBERS }, (_, m) => m);
const baselines = {
  group: groupByGroups,
  department: () => groupByUnit(departmentOf, DEPARTMENTS),
  employee: () => groupByUnit(identity, MEMBERS),
};

const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** Times two runs in turn (after a warm-up), so that a busy moment of the machine slows both alike; medians. */
function timePair(a, b) {
  for (let r = 0; r < WARMUP; r++) {
    a();
    b();
  }
  const times = [[], []];
  const results = [];
  for (let r = 0; r < RUNS; r++) {
    [a, b].forEach((run, i) => {
      const start = performance.now();
      results[i] = run();
      times[i].push(performance.now() - start);
    });
  }
  return [
    { ms: median(times[0]), result: results[0] },
    { ms: median(times[1]), result: results[1] },
  ];
}

const fmt = (ms) => `${ms.toFixed(2).padStart(8)} ms`;
console.log(`Reports aggregation: ${RECORDS.toLocaleString('en')} calls, ${MEMBERS} members, ${DEPARTMENTS} departments, ${GROUPS} groups, ${DAYS} days (seed ${SEED})`);
console.log(`  build the records (typed arrays) ${fmt(buildMs)}`);
console.log(`  load them into the mock's store  ${fmt(ingestMs)}`);
t0 = performance.now();
buildUsageReport(source, { level: 'department', ...MONTH });
console.log(`  first report (running totals built) ${fmt(performance.now() - t0)}`);
console.log(`  one month (${MONTH.from}..${MONTH.to}), median of ${RUNS} runs each, in turn, after ${WARMUP} warm-up runs:`);
console.log('  level        mock report   typed-array baseline   ratio (target <= 1.5)');
let worst = 0;
for (const level of ['group', 'department', 'employee']) {
  const [mock, base] = timePair(
    () => buildUsageReport(source, { level, ...MONTH }),
    baselines[level],
  );
  const totalAt = (level === 'department' ? DEPARTMENTS : level === 'group' ? GROUPS : MEMBERS) * 9;
  const baseCalls = base.result[totalAt] + base.result[totalAt + 3] + base.result[totalAt + 6];
  if (baseCalls !== mock.result.totals.calls) throw new Error(`${level}: mock counts ${mock.result.totals.calls} calls, baseline ${baseCalls}`);
  const ratio = mock.ms / base.ms;
  worst = Math.max(worst, ratio);
  console.log(`  ${level.padEnd(10)} ${fmt(mock.ms)}   ${fmt(base.ms)}            ${ratio.toFixed(2)}x  (${mock.result.rows.length} rows)`);
}
console.log(`  worst ratio ${worst.toFixed(2)}x: ${worst <= 1.5 ? 'within' : 'OVER'} the 1.5x target; totals agree with the baseline (${DESTINATIONS.length} destination types)`);
