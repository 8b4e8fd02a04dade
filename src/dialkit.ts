/**
 * The full kit: registers every `dk-*` element and exports the public API.
 * For pick-and-choose, import `dialkit/<element>` instead.
 */
import './elements/sip-profiles/define.js';

export { DkSipProfiles } from './elements/sip-profiles/sip-profiles.js';
export { DialkitElement } from './elements/shared/base.js';
export { defineElement } from './elements/shared/define-element.js';
export { emit, type DialkitEventMap, type DialkitEvent } from './elements/shared/events.js';
export { adapterContext, provideAdapter } from './elements/shared/context.js';
export * from './adapter/index.js';
export * from './core/index.js';
export { LOCALES, type Locale } from './i18n/locales.js';
