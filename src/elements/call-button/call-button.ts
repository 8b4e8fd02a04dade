import { css } from './call-button.styles.js';
import { minutesToOpen, TARGET } from './rules.js';
import { catalogs, type Lang } from './strings.js';

let sheet: CSSStyleSheet;
const buttons = new Set<DkCallButton>();

const node = <K extends keyof HTMLElementTagNameMap>(tag: K, parent: Node, part: string): HTMLElementTagNameMap[K] =>
  parent.appendChild(Object.assign(document.createElement(tag), { part }));

/** The language of `n`: own or nearest ancestor's `lang` (crossing shadow roots), else the browser's. */
function langOf(n: Node | null): Lang {
  let tag = '';
  for (; n && !tag; n = n.parentNode || (n as ShadowRoot).host) tag = (n as HTMLElement).lang;
  tag = (tag || navigator.language).slice(0, 2).toLowerCase();
  return tag in catalogs ? (tag as Lang) : 'en';
}

/**
 * The click-to-call button a website embeds. It upgrades the real link it
 * wraps, so the snippet calls even before, or without, the script.
 *
 * @summary A click-to-call button: Skype, SIP or phone, in the page's language.
 *
 * @attr size - `s`, `m` (default) or `l`.
 * @attr look - `light` (default) or `dark`.
 * @attr color - Brand colour (a CSS colour); it sets `--dk-call-button-color` on the element.
 * @attr label - The button's text; without it, a default in the button's language.
 * @attr lang - The button's language (`en`, `pl`, `fr`); else the page's.
 * @attr hours - Opening hours, e.g. `1-5 09:00-17:00, 6 10:00-14:00` (ISO weekdays, 1 is Monday).
 * @attr tz - Time zone of the opening hours (IANA, e.g. `Europe/Warsaw`); else the visitor's.
 * @attr fallback - A phone number in E.164 called outside opening hours.
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
  private a: HTMLAnchorElement;
  private label: HTMLSpanElement;
  private note: HTMLSpanElement;
  private key?: string;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    this.a = node('a', root, 'button');
    node('i', this.a, 'icon');
    this.label = node('span', this.a, 'label');
    this.note = node('span', root, 'note');
    // Its own attributes, and its link, wherever the button lives (shadow roots included).
    new MutationObserver(() => this.render()).observe(this, { attributes: true, childList: true, subtree: true });
  }

  connectedCallback(): void {
    buttons.add(this);
    this.render();
  }

  disconnectedCallback(): void {
    buttons.delete(this);
  }

  /**
   * Brings the shadow content in line with the link, the attributes, the
   * language and the clock; does nothing when none of them changed.
   */
  render(now = new Date()): void {
    const get = (name: string) => this.getAttribute(name);
    const href = this.querySelector('a')?.getAttribute('href') as string;
    const lang = langOf(this);
    const s = JSON.parse(catalogs[lang]) as { label: string; opens: string };
    const phone = `tel:${get('fallback')}`;
    const hours = get('hours');
    const wait = hours ? minutesToOpen(hours, get('tz') || undefined, now) : 0;
    const key = [lang, wait, href, get('label'), phone, get('color')] + '';
    if (key === this.key) return;
    this.key = key;

    const valid = TARGET.test(href);
    // Through the CSSOM, which a strict CSP allows (a `style` attribute in the snippet would not be).
    this.style.setProperty('--dk-call-button-color', get('color'));
    this.toggleAttribute('invalid', !valid);
    if (!valid) return console.warn(`dk-call-button: ${href} is not skype:, sip: or tel:+E164`);
    // Outside opening hours: the fallback number if there is one, else nothing to click.
    const target = !wait ? href : TARGET.test(phone) ? phone : '';
    if (target) this.a.href = target;
    else this.a.removeAttribute('href');
    this.label.textContent = get('label')?.trim() || s.label;
    this.note.textContent = wait
      ? s.opens.replace(
          '{{when}}',
          new Date(+now - (+now % 6e4) + wait * 6e4).toLocaleString(lang, {
            weekday: 'short',
            hour: 'numeric',
            minute: 'numeric',
          }),
        )
      : '';
  }
}

/**
 * Registers the tag once, however many times the script is loaded. One
 * observer re-renders every button when a `lang` changes on the page, and a
 * minute's tick opens and closes them on time.
 */
export function define(): void {
  if (customElements.get('dk-call-button')) return;
  customElements.define('dk-call-button', DkCallButton);
  const all = () => buttons.forEach((b) => b.render());
  setInterval(all, 60000);
  new MutationObserver(all).observe(document, { subtree: true, attributeFilter: ['lang'] });
}
