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
import { ApiProblem, del, get, post, put } from './client.ts';

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
export async function uploadCover(file: File): Promise<MediaFile> {
  let response: Response;
  try {
    response = await fetch('/api/editor/media?kind=image&purpose=cover', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/json', 'content-type': 'application/octet-stream' },
      body: file,
    });
  } catch {
    throw new ApiProblem(0, 'No connection', 'The image could not be sent. Please check your connection.');
  }
  const body = (await response.json().catch(() => undefined)) as
    | (MediaFile & { title?: string; detail?: string })
    | undefined;
  if (!response.ok) {
    throw new ApiProblem(
      response.status,
      body?.title ?? 'Upload failed',
      body?.detail ?? 'The image could not be uploaded.',
    );
  }
  return body as MediaFile;
}
