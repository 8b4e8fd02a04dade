// The whole path of a web call, as the demo shows it (`npm start`): a visitor
// on the demo's sample website clicks its generated call button, and the
// agent's dk-softphone on the intranet rings, answers, and they talk. Two
// pages of one Chromium (each its own browsing context, as two people are),
// the demo's own SIP server (Kamailio, started by the demo) between them,
// Chromium's fake microphone on both sides.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { readFileSync } from 'node:fs';
import { i18n, loadCatalogs, translate } from '../../src/i18n/i18n.js';
import type { Locale } from '../../src/i18n/locales.js';

const url = inject('demoUrl');
const LANGUAGES = ['en', 'pl', 'fr'] as const;
/** A Wednesday at 10:00 in Warsaw: the sample website's line is open (Monday to Friday, 8:00 to 18:00). */
const OPEN = new Date('2026-12-02T09:00:00Z');
const WAIT = { timeout: 60_000 };

const norm = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();
const t = (lang: Locale, key: string, options?: Record<string, unknown>) => norm(translate(lang, key, options));

let browser: Browser;
beforeAll(async () => {
  if (!inject('demoKamailio')) throw new Error('No Kamailio: the demo has no SIP server to call through (npm test installs it).');
  for (const lang of LANGUAGES) {
    await loadCatalogs(lang, ['softphone']);
    // The call panel's texts are built into each language's panel, not loaded by the kit's i18n: added here to read them.
    i18n.addResourceBundle(lang, 'callPanel', JSON.parse(readFileSync(new URL(`../../locales/${lang}/callPanel.json`, import.meta.url), 'utf8')));
  }
  browser = await chromium.launch(chromiumLaunchOptions());
});
afterAll(() => browser?.close());

/** A browsing context of its own whose peer connections the test can read. */
async function person(): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const Native = window.RTCPeerConnection;
    const made: RTCPeerConnection[] = [];
    Object.assign(window, { peerConnections: made });
    window.RTCPeerConnection = class extends Native {
      constructor(config?: RTCConfiguration) {
        super(config);
        made.push(this);
      }
    };
  });
  return context;
}

/** Audio packets the page's latest peer connection received. */
const audioIn = (page: Page): Promise<number> =>
  page.evaluate(async () => {
    const pc = (window as unknown as { peerConnections: RTCPeerConnection[] }).peerConnections.at(-1);
    let packets = 0;
    (await pc?.getStats())?.forEach((r: { type: string; kind?: string; packetsReceived?: number }) => {
      if (r.type === 'inbound-rtp' && r.kind === 'audio') packets += r.packetsReceived ?? 0;
    });
    return packets;
  });

/** The agent: the demo's widgets page in `lang`, its softphone online. */
async function agentOnline(lang: Locale): Promise<Page> {
  const page = await (await person()).newPage();
  await page.goto(`${url}/?page=widgets&lang=${lang}`);
  const softphone = page.locator('dk-softphone');
  await softphone.locator('[part=online-button]').click(WAIT);
  await softphone.locator('.status.online').waitFor(WAIT);
  return page;
}

/**
 * The visitor: the sample website at a time its line is open, its page
 * switched to `lang` (the button follows `<html lang>`, and speaks it in its
 * panel).
 */
async function visitor(lang: Locale): Promise<Page> {
  const page = await (await person()).newPage();
  await page.clock.install({ time: OPEN });
  await page.clock.resume();
  await page.goto(`${url}/sample-site.html`);
  await page.evaluate((lang) => (document.documentElement.lang = lang), lang);
  await page.locator('#call-warsaw [part=button]').waitFor(WAIT);
  return page;
}

const panel = (page: Page) => page.locator('#call-warsaw [part=panel] dialog');
const status = (page: Page) => panel(page).locator('[role=status]');

