import en from '../../../locales/en/callButton.json';
import pl from '../../../locales/pl/callButton.json';
import fr from '../../../locales/fr/callButton.json';
import enText from '../../../locales/en/callButton.json?raw';
import plText from '../../../locales/pl/callButton.json?raw';
import frText from '../../../locales/fr/callButton.json?raw';

/**
 * The button's strings (`locales/<lang>/callButton.json`), inlined at build
 * time: three tiny tables and no localization runtime. The button's script
 * is built alone (scripts/build/call-button.vite.config.ts), so it shares no
 * chunk with the kit's lazily loaded catalogs.
 */
export const texts = { en, pl, fr };
export type Lang = keyof typeof texts;

/** The same catalogs as JSON text, for tests and stories (the button's script leaves them out). */
export const catalogs: Record<Lang, string> = { en: enText, pl: plText, fr: frText };
