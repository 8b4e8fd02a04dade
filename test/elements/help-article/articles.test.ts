import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '../../../src/i18n/locales.js';
import { ARTICLE_IDS, labelKeys, LABEL_REFERENCE } from '../../../src/elements/help-article/articles.js';

const root = join(import.meta.dirname, '../../..');

type Article = { title: string; summary: string; steps: string[]; notes: string[]; related: string[] };
const articles = Object.fromEntries(
  LOCALES.map((l) => [l, JSON.parse(readFileSync(join(root, 'locales', l, 'articles.json'), 'utf8')) as Record<string, Article>]),
);

function catalogValue(locale: string, key: string): unknown {
  const [ns, path] = key.split(':') as [string, string];
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(join(root, 'locales', locale, `${ns}.json`), 'utf8'));
  } catch {
    return undefined;
  }
  for (const part of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
  return value;
}

const allLabels = [
  ...new Set(
    Object.values(articles.en!).flatMap((a) => [a.title, a.summary, ...a.steps, ...a.notes].flatMap(labelKeys)),
  ),
].sort();

// ---- which label keys the elements use --------------------------------------------

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/**
 * Every catalog key an element's source names: `t('ns:key')`, or a key of the
 * element's first namespace (`static namespaces = ['sip', ...]`) written as a
 * string anywhere in the element's folder (`t('showProfile')`, `t(tab ? 'tabAccount' : 'tabNumber')`),
 * or a template's fixed beginning plus a string of the folder (`t(\`kinds.${kind}\`)`
 * with `'summary'` in a list). The help elements themselves do not count.
 */
