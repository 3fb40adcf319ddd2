import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { parseChapters } from '../../core/publication/chapters.ts';
import { parseCues } from '../../core/publication/transcript-cues.ts';
import {
  type ArticleRow,
  type EpisodeRow,
  findLatestArticle,
  findLatestEpisode,
  findPublishedArticle,
  findPublishedArticleById,
  findPublishedEpisode,
  findPublishedEpisodeOfArticle,
  listPublished,
  listSitemapEntries,
  readTextFile,
} from '../db/repositories/public-pieces.ts';
import type { AppContext } from '../http/context.ts';
import { membershipTiers } from '../services/membership.ts';
import { previewArticle, previewEpisode } from '../services/publication-preview.ts';
import { type PublicPage, renderPublicPage } from './page.ts';
import { articlePage } from './pages/article-page.ts';
import { episodePage } from './pages/episode-page.ts';
import { homePage } from './pages/home-page.ts';
import { archivePage, errorPage, searchPage, tagPage } from './pages/list-pages.ts';
import { membershipPage } from './pages/membership-page.ts';
import { piecePath, type SiteSettings, tagPath } from './pages/parts.ts';
import { MEMBERSHIP_PAGE_PATH } from './pages/premium-parts.ts';
import { hasSessionCookie, type Reader, readerCheck } from './reader.ts';
import { relatedArticlesFor } from './related-for-reader.ts';
import { searchPieces } from './search-pieces.ts';
import { SITE_ASSETS } from './site-assets.ts';
import { robotsTxt, type SitemapEntry, sitemapXml } from './sitemap.ts';

export const PAGE_SIZE = 20;
/** The deepest page of a list; 20 a page, so 10,000 items, far more than years of Sundays. */
export const MAX_PAGE = 500;
export const MAX_SEARCH_RESULTS = 20;
const MAX_SITEMAP_ENTRIES = 20_000;

const hidden = { hide: true } as const;
const slugParams = z.object({ slug: z.string().min(1).max(200) });
const idParams = z.object({ id: z.string().min(1).max(100) });
const pageQuery = z.object({ page: z.coerce.number().int().min(1).max(MAX_PAGE).default(1) });

/**
 * The public site, rendered on the server and whole without JavaScript: the homepage, articles,
 * episodes, tags, the archive, search, the sitemap, robots.txt, the site's two files, and the editors'
 * previews. Public pages may be cached for a minute; anything that depends on who asks is private.
 */
