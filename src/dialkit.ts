/**
 * The public API: the backend adapter, the element classes, events, context,
 * money and validation. Importing it registers no element: import
 * `dialkit/<element>` for the elements a page uses, `dialkit/all` for every
 * one, or load `dialkit/autoloader` to register each as it appears.
 */
export { DkManager } from './elements/manager/manager.js';
export { DkSetup } from './elements/setup/setup.js';
export { DkMembers } from './elements/members/members.js';
export { DkCredit } from './elements/credit/credit.js';
export { DkFeatures } from './elements/features/features.js';
export { DkReports } from './elements/reports/reports.js';
export { DkSipProfiles } from './elements/sip-profiles/sip-profiles.js';
export { DkCallButtonGenerator } from './elements/call-button-generator/call-button-generator.js';
export { DkHelpArticle } from './elements/help-article/help-article.js';
export { DkHelpCenter } from './elements/help-center/help-center.js';

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
