/** The coach's caseload (`GET /api/coach/caseload`); the shapes are the contract's, as types only. */
import type { Caseload, CaseloadQuery } from '../../contract/caseload.ts';
import { get } from './client.ts';

export const caseloadApi = {
  list(query: CaseloadQuery): Promise<Caseload> {
    const params = new URLSearchParams();
    if (query.filter && query.filter !== 'all') params.set('filter', query.filter);
    if (query.phase !== undefined) params.set('phase', String(query.phase));
    if (query.search) params.set('search', query.search);
    const search = params.toString();
    return get<Caseload>(`/api/coach/caseload${search ? `?${search}` : ''}`);
  },
};
