import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The words chosen once for the Polish and French console and its articles,
 * kept the same everywhere: a text that brings back the other word fails here.
 */
const root = join(import.meta.dirname, '../../locales');

function texts(locale: 'pl' | 'fr'): [key: string, text: string][] {
  const out: [string, string][] = [];
  const walk = (value: unknown, key: string): void => {
    if (typeof value === 'string') out.push([key, value]);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${key}.${k}`);
  };
  for (const file of readdirSync(join(root, locale)).filter((f) => f.endsWith('.json')))
    walk(JSON.parse(readFileSync(join(root, locale, file), 'utf8')), file.replace(/\.json$/, ':').slice(0, -1));
  return out;
}

const pl = texts('pl');
const fr = texts('fr');
const where = (list: [string, string][], pattern: RegExp) => list.filter(([, t]) => pattern.test(t)).map(([k]) => k);
const text = (list: [string, string][], key: string) => list.find(([k]) => k === key)?.[1];

describe('Polish terminology', () => {
  it('never puts a name after a preposition, whose case a name given as it is cannot take ("od Ewa Kozłowska")', () => {
    // Names of people and callers come in the nominative: after a colon, in brackets, or as the subject.
    const names = '(?:name|caller|holder|member|displayName|person|admin)';
    const preposition = '(?:do|od|z|ze|dla|u|w|we|o|po|przez|na|przy|dzięki|bez|przed|za|nad|pod|między)';
    expect(where(pl, new RegExp(`(?<!\\p{L})${preposition}\\s+\\{\\{\\s*${names}\\b`, 'iu'))).toEqual([]);
  });

  it('calls mobile calls "połączenia na komórki", never "z komórkami"', () => {
    expect(where(pl, /z komórkami/i)).toEqual([]);
    expect(text(pl, 'features.access.mobileCalls')).toBe('Połączenia na komórki');
    expect(text(pl, 'members.features.names.mobileCalls')).toBe('Połączenia na komórki');
  });

  it('says "międzynarodowe" for calls abroad, never "zagraniczne" beside it', () => {
    const international = where(pl, /międzynarodow/i);
    const foreign = where(pl, /zagraniczn/i);
    expect(international.length > 0 && foreign.length > 0 ? { international, foreign } : null).toBeNull();
    expect(text(pl, 'features.access.internationalCalls')).toBe(text(pl, 'members.features.names.internationalCalls'));
  });

  it('names the call buttons "przyciski do dzwonienia" everywhere', () => {
    expect(where(pl, /przycisk\p{L}* (połączeń|połączenia)/iu)).toEqual([]);
    expect(text(pl, 'manager.nav.callButtons')).toBe('Przyciski do dzwonienia');
    expect(text(pl, 'callButtons.title')).toBe('Przyciski do dzwonienia');
  });

  it('addresses the reader one way, "Twoja firma", in the console and the articles', () => {
    const pronoun = '(?:twój|twoj\\p{L}*|twoi\\p{L}*|ciebie|cię|tobie|tobą|ty)';
    const lower = where(pl, new RegExp(`(?<!\\p{L})${pronoun}(?!\\p{L})`, 'u'));
    // A capital after a letter or a comma is a choice, not the start of a sentence.
    const capital = where(pl, new RegExp(`(?<=[\\p{L},] )(?=\\p{Lu})${pronoun}(?!\\p{L})`, 'iu'));
    expect(lower.length > 0 && capital.length > 0 ? { lower, capital } : null).toBeNull();
    expect(capital.length).toBeGreaterThan(0);
  });

  it('titles every article as the others are, not as a question', () => {
    const titles = pl.filter(([k]) => /^articles\.[^.]+\.title$/.test(k));
    expect(titles.length).toBeGreaterThan(5);
    expect(titles.filter(([, t]) => /^(Jak|Co|Czy|Gdzie|Kiedy)\b|\?$/u.test(t)).map(([k]) => k)).toEqual([]);
  });

  it('fits women and men alike where a member is described', () => {
    expect(text(pl, 'members.statuses.active')).toBe('Konto aktywne');
    expect(text(pl, 'members.statuses.linked')).toBe('Konto skojarzone z profilem SIP');
    expect(where(pl, /\b(zalogowany|zaproszony|skojarzony)\b/iu)).toEqual([]);
  });
});

describe('French terminology', () => {
  it('says "Transfert d’appels" in every place', () => {
    expect(where(fr, /Transfert d[’']appel(?!s)/)).toEqual([]);
    expect(text(fr, 'features.access.callForwarding')).toBe('Transfert d’appels');
    expect(text(fr, 'members.features.names.callForwarding')).toBe('Transfert d’appels');
  });

  it('announces when the line opens as "Ouverture : …"', () => {
    expect(text(fr, 'callButton.opens')).toBe('Ouverture\u00a0: {{when}}');
  });

  it('fits women and men alike where a member or the reader is described', () => {
    expect(text(fr, 'members.statuses.active')).toBe('Compte actif');
    expect(text(fr, 'members.statuses.linked')).toBe('Compte associé à un profil SIP');
    const members = fr.filter(([k]) => k.startsWith('members.'));
    expect(where(members, /^(Invité|Associé|Actif)\b|Déjà invité(?!\p{L})/u)).toEqual([]);
    expect(where(fr, /vous êtes connecté(?!\p{L})/iu)).toEqual([]);
  });

  it('says what an automatic top-up does: a fixed amount when credit falls below a threshold, within a monthly cap', () => {
    const step = text(fr, 'articles.allocate-credit.steps.1') ?? '';
    expect(step).toMatch(/ajouter un montant/);
    expect(step).toMatch(/passe sous un seuil/);
    expect(step).toMatch(/plafond/);
    expect(where(fr, /recharger chaque mois|jusqu[’']à un montant donné|automatiquement chaque mois/iu)).toEqual([]);
  });
});
