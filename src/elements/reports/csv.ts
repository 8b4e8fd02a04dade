import Papa from 'papaparse';
import { minorDigits, type Money } from '../../core/money.js';
import { columnsOf, type Cell, type TableModel } from './internal/table-model.js';
import type { ExportOptions } from './internal/export.js';

/** A cell of an exported table: text, a number, or money, each written as the format wants it. */
export type CsvCell = string | number | Money;

/**
 * How a spreadsheet reads the file: where the decimal separator is a comma
 * (Polish, French), fields are separated by semicolons; where it is a point,
 * by commas.
 */
export interface CsvFormat {
  delimiter: ',' | ';';
  decimal: '.' | ',';
}

/** The plain form: commas between fields, decimal points. */
export const PLAIN_CSV: CsvFormat = { delimiter: ',', decimal: '.' };

const BOM = '\uFEFF';
/** What a spreadsheet would run as a formula at the start of a text. */
const FORMULA = /^[=+\-@\t\r]/;

/**
 * The rows as an RFC 4180 document in `format`: CRLF line ends, fields quoted
 * when they hold the delimiter, a quote, a line break or edge spaces, quotes
 * doubled. A byte order mark leads, so spreadsheets read the UTF-8 names
 * (Łódź, Françoise) right. Text that a spreadsheet would run as a formula
 * (starting with `=`, `+`, `-`, `@`, a tab or a return) is prefixed with `'`
 * and quoted; numbers and money are figures, written with the format's
 * decimal separator and never prefixed.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[], format: CsvFormat = PLAIN_CSV): string {
  const written = rows.map((row) => row.map((cell) => write(cell, format)));
  const unparsed = Papa.unparse(written, {
    delimiter: format.delimiter,
    newline: '\r\n',
    quotes: (value: unknown) => typeof value === 'string' && value.startsWith("'"),
    escapeFormulae: false,
    header: false,
  });
  return BOM + unparsed + '\r\n';
}

function write(cell: CsvCell, format: CsvFormat): string | number {
  if (typeof cell === 'string') return FORMULA.test(cell) ? `'${cell}` : cell;
  if (typeof cell === 'number') return format.decimal === '.' ? cell : String(cell).replace('.', format.decimal);
  return decimal(cell.amountMinor, cell.currency, format.decimal);
}

/** The document as a file to download. */
export const csvBlob = (text: string): Blob => new Blob([text], { type: 'text/csv;charset=utf-8' });

/** A money amount in minor units as a plain decimal in major units (`1234.50`, or `1234,50`), for spreadsheets. */
export function decimal(amountMinor: number, currency: string, mark: '.' | ',' = '.'): string {
  const digits = minorDigits(currency);
  return (amountMinor / 10 ** digits).toFixed(digits).replace('.', mark);
}

/** A cell as a spreadsheet reads it: plain numbers, money as a decimal, days and moments in ISO. */
function fileCell(cell: Cell): CsvCell {
  if (typeof cell === 'string' || typeof cell === 'number') return cell;
  if ('day' in cell) return cell.day;
  if ('at' in cell) return cell.at;
  return cell;
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

/**
 * Writes the table on screen (`options.onScreen`) in `format` and downloads
 * it under a lower-case name that says the report, the unit or member and the
 * days (`root` holds the link for the click); says when nothing is on screen.
 */
export function exportOnScreen(options: ExportOptions, format: CsvFormat, root: HTMLElement | DocumentFragment): void {
  const { t } = options;
  const onScreen = options.onScreen();
  if (!onScreen) {
    options.announce(t('exportNothing'));
    return;
  }
  const { level, range, name } = options.scope();
  const report = t(onScreen.kind === 'calls' ? 'csv.callsName' : `kinds.${onScreen.kind}`);
  const filename = `${t('csv.filename', { report })}${name ? `-${name}` : ''}-${range.from}-${range.to}.csv`
    .replace(/[\\/:*?"<>|]+/g, '')
    .replace(/\s+/g, '-')
    .toLowerCase();
  const { head, rows } = csvRows(onScreen.table, t('rows.total'));
  const url = URL.createObjectURL(csvBlob(toCsv([head, ...rows], format)));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  root.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  options.announce(t('exported', { filename }));
  options.exported({ kind: onScreen.kind, level, from: range.from, to: range.to, rows: rows.length, filename });
}
