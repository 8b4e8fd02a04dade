import Papa from 'papaparse';

/** A cell of an exported table: text, or a number written as is. */
export type CsvCell = string | number;

const BOM = '\uFEFF';

/**
 * The rows as an RFC 4180 document: comma-separated, CRLF line ends, fields
 * quoted when they hold a comma, a quote, a line break or edge spaces, quotes
 * doubled. A byte order mark leads, so spreadsheets read the UTF-8 names
 * (Łódź, Françoise) right. Text that a spreadsheet would run as a formula
 * (starting with `=`, `+`, `-`, `@`, a tab or a return) is prefixed with `'`.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + Papa.unparse(rows as CsvCell[][], { newline: '\r\n', quotes: false, escapeFormulae: true, header: false }) + '\r\n';
}

/** The document as a file to download. */
export const csvBlob = (text: string): Blob => new Blob([text], { type: 'text/csv;charset=utf-8' });

/** A money amount in minor units as a plain decimal in major units (`1234.50`), for spreadsheets. */
export function decimal(amountMinor: number, currency: string): string {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return (amountMinor / 10 ** digits).toFixed(digits);
}
