/** The editing side of podcast episodes. Shapes are the contract's. */
import type { Episode, EpisodeList, SaveEpisodeBody } from '../../contract/editor-episodes.ts';
import { get, post, put, request } from './client.ts';

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
