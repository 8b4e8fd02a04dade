import { label as enLabel, opens as enOpens } from '../../../locales/en/callButton.json';
import { label as plLabel, opens as plOpens } from '../../../locales/pl/callButton.json';
import { label as frLabel, opens as frOpens } from '../../../locales/fr/callButton.json';
import enText from '../../../locales/en/callButton.json?raw';
import plText from '../../../locales/pl/callButton.json?raw';
import frText from '../../../locales/fr/callButton.json?raw';

/**
 * The button's strings (`locales/<lang>/callButton.json`), inlined at build
 * time: three tiny tables and no localization runtime. The button's script
 * is built alone (scripts/build/call-button.vite.config.ts), so it shares no
 * chunk with the kit's lazily loaded catalogs.
 */
export const texts: Record<'en' | 'pl' | 'fr', Texts> = { en: [enLabel, enOpens], pl: [plLabel, plOpens], fr: [frLabel, frOpens] };
/** A language's label, then its opening-hours note (`{{when}}` is the time); a pair, which weighs less than an object in the script. */
export type Texts = [label: string, opens: string];
export type Lang = keyof typeof texts;

/** The same catalogs as JSON text, for tests and stories (the button's script leaves them out). */
export const catalogs: Record<Lang, string> = { en: enText, pl: plText, fr: frText };
