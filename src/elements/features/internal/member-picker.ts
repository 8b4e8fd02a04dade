import { html, nothing, type TemplateResult } from 'lit';
import type { Member } from '../../../adapter/types.js';
import type { MemberSearchController } from '../../shared/controllers/member-search.js';
import { renderRadio } from './controls.js';

/**
 * The search field over the company's members, and under it what the search
 * says in a large company (type to find, searching, the search failed).
 */
export function renderMemberSearch(search: MemberSearchController, id: string, label: string): TemplateResult {
  return search.renderField({ id, label });
}

/** A member's name, and the account's name beside it when it differs. */
export function renderMemberName(m: Member): TemplateResult {
  return html`${m.displayName} ${m.accountName === m.displayName ? nothing : html`<span class="account-id">${m.accountName}</span>`}`;
}

export interface MemberChoices {
  legend: string;
  /** The id of the chosen member, or ''. */
  chosen: string;
  choose: (id: string) => void;
  /** Why a member cannot be chosen ('' when it can). */
  refusal: (m: Member) => string;
  /** The id of the problem said under the list, if any. */
  describedBy?: string;
}

/**
 * The members to choose from, as radio buttons: those that do not answer the
 * search are hidden (the chosen one stays), those that cannot be chosen are
 * disabled, with the reason.
 */
export function renderMemberChoices(search: MemberSearchController, c: MemberChoices): TemplateResult {
  const members = search.pool(c.chosen ? [c.chosen] : []);
  return html`<fieldset class="choices" aria-describedby=${c.describedBy ?? nothing}>
    <legend>${c.legend}</legend>
    <ul>
      ${members.map((m) => {
        const refusal = c.refusal(m);
        return html`<li ?hidden=${!search.matches(m) && m.id !== c.chosen} class=${refusal ? 'unavailable' : ''}>
          ${renderRadio({
            name: 'assignee',
            id: `a-${m.id}`,
            value: m.id,
            checked: c.chosen === m.id,
            disabled: !!refusal,
            describedBy: refusal ? `ar-${m.id}` : undefined,
            change: () => c.choose(m.id),
          })}
          <label for="a-${m.id}">${renderMemberName(m)}</label>
          ${refusal ? html`<span class="reason" id="ar-${m.id}">${refusal}</span>` : nothing}
        </li>`;
      })}
    </ul>
  </fieldset>`;
}
