import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { renderAssignButton } from './assignment.js';
import { renderTableHead } from '../../shared/templates.js';
import { assigneeText, type Features, type Page } from './model.js';

/**
 * The online numbers tab: the company's numbers with what each rings, and
 * the button buying a number on offer (`BuyNumberDialog`).
 */
export class NumbersTab {
  constructor(private readonly f: Features) {}

  render(page: Page): TemplateResult {
    const t = this.f.i18n.t;
    return html`
      <div class="bar">
        <h3 id="owned-numbers">${t('ownedNumbers')}</h3>
        <button class="button primary" id="buy-number-button" data-help-label="features:buyNumber" @click=${(e: Event) => this.f.openBuyNumber(e)}>
          ${t('buyNumber')}
        </button>
      </div>
      <p class="hint">${t('numbersRule')}</p>
      ${page.numbers.length === 0
        ? html`<div class="state empty" part="empty"><p>${t('noNumbers')}</p></div>`
        : this.renderTable(page)}
    `;
  }

  private renderTable(page: Page): TemplateResult {
    const i18n = this.f.i18n;
    const t = i18n.t;
    return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="owned-numbers">
      <table part="numbers">
        ${renderTableHead(t, ['columns.number', 'columns.area', 'columns.assignedTo', { key: 'columns.price', num: true }], true)}
        <tbody>
          ${repeat(
            page.numbers,
            (n) => n.id,
            (n) => {
              const holder = n.assignee ? assigneeText(this.f, page, n.assignee) : '';
              const names = { label: n.number, holder, assignName: n.number, unassignName: n.number };
              return html`<tr>
                <th scope="row" class="number">${n.number}</th>
                <td>${t('area', { area: n.area, country: i18n.displayName('region', n.country) })}</td>
                <td>
                  ${holder || html`<span class="muted">${t('unassigned')}</span>`}
                  ${n.routesToPbx ? html` <span class="badge">${t('ringsPbx')}</span>` : nothing}
                </td>
                <td class="num">${t('perMonth', { price: i18n.money(n.monthlyPrice) })}</td>
                <td>${renderAssignButton(this.f, { kind: 'number', id: n.id }, names)}</td>
              </tr>`;
            },
          )}
        </tbody>
      </table>
    </div>`;
  }
}
