/**
 * Shown while a screen waits for the server. It is there at once (faint, then full), since a page with
 * nothing on it reads as broken; the soft start keeps a quick answer from flickering.
 */
export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p className="loading" role="status">
      {what}…
    </p>
  );
}
