/** The editing side of podcast episodes, and the uploads their files arrive by. Shapes are the contract's. */
import type { Episode, EpisodeList, SaveEpisodeBody } from '../../contract/editor-episodes.ts';
import type { ImagePurpose, MediaFile, MediaKind } from '../../contract/media.ts';
import { ApiProblem, get, post, put, request } from './client.ts';

const episodePath = (id: string) => `/api/editor/episodes/${encodeURIComponent(id)}`;

export const editorEpisodesApi = {
  list: () => get<EpisodeList>('/api/editor/episodes?limit=200'),
  create: (id: string) => post<Episode>('/api/editor/episodes', { id }),
  read: (id: string) => get<Episode>(episodePath(id)),
  save: (id: string, body: SaveEpisodeBody) => put<Episode>(episodePath(id), body),
  schedule: (id: string, publishAt?: string) =>
    post<Episode>(`${episodePath(id)}/schedule`, publishAt ? { publishAt } : {}),
  unschedule: (id: string) => request<Episode>('POST', `${episodePath(id)}/unschedule`),
  publish: (id: string) => request<Episode>('POST', `${episodePath(id)}/publish`),
  unpublish: (id: string) => request<Episode>('POST', `${episodePath(id)}/unpublish`),
};

/** Sends a file's bytes as they are; the server reads what the file is from them, not from its name. */
export async function uploadMediaFile(
  file: Blob,
  kind: MediaKind,
  purpose?: ImagePurpose,
): Promise<MediaFile> {
  const query = new URLSearchParams({ kind, ...(purpose && { purpose }) });
  let response: Response;
  try {
    response = await fetch(`/api/editor/media?${query}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/json', 'content-type': 'application/octet-stream' },
      body: file,
    });
  } catch {
    throw new ApiProblem(0, 'No connection', 'The file could not be sent. Please check your connection.');
  }
  const body = (await response.json().catch(() => undefined)) as
    | (MediaFile & { title?: string; detail?: string })
    | undefined;
  if (!response.ok) {
    throw new ApiProblem(
      response.status,
      body?.title ?? 'Upload failed',
      body?.detail ?? 'This file could not be uploaded.',
    );
  }
  return body as MediaFile;
}
