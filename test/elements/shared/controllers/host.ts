// A small element on the shared controllers, as the kit's elements use them,
// with a backend the test writes: each controller is tested alone on it.
import { html, nothing, type TemplateResult } from 'lit';
import type { DialkitAdapter } from '../../../../src/adapter/adapter.js';
import type { Member, MemberPage, MemberQuery } from '../../../../src/adapter/types.js';
import type { Result } from '../../../../src/core/errors.js';
import { DialkitElement, Task } from '../../../../src/elements/shared/base.js';
import { DialogController } from '../../../../src/elements/shared/controllers/dialog.js';
import { FormController } from '../../../../src/elements/shared/controllers/form.js';
import { MemberSearchController } from '../../../../src/elements/shared/controllers/member-search.js';
import { TabsController, tabsStyles } from '../../../../src/elements/shared/controllers/tabs.js';
import { WriteController } from '../../../../src/elements/shared/controllers/write.js';
import { MoneyWriteController } from '../../../../src/elements/shared/controllers/money-write.js';

export function member(id: string, displayName: string): Member {
  return {
    id,
    accountName: displayName.toLowerCase().replace(/\W+/g, '.'),
    displayName,
    email: null,
    departmentId: 'd1',
    groupIds: [],
    role: 'member',
    status: 'active',
    canSignIn: true,
    sipProfileId: null,
    credit: { amountMinor: 0, currency: 'PLN' },
    autoRecharge: null,
    features: { mobileCalls: true, internationalCalls: false, onlineNumber: false, voicemail: true, callForwarding: true },
    numberIds: [],
    subscriptionIds: [],
    version: 1,
  } as unknown as Member;
}

/** A backend answering `listMembers` from `members` (in that order), recording every query. */
export function membersBackend(members: Member[], pageSize = Infinity): DialkitAdapter & { queries: MemberQuery[] } {
  const queries: MemberQuery[] = [];
  const listMembers = async (query: MemberQuery = {}, options?: { signal?: AbortSignal }): Promise<Result<MemberPage>> => {
    queries.push(query);
    options?.signal?.throwIfAborted();
    const words = (query.query ?? '').toLowerCase();
    const found = members.filter((m) => m.displayName.toLowerCase().includes(words));
    const limit = Math.min(query.limit ?? 50, pageSize);
    const offset = query.offset ?? 0;
    return { ok: true, data: { items: found.slice(offset, offset + limit), total: found.length, offset, limit } as MemberPage };
  };
  return { listMembers, queries } as unknown as DialkitAdapter & { queries: MemberQuery[] };
}

type Tab = 'one' | 'two' | 'three';

export class ControllerHost extends DialkitElement {
  static override styles = [...DialkitElement.styles, tabsStyles];
  static override namespaces = ['common', 'errors'];

  fake?: DialkitAdapter;
  protected override get backend(): DialkitAdapter {
    return this.fake ?? super.backend;
  }

  closed = 0;
  readonly dialog = new DialogController(this, {
    id: 'd',
    fallback: () => this.renderRoot.querySelector<HTMLElement>('#fallback'),
    onClose: () => this.closed++,
  });
  readonly save = new WriteController(this, { operation: 'updateMember' }, this.services);
  readonly buy = new MoneyWriteController(this, { operation: 'purchaseCredit' }, this.services);
  readonly form = new FormController<'amount'>(this);
  readonly search = new MemberSearchController(this, { ...this.services });

  tab: Tab = 'one';
  readonly tabs = new TabsController<Tab>(this, {
    tabs: ['one', 'two', 'three'],
    current: () => this.tab,
    select: (tab) => {
      this.tab = tab;
      this.requestUpdate();
    },
    labelKey: (tab) => `common:${tab === 'one' ? 'save' : tab === 'two' ? 'cancel' : 'close'}`,
    t: (key) => this.i18n.t(key),
  });

  /** A read the test answers by hand: `answer` resolves the pending run. */
  answer?: (value: Result<string>) => void;
  readonly read = new Task(this, {
    task: async (): Promise<string> => {
      const result = await new Promise<Result<string>>((resolve) => (this.answer = resolve));
      if (!result.ok) throw result.error;
      return result.data;
    },
    args: () => [] as const,
  });

  override render(): TemplateResult {
    return html`
      <button id="opener" @click=${(e: Event) => this.dialog.show(e)}>open</button>
      <button id="fallback">fallback</button>
      ${this.dialog.render(
        () => html`<h2 id="d-title">Title</h2>
          <input id="first" autofocus />
          <button id="d-close" @click=${() => this.dialog.close()}>close</button>`,
        { labelledBy: 'd-title' },
      )}
      ${this.tabs.renderList('Tabs')} ${this.tabs.renderPanel(html`<p>${this.tab}</p>`)}
      <div id="save-error">${this.save.renderError()}</div>
      <div id="buy-error">${this.buy.renderError()}</div>
      <div id="read">${this.renderTask(this.read, { complete: (text) => html`<p class="value">${text}</p>` })}</div>
      ${nothing}
    `;
  }
}
customElements.define('dk-test-controllers', ControllerHost);
