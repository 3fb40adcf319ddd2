/** Editors' uploads: a file's bytes go as they are, and the server reads what the file is from them. */
import type { ImagePurpose, MediaFile, MediaKind } from '../../contract/media.ts';
import { ApiProblem } from './client.ts';

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
