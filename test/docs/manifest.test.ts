// The custom-elements manifest documents every public surface of every
// element: attributes, properties, events (with their detail type), parts,
// slots and --dk-* custom properties. What an element uses is read from its
// sources (templates, styles, `emit` calls); each must be in the manifest,
// described. An undocumented addition fails here.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the build, without declarations.
import { generateManifest } from '../../scripts/build/manifest.mjs';

type Named = { name: string; description?: string; type?: { text: string }; privacy?: string; static?: boolean; kind?: string };
type Declaration = Named & {
  kind: string;
  tagName?: string;
  customElement?: boolean;
  superclass?: { name: string };
  attributes?: Named[];
  members?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
  slots?: Named[];
};
type Manifest = { modules: { path: string; declarations?: Declaration[] }[] };

const root = resolve(import.meta.dirname, '../..');
const manifest = generateManifest() as Manifest;
const classes = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.kind === 'class');

const folders = readdirSync(join(root, 'src/elements')).filter((f) => existsSync(join(root, 'src/elements', f, 'define.ts')));
/** Every TypeScript file of a folder and of its subfolders (an element's `internal/`). */
const sourcesIn = (dir: string): string =>
  readdirSync(dir, { withFileTypes: true })
    .map((entry) =>
      entry.isDirectory() ? sourcesIn(join(dir, entry.name)) : entry.name.endsWith('.ts') ? readFileSync(join(dir, entry.name), 'utf8') : '',
    )
    .join('\n');
const sourcesOf = (folder: string) => sourcesIn(join(root, 'src/elements', folder));
const shared = readFileSync(join(root, 'src/elements/shared/base.ts'), 'utf8') + readFileSync(join(root, 'src/elements/shared/styles.ts'), 'utf8');
const controllersDir = join(root, 'src/elements/shared/controllers');
/** The shared controllers an element's sources name (`new DialogController(`, `new WriteController(`), whose templates it renders. */
const controllersOf = (source: string): string =>
  readdirSync(controllersDir)
    .map((file) => readFileSync(join(controllersDir, file), 'utf8'))
    .filter((code) => [...code.matchAll(/export class (\w+)/g)].some(([, name]) => source.includes(name!)))
    .join('\n');

const all = (text: string, pattern: RegExp) => new Set([...text.matchAll(pattern)].map((m) => m[1]!));
const described = (items: Named[] | undefined) => new Map((items ?? []).filter((i) => i.description?.trim()).map((i) => [i.name, i]));

describe.each(folders)('the manifest of %s', (folder) => {
  const tag = /defineElement\('([^']+)'|customElements\.define\('([^']+)'/.exec(sourcesOf(folder));
  const tagName = tag?.[1] ?? tag?.[2];
  const decl = classes.find((c) => c.tagName === tagName);
  const kit = decl?.superclass?.name === 'DialkitElement';
  const source = sourcesOf(folder) + (kit ? shared + controllersOf(sourcesOf(folder)) : '');

  it('registers the tag', () => {
    expect(tagName).toMatch(/^dk-/);
    expect(decl?.customElement).toBe(true);
  });

  it('describes every attribute and public property', () => {
    const undocumented = [
      ...(decl?.attributes ?? []).filter((a) => !a.description?.trim()).map((a) => `attribute ${a.name}`),
      ...(decl?.members ?? [])
        .filter((m) => !m.static && (!m.privacy || m.privacy === 'public') && !['adoptedStyleSheets'].includes(m.name))
        .filter((m) => !m.description?.trim() && !(decl?.attributes ?? []).some((a) => (a as { fieldName?: string }).fieldName === m.name && a.description))
        .map((m) => `${m.kind} ${m.name}`),
    ];
    expect(undocumented).toEqual([]);
  });

  it('documents every event it fires, with its detail type', () => {
    const fired = all(source, /emit\((?:this, )?'(dk-[a-z-]+)'/g);
    if (kit && /reportError\(/.test(sourcesOf(folder))) fired.add('dk-error');
    const events = described(decl?.events);
    expect([...fired].filter((name) => !events.has(name))).toEqual([]);
    expect([...events.values()].filter((e) => !e.type?.text).map((e) => e.name)).toEqual([]);
  });

  it('documents every part it renders', () => {
    const parts = all(source, /part="([a-z-]+)"/g);
    // The call button makes its parts with the DOM.
    for (const name of all(source, /node\('[a-z]+', [a-z]+, '([a-z-]+)'\)/g)) parts.add(name);
    const documented = described(decl?.cssParts);
    expect([...parts].filter((p) => !documented.has(p))).toEqual([]);
  });

  it('documents every --dk-* custom property it reads', () => {
    const properties = all(source, /var\((--dk-[a-z0-9-]+)/g);
    const documented = described(decl?.cssProperties);
    expect([...properties].filter((p) => !documented.has(p))).toEqual([]);
  });

  it('documents every slot', () => {
    const slots = all(source, /<slot(?: name="([a-z-]*)")?/g);
    const documented = new Set((decl?.slots ?? []).filter((s) => s.description?.trim()).map((s) => s.name ?? ''));
    expect([...slots].map((s) => s ?? '').filter((s) => !documented.has(s))).toEqual([]);
  });
});
