import type { nothing, TemplateResult } from 'lit';
import type { Money } from '../../../core/money.js';

/**
 * A cell of a report table, typed so that the screen and the CSV file each
 * write it their own way: text as is; a count grouped on screen and plain in
 * the file; money formatted on screen and a decimal in the file; a day or a
 * moment as a local date on screen and ISO in the file.
 */
export type Cell = string | number | Money | { day: string } | { at: string };

/** One column of a report table: how its cells read, on screen and in the file. */
export interface Column<R> {
  /** The header (translated). */
  head: string;
  /** The row's cell. Declared as a method so that a table of any row type is a `Table`. */
  cell(row: R): Cell;
  /** The cell of the totals row; empty when absent. */
  total?: Cell;
  /** Figures align to the end, to read as a column of numbers. */
  numeric?: boolean;
  /** Only on screen, or only in the file; both when absent. */
  only?: 'screen' | 'file';
  /** Still shown in a withheld row: it says nothing about the person (a unit's member count). */
  open?: boolean;
  /** In the file, these columns instead of this one (a destination's calls, minutes and cost). */
  file?: readonly Column<R>[];
}

/**
 * A report's table, described once and written both to the screen
 * (`renderTable` in table-view.ts) and to the CSV file (`csvRows` in csv.ts).
 * The first column heads each row (a name, a date) and is never withheld.
 */
export interface TableModel<R> {
  caption: string;
  rows: readonly R[];
  columns: readonly [Column<R>, ...Column<R>[]];
  /** A row whose figures the privacy rules withhold: "not shown" on screen, empty in the file. */
  withheld?(row: R): boolean;
  /** A row shown muted (withheld, or a privacy placeholder such as "Other"). */
  muted?(row: R): boolean;
  /** The table ends with a totals row (the columns' `total`). */
  totals?: boolean;
  /** The row's drill-down control, in a last column that is not printed. */
  action?(row: R): TemplateResult | typeof nothing;
  /** What an empty table says instead. */
  empty: string;
}

/** Any report table, whatever its rows. */
export type Table = TableModel<unknown>;

/** The columns of the screen or of the file, in order (a file column may stand for several). */
export function columnsOf<R>(table: TableModel<R>, where: 'screen' | 'file'): Column<R>[] {
  const shown = table.columns.filter((column) => !column.only || column.only === where);
  return where === 'file' ? shown.flatMap((column) => column.file ?? [column]) : shown;
}
