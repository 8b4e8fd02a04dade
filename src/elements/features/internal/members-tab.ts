import { html, nothing, type TemplateResult } from 'lit';
import { TaskStatus } from '@lit/task';
import { FEATURES } from '../../../adapter/types.js';
import { renderTableHead } from '../../shared/templates.js';
import { planName, type Features, type Page } from './model.js';
import { renderMemberName, renderMemberSearch } from './member-picker.js';

/**
 * Members at a glance: who has which features switched on, which
 * subscriptions and which numbers, found by name.
 */
export function renderMembersTab(f: Features, page: Page): TemplateResult {
  const i18n = f.i18n;
  const t = i18n.t;
  const search = f.members;
  const shown = search.pool().filter((m) => search.matches(m));
  // In a large company nothing is listed before a search has answered: the hint says why.
  const waiting = search.large && (!search.query.trim() || search.search.status !== TaskStatus.COMPLETE);
  const listOrNone = (items: string[]) => (items.length ? i18n.list(items) : html`<span class="muted">${t('none')}</span>`);
  return html`
    ${renderMemberSearch(search, 'member-search', t('findMember'))}
    ${shown.length === 0
      ? waiting
        ? nothing
        : html`<p class="muted">${t('noMemberMatches', { query: search.query })}</p>`
      : html`<div class="table-wrap" tabindex="0" role="region" aria-label=${t('tabs.members')}>
          <table part="members">
            ${renderTableHead(t, ['columns.member', 'columns.access', 'tabs.subscriptions', 'tabs.numbers'])}
            <tbody>
              ${shown.map((m) => {
                const on = FEATURES.filter((feature) => m.features[feature]).map((feature) => t(`access.${feature}`));
                const plans = page.subscriptions.filter((s) => s.memberId === m.id).map((s) => planName(page, s.planId));
                const numbers = page.numbers
                  .filter((n) => n.assignee?.kind === 'member' && n.assignee.memberId === m.id)
                  .map((n) => n.number);
                return html`<tr>
                  <th scope="row">${renderMemberName(m)}</th>
                  <td>${listOrNone(on)}</td>
                  <td>${listOrNone(plans)}</td>
                  <td class="number">${listOrNone(numbers)}</td>
                </tr>`;
              })}
            </tbody>
          </table>
        </div>`}
  `;
}
