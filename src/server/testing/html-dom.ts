import { DomUtils, parseDocument } from 'htmlparser2';

type Document = ReturnType<typeof parseDocument>;
type Element = ReturnType<typeof DomUtils.findAll>[number];

/** A page parsed as a browser would see its elements (htmlparser2), for tests that look for unsafe markup. */
export function parseHtml(page: string): Document {
  return parseDocument(page);
}

export function allElements(document: Document): Element[] {
  return DomUtils.findAll(() => true, document.children);
}

/**
 * What would run or load code in a page: script, iframe, object, embed and style elements, any on…
 * event-handler attribute, and links or sources with javascript:, vbscript: or data: URLs. Empty when
 * the page is safe; otherwise a line for each finding. A page's own scripts are allowed by type (JSON-LD
 * data) or by where their source lives (the site's own script files, under a path such as /site/).
 */
export function unsafeMarkupIn(
  page: string,
  options: { allowScriptsOfType?: string[]; allowScriptsFrom?: string } = {},
): string[] {
  const findings: string[] = [];
  for (const element of allElements(parseHtml(page))) {
    const name = element.name.toLowerCase();
    const type = element.attribs.type?.toLowerCase();
    const src = element.attribs.src;
    const isAllowedScript =
      (type !== undefined && options.allowScriptsOfType?.includes(type) === true) ||
      (src !== undefined &&
        options.allowScriptsFrom !== undefined &&
        src.startsWith(options.allowScriptsFrom) &&
        !src.startsWith('//'));
    if (name === 'script' && !isAllowedScript) findings.push('<script>');
    if (['iframe', 'object', 'embed', 'style', 'base'].includes(name)) findings.push(`<${name}>`);
    for (const [attribute, value] of Object.entries(element.attribs)) {
      if (attribute.toLowerCase().startsWith('on')) findings.push(`${name}[${attribute}]`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attribute.toLowerCase())) {
        // Browsers drop whitespace and control characters inside a URL's scheme.
        const url = [...value]
          .filter((c) => c.charCodeAt(0) > 32)
          .join('')
          .toLowerCase();
        if (/^(javascript|vbscript|data):/.test(url)) findings.push(`${name}[${attribute}=${value}]`);
      }
    }
  }
  return findings;
}
