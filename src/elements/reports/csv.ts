import Papa from 'papaparse';
import { minorDigits } from '../../core/money.js';
import { columnsOf, type Cell, type TableModel } from './internal/table-model.js';

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
  const digits = minorDigits(currency);
  return (amountMinor / 10 ** digits).toFixed(digits);
}

/** A cell as a spreadsheet reads it: plain numbers, money as a decimal, days and moments in ISO. */
function fileCell(cell: Cell): CsvCell {
  if (typeof cell === 'string' || typeof cell === 'number') return cell;
  if ('day' in cell) return cell.day;
  if ('at' in cell) return cell.at;
  return decimal(cell.amountMinor, cell.currency);
}

/**
 * A report's table as the file has it: the header, a line per row (a
 * withheld row keeps its name and what is not personal, the rest empty) and
 * the totals line, labelled `totalLabel`.
 */
export function csvRows<R>(table: TableModel<R>, totalLabel: string): { head: CsvCell[]; rows: CsvCell[][] } {
  const [first, ...rest] = columnsOf(table, 'file');
  if (!first) return { head: [], rows: [] };
  const rows = table.rows.map((row) => {
    const hidden = table.withheld?.(row) ?? false;
    return [fileCell(first.cell(row)), ...rest.map((column) => (hidden && !column.open ? '' : fileCell(column.cell(row))))];
  });
  if (table.totals) rows.push([totalLabel, ...rest.map((column) => (column.total === undefined ? '' : fileCell(column.total)))]);
  return { head: [first.head, ...rest.map((column) => column.head)], rows };
}
