import type { ReactNode } from 'react';

/** Frames an ExerciseFigure; a lying figure keeps only the lower half of its square drawing. */
export function FigureCrop({ isLying, children }: { isLying: boolean; children: ReactNode }) {
  return <span className={isLying ? 'figure-crop figure-crop--lying' : 'figure-crop'}>{children}</span>;
}