function keysUsedByElements(): Set<string> {
  const used = new Set<string>();
  const elementsDir = join(root, 'src/elements');
  for (const folder of readdirSync(elementsDir)) {
    if (folder === 'help-article' || folder === 'help-center') continue;
    const dir = join(elementsDir, folder);
    if (!statSync(dir).isDirectory()) continue;
    const sources = files(dir).map((f) => readFileSync(f, 'utf8'));
    const namespaces = new Set(
      sources.flatMap((s) =>
        [...s.matchAll(/static\s+(?:override\s+)?(?:readonly\s+)?namespaces[^=]*=\s*\[\s*['"]([\w-]+)['"]/g)].map((m) => m[1]!),
      ),
    );
    const literals = new Set<string>();
    const prefixes = new Set<string>();
    for (const source of sources) {
      // A key is one word between quotes: 'showProfile', "sip:showProfile", `tabAccount`.
      for (const m of source.matchAll(/(['"`])([\w.:-]+)\1/g)) literals.add(m[2]!);
      // The fixed beginning of a template key: `kinds.${kind}`.
      for (const m of source.matchAll(/`([\w.:-]+)\$\{/g)) prefixes.add(m[1]!);
    }
    for (const literal of literals) {
      if (literal.includes(':')) used.add(literal);
      for (const ns of namespaces) used.add(`${ns}:${literal}`);
      for (const prefix of prefixes) {
        const key = `${prefix}${literal}`;
        if (key.includes(':')) used.add(key);
        for (const ns of namespaces) used.add(`${ns}:${key}`);
      }
    }
  }
  return used;
}

/**
 * Label keys that some control carries in `data-help-label` (what "Show me"
 * points at): plain values, keys inside an expression, and templates such as
 * `features:tabs.${tab}` (matched as patterns); also the keys given to the
 * shared pieces that render the attribute: a tab's `labelKey` (TabsController)
 * and a button's `help`.
 */
function showMeTargets(): RegExp[] {
  const patterns: RegExp[] = [];
  for (const file of files(join(root, 'src/elements'))) {
    const source = readFileSync(file, 'utf8');
    // A plain value; or an expression: in the attribute, a `help:` key, a tab's `labelKey`.
    const given = /data-help-label=(?:"([^"]*)"|\$\{([^}]*)\})|\bhelp: (['"`][^'"`]+['"`])|labelKey: \([^)]*\) =>([^,\n]+)/g;
    for (const [, plain, ...expressions] of source.matchAll(given)) {
      const expression = expressions.find((e) => e !== undefined) ?? '';
      const values = plain !== undefined ? [plain] : [...expression.matchAll(/['"`]([\w.:${}-]+)['"`]/g)].map((q) => q[1]!);
      for (const value of values) {
        const escaped = value.replace(/[.*+?^()|[\]\\]/g, '\\$&').replace(/\$\{[^}]*\}/g, '[\\w.-]+');
        patterns.push(new RegExp(`^${escaped}$`));
      }
    }
  }
  return patterns;
}

describe('help articles', () => {
  it('exist for every workflow, in every language, and nothing else', () => {
    for (const l of LOCALES) expect(Object.keys(articles[l]!).sort()).toEqual([...ARTICLE_IDS].sort());
  });

  it('are structured: a title, a summary, numbered steps, notes and related articles', () => {
    for (const l of LOCALES) {
      for (const [id, a] of Object.entries(articles[l]!)) {
        expect(typeof a.title, `${l} ${id}`).toBe('string');
        expect(typeof a.summary, `${l} ${id}`).toBe('string');
        expect(a.steps.length, `${l} ${id} steps`).toBeGreaterThan(0);
        expect(Array.isArray(a.notes), `${l} ${id} notes`).toBe(true);
        expect(Array.isArray(a.related), `${l} ${id} related`).toBe(true);
      }
    }
  });

  it('say the same thing in every language: same steps, notes, labels and related articles', () => {
    const differing: string[] = [];
    for (const id of ARTICLE_IDS) {
      const en = articles.en![id]!;
      for (const l of ['pl', 'fr'] as const) {
        const other = articles[l]![id]!;
        if (other.steps.length !== en.steps.length) differing.push(`${l} ${id}: ${other.steps.length} steps, en has ${en.steps.length}`);
        if (other.notes.length !== en.notes.length) differing.push(`${l} ${id}: ${other.notes.length} notes, en has ${en.notes.length}`);
        en.steps.forEach((step, i) => {
          const a = labelKeys(step).sort().join(' ');
          const b = labelKeys(other.steps[i] ?? '').sort().join(' ');
          if (a !== b) differing.push(`${l} ${id} step ${i + 1}: labels {${b}} vs en {${a}}`);
        });
        if (other.related.join() !== en.related.join()) differing.push(`${l} ${id}: related differ`);
      }
    }
    expect(differing).toEqual([]);
  });

  it('link only to articles that exist, never to themselves', () => {
    for (const l of LOCALES) {
      for (const [id, a] of Object.entries(articles[l]!)) {
        for (const r of a.related) {
          expect(ARTICLE_IDS as readonly string[], `${l} ${id} -> ${r}`).toContain(r);
          expect(r).not.toBe(id);
        }
      }
    }
  });

  it('contain no markup and no interpolation but label references', () => {
    for (const l of LOCALES) {
      for (const [id, a] of Object.entries(articles[l]!)) {
        for (const text of [a.title, a.summary, ...a.steps, ...a.notes]) {
          expect(text, `${l} ${id}`).not.toMatch(/<[a-z/][^>]*>/i);
          expect(text.replace(LABEL_REFERENCE, ''), `${l} ${id}`).not.toMatch(/\{\{|\}\}|\$t\(/);
        }
      }
    }
  });

  it('name the SIP profile controls by the keys dk-sip-profiles uses', () => {
    const sip = [...new Set([...articles.en!['link-sip-account']!.steps, ...articles.en!['remove-sip-account']!.steps].flatMap(labelKeys))];
    expect(sip).toEqual(
      expect.arrayContaining(['sip:showProfile', 'sip:addButton', 'sip:tabAccount', 'sip:extensionLabel', 'common:confirm', 'sip:removeAccount']),
    );
  });

  it('name only labels that exist in every language catalog', () => {
    const missing = LOCALES.flatMap((l) => allLabels.filter((key) => typeof catalogValue(l, key) !== 'string').map((k) => `${l}: ${k}`));
    expect(missing).toEqual([]);
  });

  it('can point at every control they name ("Show me" finds it by data-help-label)', () => {
    const targets = showMeTargets();
    const without = allLabels.filter((key) => !targets.some((p) => p.test(key)));
    console.log(
      `"Show me": ${allLabels.length - without.length} of ${allLabels.length} label keys named by articles have a control with data-help-label` +
        (without.length ? `; not yet:\n  ${without.join('\n  ')}` : ''),
    );
    expect(without).toEqual([]);
  });

  it('name only labels that an element of the kit uses (src/elements/**)', () => {
    const used = keysUsedByElements();
    expect(used.has('sip:showProfile') && used.has('sip:tabAccount') && used.has('common:confirm')).toBe(true);
    expect(used.has('sip:noSuchButton')).toBe(false);
    const unused = allLabels.filter((key) => !used.has(key));
    if (unused.length) console.log(`Label keys named by help articles that no element uses yet:\n  ${unused.join('\n  ')}`);
    expect(unused).toEqual([]);
  });
});

