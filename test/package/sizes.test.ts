// The size budgets, all here: the built package (dist/, as npm test builds it
// before this project) measured by scripts/build/sizes.mjs, the same code the
// sizes benchmark prints. Bytes are deterministic: no timing, no tolerance.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS, cdnElements, dist, graph, measureDist, npmEntries } from '../../scripts/build/sizes.mjs';

const { figures } = measureDist();
const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KiB`;

describe('size budgets (gzip level 9)', () => {
  it.each(BUDGETS)('$name', ({ measure, max, goal }) => {
    const figure = figures[measure] as number;
    expect(figure, measure).toBeTypeOf('number');
    console.log(`${measure}: ${figure} B (${kb(figure)}), budget ${max} B, goal ${goal} B${figure <= goal ? ', met' : ''}`);
    expect(figure).toBeLessThanOrEqual(max);
  });
});

/** Every file an entry loads by static imports, libraries included, as paths under node_modules or dist/. */
const everything = (entry: string) => {
  const { kit, shared } = graph(entry);
  return [...kit, ...shared];
};
const entries = [
  ...npmEntries().map(([name, file]) => ({ name: `npm ${name}`, file })),
  ...['dialkit', 'autoloader', ...cdnElements()].map((name) => ({ name: `cdn ${name}`, file: join(dist, `cdn/${name}.js`) })),
];

describe('what loads only when needed', () => {
  it.each(entries)('$name: the REST client and openapi-fetch come with the first request only', ({ file }) => {
    const files = everything(file);
    // npm: adapter/rest-client.js and the openapi-fetch package; CDN: the chunk of both, named after the first.
    expect(files.filter((f) => /openapi-fetch|rest-client/.test(f))).toEqual([]);
  });

  it.each(entries)('$name: the search engine and the phone metadata are not first load', ({ file }) => {
    const files = everything(file);
    expect(files.filter((f) => /minisearch|libphonenumber/.test(f))).toEqual([]);
  });

  it.each(entries)('$name: the SIP library and the kit phone load only when a phone starts', ({ file }) => {
    const files = everything(file);
    // npm: calling/phone.js and the jssip, sdp-transform packages; CDN: whichever chunk holds JsSIP (the
    // generator has a phone-number module of its own, so a chunk's name says nothing).
    expect(files.filter((f) => /jssip|sdp-transform|calling\/phone/.test(f) || readFileSync(f, 'utf8').includes('JsSIP'))).toEqual([]);
  });

  it('the public call button is one script with no import but its panel, on a click, beside it', () => {
    const code = readFileSync(join(dist, 'call-button.js'), 'utf8');
    expect(code.match(/\bimport\s*[("{*`]|\bimport\s+\w/g)).toEqual(['import(']);
    expect(code).toMatch(/import\(`\.\/call-panel-\$\{\w+\}\.js`\)/);
    // The panel, in each language, loads JsSIP only with the call.
    for (const lang of ['en', 'pl', 'fr']) expect(graph(join(dist, `call-panel-${lang}.js`)).kit.filter((f) => /phone-[\w-]+\.js$/.test(f))).toEqual([]);
  });
});
