import en from '../../../locales/en/callButton.json?raw';
import pl from '../../../locales/pl/callButton.json?raw';
import fr from '../../../locales/fr/callButton.json?raw';

/**
 * The button's catalogs (`locales/<lang>/callButton.json`), inlined at build
 * time: three tiny tables and no localization runtime. They are imported as
 * text (`?raw`) so the kit's lazily loaded catalogs and the button never share
 * a chunk: the button's script stays one file.
 */
export const catalogs = { en, pl, fr };
export type Lang = keyof typeof catalogs;
