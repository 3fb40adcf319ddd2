/** The editing screens' API: articles and the editor role. The shapes are the contract's. */
import type { Ok } from '../../contract/common.ts';
import type {
  ArticleList,
  ArticleWithSchedule,
  CreateArticleBody,
  RevisionList,
  SaveArticleBody,
} from '../../contract/editor-articles.ts';
import type { EditorCandidates } from '../../contract/editors.ts';
import type { MediaFile } from '../../contract/media.ts';
import { del, get, post, put } from './client.ts';
import { uploadMediaFile } from './media-uploads.ts';

const articlePath = (id: string) => `/api/editor/articles/${encodeURIComponent(id)}`;

export const editorApi = {
  articles: () => get<ArticleList>('/api/editor/articles?limit=100'),
  article: (id: string) => get<ArticleWithSchedule>(articlePath(id)),
  create: (body: CreateArticleBody) => post<ArticleWithSchedule>('/api/editor/articles', body),
  save: (id: string, body: SaveArticleBody) => put<ArticleWithSchedule>(articlePath(id), body),
  revisions: (id: string) => get<RevisionList>(`${articlePath(id)}/revisions`),
  restore: (id: string, revision: number, baseRevision: number) =>
    post<ArticleWithSchedule>(`${articlePath(id)}/revisions/${revision}/restore`, { baseRevision }),
  schedule: (id: string, publishAt: string) =>
    post<ArticleWithSchedule>(`${articlePath(id)}/schedule`, { publishAt }),
  move: (id: string, move: 'unschedule' | 'publish' | 'unpublish') =>
    post<ArticleWithSchedule>(`${articlePath(id)}/${move}`),
  editors: () => get<EditorCandidates>('/api/admin/editors'),
  grantEditor: (accountId: string) => put<Ok>(`/api/admin/accounts/${encodeURIComponent(accountId)}/editor`),
  removeEditor: (accountId: string) => del<Ok>(`/api/admin/accounts/${encodeURIComponent(accountId)}/editor`),
};

/** Uploads a cover image as its bytes (the upload checks the content, not the name). */
export function uploadCover(file: File): Promise<MediaFile> {
  return uploadMediaFile(file, 'image', 'cover');
}
