/**
 * The full kit: registers every `dk-*` element of the admin console and
 * exports the public API. For pick-and-choose, import `dialkit/<element>`
 * instead. The public call button is not here: websites load it alone
 * (`dialkit/call-button`), so that it shares nothing with the console.
 */
export { DkManager } from './elements/manager/define.js';
export { DkSetup } from './elements/setup/define.js';
export { DkMembers } from './elements/members/define.js';
export { DkCredit } from './elements/credit/define.js';
export { DkFeatures } from './elements/features/define.js';
export { DkReports } from './elements/reports/define.js';
export { DkSipProfiles } from './elements/sip-profiles/define.js';
export { DkCallButtonGenerator } from './elements/call-button-generator/define.js';
export { DkHelpArticle } from './elements/help-article/define.js';
export { DkHelpCenter } from './elements/help-center/define.js';

export { DialkitElement } from './elements/shared/base.js';
export { defineElement } from './elements/shared/define-element.js';
export { emit, type DialkitEventMap, type DialkitEvent } from './elements/shared/events.js';
export { adapterContext, provideAdapter } from './elements/shared/context.js';
export * from './adapter/index.js';
// The core, but for the privacy guard (import it from `src/core/`): its phone
// metadata would load with every page that uses the kit.
export * from './core/errors.js';
export * from './core/money.js';
export * from './core/validation.js';
export * from './core/text.js';
export * from './core/regions.js';
export { LOCALES, type Locale } from './i18n/locales.js';
