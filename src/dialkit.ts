/**
 * The public API: the backend adapter, context, events, money and
 * validation. Importing it registers no element and loads none: import
 * `dialkit/<element>` for the elements a page uses (each exports its class),
 * `dialkit/all` for every one, or load `dialkit/autoloader` to register each
 * as it appears.
 */

export { DialkitElement } from './elements/shared/base.js';
export { defineElement } from './elements/shared/define-element.js';
export { emit, type DialkitEventMap, type DialkitEvent } from './elements/shared/events.js';
export { adapterContext, provideAdapter } from './elements/shared/context.js';
export * from './adapter/index.js';
// The core, but for the privacy guard (import it from `src/core/`): its phone
// metadata would load with every page that uses the kit.
export * from './core/errors.js';
export * from './core/error-codes.js';
export * from './core/money.js';
export * from './core/validation.js';
export * from './core/text.js';
export * from './core/regions.js';
export { LOCALES, type Locale } from './i18n/locales.js';
