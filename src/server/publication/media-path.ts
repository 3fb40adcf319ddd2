/**
 * A stored file's public path. The name is the content's hash, so a file is never replaced in place: a
 * new upload is a new path, and every copy of an old one stays right for good (podcast apps ignore
 * If-Range and would otherwise splice two files together). The extension is the file's real type, as
 * podcast apps read the enclosure URL's ending.
 */
export function mediaPath(file: { id: string; extension: string }): string {
  return `/media/${file.id}.${file.extension}`;
}

/** The file id and extension of a /media/ path, or undefined for anything else. */
export function parseMediaPath(pathname: string): { id: string; extension: string } | undefined {
  const match = /^\/media\/([0-9a-f]{64})\.([a-z0-9]{2,5})$/.exec(pathname);
  return match ? { id: match[1] as string, extension: match[2] as string } : undefined;
}
