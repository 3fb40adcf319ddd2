import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * Articles and episode notes are written in Markdown and turned into HTML here, on the server, once per
 * render. Two locks: markdown-it has raw HTML off (a tag in the text is shown as text) and refuses
 * links to javascript:, vbscript:, file: and most data: URLs; then sanitize-html keeps only the elements
 * and attributes Markdown makes, with http(s), mailto and site-relative links, whatever slipped through.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: true });

const ALLOWED_TAGS = [
  'p',
  'h2',
  'h3',
  'h4',
  'ul',
  'ol',
  'li',
  'strong',
  'em',
  'a',
  'blockquote',
  'code',
  'pre',
  'hr',
  'br',
  'img',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  's',
];

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: { a: ['href', 'title'], img: ['src', 'alt', 'title'], th: ['style'], td: ['style'] },
  allowedStyles: { '*': { 'text-align': [/^(left|right|center)$/] } },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['https'] },
  allowProtocolRelative: false,
  // A heading level 1 is the page's title; an article's own headings start at level 2.
  transformTags: { h1: 'h2' },
};

/** Safe HTML for a page: the one kind of text the public site puts into a page as markup. */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source), SANITIZE);
}

/** The entities sanitize-html writes into text it keeps; &amp; last, so "&amp;lt;" stays "&lt;". */
const TEXT_ENTITIES: readonly [RegExp, string][] = [
  [/&lt;/g, '<'],
  [/&gt;/g, '>'],
  [/&quot;/g, '"'],
  [/&#39;|&#x27;/g, "'"],
  [/&amp;/g, '&'],
];

/**
 * The words of a Markdown text without its markup, as text (not HTML: "&" is "&", never "&amp;"), for
 * search snippets and the email's plain text. Whoever puts it in a page escapes it, as React does.
 */
export function markdownToPlainText(source: string): string {
  const escaped = sanitizeHtml(markdown.render(source), { allowedTags: [], allowedAttributes: {} });
  return TEXT_ENTITIES.reduce((text, [entity, character]) => text.replace(entity, character), escaped)
    .replace(/\s+/g, ' ')
    .trim();
}
