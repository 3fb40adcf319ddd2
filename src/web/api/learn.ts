/** The Learn tab's one read: the publication's articles for where the member is now, and the latest episode. */
import type { Learn } from '../../contract/learn.ts';
import { get } from './client.ts';

export const learnApi = {
  read: () => get<Learn>('/api/learn'),
};
