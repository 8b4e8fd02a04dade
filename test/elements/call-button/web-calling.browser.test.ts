// Web calling from <dk-call-button>: a visitor's call through the test SIP
// server (Kamailio, test/sip/setup.ts) to an agent's JsSIP phone registered
// in the same page, placed from the call panel the button loads on its first
// click. Chromium's fake microphone; media straight between the two peers.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/elements/call-button/define.js';
import type { DkCallButton } from '../../../src/elements/call-button/call-button.js';
import en from '../../../locales/en/callPanel.json';
import { ephemeralCredentials } from '../../../mocks/backend/ephemeral.js';
import { Phone, audioPacketsReceived, confirmed, ending } from '../../sip/phone.js';
import { deepActiveElement, expectNoAxeViolations, named, tabTo } from '../../support/dom.js';

const provided = inject('sipServer');
if ('error' in provided) throw new Error(provided.error);
const server = provided;
// An agent of this file's own: a phone another file registered as the same user would take the calls too.
const AGENT = `agent-${Math.random().toString(36).slice(2, 8)}`;
const credentials = (user: string) => ephemeralCredentials(server.secret, user, new Date(Date.now() + 3_600_000));
const FALLBACK = '+48221234567';

/** Waits for a condition, however slow the machine: the test's own timeout bounds it. */
const until = <T>(check: () => T | Promise<T>) => vi.waitFor(check, { timeout: 50_000, interval: 50 });

// What the page opens: WebSockets and peer connections, counted from before any button exists.
const sockets: string[] = [];
const connections: RTCPeerConnection[] = [];
const NativeWebSocket = window.WebSocket;
const NativePeerConnection = window.RTCPeerConnection;
window.WebSocket = class extends NativeWebSocket {
  constructor(url: string | URL, protocols?: string | string[]) {
    super(url, protocols);
    sockets.push(String(url));
  }
};
window.RTCPeerConnection = class extends NativePeerConnection {
  constructor(config?: RTCConfiguration) {
    super(config);
    connections.push(this);
  }
};

function mountButton(user: string, attributes: Record<string, string> = {}): DkCallButton {
  const button = document.createElement('dk-call-button');
  for (const [name, value] of Object.entries({ ws: server.url, ...attributes })) button.setAttribute(name, value);
  const link = document.createElement('a');
  link.href = `sip:${user}@${server.domain}`;
  link.textContent = 'Call us';
  button.append(link);
  document.body.append(button);
  return button;
}
const linkOf = (button: Element) => button.shadowRoot!.querySelector<HTMLAnchorElement>('[part=button]')!;
const panelOf = (button: Element) => button.shadowRoot!.querySelector('[part=panel]')?.shadowRoot ?? null;
const statusOf = (button: Element) => panelOf(button)?.querySelector('[role=status]')?.textContent ?? null;
const buttonIn = (button: Element, text: string) =>
  [...panelOf(button)!.querySelectorAll('button')].find((b) => b.textContent === text && !b.closest('[hidden]'));

/** Presses Enter on the button's link, as a keyboard user does. */
async function press(button: DkCallButton): Promise<void> {
  linkOf(button).focus();
  await userEvent.keyboard('{Enter}');
}

/** Audio packets the visitor's peer connection received. */
async function visitorAudio(): Promise<number> {
  let packets = 0;
  (await connections.at(-1)!.getStats()).forEach((r: { type: string; kind?: string; packetsReceived?: number }) => {
    if (r.type === 'inbound-rtp' && r.kind === 'audio') packets += r.packetsReceived ?? 0;
  });
  return packets;
}

