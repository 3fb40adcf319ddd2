/** Reads RFC 4180 CSV (quoted fields, doubled quotes, CRLF rows): enough to check what the export writes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let isQuoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (isQuoted && char === '"' && text[index + 1] === '"') {
      cell += '"';
      index++;
    } else if (isQuoted && char === '"') {
      isQuoted = false;
    } else if (isQuoted) {
      cell += char;
    } else if (char === '"') {
      isQuoted = true;
    } else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index++;
    } else {
      cell += char;
    }
  }
  return rows;
}
