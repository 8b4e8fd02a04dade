import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { TaskStatus } from '@lit/task';
import type { Member } from '../../../adapter/types.js';
import type { CreditContext } from './context.js';
import { renderSearchField } from '../../shared/templates.js';

/** The members a picker lists now, and which of them the search shows. */
export interface PickerList {
  members: Member[];
  /** Those answering the search. */
  shown: Member[];
  /** Whether a listed member is shown: it answers the search, or it is chosen (kept in view in a large company). */
  visible: (member: Member) => boolean;
}

export interface Choice {
  type: 'checkbox' | 'radio';
  name: string;
  /** Prefix of the input's id (`<prefix>-<id>`) and of its description's (`<prefix>d-<id>`). */
  prefix: string;
  checked: boolean;
  /** What the member has, beside their name. */
  reason: string;
  change: (checked: boolean) => void;
}

/**
 * The member picker of a dialog (giving credit, taking it back), over the
 * element's `MemberSearchController`: in a company loaded whole, typing
 * filters the list; in a larger one, it asks the server. Each dialog keeps its
 * own search text: the other dialog's search does not leak into it.
 */
export class MemberPicker {
  /** What is typed in this picker's search field. */
  private query = '';

  constructor(private readonly ctx: CreditContext) {}

  /** The dialog opens: a new search, or (`keep`) the one of the request being completed. */
  open(keep: boolean): void {
    if (!keep) this.query = '';
    this.ctx.members.setQuery(this.query);
    // The members could not be read last time: opening a picker tries again.
    if (this.ctx.members.first.status === TaskStatus.ERROR) this.ctx.members.refresh();
  }

  /** The members the picker lists: those `offer` proposes (default: all), and the `chosen` ones whatever they hold. */
  list(chosen: readonly string[], offer: (m: Member) => boolean = () => true): PickerList {
    const search = this.ctx.members;
    const kept = new Set(chosen);
    const members = search.pool(chosen).filter((m) => offer(m) || kept.has(m.id));
    return {
      members,
      shown: members.filter((m) => search.matches(m)),
      visible: (m) => search.matches(m) || (search.large && kept.has(m.id)),
    };
  }

  /** The search field; `hint` describes what it searches. */
  renderSearch(id: string, hint?: string): TemplateResult {
    const t = this.ctx.i18n.t;
    return renderSearchField({
      id,
      label: t('picker.search'),
      hint,
      value: this.query,
      onInput: (value) => {
        this.query = value;
        this.ctx.members.setQuery(value);
      },
    });
  }

  /**
   * The list under `legend`, once the members are read: what to type in a
   * large company, `nobody` when no member can be offered, that nothing
   * matches the search, and each member as `choice` renders them.
   */
  renderList(
    legend: string,
    list: PickerList,
    choice: (m: Member) => Choice,
    options: { problemId?: string; nobody?: string } = {},
  ): TemplateResult {
    const { members: search, i18n } = this.ctx;
    const t = i18n.t;
    const searched = !search.large || (!!this.query.trim() && search.search.status === TaskStatus.COMPLETE);
    const body = (): TemplateResult =>
      options.nobody && list.members.length === 0 && !search.large
        ? html`<p>${options.nobody}</p>`
        : html`${list.shown.length === 0 && searched ? html`<p>${t('picker.noMatches', { query: this.query })}</p>` : nothing}
            <ul>
              ${list.members.map((m) => html`<li ?hidden=${!list.visible(m)}>${this.renderChoice(m, choice(m))}</li>`)}
            </ul>`;
    return html`<fieldset class="choices" aria-describedby=${options.problemId ?? nothing}>
      <legend>${legend}</legend>
      ${search.renderHint()} ${this.ctx.renderTask(search.first, { complete: body })}
    </fieldset>`;
  }

  private renderChoice(m: Member, c: Choice): TemplateResult {
    const id = `${c.prefix}-${m.id}`;
    const about = `${c.prefix}d-${m.id}`;
    return html`<input
        type=${c.type}
        name=${c.name}
        id=${id}
        value=${m.id}
        .checked=${live(c.checked)}
        aria-describedby=${about}
        @change=${(e: Event) => c.change((e.target as HTMLInputElement).checked)}
      />
      <label for=${id}>${m.displayName} ${m.accountName === m.displayName ? nothing : html`<span class="account-id">${m.accountName}</span>`}</label>
      <span class="reason" id=${about}>${c.reason}</span>`;
  }
}
