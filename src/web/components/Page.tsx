import { type ReactNode, useEffect, useRef } from 'react';

interface PageProps {
  /** Shown in the browser tab and read first by screen readers: "Sign in · Backstrong". */
  title: string;
  /** The visible main heading; defaults to the title. */
  heading?: ReactNode;
  /** A line above the heading, e.g. a greeting. */
  eyebrow?: ReactNode;
  /** Shown above the heading, e.g. a link back to a list. */
  before?: ReactNode;
  /** Narrow pages (forms) keep lines short on a laptop. */
  width?: 'narrow' | 'wide';
  children: ReactNode;
}

export const APP_NAME = 'Backstrong';

/**
 * One screen: sets the document title and moves focus to the heading when the screen opens, so a screen
 * reader announces the new page and the next Tab lands on its first control rather than back in the top bar.
 */
export function Page({ title, heading, eyebrow, before, width = 'narrow', children }: PageProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} · ${APP_NAME}`;
  }, [title]);

  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, []);

  return (
    <div className={`page page--${width}`}>
      {before}
      {eyebrow && <p className="eyebrow">{eyebrow}</p>}
      <h1 ref={headingRef} tabIndex={-1}>
        {heading ?? title}
      </h1>
      {children}
    </div>
  );
}
