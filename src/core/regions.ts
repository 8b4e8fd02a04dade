/**
 * ISO 3166-1 alpha-2 country codes, with the currency a company there usually
 * keeps its accounts in (ISO 4217). Names are not here: the UI asks
 * `Intl.DisplayNames` for them, in the reader's language.
 *
 * One line per currency: its code, then the two letters of each country that
 * uses it; a lower-case letter stands for the currency named after the
 * country, its two letters then that one (`n`: AF, Afghani AFN; PL, Zloty
 * PLN). Packed, as every page that loads the kit's API receives it.
 */
const TABLE = `
EURADATAXBEBLCYDEEEESFIFRGFGPGRHRIEITLTLULVMCMEMFMQMTNLPMPTRESISKSMVAYT
XCDAGAIDMGDKNLCMSVC
USDASBQECFMGUMHMPPRPWSVTCTLUSVGVI
AUDAUKINRTV
XOFBFBJCIGWMLNESNTG
XAFCFCGCMGAGQTD
CHFCHLI
NZDCKNUNZ
ANGCWSX
DKKDKFOGL
GBPGBGGIMJE
ILSILPS
XPFNCPFWF
aAOMG
bBOETPARUTH
cCR
dAEAMBBBHBMBNBSBZCADZFJGMGYHKIQJMJOKWKYLRLYMAMKNARSSBSGSRTNTTTWVN
eCVSL
fBICDDJGNHUKMRW
gAWHTPYSDZW
hUA
kCZISLAMMMWNOPGSE
lALBRGEHNLSMDSZ
mBA
nAFAZBGBTBYERMXMZNGPEPLROST
oNI
pBWCLCOCUDOEGFKGILBMOPHSHSSSYTO
qGT
rIDINIRKHLKMUMVMYNPOMPKQASASCYEZA
sARGHKEKGSOTJTZUZVE
tBDKZMNTMWS
uMRUY
vVU
wKPKRZM
xUG
yCNJPTR
`;

const entries: Array<[string, string]> = [];
for (const [, currency, countries] of TABLE.matchAll(/([A-Z]{3}|[a-z])([A-Z]+)/g)) {
  for (const country of countries!.match(/../g)!) entries.push([country, currency!.length > 1 ? currency! : country + currency!.toUpperCase()]);
}

/** The usual currency of each country, by country code in alphabetical order. */
const COUNTRY_CURRENCIES: Readonly<Record<string, string>> = Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)));

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
