import { css } from './call-button.styles.js';
import { HOURS, minutesToOpen, TARGET } from './rules.js';
import { texts, type Lang, type Texts } from './strings.js';

// Made when the script loads: where constructed stylesheets are missing, the
// script stops here and every link stays a plain link.
const sheet = new CSSStyleSheet();
sheet.replaceSync(css);
/**
 * In the script websites load (`call-button.js`), a value the button cannot
 * use is ignored in silence; the development script (`call-button.dev.js`,
 * and the source) names it once in the console. (The build defines it.)
 */
const QUIET: boolean | undefined = import.meta.env.DIALKIT_QUIET;
const buttons = new Set<DkCallButton>();
/** The warnings given, each once a page. */
const said: Record<string, boolean> = {};

const node = <K extends keyof HTMLElementTagNameMap>(tag: K, parent: Node, part: string, el = parent.appendChild(document.createElement(tag))): HTMLElementTagNameMap[K] => (
  (el.part = part), el
);

/**
 * The language of `n`: its own `lang` or its nearest ancestor's (crossing
 * shadow roots) that the button speaks, else English.
 */
const langOf = (n: Node | null | undefined, tag = (n as HTMLElement | undefined)?.lang?.slice(0, 2) as Lang): Lang | 'en-XA' =>
  import.meta.env.DEV && /^en-xa$/i.test((n as HTMLElement | undefined)?.lang ?? '')
    ? pseudoLang()
    : texts[tag]
      ? tag
      : n
        ? langOf(n.parentNode || (n as ShadowRoot).host)
        : 'en';

/**
 * In development only (stories, the demo, tests; the built script leaves it
 * out): the pseudo-locale, its texts made from the English ones by the kit's
 * pseudo module, loaded the first time a button asks for it. English until then.
 */
let pseudo: Texts | undefined;
function pseudoLang(): 'en-XA' | 'en' {
  if (pseudo) return 'en-XA';
  void import('../../i18n/pseudo.js').then(({ pseudoText }) => {
    pseudo = [pseudoText(texts.en[0]), pseudoText(texts.en[1])];
    renderAll();
  });
  return 'en';
}

/**
 * The click-to-call button a website embeds. It upgrades the real link it
 * wraps, so the snippet calls even before, or without, the script. A value it
 * cannot use is ignored, as if the attribute were not there; the development
 * script (`call-button.dev.js`, which bundlers pick in development) also
 * names it once in the console (`dk-call-button tz=Mars/Base`).
 *
 * @summary A click-to-call button: Skype, SIP or phone, in the page's language.
 *
 * @attr size - `s`, `m` (default) or `l`.
 * @attr look - `light` (default) or `dark`.
 * @attr color - Brand colour: any CSS colour (what `CSS.supports('color', value)` accepts, `var()` included); it sets `--dk-call-button-color` on the button's link, which paints only its background and border colours, so no value can load anything.
 * @attr label - The button's text, shown as text; without it, a default in the button's language.
 * @attr lang - The button's language (`en`, `pl`, `fr`, lower case, with or without a region); else the nearest of those on the page, else English.
 * @attr hours - Opening hours: ranges like `1-5 09:00-17:00` (ISO weekdays, 1 is Monday; from 00:00 to 24:00 within a day) joined by `, `.
 * @attr tz - Time zone of the opening hours, as the browser knows it (IANA, e.g. `Europe/Warsaw`, or `UTC`); else the visitor's.
 * @attr fallback - A phone number in E.164 (`+48221234567`) called outside opening hours.
 * @attr ws - Web calling: the SIP over WebSocket endpoint (`wss://`; `ws://` on the loopback interface only, for tests and demos). With a `sip:` link and a browser that has WebRTC, a click calls from the page, in the call panel (`call-panel-<lang>.js`, next to the button's script, loaded on that first click); else, or when it cannot load, the link is followed. A value it cannot use is named in the console on that click.
 * @attr callback - The public API's base URL: outside opening hours, and when nobody answers a web call, the call panel offers a callback request.
 *
 * @csspart button - The link that calls.
 * @csspart icon - The phone icon.
 * @csspart label - The visible text.
 * @csspart note - When the line opens, shown outside opening hours.
 *
 * @cssproperty --dk-call-button-color - Brand colour.
 * @cssproperty --dk-call-button-text - Text colour on the brand colour (light look).
 */
