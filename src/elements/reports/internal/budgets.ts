import { html, nothing, type TemplateResult } from 'lit';
import type { BudgetReport } from '../../../adapter/types.js';
import type { LocalizeController } from '../../../i18n/controller.js';

/** The department budgets of this month: budget, spend so far, share used (a meter), forecast and runway. */
export function renderBudgets(budgets: BudgetReport, i18n: LocalizeController): TemplateResult {
  const t = i18n.t;
  const percent = (share: number) => i18n.number(share, { style: 'percent', maximumFractionDigits: 0 });
  const date = (day: string) => i18n.date(day, { day: 'numeric', month: 'long', timeZone: 'UTC' });
  return html`<section class="budgets" part="budgets" aria-labelledby="budgets-title">
    <h4 id="budgets-title">
      ${t('budgets.title', { month: i18n.date(budgets.from, { month: 'long', year: 'numeric', timeZone: 'UTC' }) })}
    </h4>
    <div class="table-wrap" tabindex="0" role="region" aria-label=${t('budgets.caption')}>
      <table>
        <caption class="visually-hidden">${t('budgets.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">${t('columns.department')}</th>
            <th scope="col" class="num">${t('budgets.budget')}</th>
            <th scope="col" class="num">${t('budgets.spent')}</th>
            <th scope="col">${t('budgets.used')}</th>
            <th scope="col" class="num">${t('budgets.projected')}</th>
            <th scope="col">${t('budgets.runway')}</th>
          </tr>
        </thead>
        <tbody>
          ${budgets.rows.map((row) => {
            const share = row.budget && row.budget.amountMinor > 0 ? row.spent.amountMinor / row.budget.amountMinor : null;
            const runway = !row.budget
              ? t('budgets.noBudget')
              : row.runsOutOn === null
                ? t('budgets.lastsMonth')
                : row.runsOutOn <= budgets.today
                  ? t('budgets.spentOn', { date: date(row.runsOutOn) })
                  : t('budgets.runsOutOn', { date: date(row.runsOutOn) });
            const warn = row.budget !== null && row.runsOutOn !== null;
            return html`<tr>
              <th scope="row">${row.name}</th>
              <td class="num">${row.budget ? i18n.money(row.budget) : t('budgets.none')}</td>
              <td class="num">${i18n.money(row.spent)}</td>
              <td>
                ${share === null || !row.budget
                  ? nothing
                  : html`<meter
                        min="0"
                        max="1"
                        low="0.75"
                        high="0.9"
                        optimum="0"
                        .value=${Math.min(share, 1)}
                        aria-label=${t('budgets.usedOf', { name: row.name })}
                        aria-valuetext=${t('budgets.usedText', { share: percent(share), spent: i18n.money(row.spent), budget: i18n.money(row.budget) })}
                      ></meter>
                      <span class="share">${percent(share)}</span>`}
              </td>
              <td class="num">${i18n.money(row.projected)}</td>
              <td><span class=${warn ? 'badge warn' : 'badge'}>${runway}</span></td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
    <p class="hint">${t('budgets.method')}</p>
    ${budgets.foldedDepartments > 0 ? html`<p class="hint">${t('budgets.folded', { count: budgets.foldedDepartments })}</p>` : nothing}
  </section>`;
}
