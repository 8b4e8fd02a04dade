import type en from '../../../../locales/en/callPanel.json';

export type Strings = typeof en;
export type Lang = 'en' | 'pl' | 'fr';

/**
 * The panel's strings in `lang` (`locales/<lang>/callPanel.json`). This is
 * what development and the tests run; each built panel replaces this module
 * with its one language's catalog, inlined (scripts/build/call-panel.vite.config.ts).
 */
export async function stringsOf(lang: Lang): Promise<Strings> {
  const catalogs = {
    en: () => import('../../../../locales/en/callPanel.json'),
    pl: () => import('../../../../locales/pl/callPanel.json'),
    fr: () => import('../../../../locales/fr/callPanel.json'),
  };
  return (await catalogs[lang]()).default;
}
