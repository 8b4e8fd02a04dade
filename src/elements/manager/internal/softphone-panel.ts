/**
 * The console's softphone: a panel beside the navigation, made once and kept
 * while the user moves between sections, so that a line stays online and a
 * call goes on whatever section is open. The user chooses which member's line
 * this browser answers; the choice is remembered in this browser as the
 * member's id only (never a credential). A call ringing opens the panel.
 */
import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { isAvailable } from '../../shared/loader.js';
import { loadSection } from './sections.js';

const TAG = 'dk-softphone';
/** Where this browser remembers the member whose line it answers. */
export const LINE_KEY = 'dialkit.softphone.member';

function remembered(): string {
  try {
    return localStorage.getItem(LINE_KEY) ?? '';
  } catch {
    return ''; // Storage refused (a privacy setting): the user chooses again.
  }
}

function remember(memberId: string): void {
  try {
    if (memberId) localStorage.setItem(LINE_KEY, memberId);
    else localStorage.removeItem(LINE_KEY);
  } catch {
    // Not remembered: chosen again next time.
  }
}

export const softphonePanelStyles = css`
  .side,
  .main {
    display: grid;
    gap: calc(var(--_space) * 2);
    align-content: start;
    min-width: 0;
  }
  .softphone-toggle {
    justify-self: start;
  }
  .softphone-panel[hidden] {
    display: none;
  }
  .softphone-panel {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
`;

export class SoftphonePanel {
  private open = false;
  private element?: HTMLElement;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly t: (key: string) => string,
  ) {}

  private readonly toggle = async (): Promise<void> => {
    if (!this.open && !customElements.get(TAG)) await loadSection(TAG);
    this.open = !this.open;
    this.host.requestUpdate();
  };

  private make(): HTMLElement {
    const element = document.createElement(TAG);
    element.setAttribute('choose-line', '');
    const member = remembered();
    if (member) element.setAttribute('member', member);
    element.addEventListener('dk-softphone-line', (event) => remember((event as CustomEvent<{ memberId: string }>).detail.memberId));
    element.addEventListener('dk-softphone-state', (event) => {
      // A call rings: the panel opens to show it.
      if ((event as CustomEvent<{ state: string }>).detail.state === 'ringing' && !this.open) {
        this.open = true;
        this.host.requestUpdate();
      }
    });
    return element;
  }

  /** The button opening the panel, under the navigation; nothing when the softphone cannot be loaded. */
  renderToggle(): TemplateResult | typeof nothing {
    if (!isAvailable(TAG)) return nothing;
    return html`<button
      type="button"
      class="button softphone-toggle"
      aria-expanded=${this.open ? 'true' : 'false'}
      aria-controls="softphone-panel"
      @click=${this.toggle}
    >
      ${this.t('nav.softphone')}
    </button>`;
  }

  /** The panel, above the section shown. */
  renderPanel(): TemplateResult | typeof nothing {
    if (!isAvailable(TAG)) return nothing;
    // Made on first opening, then kept (hidden when closed): its line stays online.
    if (this.open && customElements.get(TAG)) this.element ??= this.make();
    return html`<div id="softphone-panel" class="softphone-panel" part="softphone" ?hidden=${!this.open}>${this.element ?? nothing}</div>`;
  }
}
