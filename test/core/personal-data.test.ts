import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { detectPersonalData, type PersonalDataFinding } from '../../src/core/index.js';
import { isIban, isNir, isPesel, passesLuhn } from '../../src/core/personal-data.js';

interface Sample {
  file: string;
  line: number;
  lang: string;
  kind: string;
  text: string;
  /** Where the marked personal values are, in the text without marks. */
  spans: Array<{ start: number; end: number }>;
}

/** Every `personal-data-corpus*.tsv` next to this test: language, kind (or "none"), sentence with ⟦marks⟧. */
const CORPUS_FILES = readdirSync(import.meta.dirname).filter((f) => /^personal-data-corpus.*\.tsv$/.test(f)).sort();

function loadCorpus(file: string): Sample[] {
  const raw = readFileSync(join(import.meta.dirname, file), 'utf8');
  return raw.split('\n').flatMap((row, index) => {
    if (!row.trim() || row.startsWith('#')) return [];
    const [lang, kind, marked] = row.split('\t');
    if (!lang || !kind || marked === undefined) throw new Error(`${file}:${index + 1}: expected 3 columns`);
    const spans: Sample['spans'] = [];
    let text = '';
    for (const part of marked.split(/(⟦[^⟧]*⟧)/)) {
      if (part.startsWith('⟦')) {
        const value = part.slice(1, -1);
        spans.push({ start: text.length, end: text.length + value.length });
        text += value;
      } else text += part;
    }
    return [{ file, line: index + 1, lang, kind, text, spans }];
  });
}

const corpus = CORPUS_FILES.flatMap(loadCorpus);
const personal = corpus.filter((s) => s.kind !== 'none');
const ordinary = corpus.filter((s) => s.kind === 'none');

/** A marked value counts as caught when a finding of its kind overlaps it. */
const caught = (s: Sample, findings: PersonalDataFinding[]) =>
  s.spans.every((span) => findings.some((f) => f.kind === s.kind && f.start < span.end && span.start < f.end));

const percent = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;

describe('detectPersonalData on the labelled corpus', () => {
  it('is a corpus of hundreds of sentences in each of en, pl and fr', () => {
    for (const lang of ['en', 'pl', 'fr']) {
      expect(personal.filter((s) => s.lang === lang).length).toBeGreaterThanOrEqual(110);
      expect(ordinary.filter((s) => s.lang === lang).length).toBeGreaterThanOrEqual(140);
    }
    expect(personal.every((s) => s.spans.length > 0)).toBe(true);
    expect(ordinary.every((s) => s.spans.length === 0)).toBe(true);
  });

  it('catches at least 99% of the personal data and flags at most 1% of ordinary sentences', () => {
    const findings = new Map(corpus.map((s) => [s, detectPersonalData(s.text)]));
    const missed = personal.filter((s) => !caught(s, findings.get(s)!));
    const flagged = ordinary.filter((s) => findings.get(s)!.length > 0);
    const caughtShare = (personal.length - missed.length) / personal.length;
    const flaggedShare = flagged.length / ordinary.length;

    const byKind = [...new Set(personal.map((s) => s.kind))]
      .map((kind) => {
        const all = personal.filter((s) => s.kind === kind);
        const hit = all.filter((s) => !missed.includes(s)).length;
        return `${kind} ${hit}/${all.length}`;
      })
      .join(', ');
    const byFile = CORPUS_FILES.map((file) => {
      const p = personal.filter((s) => s.file === file);
      const o = ordinary.filter((s) => s.file === file);
      const c = p.filter((s) => !missed.includes(s)).length;
      const f = o.filter((s) => flagged.includes(s)).length;
      return `  ${file}: caught ${c}/${p.length}, flagged ${f}/${o.length}`;
    });
    const show = (s: Sample) =>
      JSON.stringify(findings.get(s)!.map((f) => [f.kind, s.text.slice(f.start, f.end)]));
    console.log(
      [
        `Privacy guard: caught ${percent(personal.length - missed.length, personal.length)} of personal data ` +
          `(${personal.length - missed.length}/${personal.length}; target >= 99%)`,
        `Privacy guard: flagged ${percent(flagged.length, ordinary.length)} of ordinary sentences ` +
          `(${flagged.length}/${ordinary.length}; target <= 1%)`,
        `  by kind: ${byKind}`,
        ...byFile,
        ...missed.map((s) => `  missed (${s.file}:${s.line}, ${s.kind}): ${s.text} -> ${show(s)}`),
        ...flagged.map((s) => `  flagged (${s.file}:${s.line}): ${s.text} -> ${show(s)}`),
      ].join('\n'),
    );

    expect(caughtShare).toBeGreaterThanOrEqual(0.99);
    expect(flaggedShare).toBeLessThanOrEqual(0.01);
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

  it('leaves alone profile names, tickets, builds, orders and invoices that have the shape of personal data', () => {
    for (const text of [
      'The SIP profile Main_Office_2 stays offline.',
      'Profil Biuro_Krakow_2 i profil Recepcja-Warszawa nie dzwonią.',
      'Ticket #1029384 is still open.',
      'Build 20260312.4 broke the buttons.',
      'Order 60412937 is paid, invoice INV-000123456 too.',
      'Numer zamówienia 604129370, SIREN 732829320.',
    ]) {
      expect(kinds(text), text).toEqual([]);
    }
  });

  it('finds British and North American phone numbers, and a temporary password in brackets', () => {
    expect(kinds('Ring 07700 900123 after 5pm')).toEqual([['phone', '07700 900123']]);
    expect(kinds('Call +44 (0)7700 900321 or 020 7946 0321.')).toEqual([
      ['phone', '+44 (0)7700 900321'],
      ['phone', '020 7946 0321'],
    ]);
    expect(kinds('My cell is 212-555-0147.')).toEqual([['phone', '212-555-0147']]);
    expect(kinds('(Hasło tymczasowe: Xy7#q2Lm) nie działa')).toEqual([['secret', 'Xy7#q2Lm']]);
    expect(kinds('Hasło tymczasowe (Qw3$er8T) wygasło.')).toEqual([['secret', 'Qw3$er8T']]);
  });

  it('answers nothing for empty text', () => {
    expect(detectPersonalData('')).toEqual([]);
    expect(detectPersonalData('   ')).toEqual([]);
  });
});
