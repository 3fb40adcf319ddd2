import type { ReactNode } from 'react';
import { ATOM_FEED_PATH, JSON_FEED_PATH } from '../publication/article-feeds.ts';
import { PODCAST_FEED_PATH } from '../publication/podcast-feed.ts';
import { html, renderDocument } from './html.ts';
import type { Reader } from './reader.ts';
import { SITE_STYLESHEET } from './site-assets.ts';

/** What a page says about itself to browsers, search engines and link previews. */
export interface PageMeta {
  /** The page's own title, without the site's name. */
  title: string;
  /** One or two sentences: the meta description and the link preview's text. */
  description: string;
  /** The page's path on the public URL (canonical link and og:url). */
  path: string;
  /** Open Graph type: website for lists and the homepage, article for articles and episodes. */
  type?: 'website' | 'article';
  /** An absolute image URL for link previews. */
  image?: string;
  /** schema.org JSON-LD objects, written into the page as data. */
  jsonLd?: object[];
  /** Pages that must not be indexed (confirmation pages, previews, search results). */
  noIndex?: boolean;
}

export interface PublicPage {
  meta: PageMeta;
  body: ReactNode;
  /** Site scripts (paths under /site/) that enhance the page; it must read and work without them. */
  scripts?: string[];
  /** A wider main column on large screens, for pages with two columns (an episode and its transcript). */
  isWide?: boolean;
}

export const SITE_NAME = 'Backstrong';

/** Every page names the feeds, so a reader or podcast app given any page's address finds them. */
const FEED_LINKS = [
  { path: ATOM_FEED_PATH, type: 'application/atom+xml', title: `${SITE_NAME} articles (Atom)` },
  { path: JSON_FEED_PATH, type: 'application/feed+json', title: `${SITE_NAME} articles (JSON Feed)` },
  { path: PODCAST_FEED_PATH, type: 'application/rss+xml', title: `${SITE_NAME} podcast` },
] as const;

/**
 * Every public page: the document head (title, description, canonical URL, Open Graph, JSON-LD), the
 * site header and footer, and the page's own body in between.
 */
/** As far as the page's header cares: signed in, the header leads back into the app, not to "Sign in". */
export function renderPublicPage(
  publicUrl: string,
  page: PublicPage,
  reader: Pick<Reader, 'isSignedIn'>,
): string {
  const { meta } = page;
  const canonical = `${publicUrl}${meta.path}`;
  const title = meta.path === '/' ? SITE_NAME : `${meta.title} · ${SITE_NAME}`;
  return renderDocument(html`
    <html lang="en-GB">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title}</title>
        <meta name="description" content=${meta.description} />
        <link rel="canonical" href=${canonical} />
        ${meta.noIndex ? html`<meta name="robots" content="noindex" />` : null}
        <meta property="og:site_name" content=${SITE_NAME} />
        <meta property="og:title" content=${meta.title} />
        <meta property="og:description" content=${meta.description} />
        <meta property="og:type" content=${meta.type ?? 'website'} />
        <meta property="og:url" content=${canonical} />
        ${meta.image ? html`<meta property="og:image" content=${meta.image} />` : null}
        <meta name="theme-color" content="#1e3a8a" />
        <link rel="icon" href="/icons/icon.svg" type="image/svg+xml" />
        ${FEED_LINKS.map(
          (feed) =>
            html`<link key=${feed.path} rel="alternate" type=${feed.type} title=${feed.title} href=${`${publicUrl}${feed.path}`} />`,
        )}
        <link rel="stylesheet" href=${SITE_STYLESHEET.path} />
        ${(page.scripts ?? []).map((src) => html`<script key=${src} src=${src} defer></script>`)}
        ${(meta.jsonLd ?? []).map(
          (data, index) =>
            html`<script key=${index} type="application/ld+json" dangerouslySetInnerHTML=${{ __html: jsonForScript(data) }}></script>`,
        )}
      </head>
      <body>
        <a className="skip-link" href="#main">Skip to content</a>
        <header className="site-header">
          <div className=${page.isWide ? 'site-header__inner site-header__inner--wide' : 'site-header__inner'}>
            <a className="site-header__name" href="/"><${BrandMark} />${SITE_NAME}</a>
            <nav aria-label="Site">
              <a href="/archive">Articles and episodes</a>
              ${reader.isSignedIn ? html`<a href="/today">Open the app</a>` : html`<a href="/sign-in">Sign in</a>`}
            </nav>
          </div>
        </header>
        <main id="main" className=${page.isWide ? 'site-main site-main--wide' : 'site-main'}>${page.body}</main>
        <footer className="site-footer">
          <p>Backstrong: stronger hips, an easier back. Not a substitute for seeing a doctor.</p>
        </footer>
      </body>
    </html>
  `);
}

/** The app's mark (src/web/components/BrandMark.tsx), white on the header's blue as in the app's top bar. */
function BrandMark(): ReactNode {
  return html`
    <svg className="site-header__logo" viewBox="0 0 512 512" aria-hidden="true" focusable="false">
      <rect width="512" height="512" rx="112" fill="#ffffff" />
      <g fill="none" stroke="#1e3a8a" strokeLinecap="round" strokeLinejoin="round" transform="translate(0 -44)">
        <path d="M72 392H440" strokeWidth="20" opacity="0.55" />
        <path d="M162 350L268 276L360 212L396 350H438" strokeWidth="40" />
        <circle cx="106" cy="342" r="38" fill="#1e3a8a" stroke="none" />
      </g>
    </svg>
  `;
}

/** JSON inside a script element: `<` escaped so no string in it can close the element. */
function jsonForScript(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
