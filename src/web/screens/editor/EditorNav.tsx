import { Link, useLocation } from 'wouter';

/** The editing screens' own small navigation: articles and episodes. */
export function EditorNav() {
  const [location] = useLocation();
  const isEpisodes = location.startsWith('/editor/episodes');
  return (
    <nav aria-label="Publication" className="editor-nav">
      <Link
        href="/editor"
        className="button button--secondary"
        aria-current={isEpisodes ? undefined : 'page'}
      >
        Articles
      </Link>
      <Link
        href="/editor/episodes"
        className="button button--secondary"
        aria-current={isEpisodes ? 'page' : undefined}
      >
        Episodes
      </Link>
    </nav>
  );
}
