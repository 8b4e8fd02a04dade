import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectPersonalData, type PersonalDataFinding } from '../../src/core/index.js';
import { isIban, isNir, isPesel, passesLuhn } from '../../src/core/personal-data.js';

interface Sample {
  line: number;
  lang: string;
  kind: string;
  text: string;
  /** Where the marked personal values are, in the text without marks. */
  spans: Array<{ start: number; end: number }>;
}

function loadCorpus(): Sample[] {
  const raw = readFileSync(join(import.meta.dirname, 'personal-data-corpus.tsv'), 'utf8');
  return raw.split('\n').flatMap((row, index) => {
    if (!row.trim() || row.startsWith('#')) return [];
    const [lang, kind, marked] = row.split('\t');
    if (!lang || !kind || marked === undefined) throw new Error(`line ${index + 1}: expected 3 columns`);
    const spans: Sample['spans'] = [];
    let text = '';
    for (const part of marked.split(/(⟦[^⟧]*⟧)/)) {
      if (part.startsWith('⟦')) {
        const value = part.slice(1, -1);
        spans.push({ start: text.length, end: text.length + value.length });
        text += value;
      } else text += part;
    }
    return [{ line: index + 1, lang, kind, text, spans }];
  });
}

const corpus = loadCorpus();
const personal = corpus.filter((s) => s.kind !== 'none');
const ordinary = corpus.filter((s) => s.kind === 'none');

/** A marked value counts as caught when a finding of its kind overlaps it. */
const caught = (s: Sample, findings: PersonalDataFinding[]) =>
  s.spans.every((span) => findings.some((f) => f.kind === s.kind && f.start < span.end && span.start < f.end));

const percent = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;

describe('detectPersonalData on the labelled corpus', () => {
  it('is a corpus of a few hundred sentences in each of en, pl and fr', () => {
    for (const lang of ['en', 'pl', 'fr']) {
      expect(personal.filter((s) => s.lang === lang).length).toBeGreaterThanOrEqual(45);
      expect(ordinary.filter((s) => s.lang === lang).length).toBeGreaterThanOrEqual(70);
    }
    expect(personal.every((s) => s.spans.length > 0)).toBe(true);
    expect(ordinary.every((s) => s.spans.length === 0)).toBe(true);
  });

  it('catches at least 95% of the personal data and flags at most 2% of ordinary sentences', () => {
    const missed = personal.filter((s) => !caught(s, detectPersonalData(s.text)));
    const flagged = ordinary.filter((s) => detectPersonalData(s.text).length > 0);
    const caughtShare = (personal.length - missed.length) / personal.length;
    const flaggedShare = flagged.length / ordinary.length;

    const byKind = [...new Set(personal.map((s) => s.kind))]
      .map((kind) => {
        const all = personal.filter((s) => s.kind === kind);
        const hit = all.filter((s) => !missed.includes(s)).length;
        return `${kind} ${hit}/${all.length}`;
      })
      .join(', ');
    console.log(
      [
        `Privacy guard: caught ${percent(personal.length - missed.length, personal.length)} of personal data ` +
          `(${personal.length - missed.length}/${personal.length}; target >= 95%)`,
        `Privacy guard: flagged ${percent(flagged.length, ordinary.length)} of ordinary sentences ` +
          `(${flagged.length}/${ordinary.length}; target <= 2%)`,
        `  by kind: ${byKind}`,
        ...missed.map((s) => `  missed (line ${s.line}, ${s.kind}): ${s.text}`),
        ...flagged.map((s) => `  flagged (line ${s.line}): ${s.text} -> ${JSON.stringify(detectPersonalData(s.text))}`),
      ].join('\n'),
    );

    expect(caughtShare).toBeGreaterThanOrEqual(0.95);
    expect(flaggedShare).toBeLessThanOrEqual(0.02);
  });
});

describe('detectPersonalData', () => {
  const kinds = (text: string) => detectPersonalData(text).map((f) => [f.kind, text.slice(f.start, f.end)]);

  it('returns positions that slice out what it found, in text order', () => {
    const text = 'Mail jan.kowalski@firma.pl or call +48 601 234 567.';
    expect(kinds(text)).toEqual([
      ['email', 'jan.kowalski@firma.pl'],
      ['phone', '+48 601 234 567'],
    ]);
  });

  it('confirms identifiers by their check digits, not their shape', () => {
    expect(isPesel('85031512344')).toBe(true);
    expect(isPesel('85031512345')).toBe(false);
    expect(isPesel('85133112344')).toBe(false);
    expect(kinds('PESEL 85031512345')).toEqual([]);
    expect(isNir('1 85 03 75 115 005 53')).toBe(true);
    expect(isNir('1 85 03 75 115 005 54')).toBe(false);
    expect(isNir('278062A00412077')).toBe(true);
    expect(isIban('FR76 3000 6000 0112 3456 7890 189')).toBe(true);
    expect(isIban('FR76 3000 6000 0112 3456 7890 188')).toBe(false);
    expect(passesLuhn('4111526018159089')).toBe(true);
    expect(passesLuhn('4111526018159088')).toBe(false);
  });

  it('keeps the more specific kind when two overlap', () => {
    expect(kinds('konto PL24114020040000350270845123')).toEqual([['iban', 'PL24114020040000350270845123']]);
    expect(kinds('pesel 85031512344')).toEqual([['pesel', '85031512344']]);
  });

  it('leaves ordinary words of the account-name shape alone, and finds the marked ones', () => {
    expect(kinds('Please explain the difference between allocate and reclaim.')).toEqual([]);
    expect(kinds('click-to-call buttons on Windows11, version v1.2.3, file report_march.csv, site dialkit.com')).toEqual([]);
    expect(kinds('ask anna_nowak or jan.kowalski or piotr1985')).toEqual([
      ['account_name', 'anna_nowak'],
      ['account_name', 'jan.kowalski'],
      ['account_name', 'piotr1985'],
    ]);
    expect(kinds('my login is kowalski')).toEqual([['account_name', 'kowalski']]);
  });

  it('finds a password after its cue, but not the word "password" in a sentence', () => {
    expect(kinds('hasło: kotek')).toEqual([['secret', 'kotek']]);
    expect(kinds('I forgot my password and the reset link expired')).toEqual([]);
    expect(kinds('Le mot de passe est trop court')).toEqual([]);
  });

  it('answers nothing for empty text', () => {
    expect(detectPersonalData('')).toEqual([]);
    expect(detectPersonalData('   ')).toEqual([]);
  });
});
