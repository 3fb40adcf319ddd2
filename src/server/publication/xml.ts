/**
 * A small XML writer for the feeds: every text and attribute goes through one escaping function, so no
 * title or note can break the document. (The XML libraries installed are for tests only.)
 */
export type XmlAttributes = Record<string, string | number | undefined>;

/** Everything outside XML 1.0's Char production (control characters other than tab, newline, return). */
const FORBIDDEN = /[^\t\n\r\u0020-\ufffd\u{10000}-\u{10ffff}]/gu;

export function escapeXml(text: string): string {
  return text
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function attributes(attrs: XmlAttributes): string {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
}

/** An element holding text (escaped), or empty when the text is undefined and there are attributes. */
export function element(name: string, text: string | number | undefined, attrs: XmlAttributes = {}): string {
  if (text === undefined) return `<${name}${attributes(attrs)}/>`;
  return `<${name}${attributes(attrs)}>${escapeXml(String(text))}</${name}>`;
}

/** An element holding other elements, already written. */
export function parent(
  name: string,
  children: readonly (string | undefined)[],
  attrs: XmlAttributes = {},
): string {
  return `<${name}${attributes(attrs)}>${children.filter((child) => child !== undefined).join('')}</${name}>`;
}

/** HTML kept as it is for readers that render it; a "]]>" inside is split across two sections. */
export function cdata(name: string, html: string): string {
  return `<${name}><![CDATA[${html.replace(FORBIDDEN, '').replaceAll(']]>', ']]]]><![CDATA[>')}]]></${name}>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
