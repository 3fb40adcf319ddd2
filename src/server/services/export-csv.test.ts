import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './export-csv.ts';

describe('CSV cells (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    ['', ''],
  ])('writes %j as %j', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it('writes numbers, booleans and empty values as they are', () => {
    expect([csvCell(3), csvCell(-2), csvCell(2.5), csvCell(true), csvCell(null), csvCell(undefined)]).toEqual(
      ['3', '-2', '2.5', 'true', '', ''],
    );
  });

  it.each([
    ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
  ])('defuses a formula in text: %j', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it('ends every row, the header too, with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
  });
});