export function siteRoutes(context: AppContext): FastifyPluginAsync {
  const settings: SiteSettings = {
    publicUrl: context.config.publicUrl,
    timeZone: context.config.releaseSchedule.timeZone,
    isMembershipOn: context.billing.isMembershipOn,
  };
  const { db } = context;

  const readerOf = readerCheck(context);
  /** An editor's preview shows the whole piece, as a premium member would see it. */
  const editorReader: Reader = {
    isSignedIn: true,
    canReadPremium: true,
    isMembershipOn: context.billing.isMembershipOn,
  };

  /** A page, its header offering the app to a signed-in reader; such a page is theirs, not the cache's. */
  async function send(
    request: FastifyRequest,
    reply: FastifyReply,
    page: PublicPage,
    options: { isPrivate?: boolean; status?: number; isSignedIn?: boolean } = {},
  ) {
    const signedIn = options.isSignedIn ?? (await readerOf(request)).isSignedIn;
    const isPrivate = options.isPrivate || signedIn;
    reply.header('cache-control', isPrivate ? 'private, no-cache' : 'public, max-age=60');
    reply.header('vary', 'cookie');
    return reply
      .code(options.status ?? 200)
      .type('text/html; charset=utf-8')
      .send(renderPublicPage(settings.publicUrl, page, { isSignedIn: signedIn }));
  }
  const notFoundPage = (request: FastifyRequest, reply: FastifyReply, what: string) =>
    send(
      request,
      reply,
      errorPage(404, `There is no ${what} at this address. It may have moved, or not be out yet.`),
      { status: 404 },
    );

  async function episodeExtras(episode: EpisodeRow) {
    const [chaptersJson, transcript, article] = await Promise.all([
      episode.chapters_media_id ? readTextFile(db, episode.chapters_media_id) : undefined,
      episode.transcript_media_id ? readTextFile(db, episode.transcript_media_id) : undefined,
      episode.article_id ? findPublishedArticleById(db, episode.article_id) : undefined,
    ]);
    return {
      chapters: chaptersJson ? parseChapters(chaptersJson) : [],
      cues: transcript ? parseCues(transcript) : [],
      article,
    };
  }

  async function articleExtras(request: FastifyRequest, article: ArticleRow) {
    const [episode, related] = await Promise.all([
      findPublishedEpisodeOfArticle(db, article.id),
      relatedArticlesFor(context, request, article),
    ]);
    return { episode, related };
  }

  return async (instance) => {
    const app = instance.withTypeProvider<ZodTypeProvider>();

    for (const asset of SITE_ASSETS) {
      app.get(asset.path, { schema: hidden }, async (request, reply) => {
        reply.header('cache-control', 'public, max-age=31536000, immutable');
        reply.header('vary', 'accept-encoding');
        reply.type(asset.contentType);
        if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
          reply.header('content-encoding', 'gzip');
          return reply.send(asset.gzipped);
        }
        return reply.send(asset.body);
      });
    }

    app.get(
      '/',
      {
        schema: {
          ...hidden,
          querystring: z.object({ left: z.enum(['signed-out', 'account-deleted']).optional() }),
        },
      },
      async (request, reply) => {
        const [reader, episode, article] = await Promise.all([
          readerOf(request),
          findLatestEpisode(db),
          findLatestArticle(db),
        ]);
        const page = homePage(settings, { episode, article, reader, left: request.query.left });
        return send(request, reply, page, {
          isSignedIn: reader.isSignedIn,
          isPrivate: request.query.left !== undefined,
        });
      },
    );

    app.get(MEMBERSHIP_PAGE_PATH, { schema: hidden }, async (request, reply) => {
      const [tiers, reader] = await Promise.all([membershipTiers(db, context.billing), readerOf(request)]);
      return send(request, reply, membershipPage(settings, { tiers, reader }), {
        isSignedIn: reader.isSignedIn,
      });
    });

    app.get('/articles/:slug', { schema: { ...hidden, params: slugParams } }, async (request, reply) => {
      const article = await findPublishedArticle(db, request.params.slug);
      if (!article) return notFoundPage(request, reply, 'article');
      const [extras, reader] = await Promise.all([articleExtras(request, article), readerOf(request)]);
      return send(request, reply, articlePage(settings, { article, ...extras, reader, isPreview: false }), {
        isPrivate: extras.related.some((item) => item.isForWhereYouAre) || hasSessionCookie(request),
        isSignedIn: reader.isSignedIn,
      });
    });

    app.get('/episodes/:slug', { schema: { ...hidden, params: slugParams } }, async (request, reply) => {
      const episode = await findPublishedEpisode(db, request.params.slug);
      if (!episode) return notFoundPage(request, reply, 'episode');
      const [extras, reader] = await Promise.all([episodeExtras(episode), readerOf(request)]);
      return send(request, reply, episodePage(settings, { episode, ...extras, reader, isPreview: false }), {
        isSignedIn: reader.isSignedIn,
      });
    });

    app.get(
      '/tags/:tag',
      {
        schema: { ...hidden, params: z.object({ tag: z.string().min(1).max(100) }), querystring: pageQuery },
      },
      async (request, reply) => {
        const { page } = request.query;
        const rows = await listPublished(db, {
          tag: request.params.tag,
          offset: (page - 1) * PAGE_SIZE,
          limit: PAGE_SIZE + 1,
        });
        const list = { pieces: rows.slice(0, PAGE_SIZE), page, hasNext: rows.length > PAGE_SIZE };
        return send(request, reply, tagPage(settings, request.params.tag, list), {
          ...(rows.length === 0 ? { status: 404 } : {}),
        });
      },
    );

    app.get('/archive', { schema: { ...hidden, querystring: pageQuery } }, async (request, reply) => {
      const { page } = request.query;
      const rows = await listPublished(db, { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE + 1 });
      return send(
        request,
        reply,
        archivePage(settings, { pieces: rows.slice(0, PAGE_SIZE), page, hasNext: rows.length > PAGE_SIZE }),
      );
    });

    app.get(
      '/search',
      { schema: { ...hidden, querystring: z.object({ q: z.string().max(200).default('') }) } },
      async (request, reply) => {
        const query = request.query.q.trim();
        const hits = query ? await searchPieces(db, query, MAX_SEARCH_RESULTS) : undefined;
        return send(request, reply, searchPage(settings, query, hits));
      },
    );

    app.get('/sitemap.xml', { schema: hidden }, async (_request, reply) => {
      const { articles, episodes } = await listSitemapEntries(db, MAX_SITEMAP_ENTRIES);
      const newest = [...articles, ...episodes]
        .map((row) => new Date(row.updated_at))
        .sort((a, b) => b.getTime() - a.getTime())[0];
      const tags = [...new Set(articles.flatMap((row) => row.tags))].sort();
      const entries: SitemapEntry[] = [
        { path: '/', ...(newest ? { lastModified: newest } : {}) },
        { path: '/archive', ...(newest ? { lastModified: newest } : {}) },
        ...articles.map((row) => ({
          path: piecePath({ kind: 'article', slug: row.slug }),
          lastModified: new Date(row.updated_at),
        })),
        ...episodes.map((row) => ({
          path: piecePath({ kind: 'episode', slug: row.slug }),
          lastModified: new Date(row.updated_at),
        })),
        ...tags.map((tag) => ({ path: tagPath(tag) })),
      ];
      reply.header('cache-control', 'public, max-age=60');
      return reply.type('application/xml; charset=utf-8').send(sitemapXml(settings.publicUrl, entries));
    });

    app.get('/robots.txt', { schema: hidden }, async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=3600');
      return reply.type('text/plain; charset=utf-8').send(robotsTxt(settings.publicUrl));
    });

    app.get('/preview/articles/:id', { schema: { ...hidden, params: idParams } }, async (request, reply) => {
      const actor = await context.loginSessions.require(request);
      const article = await previewArticle(db, actor, request.params.id);
      const extras = await articleExtras(request, article);
      reply.header('x-robots-tag', 'noindex');
      return send(
        request,
        reply,
        articlePage(settings, { article, ...extras, reader: editorReader, isPreview: true }),
        {
          isPrivate: true,
          isSignedIn: true,
        },
      );
    });

    app.get('/preview/episodes/:id', { schema: { ...hidden, params: idParams } }, async (request, reply) => {
      const actor = await context.loginSessions.require(request);
      const episode = await previewEpisode(db, actor, request.params.id);
      reply.header('x-robots-tag', 'noindex');
      return send(
        request,
        reply,
        episodePage(settings, {
          episode,
          ...(await episodeExtras(episode)),
          reader: editorReader,
          isPreview: true,
        }),
        { isPrivate: true, isSignedIn: true },
      );
    });
  };
}