export class DkCallButton extends HTMLElement {
  /**
   * Brings the shadow content in line with the link, the attributes, the
   * language and the clock (`now`). The shadow root is made only once all of
   * it is known: should anything throw before, the link shows as it is. (A
   * field, its parts kept in a closure: no constructor in the built script.)
   */
  readonly render = ((a?: HTMLAnchorElement, label?: HTMLSpanElement, note?: HTMLSpanElement) => (
    // Its own attributes, and its link, wherever the button lives (shadow roots included).
    new MutationObserver(renderAll).observe(this, { childList: true, subtree: true, attributes: true }),
    (now = new Date()) => {
      // The attribute (or the link's href) as it is, or, when it fails `rule`
      // (or `rule` throws), undefined (and, but in call-button.js, a warning once a page).
      const get = (name: string, rule: (value: string) => unknown, value = this.getAttribute(name)) => {
        try {
          if (!value || rule(value)) return value;
        } catch {}
        if (!QUIET) said[(name = `dk-call-button ${name}=${value}`)] ||= !(console.warn(name) as unknown);
      };
      const lang = langOf(this);
      const [defaultLabel, opens] = import.meta.env.DEV && lang === 'en-XA' ? pseudo! : texts[lang as Lang];
      // Only warned about: the styles ignore any other value.
      if (!QUIET) {
        get('size', (v) => /^[sml]$/.test(v));
        get('look', (v) => /^(light|dark)$/.test(v));
      }
      // A colour. Whatever it holds (a var() too) the CSS uses it only as a
      // background and border colour: no url() or image-set() can load from there.
      const color = get('color', (v) => CSS.supports('color', v));
      const phone = get('fallback', (v) => /^\+[1-9]\d{6,14}$/.test(v));
      const tz = get('tz', (v) => minutesToOpen('', v, now) + 1);
      // Ranges of HOURS joined by a comma and a space, and nothing else.
      const hours = get('hours', (v) => /^1(, 1)*$/.test(v.replace(HOURS, '1')));
      // An invalid tz is ignored like the others: the visitor's zone.
      const wait = minutesToOpen(hours || '', tz || undefined, now);

      if (!a) {
        const root = this.attachShadow({ mode: 'open' });
        root.adoptedStyleSheets = [sheet];
        a = node('a', root, 'button');
        node('i', a, 'icon');
        label = node('span', a, 'label');
        note = node('span', root, 'note');
      }
      // Not a target it calls: the button, link included, is not shown.
      const href = get('href', (v) => TARGET.test(v), this.querySelector('a')?.href || ' ');
      if (this.toggleAttribute('invalid', !href)) return;
      // Outside opening hours: the fallback number if there is one, else the
      // link for the callback form, else nothing to click (and grey).
      const back = this.getAttribute('callback');
      const target = !wait ? href : phone ? `tel:${phone}` : back && href;
      // The call panel: a web call (`ws`), or the callback form once the line
      // is closed. It loads on the first click only, in the button's
      // language, relative to this script (`call-panel-<lang>.js` beside it,
      // a CDN's copy too; in development, its source); should it fail to
      // load, the link is followed after all. It reads the rest from the
      // button, and follows the link itself when it cannot call (`ws`
      // invalid, which it names in the console, no `sip:` link, no WebRTC).
      // (A handler returning false takes the click from the link.)
      a.onclick = ((wait ? back : this.getAttribute('ws')) &&
        (() => (
          (import(/* @vite-ignore */ import.meta.env.DEV ? './panel/panel.ts' : `./call-panel-${lang}.js`) as Promise<typeof import('./panel/panel.js')>).then(
            (m) => m.open(this),
            () => (location.href = a!.href),
          ),
          false
        ))) as HTMLElement['onclick'];
      // Through the CSSOM, which a strict CSP allows (a `style` attribute would not be).
      a.style.setProperty('--dk-call-button-color', target ? color || '' : '#555');
      if (target) a.href = target;
      else a.removeAttribute('href');
      label!.textContent = this.getAttribute('label') || defaultLabel;
      note!.textContent = wait
        ? opens.replace(
            '{{when}}',
            new Date(+now + wait * 6e4).toLocaleString(lang, {
              weekday: 'short',
              hour: 'numeric',
              minute: 'numeric',
            }),
          )
        : '';
    }))();

  connectedCallback(): void {
    buttons.add(this);
    this.render();
  }

  disconnectedCallback(): void {
    buttons.delete(this);
  }
}

/** Re-renders every button on the page (the minute's tick, a `lang` changed). */
export const renderAll = (): void => buttons.forEach((b) => b.render());
