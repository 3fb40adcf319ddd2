/** Shown while a screen waits for the server; it fades in late so a quick answer causes no flicker. */
export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p className="loading" role="status">
      {what}…
    </p>
  );
}
