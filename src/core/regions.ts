/**
 * ISO 3166-1 alpha-2 country codes, with the currency a company there usually
 * keeps its accounts in (ISO 4217). Names are not here: the UI asks
 * `Intl.DisplayNames` for them, in the reader's language.
 *
 * One line per first letter, each entry the country's two letters then its
 * currency's three (`ADEUR`: Andorra, euro): packed, as every page that loads
 * the kit's API receives it (70% of the weight of an object literal).
 */
const TABLE = `
ADEURAEAEDAFAFNAGXCDAIXCDALALLAMAMDAOAOAARARSASUSDATEURAUAUDAWAWGAXEURAZAZN
BABAMBBBBDBDBDTBEEURBFXOFBGBGNBHBHDBIBIFBJXOFBLEURBMBMDBNBNDBOBOBBQUSDBRBRLBSBSDBTBTNBWBWPBYBYNBZBZD
CACADCDCDFCFXAFCGXAFCHCHFCIXOFCKNZDCLCLPCMXAFCNCNYCOCOPCRCRCCUCUPCVCVECWANGCYEURCZCZK
DEEURDJDJFDKDKKDMXCDDODOPDZDZD
ECUSDEEEUREGEGPERERNESEURETETB
FIEURFJFJDFKFKPFMUSDFODKKFREUR
GAXAFGBGBPGDXCDGEGELGFEURGGGBPGHGHSGIGIPGLDKKGMGMDGNGNFGPEURGQXAFGREURGTGTQGUUSDGWXOFGYGYD
HKHKDHNHNLHREURHTHTGHUHUF
IDIDRIEEURILILSIMGBPININRIQIQDIRIRRISISKITEUR
JEGBPJMJMDJOJODJPJPY
KEKESKGKGSKHKHRKIAUDKMKMFKNXCDKPKPWKRKRWKWKWDKYKYDKZKZT
LALAKLBLBPLCXCDLICHFLKLKRLRLRDLSLSLLTEURLUEURLVEURLYLYD
MAMADMCEURMDMDLMEEURMFEURMGMGAMHUSDMKMKDMLXOFMMMMKMNMNTMOMOPMPUSDMQEURMRMRUMSXCDMTEURMUMURMVMVRMWMWKMXMXNMYMYRMZMZN
NANADNCXPFNEXOFNGNGNNINIONLEURNONOKNPNPRNRAUDNUNZDNZNZD
OMOMR
PAPABPEPENPFXPFPGPGKPHPHPPKPKRPLPLNPMEURPRUSDPSILSPTEURPWUSDPYPYG
QAQAR
REEURRORONRSRSDRURUBRWRWF
SASARSBSBDSCSCRSDSDGSESEKSGSGDSHSHPSIEURSKEURSLSLESMEURSNXOFSOSOSSRSRDSSSSPSTSTNSVUSDSXANGSYSYPSZSZL
TCUSDTDXAFTGXOFTHTHBTJTJSTLUSDTMTMTTNTNDTOTOPTRTRYTTTTDTVAUDTWTWDTZTZS
UAUAHUGUGXUSUSDUYUYUUZUZS
VAEURVCXCDVEVESVGUSDVIUSDVNVNDVUVUV
WFXPFWSWST
YEYERYTEUR
ZAZARZMZMWZWZWG
`;

const COUNTRY_CURRENCIES: Readonly<Record<string, string>> = Object.fromEntries(
  [...TABLE.matchAll(/([A-Z]{2})([A-Z]{3})/g)].map(([, country, currency]) => [country, currency]),
);

/** Every country code the kit offers. */
export const COUNTRY_CODES: readonly string[] = Object.keys(COUNTRY_CURRENCIES);

export const isCountryCode = (code: string): boolean => Object.hasOwn(COUNTRY_CURRENCIES, code);

/** The currency usually used in a country, or null for an unknown code. */
export function usualCurrency(country: string): string | null {
  return COUNTRY_CURRENCIES[country] ?? null;
}

/** Currencies no company keeps accounts in: precious metals, funds, test and unit-of-account codes. */
const NOT_FOR_ACCOUNTS = /^X(?:A[GU]|B[A-D]|DR|PD|PT|SU|TS|UA|XX)$|^(?:BOV|CHE|CHW|CLF|COU|MXV|USN|UYI|UYW)$/;

/** ISO 4217 codes a company can keep its accounts in, from `Intl` when it knows them. */
export function currencyCodes(): string[] {
  const fromIntl = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : [];
  const codes = new Set([...fromIntl, ...Object.values(COUNTRY_CURRENCIES)]);
  return [...codes].filter((code) => /^[A-Z]{3}$/.test(code) && !NOT_FOR_ACCOUNTS.test(code)).sort();
}
