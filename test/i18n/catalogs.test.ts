import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '../../src/i18n/locales.js';

const root = join(import.meta.dirname, '../../locales');
const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/;

type Flat = Record<string, string>;
function flatten(value: unknown, prefix = '', out: Flat = {}): Flat {
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object') flatten(v, key, out);
    else out[key] = String(v);
  }
  return out;
}

function load(locale: string): Flat {
  const out: Flat = {};
  for (const file of readdirSync(join(root, locale)).filter((f) => f.endsWith('.json'))) {
    const ns = file.replace(/\.json$/, '');
    const flat = flatten(JSON.parse(readFileSync(join(root, locale, file), 'utf8')));
    for (const [k, v] of Object.entries(flat)) out[`${ns}:${k}`] = v;
  }
  return out;
}

const catalogs = Object.fromEntries(LOCALES.map((l) => [l, load(l)])) as Record<(typeof LOCALES)[number], Flat>;
const baseOf = (key: string) => key.match(PLURAL)?.[1];
const pluralBases = new Set(LOCALES.flatMap((l) => Object.keys(catalogs[l]).map(baseOf).filter(Boolean) as string[]));
const isPlural = (key: string) => pluralBases.has(baseOf(key) ?? '');
const vars = (text: string) =>
  [...new Set([...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]))].sort().join(',');

describe('locale catalogs', () => {
  it('have the same keys in every language', () => {
    const plain = new Set(LOCALES.flatMap((l) => Object.keys(catalogs[l]).filter((k) => !isPlural(k))));
    const missing = LOCALES.flatMap((l) => [...plain].filter((k) => !(k in catalogs[l])).map((k) => `${l}: ${k}`));
    expect(missing).toEqual([]);
  });

  it('have every plural form each language needs (Intl.PluralRules)', () => {
    const missing: string[] = [];
    for (const l of LOCALES) {
      const needed = new Intl.PluralRules(l).resolvedOptions().pluralCategories;
      for (const base of pluralBases) {
        for (const category of needed) if (!(`${base}_${category}` in catalogs[l])) missing.push(`${l}: ${base}_${category}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('give every text with a {{count}} each plural form its language needs', () => {
    const lacking: string[] = [];
    // Every catalog folder in locales/, the demo page's texts included.
    const folders = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(folders).toEqual(expect.arrayContaining([...LOCALES]));
    for (const l of folders) {
      const catalog = load(l);
      const needed = new Intl.PluralRules(l).resolvedOptions().pluralCategories;
      for (const [key, text] of Object.entries(catalog)) {
        if (!/\{\{\s*count\b/.test(text)) continue;
        const base = baseOf(key) ?? key;
        for (const category of needed) if (!(`${base}_${category}` in catalog)) lacking.push(`${l}: ${base}_${category}`);
      }
    }
    expect([...new Set(lacking)]).toEqual([]);
  });

  it('use the same interpolation variables in every language', () => {
    const differing: string[] = [];
    for (const [key, en] of Object.entries(catalogs.en)) {
      if (isPlural(key)) continue;
      for (const l of ['pl', 'fr'] as const) {
        const other = catalogs[l][key];
        if (other !== undefined && vars(other) !== vars(en)) differing.push(`${l}: ${key} {{${vars(other)}}} vs en {{${vars(en)}}}`);
      }
    }
    // A plural form may leave the count out ("le premier"), not the other variables.
    const withoutCount = (text: string) => vars(text).split(',').filter((v) => v !== 'count').join(',');
    for (const base of pluralBases) {
      const sets = new Set(
        LOCALES.flatMap((l) => Object.entries(catalogs[l]).filter(([k]) => baseOf(k) === base).map(([, v]) => withoutCount(v))),
      );
      if (sets.size > 1) differing.push(`${base}: ${[...sets].join(' | ')}`);
    }
    expect(differing).toEqual([]);
  });

  it('put a no-break space before ? ! : ; in French', () => {
    const wrong = Object.entries(catalogs.fr)
      // Placeholders, nested keys ($t(ns:key)) and addresses are not French text.
      .map(([key, text]) => [key, text.replace(/\{\{[^}]*\}\}|\$t\([^)]*\)/g, '').replace(/\b(?:\w+:\/\/|sips?:)\S+/g, '')] as const)
      .filter(([, text]) => /(?:^|[^\u00a0\u202f])[?!:;]/.test(text))
      .map(([key]) => key);
    expect(wrong).toEqual([]);
  });

  it('have no empty text, no untrimmed text and no HTML', () => {
    const bad = LOCALES.flatMap((l) =>
      Object.entries(catalogs[l])
        .filter(([, v]) => v.trim() === '' || v !== v.trim() || /<[a-z/][^>]*>/i.test(v))
        .map(([k]) => `${l}: ${k}`),
    );
    expect(bad).toEqual([]);
  });
});
