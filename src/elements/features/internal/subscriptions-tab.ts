import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { renderAssignButton } from './assignment.js';
import { renderTableHead } from '../../shared/templates.js';
import { memberName, planIncludes, planName, type Features, type Page } from './model.js';

/**
 * The subscriptions tab: the calling plans and what the company owns of each,
 * the company's subscriptions with who holds them, and the buttons buying
 * subscriptions to a plan (`BuyPlanDialog`).
 */
export class SubscriptionsTab {
  constructor(private readonly f: Features) {}

  render(page: Page): TemplateResult {
    return html`${this.renderCatalogue(page)}${this.renderOwned(page)}`;
  }

  private renderCatalogue(page: Page): TemplateResult {
    const i18n = this.f.i18n;
    const t = i18n.t;
    return html`
      <h3 id="catalogue-title">${t('catalogue')}</h3>
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="catalogue-title">
        <table part="catalogue">
          ${renderTableHead(t, ['columns.plan', 'columns.includes', { key: 'columns.price', num: true }, 'columns.owned'], true)}
          <tbody>
            ${page.plans.map((p) => {
              const owned = page.subscriptions.filter((s) => s.planId === p.id);
              const assigned = i18n.number(owned.filter((s) => s.memberId).length);
              return html`<tr>
                <th scope="row">${p.name}</th>
                <td>${planIncludes(this.f, p)}</td>
                <td class="num">${t('perMonth', { price: i18n.money(p.price) })}</td>
                <td>${t('ownedCount', { count: owned.length, assigned })}</td>
                <td>
                  <button
                    class="button"
                    data-plan=${p.id}
                    data-help-label="features:buySubscription"
                    aria-label=${t('common:actionOn', { action: t('buySubscription'), name: p.name })}
                    @click=${(e: Event) => this.f.openBuyPlan(p.id, e)}
                  >
                    ${t('buySubscription')}
                  </button>
                </td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
    `;
  }

  private renderOwned(page: Page): TemplateResult {
    const t = this.f.i18n.t;
    if (page.subscriptions.length === 0) {
      return html`<h3 id="owned-subscriptions">${t('ownedSubscriptions')}</h3>
        <div class="state empty" part="empty"><p>${t('noSubscriptions')}</p></div>`;
    }
    return html`<h3 id="owned-subscriptions">${t('ownedSubscriptions')}</h3>
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="owned-subscriptions">
        <table part="subscriptions">
          ${renderTableHead(t, ['columns.plan', 'columns.assignedTo', 'columns.renews'], true)}
          <tbody>
            ${repeat(
              page.subscriptions,
              (s) => s.id,
              (s) => {
                const plan = planName(page, s.planId);
                const holder = memberName(this.f, page, s.memberId);
                return html`<tr>
                  <th scope="row">${plan}</th>
                  <td>${holder || html`<span class="muted">${t('unassigned')}</span>`}</td>
                  <td>${this.f.i18n.date(s.renewsAt)}</td>
                  <td>
                    ${renderAssignButton(this.f, { kind: 'subscription', id: s.id }, {
                      label: plan,
                      holder,
                      assignName: t('unassignedItem', { item: plan }),
                      unassignName: t('holderOf', { item: plan, holder }),
                    })}
                  </td>
                </tr>`;
              },
            )}
          </tbody>
        </table>
      </div>`;
  }
}
