// CPU time of the page's main thread, read from a Chromium trace: wall time
// on a shared two-core machine measures the machine as much as the code, but
// the thread time of the renderer's main thread (`tdur` of its top-level
// tasks) counts only the work the page did.
//
//   const { windows, value } = await traced(browser, page, () => page.evaluate(() => work()));
//   windows.get('mount') // { cpu: ms of main-thread CPU, wall: ms between the marks }
//
// The page code marks each window with `performance.mark('<name>:start')` and
// `performance.mark('<name>:end')`; the top-level tasks that overlap a window
// are counted whole (mark the end in a task after the frame that shows the
// result, and that frame's style, layout and paint are in).
const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadPool_RunTask']);

export async function traced(browser, page, run) {
  await browser.startTracing(page, { categories: CATEGORIES });
  let value;
  let buffer;
  try {
    value = await run();
  } finally {
    buffer = await browser.stopTracing();
  }
  const trace = JSON.parse(buffer.toString('utf8'));
  const events = trace.traceEvents ?? trace;
  const marks = events.filter((e) => e.cat?.includes('blink.user_timing') && /:(start|end)$/.test(e.name));
  if (marks.length === 0) throw new Error('The traced code marked no window (performance.mark("<name>:start") and ":end").');
  const pid = marks[0].pid;
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === pid);
  const tid = main?.tid ?? marks[0].tid;
  // Top-level tasks only: a task's name differs between Chromium versions,
  // and the ones nested in a counted task are already in its time.
  const tasks = [];
  let coveredUntil = -Infinity;
  for (const e of events
    .filter((e) => e.ph === 'X' && e.pid === pid && e.tid === tid && TASKS.has(e.name))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))) {
    if (e.ts < coveredUntil) continue;
    coveredUntil = e.ts + (e.dur ?? 0);
    tasks.push(e);
  }
  const windows = new Map();
  const starts = new Map();
  for (const mark of marks.sort((a, b) => a.ts - b.ts)) {
    const [name, edge] = [mark.name.slice(0, mark.name.lastIndexOf(':')), mark.name.slice(mark.name.lastIndexOf(':') + 1)];
    if (edge === 'start') {
      starts.set(name, mark.ts);
      continue;
    }
    const from = starts.get(name);
    if (from === undefined) continue;
    let cpu = 0;
    for (const e of tasks) if (e.ts + (e.dur ?? 0) > from && e.ts < mark.ts) cpu += e.tdur ?? e.dur ?? 0;
    windows.set(name, { cpu: cpu / 1000, wall: (mark.ts - from) / 1000 });
  }
  return { windows, value };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
export const fastest = (xs) => Math.min(...xs);
export const slowest = (xs) => Math.max(...xs);
