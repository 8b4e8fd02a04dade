export * from './locales.js';
export * from './format.js';
export { i18n, loadCatalogs, translate, NAMESPACES } from './i18n.js';
export { LocalizeController } from './controller.js';
