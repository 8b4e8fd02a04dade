import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { buttonSnippet, type ButtonSpec } from '../../../src/elements/call-button-generator/snippet.js';

const page = readFileSync(join(import.meta.dirname, '../../../public/sample-site.html'), 'utf8');
const snippet = (name: string) => page.match(new RegExp(`<!-- dk-call-button: ${name} -->\\n([\\s\\S]*?)\\n<!-- /dk-call-button -->`))?.[1];

const common = { lang: '', color: '', look: 'light', size: 'm', hours: '', tz: '', fallback: '', label: '', scriptSrc: '/src/elements/call-button/define.ts' } as const;

describe('the sample website', () => {
  it('pastes snippets exactly as the generator writes them', () => {
    const warsaw: ButtonSpec = {
      ...common,
      href: 'sip:ewa.kozlowska@sip.example.com',
      ws: 'wss://sip.example.com/ws',
      linkText: 'Porozmawiaj z architektem',
      label: 'Porozmawiaj z architektem',
      size: 'l',
      hours: '1-5 08:00-18:00',
      tz: 'Europe/Warsaw',
      fallback: '+48221234567',
    };
    const paris: ButtonSpec = {
      ...common,
      href: 'skype:helene.lefevre?call&video=true',
      linkText: 'Appelez-nous',
      size: 's',
      look: 'dark',
      color: '#b3261e',
    };
    expect(snippet('warsaw')).toBe(buttonSnippet(warsaw));
    expect(snippet('paris')).toBe(buttonSnippet(paris));
  });

  it('runs under a strict Content Security Policy that requires Trusted Types', () => {
    const html = parse(page).childNodes.find((n) => n.nodeName === 'html');
    const head = html && 'childNodes' in html ? html.childNodes.find((n) => n.nodeName === 'head') : undefined;
    const meta = head && 'childNodes' in head ? head.childNodes.find((n) => 'attrs' in n && n.attrs.some((a) => a.name === 'http-equiv')) : undefined;
    const csp = meta && 'attrs' in meta ? meta.attrs.find((a) => a.name === 'content')?.value : undefined;
    expect(csp).toBe("default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' wss://sip.example.com; require-trusted-types-for 'script'; trusted-types 'none'");
    // No inline script, no inline style, no style attribute, no handler attribute.
    expect(page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(page).not.toMatch(/<style|\sstyle=|\son\w+=/i);
  });
});
