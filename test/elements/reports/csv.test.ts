import { describe, expect, it } from 'vitest';
import { csvBlob, decimal, toCsv } from '../../../src/elements/reports/csv.js';

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
  });
});
