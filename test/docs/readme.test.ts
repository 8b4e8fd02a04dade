// The README's embedding samples are copied from the example hosts that
// `npm test` builds and drives (test/package/hosts.test.ts): a sample that
// drifts from them fails here.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Embedding'), readme.indexOf('### The click-to-call button'));
const examples = readdirSync(join(root, 'examples'), { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && !e.parentPath.includes('node_modules') && /\.(html|js|ts|tsx|vue)$/.test(e.name))
  .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
  .join('\n');
const exampleLines = new Set(examples.split('\n').map((l) => l.trim()));

it('has samples in its embedding section', () => {
  expect([...section.matchAll(/```/g)].length).toBeGreaterThanOrEqual(16);
});

it('copies every line of every embedding sample from examples/', () => {
  const blocks = [...section.matchAll(/```\w*\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const missing = blocks.flatMap((b) => b.split('\n')).map((l) => l.trim()).filter((l) => l && !exampleLines.has(l));
  expect(missing).toEqual([]);
});
