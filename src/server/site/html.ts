import { html as reactHtml } from 'htm/react';
import { createElement, Fragment, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

/**
 * The public site's pages are written as tagged templates (htm, bound to React) and rendered to HTML on
 * the server. React escapes every value put into the page, so text from the database is always text; the
 * one way to put markup in is `dangerouslySetInnerHTML`, used only for Markdown that the Markdown
 * renderer has made safe, and for JSON-LD with `<` escaped.
 *
 * htm gives a template with several top-level elements back as an array, which React would take for a
 * list wanting keys; such a template becomes a fragment of its elements instead.
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): ReactNode {
  const made: unknown = reactHtml(strings, ...values);
  if (Array.isArray(made)) return createElement(Fragment, null, ...(made as ReactNode[]));
  return made as ReactNode;
}

/** A whole HTML document. */
export function renderDocument(page: ReactNode): string {
  return `<!doctype html>${renderToStaticMarkup(page)}`;
}