describe('a web call in the demo, from the sample website to the softphone', () => {
  it('with nobody online to answer: the visitor is told, and offered the fallback number', async () => {
    const site = await visitor('en');
    try {
      await site.locator('#call-warsaw [part=button]').click();
      await expect.poll(() => status(site).textContent().then(norm), WAIT).toBe(t('en', 'callPanel:unavailable'));
      const fallback = panel(site).getByRole('link', { name: t('en', 'callPanel:fallback', { number: '+48221234567' }) });
      expect(await fallback.getAttribute('href')).toBe('tel:+48221234567');
    } finally {
      await site.context().close();
    }
  });

  for (const [i, lang] of LANGUAGES.entries()) {
    const agentHangsUp = i === 1;
    it(`in ${lang}: rings the softphone with the page, is answered by keyboard, carries audio both ways and the keypad, and ${agentHangsUp ? 'the agent' : 'the visitor'} hangs up`, async () => {
      const agent = await agentOnline(lang);
      const site = await visitor(lang);
      const softphone = agent.locator('dk-softphone');
      try {
        // The button is a web call: its link is the account's SIP address on the demo's server.
        const link = site.locator('#call-warsaw [part=button]');
        expect(await link.getAttribute('href')).toMatch(/^sip:ewa\.kozlowska@127\.0\.0\.1$/);
        // Nothing connects before the click.
        expect(await site.evaluate(() => (window as unknown as { peerConnections: unknown[] }).peerConnections.length)).toBe(0);
        await link.focus();
        await site.keyboard.press('Enter');
        await expect.poll(() => status(site).textContent().then(norm), WAIT).toBe(t(lang, 'callPanel:ringing'));

        // The softphone rings, with the page the call comes from.
        const answer = softphone.locator('[part=answer-button]');
        await answer.waitFor(WAIT);
        expect(norm(await softphone.locator('[part=caller]').textContent())).toBe(
          t(lang, 'softphone:incoming.from', { caller: translate(lang, 'softphone:anonymous') }),
        );
        expect(await softphone.locator('[part=page] a').getAttribute('href')).toBe(`${url}/sample-site.html`);
        await answer.focus();
        await agent.keyboard.press('Enter');

        // Connected on both sides, the visitor's clock running, audio both ways.
        await softphone.locator('[part=hang-up-button]').waitFor(WAIT);
        await expect.poll(() => status(site).textContent().then(norm), WAIT).toBe(t(lang, 'callPanel:connected'));
        await expect.poll(() => panel(site).locator('time').textContent(), WAIT).toMatch(/^0:0[1-9]|^\d+:[1-5]\d$/);
        await expect.poll(() => audioIn(site), WAIT).toBeGreaterThan(0);
        await expect.poll(() => audioIn(agent), WAIT).toBeGreaterThan(0);

        // The visitor's keypad, by keyboard: the agent sees the tones.
        await panel(site).getByRole('button', { name: t(lang, 'callPanel:keypad') }).press('Enter');
        await panel(site).getByRole('button', { name: '1', exact: true }).press('Enter');
        await panel(site).getByRole('button', { name: '#', exact: true }).press('Enter');
        await expect
          .poll(() => softphone.locator('[part=tones-received]').textContent().then(norm), WAIT)
          .toBe(t(lang, 'softphone:call.tonesReceived', { tones: '1#' }));

        // Either side hangs up: the call ends on both, and the agent's day lists it.
        if (agentHangsUp) await softphone.locator('[part=hang-up-button]').click();
        else await panel(site).getByRole('button', { name: t(lang, 'callPanel:hangup'), exact: true }).click();
        await expect.poll(() => status(site).textContent().then(norm), WAIT).toBe(t(lang, 'callPanel:ended'));
        await softphone.locator('[part=call]').waitFor({ state: 'detached', ...WAIT });
        expect(await softphone.locator('[part=calls] tbody tr').first().getAttribute('data-outcome')).toBe('answered');
        await softphone.locator('.status.online').waitFor(WAIT);
      } finally {
        await site.context().close();
        await agent.context().close();
      }
    });
  }

  /** A call from the visitor's page, answered by the agent's softphone. */
  async function connected(lang: Locale): Promise<{ agent: Page; site: Page }> {
    const agent = await agentOnline(lang);
    const site = await visitor(lang);
    await site.locator('#call-warsaw [part=button]').click();
    await agent.locator('dk-softphone [part=answer-button]').click(WAIT);
    await expect.poll(() => status(site).textContent().then(norm), WAIT).toBe(t(lang, 'callPanel:connected'));
    await expect.poll(() => audioIn(agent), WAIT).toBeGreaterThan(0);
    return { agent, site };
  }

  it('the visitor’s page closed mid-call: the softphone ends the call as lost, and is online again', async () => {
    const { agent, site } = await connected('en');
    const softphone = agent.locator('dk-softphone');
    try {
      await site.context().close();
      await softphone.locator('[part=call]').waitFor({ state: 'detached', ...WAIT });
      const lost = t('en', 'softphone:call.lost', { caller: translate('en', 'softphone:anonymous'), duration: '0:00' });
      expect(norm(await softphone.locator('[part=ended]').textContent()).replace(/\d+:\d\d/, '0:00')).toBe(lost);
      expect(await softphone.locator('[part=calls] tbody tr').first().getAttribute('data-outcome')).toBe('answered');
      await softphone.locator('.status.online').waitFor(WAIT);
    } finally {
      await agent.context().close();
    }
  });

  it('the agent’s page closed mid-call: the visitor is told the connection was lost, with the phone number', async () => {
    const { agent, site } = await connected('fr');
    try {
      await agent.context().close();
      await expect.poll(() => status(site).textContent().then(norm), WAIT).toBe(t('fr', 'callPanel:network'));
      expect(await panel(site).getByRole('button', { name: t('fr', 'callPanel:hangup'), exact: true }).count()).toBe(0);
      expect(await panel(site).locator('a[href="tel:+48221234567"]').isVisible()).toBe(true);
    } finally {
      await site.context().close();
    }
  });
});
