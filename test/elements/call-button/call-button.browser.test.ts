import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../src/elements/call-button/define.js';
import type { DkCallButton } from '../../../src/elements/call-button/call-button.js';
import { catalogs } from '../../../src/elements/call-button/strings.js';
import { LOCALES, type Language as Locale } from '../../../src/i18n/locales.js';
import { expectNoAxeViolations, norm } from '../../support/dom.js';

const strings = (locale: Locale) => JSON.parse(catalogs[locale]) as { label: string; opens: string };
const SCRIPT = '/src/elements/call-button/define.ts';

/** Mounts markup written in the test and returns its buttons. */
function mountButtons(markup: string): DkCallButton[] {
  document.body.replaceChildren();
  const container = document.createElement('div');
  container.innerHTML = markup; // test fixtures only: fixed markup written in the test
  document.body.append(container);
  return [...container.querySelectorAll('dk-call-button')];
}
const partOf = (button: Element, part: string) => button.shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`)!;
const linkOf = (button: Element) => partOf(button, 'button') as HTMLAnchorElement;
const box = (el: Element) => {
  const r = el.getBoundingClientRect();
  return { width: Math.round(r.width), height: Math.round(r.height) };
};

/** An iframe on the test server, loaded, for pages that need their own document (CSP, fresh registry). */
async function frame(attributes: { src?: string; srcdoc?: string }): Promise<Document> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '900px';
  iframe.style.height = '700px';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  if (attributes.src) iframe.src = attributes.src;
  if (attributes.srcdoc) iframe.srcdoc = attributes.srcdoc;
  document.body.append(iframe);
  await loaded;
  return iframe.contentDocument!;
}

/** Waits until every dk-call-button of `doc` has upgraded. */
async function upgraded(doc: Document, count: number): Promise<HTMLElement[]> {
  return vi.waitFor(
    () => {
      const buttons = [...doc.querySelectorAll<HTMLElement>('dk-call-button')];
      expect(buttons).toHaveLength(count);
      for (const b of buttons) expect(b.shadowRoot?.querySelector('[part="button"]')).toBeTruthy();
      return buttons;
    },
    { timeout: 20_000, interval: 50 },
  );
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('dk-call-button', () => {
  for (const locale of LOCALES) {
    it(`upgrades a real link and names itself in ${locale}`, async () => {
      const [button] = mountButtons(
        `<div lang="${locale}"><dk-call-button><a href="skype:kowalski.dupont?call">Call</a></dk-call-button></div>`,
      );
      const link = linkOf(button!);
      expect(link.getAttribute('href')).toBe('skype:kowalski.dupont?call');
      expect(norm(link.textContent ?? '')).toBe(strings(locale).label);
      // The light-DOM link is not rendered twice: only the shadow one is shown.
      expect(button!.querySelector('a')!.getClientRects()).toHaveLength(0);
      await expectNoAxeViolations(button!);
    });
  }

  it('follows the page language when it changes, and an own lang wins', async () => {
    const [auto, own] = mountButtons(
      `<div lang="en"><dk-call-button><a href="tel:+48221234567">Call</a></dk-call-button>
       <dk-call-button lang="fr"><a href="tel:+48221234567">Call</a></dk-call-button></div>`,
    );
    expect(norm(partOf(auto!, 'label').textContent!)).toBe(strings('en').label);
    expect(norm(partOf(own!, 'label').textContent!)).toBe(strings('fr').label);
    auto!.parentElement!.lang = 'pl-PL';
    await vi.waitFor(() => expect(norm(partOf(auto!, 'label').textContent!)).toBe(strings('pl').label), { timeout: 20_000 });
    expect(norm(partOf(own!, 'label').textContent!)).toBe(strings('fr').label);
    auto!.parentElement!.lang = 'de';
    await vi.waitFor(() => expect(norm(partOf(auto!, 'label').textContent!)).toBe(strings('en').label), { timeout: 20_000 });
  });

  it('shows the label of the snippet as typed, as text', async () => {
    const [button] = mountButtons(
      `<dk-call-button label="&lt;b&gt;Zadzwoń&lt;/b&gt; &amp; „talk”"><a href="sip:reception@pbx.example.com">x</a></dk-call-button>`,
    );
    expect(partOf(button!, 'label').textContent).toBe('<b>Zadzwoń</b> & „talk”');
    expect(partOf(button!, 'label').children).toHaveLength(0);
  });

  it('calls each kind of target, and renders nothing clickable for an invalid one, saying why', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const targets = [
      'skype:kowalski.dupont?call',
      'skype:live:.cid.8f2a?call&video=true',
      'sip:reception@pbx.kd-architectes.eu',
      'tel:+33123456789',
    ];
    const bad = ['javascript:alert(1)', 'tel:0221234567', 'skype:kowalski.dupont', 'https://example.com'];
    const buttons = mountButtons(
      [...targets, ...bad]
        .map((href) => `<dk-call-button><a href="${href.replace(/&/g, '&amp;')}">Call</a></dk-call-button>`)
        .join(''),
    );
    targets.forEach((href, i) => expect(linkOf(buttons[i]!).getAttribute('href')).toBe(href));
    for (const button of buttons.slice(targets.length)) {
      expect(button.hasAttribute('invalid')).toBe(true);
      expect(getComputedStyle(button).display).toBe('none');
      expect(linkOf(button).hasAttribute('href')).toBe(false);
      expect(button.getClientRects()).toHaveLength(0);
    }
    for (const href of bad) expect(warn.mock.calls.some((call) => String(call[0]).includes(href))).toBe(true);
  });

  it('recovers when its link is fixed', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const [button] = mountButtons(`<dk-call-button><a href="tel:123">Call</a></dk-call-button>`);
    expect(button!.hasAttribute('invalid')).toBe(true);
    button!.querySelector('a')!.setAttribute('href', 'tel:+48221234567');
    await vi.waitFor(() => expect(linkOf(button!).getAttribute('href')).toBe('tel:+48221234567'), { timeout: 20_000 });
    expect(button!.hasAttribute('invalid')).toBe(false);
  });

  it('comes in three sizes, two looks and the brand colour, with parts to style', async () => {
    const [s, m, l, dark] = mountButtons(
      `<dk-call-button size="s"><a href="tel:+48221234567">Call</a></dk-call-button>
       <dk-call-button><a href="tel:+48221234567">Call</a></dk-call-button>
       <dk-call-button size="l" color="#b3261e"><a href="tel:+48221234567">Call</a></dk-call-button>
       <dk-call-button look="dark"><a href="tel:+48221234567">Call</a></dk-call-button>`,
    );
    expect(box(s!).height).toBeLessThan(box(m!).height);
    expect(box(m!).height).toBeLessThan(box(l!).height);
    expect(getComputedStyle(linkOf(l!)).backgroundColor).toBe('rgb(179, 38, 30)');
    expect(getComputedStyle(linkOf(dark!)).backgroundColor).not.toBe(getComputedStyle(linkOf(m!)).backgroundColor);
    for (const part of ['button', 'icon', 'label', 'note']) expect(partOf(m!, part)).toBeTruthy();
    await expectNoAxeViolations(m!.parentElement!);
  });

  it('lets the page set the brand colour through --dk-call-button-color', async () => {
    const [button] = mountButtons(`<dk-call-button><a href="tel:+48221234567">Call</a></dk-call-button>`);
    button!.style.setProperty('--dk-call-button-color', 'rgb(0, 100, 0)');
    expect(getComputedStyle(linkOf(button!)).backgroundColor).toBe('rgb(0, 100, 0)');
  });

  describe('opening hours', () => {
    // Wednesday 25 November 2026, in Warsaw (UTC+1).
    const open = new Date('2026-11-25T10:00:00Z');
    const evening = new Date('2026-11-25T19:00:00Z');

    it('says when the line opens, in the page language, and keeps its size', async () => {
      const [button] = mountButtons(
        `<div lang="fr"><dk-call-button hours="1-5 09:00-17:00" tz="Europe/Warsaw"><a href="skype:kowalski.dupont?call">Appeler</a></dk-call-button></div>`,
      );
      button!.render(open);
      const openBox = box(button!);
      expect(linkOf(button!).getAttribute('href')).toBe('skype:kowalski.dupont?call');
      expect(partOf(button!, 'note').textContent).toBe('');
      button!.render(evening);
      const note = partOf(button!, 'note').textContent!;
      const when = new Date('2026-11-26T08:00:00Z').toLocaleString('fr', { weekday: 'short', hour: 'numeric', minute: 'numeric' });
      expect(note).toBe(strings('fr').opens.replace('{{when}}', when));
      expect(linkOf(button!).hasAttribute('href')).toBe(false);
      expect(box(button!)).toEqual(openBox);
      await expectNoAxeViolations(button!);
    });

    it('falls back to the tel: number outside them', async () => {
      const [button] = mountButtons(
        `<dk-call-button hours="1-5 09:00-17:00" tz="Europe/Warsaw" fallback="+48221234567"><a href="skype:kowalski.dupont?call">Call</a></dk-call-button>`,
      );
      button!.render(evening);
      expect(linkOf(button!).getAttribute('href')).toBe('tel:+48221234567');
      expect(partOf(button!, 'note').textContent).toContain(strings('en').opens.replace(' {{when}}', ''));
      button!.render(open);
      expect(linkOf(button!).getAttribute('href')).toBe('skype:kowalski.dupont?call');
    });
  });

  it('works several times on one page, each with its own target', async () => {
    const buttons = mountButtons(
      ['skype:anna.nowak?call', 'tel:+48221234567', 'sip:desk@pbx.example.com']
        .map((href, i) => `<dk-call-button label="B${i}"><a href="${href}">x</a></dk-call-button>`)
        .join(''),
    );
    expect(buttons.map((b) => linkOf(b).getAttribute('href'))).toEqual([
      'skype:anna.nowak?call',
      'tel:+48221234567',
      'sip:desk@pbx.example.com',
    ]);
    expect(buttons.map((b) => partOf(b, 'label').textContent)).toEqual(['B0', 'B1', 'B2']);
  });

  it('survives its script loaded twice', async () => {
    const first = customElements.get('dk-call-button');
    await import(/* @vite-ignore */ `${SCRIPT}?copy=2`);
    expect(customElements.get('dk-call-button')).toBe(first);
    const [button] = mountButtons(`<dk-call-button><a href="tel:+48221234567">Call</a></dk-call-button>`);
    expect(linkOf(button!).getAttribute('href')).toBe('tel:+48221234567');
  });

  it('calls when clicked: the click is the link’s own', async () => {
    const [button] = mountButtons(`<dk-call-button><a href="skype:kowalski.dupont?call">Call</a></dk-call-button>`);
    let called = '';
    const record = (event: MouseEvent) => {
      const anchor = event.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
      called = event.defaultPrevented ? 'prevented' : (anchor?.getAttribute('href') ?? '');
      event.preventDefault(); // the test browser has no Skype to hand the call to
    };
    window.addEventListener('click', record, { once: true });
    linkOf(button!).click();
    expect(called).toBe('skype:kowalski.dupont?call');
  });

  describe('on the sample website, under a strict CSP with Trusted Types required', () => {
    it('upgrades every button, styled, and links to its target', async () => {
      const doc = await frame({ src: '/sample-site.html' });
      const [warsaw, paris] = await upgraded(doc, 2);
      const win = doc.defaultView! as Window & typeof globalThis;
      // The page really enforces Trusted Types: an HTML string sink throws.
      expect(() => {
        doc.createElement('div').innerHTML = '<b>x</b>';
      }).toThrow();
      // And the buttons are styled all the same (constructed stylesheets).
      expect(win.getComputedStyle(linkOf(warsaw!)).borderTopLeftRadius).not.toBe('0px');
      expect(win.getComputedStyle(linkOf(paris!)).backgroundColor).toBe('rgb(34, 34, 34)');
      expect(['sip:ewa.kozlowska@sip.example.com', 'tel:+48221234567']).toContain(linkOf(warsaw!).getAttribute('href'));
      expect(linkOf(paris!).getAttribute('href')).toBe('skype:helene.lefevre?call&video=true');
      expect(norm(partOf(warsaw!, 'label').textContent!)).toBe('Porozmawiaj z architektem');
      expect(norm(partOf(paris!, 'label').textContent!)).toBe(strings('fr').label);
    });

    it('reports no Content Security Policy violation, even with buttons added later', async () => {
      const page = await (await fetch('/sample-site.html')).text();
      // The same page, with a probe first that records violations (a script
      // file: the page's policy allows no inline script).
      const probed = page.replace('<meta name="viewport"', '<script src="/test/elements/call-button/csp-probe.js"></script><meta name="viewport"');
      const doc = await frame({ srcdoc: probed });
      await upgraded(doc, 2);
      const win = doc.defaultView as unknown as Window & typeof globalThis & { cspViolations: string[] };
      // A button added by the page's own code later, through the DOM API.
      const later = doc.createElement('dk-call-button');
      later.setAttribute('color', '#1e6b34');
      const a = later.appendChild(doc.createElement('a'));
      a.href = 'tel:+48221234567';
      a.textContent = 'Call';
      doc.body.append(later);
      await upgraded(doc, 3);
      expect(win.getComputedStyle(linkOf(later)).backgroundColor).toBe('rgb(30, 107, 52)');
      expect(win.cspViolations).toEqual([]);
      // The probe works: an inline style attribute is refused and reported.
      const styled = doc.createElement('p');
      styled.setAttribute('style', 'color: red');
      doc.body.append(styled);
      await vi.waitFor(() => expect(win.cspViolations.length).toBeGreaterThan(0), { timeout: 20_000 });
    });

    it('moves nothing on the page when the script upgrades the buttons', async () => {
      const page = await (await fetch('/sample-site.html')).text();
      // The same page, without its scripts for now.
      const doc = await frame({ srcdoc: page.replace(/<script[^>]*><\/script>/g, '').replace(/<meta\s+http-equiv[^>]*>/, '') });
      const after = doc.querySelector('.after-call')!;
      const before = after.getBoundingClientRect().top;
      const buttonBefore = box(doc.querySelector('dk-call-button')!);
      const script = doc.createElement('script');
      script.type = 'module';
      script.src = SCRIPT;
      doc.head.append(script);
      await upgraded(doc, 2);
      expect(box(doc.querySelector('dk-call-button')!).height).toBe(buttonBefore.height);
      expect(after.getBoundingClientRect().top).toBe(before);
    });
  });
});
