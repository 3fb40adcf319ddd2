/** The editor role: who may write the publication, granted and taken away by an admin. */
import { z } from 'zod';
import { ROLES } from '../core/accounts.ts';

export const editorAccountParamsSchema = z.object({ accountId: z.string().min(1).max(100) });

export const editorCandidateSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  /** Since when they are an editor; null: not one. */
  editorSince: z.iso.datetime().nullable(),
});
export type EditorCandidate = z.infer<typeof editorCandidateSchema>;

export const editorCandidatesSchema = z.object({
  /** Coaches and admins (the accounts that may be editors), by name. */
  accounts: z.array(editorCandidateSchema),
});
export type EditorCandidates = z.infer<typeof editorCandidatesSchema>;
