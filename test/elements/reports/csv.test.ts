import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvBlob, csvRows, decimal, toCsv, type CsvFormat } from '../../../src/elements/reports/csv.js';
import type { TableModel } from '../../../src/elements/reports/internal/table-model.js';

const SEMICOLONS: CsvFormat = { delimiter: ';', decimal: ',' };
const COMMAS: CsvFormat = { delimiter: ',', decimal: '.' };
const pln = (amountMinor: number) => ({ amountMinor, currency: 'PLN' });

/** A small report table: names with the delimiters in them, counts, money, a withheld row and the totals. */
type Row = { name: string; calls: number; minutes: number; cost: number; hidden?: boolean };
const table: TableModel<Row> = {
  caption: 'Usage',
  empty: '',
  rows: [
    { name: 'Zażółć Gęślą; Jaźń', calls: 12, minutes: 30.5, cost: 123450 },
    { name: 'Françoise, Lefèvre', calls: 3, minutes: 4, cost: -250 },
    { name: 'Not shown', calls: 7, minutes: 9, cost: 900, hidden: true },
  ],
  withheld: (row) => row.hidden === true,
  totals: true,
  columns: [
    { head: 'Name', cell: (row) => row.name },
    { head: 'Calls', cell: (row) => row.calls, total: 22, numeric: true, open: true },
    { head: 'Minutes', cell: (row) => row.minutes, total: 43.5, numeric: true },
    { head: 'Cost', cell: (row) => pln(row.cost), total: pln(124100), numeric: true },
  ],
};

/** The file as a spreadsheet (Papa Parse) reads it, with the delimiter given, after its byte order mark. */
function parsed(text: string, delimiter: ',' | ';'): string[][] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const result = Papa.parse<string[]>(text.slice(1), { delimiter, newline: '\r\n', skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('CSV export', () => {
  it('writes RFC 4180: a BOM, CRLF after every record, quotes only where needed, quotes doubled', () => {
    const text = toCsv([
      ['Name', 'Calls', 'Cost'],
      ['Zażółć Gęślą, Jaźń', 12, '34.50'],
      ['Françoise "Fanfan" Lefèvre', 0, '0.00'],
      ['Line\nbreak', 3, ' padded '],
    ]);
    expect(text).toBe(
      '\uFEFF' +
        'Name,Calls,Cost\r\n' +
        '"Zażółć Gęślą, Jaźń",12,34.50\r\n' +
        '"Françoise ""Fanfan"" Lefèvre",0,0.00\r\n' +
        '"Line\nbreak",3," padded "\r\n',
    );
  });

  it('keeps spreadsheet formulas from running: text starting with = + - @ gets a leading quote', () => {
    const text = toCsv([['=HYPERLINK("x")', '+48 22', '-1', '@me', 'Łódź']]);
    expect(text).toBe('\uFEFF"\'=HYPERLINK(""x"")","\'+48 22","\'-1","\'@me",Łódź\r\n');
  });

  it('encodes as UTF-8 with its byte order mark, so Polish and French names survive', async () => {
    const blob = csvBlob(toCsv([['Żaneta Wąs', 'Hélène Côté']]));
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe('\uFEFFŻaneta Wąs,Hélène Côté\r\n');
  });

  it('writes money as a plain decimal in major units, with the currency’s digits', () => {
    expect(decimal(123450, 'PLN')).toBe('1234.50');
    expect(decimal(5, 'EUR')).toBe('0.05');
    expect(decimal(1500, 'JPY')).toBe('1500');
    expect(decimal(123450, 'PLN', ',')).toBe('1234,50');
    expect(decimal(-5, 'EUR', ',')).toBe('-0,05');
  });

  it('writes a report in the Polish and French form: semicolons between fields, decimal commas, read back by a CSV parser', () => {
    const { head, rows } = csvRows(table, 'Razem');
    const text = toCsv([head, ...rows], SEMICOLONS);
    expect(text.split('\r\n')[0]).toBe('\uFEFFName;Calls;Minutes;Cost');
    expect(parsed(text, ';')).toEqual([
      ['Name', 'Calls', 'Minutes', 'Cost'],
      ['Zażółć Gęślą; Jaźń', '12', '30,5', '1234,50'],
      ['Françoise, Lefèvre', '3', '4', '-2,50'],
      ['Not shown', '7', '', ''],
      ['Razem', '22', '43,5', '1241,00'],
    ]);
    // A comma inside a name needs no quotes here; the semicolon does.
    expect(text).toContain('\r\nFrançoise, Lefèvre;3;4;-2,50\r\n');
    expect(text).toContain('"Zażółć Gęślą; Jaźń";12;30,5;1234,50');
  });

  it('writes the same report in the plain form on request: commas between fields, decimal points', () => {
    const { head, rows } = csvRows(table, 'Total');
    const text = toCsv([head, ...rows], COMMAS);
    expect(text).toBe(toCsv([head, ...rows]));
    expect(parsed(text, ',')).toEqual([
      ['Name', 'Calls', 'Minutes', 'Cost'],
      ['Zażółć Gęślą; Jaźń', '12', '30.5', '1234.50'],
      ['Françoise, Lefèvre', '3', '4', '-2.50'],
      ['Not shown', '7', '', ''],
      ['Total', '22', '43.5', '1241.00'],
    ]);
  });

  it('guards text against formulas in both forms, never a negative figure', () => {
    const row = ['=1+2', '-1', pln(-1999), -3.5];
    expect(parsed(toCsv([row], SEMICOLONS), ';')).toEqual([["'=1+2", "'-1", '-19,99', '-3,5']]);
    expect(parsed(toCsv([row], COMMAS), ',')).toEqual([["'=1+2", "'-1", '-19.99', '-3.5']]);
  });
});