describe('a web call from the call button', () => {
  let agent: Phone;

  beforeAll(async () => {
    agent = new Phone(server, AGENT, await credentials(AGENT));
    await agent.register();
  });
  afterAll(() => agent.stop());
  beforeEach(() => {
    agent.incoming.length = 0;
    agent.tones.length = 0;
  });
  afterEach(() => {
    for (const dialog of document.querySelectorAll('dk-call-button')) {
      panelOf(dialog)?.querySelector('dialog')?.close();
    }
    document.body.replaceChildren();
    vi.restoreAllMocks();
  });

  test('sends nothing before the click; then rings, connects with a timer, carries audio both ways and the keypad, and hangs up from the page', async () => {
    const button = mountButton(AGENT);
    await until(() => expect(linkOf(button)?.href).toBe(`sip:${AGENT}@${server.domain}`));
    const before = performance.getEntriesByType('resource').length;
    const opened = sockets.length;
    linkOf(button).focus();
    button.render();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(performance.getEntriesByType('resource')).toHaveLength(before);
    expect(sockets.slice(opened)).toEqual([]);

    // The page's address goes to the agent without its query or fragment.
    const path = location.pathname + location.search + location.hash;
    history.replaceState(history.state, '', `${location.pathname}?visitor=ada@example.com#private`);
    try {
      await press(button);
      await until(() => expect(panelOf(button)?.querySelector('dialog')?.open).toBe(true));
    } finally {
      history.replaceState(history.state, '', path);
    }
    // The panel is a modal dialog; focus went into it.
    expect(panelOf(button)!.contains(deepActiveElement())).toBe(true);
    await until(() => expect(agent.incoming).toHaveLength(1));
    const incoming = agent.incoming[0]!;
    expect(sockets.slice(opened)).toEqual([server.url]);
    expect(performance.getEntriesByType('resource').length).toBeGreaterThan(before);
    expect(incoming.remote_identity.uri.user).toBe('anonymous');
    const request = (incoming as unknown as { _request: { getHeader(name: string): string } })._request;
    expect(request.getHeader('X-Dialkit-Page')).toBe(location.origin + location.pathname);
    await until(() => expect(statusOf(button)).toBe(en.ringing));

    agent.answer(incoming);
    await confirmed(incoming);
    await until(() => expect(statusOf(button)).toBe(en.connected));
    const clock = panelOf(button)!.querySelector('time')!;
    expect(clock.closest('[hidden]')).toBeNull();
    // It counts: minutes and seconds, past the first second.
    await until(() => expect(clock.textContent).toMatch(/^\d+:[0-5]\d$/));
    await until(() => expect(clock.textContent).not.toBe('0:00'));
    await until(async () => expect(await audioPacketsReceived(incoming)).toBeGreaterThan(0));
    await until(async () => expect(await visitorAudio()).toBeGreaterThan(0));
    await expectNoAxeViolations(panelOf(button)!.querySelector('dialog')!);

    // The keypad, by keyboard: its keys reach the agent as DTMF.
    await tabTo(named(en.keypad));
    await userEvent.keyboard('{Enter}');
    expect((deepActiveElement() as HTMLButtonElement).textContent).toBe('1');
    await userEvent.keyboard('{Enter}');
    await tabTo(named('#'));
    await userEvent.keyboard('{Enter}');
    await until(() => expect(agent.tones.join('')).toBe('1#'));

    // Mute is a toggle button.
    const mute = buttonIn(button, en.mute)!;
    mute.focus();
    await userEvent.keyboard('{Enter}');
    expect(mute.getAttribute('aria-pressed')).toBe('true');

    // Escape asks first; Hang up ends the call for both.
    await userEvent.keyboard('{Escape}');
    expect(panelOf(button)!.querySelector('dialog')!.open).toBe(true);
    expect(panelOf(button)!.textContent).toContain(en.confirm);
    expect(deepActiveElement()?.textContent).toBe(en.stay);
    const agentEnd = ending(incoming);
    await tabTo(named(en.hangup), 5, true);
    await userEvent.keyboard('{Enter}');
    expect(await agentEnd).toMatchObject({ how: 'ended', event: { originator: 'remote' } });
    await until(() => expect(statusOf(button)).toBe(en.ended));

    // Closed with Escape now; focus back on the button.
    await userEvent.keyboard('{Escape}');
    await until(() => expect(panelOf(button)).toBeNull());
    expect(deepActiveElement()).toBe(linkOf(button));
  });

  test('ends in the page when the agent hangs up', async () => {
    const button = mountButton(AGENT);
    await press(button);
    await until(() => expect(agent.incoming).toHaveLength(1));
    const incoming = agent.incoming[0]!;
    agent.answer(incoming);
    await until(() => expect(statusOf(button)).toBe(en.connected));
    incoming.terminate();
    await until(() => expect(statusOf(button)).toBe(en.ended));
    expect(buttonIn(button, en.hangup)).toBeUndefined();
  });

  test('ends on both sides when the agent drops off the network mid-call', async () => {
    const button = mountButton(AGENT);
    await press(button);
    await until(() => expect(agent.incoming).toHaveLength(1));
    const incoming = agent.incoming[0]!;
    agent.answer(incoming);
    await confirmed(incoming);
    await until(() => expect(statusOf(button)).toBe(en.connected));
    // The agent's connection goes: its WebSocket closes without a word, and its media stops.
    const agentEnd = ending(incoming);
    (agent.ua as unknown as { _transport: { socket: { _ws: WebSocket } } })._transport.socket._ws.close();
    incoming.connection.close();
    await until(() => expect(statusOf(button)).toBe(en.network));
    incoming.terminate();
    expect((await agentEnd).how).toBe('ended');
    expect(buttonIn(button, en.hangup)).toBeUndefined();
    // The agent's phone comes back by itself.
    await until(() => expect(agent.ua.isRegistered()).toBe(true));
  }, 90_000);

  test('to an agent who is not registered: the message, the fallback number and the callback request', async () => {
    const button = mountButton('nobody', { fallback: FALLBACK, callback: '/api' });
    await press(button);
    await until(() => expect(statusOf(button)).toBe(en.unavailable));
    const tel = panelOf(button)!.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    expect(tel.getAttribute('href')).toBe(`tel:${FALLBACK}`);
    expect(tel.closest('[hidden]')).toBeNull();
    expect(deepActiveElement()).toBe(tel);
    expect(panelOf(button)!.querySelector('form h3')!.textContent).toBe(en.callbackTitle);
    await expectNoAxeViolations(panelOf(button)!.querySelector('dialog')!);
  });

  test('when the server cannot be reached, follows the link as without the panel', async () => {
    const button = mountButton(AGENT, { ws: 'ws://127.0.0.1:9' });
    await clicksOf(button);
    await until(() => expect(panelOf(button)).toBeNull());
    expect(deepActiveElement()).toBe(linkOf(button));
  });

  /** Clicks the link by keyboard and returns, for each click that reached it, whether something took it. */
  async function clicksOf(button: DkCallButton): Promise<boolean[]> {
    const clicks: boolean[] = [];
    const record = (event: MouseEvent) => {
      if (!event.composedPath().includes(linkOf(button))) return;
      clicks.push(event.defaultPrevented);
      event.preventDefault(); // the test browser has no SIP application to hand the call to
    };
    window.addEventListener('click', record);
    try {
      await press(button);
      // The Enter's own click is taken by the button; the next one is the link's, not prevented.
      await until(() => expect(clicks).toEqual([true, false]));
    } finally {
      window.removeEventListener('click', record);
    }
    return clicks;
  }

  test('in a browser without WebRTC, is the link as before', async () => {
    const opened = sockets.length;
    const Native = window.RTCPeerConnection;
    // @ts-expect-error: a browser without WebRTC
    delete window.RTCPeerConnection;
    try {
      const button = mountButton(AGENT);
      await until(() => expect(linkOf(button)?.href).toBe(`sip:${AGENT}@${server.domain}`));
      await clicksOf(button);
      expect(panelOf(button)).toBeNull();
      expect(sockets).toHaveLength(opened);
    } finally {
      window.RTCPeerConnection = Native;
    }
  });

  test('with a ws it cannot use, is the link as before, and says why once a page', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const opened = sockets.length;
    for (const ws of ['ws://sip.example.com/ws', 'https://sip.example.com/ws', 'ws://sip.example.com/ws']) {
      const button = mountButton(AGENT, { ws });
      await clicksOf(button);
      expect(panelOf(button)).toBeNull();
      button.remove();
    }
    expect(warn.mock.calls.map((call) => String(call[0]))).toEqual(['dk-call-button ws=ws://sip.example.com/ws', 'dk-call-button ws=https://sip.example.com/ws']);
    expect(sockets).toHaveLength(opened);
    expect(agent.incoming).toHaveLength(0);
  });

  test('with a link that is not sip:, is the link as before', async () => {
    const button = mountButton(AGENT);
    button.querySelector('a')!.href = 'tel:+48221234567';
    await until(() => expect(linkOf(button).getAttribute('href')).toBe('tel:+48221234567'));
    await clicksOf(button);
    expect(panelOf(button)).toBeNull();
    expect(agent.incoming).toHaveLength(0);
  });

  test('closed while the microphone is asked for, places no call', async () => {
    let grant!: (stream: MediaStream) => void;
    vi.spyOn(navigator.mediaDevices, 'getUserMedia').mockReturnValue(new Promise((done) => (grant = done)));
    const opened = sockets.length;
    const button = mountButton(AGENT);
    await press(button);
    await until(() => expect(statusOf(button)).toBe(en.mic));
    await userEvent.keyboard('{Escape}');
    await until(() => expect(panelOf(button)).toBeNull());
    grant(new MediaStream());
    // The panel's next steps: the phone's module (loaded by now), then a WebSocket at once, were it to call.
    await import('../../../src/calling/phone.js');
    await new Promise((resolve) => setTimeout(resolve));
    expect(sockets).toHaveLength(opened);
    expect(agent.incoming).toHaveLength(0);
  });

  test('with the microphone refused: the message and the fallback number, and no connection', async () => {
    vi.spyOn(navigator.mediaDevices, 'getUserMedia').mockRejectedValue(new DOMException('Permission denied', 'NotAllowedError'));
    const opened = sockets.length;
    const button = mountButton(AGENT, { fallback: FALLBACK });
    await press(button);
    await until(() => expect(statusOf(button)).toBe(en.microphone_refused));
    expect(panelOf(button)!.querySelector('a[href^="tel:"]')!.closest('[hidden]')).toBeNull();
    expect(sockets).toHaveLength(opened);
    expect(agent.incoming).toHaveLength(0);
  });
});
