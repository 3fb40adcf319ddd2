import { useId } from 'react';
import { useStored } from '../offline/member-data.ts';
import { onDevice } from '../offline/stored.ts';
import { LESSON_IDS, LESSONS, type LessonId } from './education.ts';

/** Lessons the member has said "Got it" to on this phone. */
const learned = onDevice<LessonId[]>('learned', []);

interface EducationCardProps {
  lesson: LessonId;
  /**
   * 'once': shown until the member says "Got it". 'always': shown every time the moment comes back (the
   * pain-free range, whenever pain is high).
   */
  show?: 'once' | 'always';
}

export function EducationCard({ lesson, show = 'once' }: EducationCardProps) {
  const headingId = useId();
  const seen = useStored(learned);
  if (show === 'once' && seen.includes(lesson)) return null;
  const { title, paragraphs } = LESSONS[lesson];
  return (
    <aside className="lesson" aria-labelledby={headingId}>
      <p className="lesson__kicker">Good to know</p>
      <h2 className="lesson__title" id={headingId}>
        {title}
      </h2>
      {paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      {show === 'once' && (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => learned.set((current) => [...current, lesson])}
        >
          Got it
          <span className="visually-hidden">: {title}</span>
        </button>
      )}
    </aside>
  );
}

/** The first of `lessons` the member has not yet said "Got it" to on this phone: one read at a time. */
export function NextLesson({ lessons }: { lessons: readonly LessonId[] }) {
  const seen = useStored(learned);
  const next = lessons.find((lesson) => !seen.includes(lesson));
  return next ? <EducationCard lesson={next} /> : null;
}

/** Lessons folded, to open one at will: all of them on the Learn screen, or a few where they apply. */
export function FoldedLessons({ lessons }: { lessons: readonly LessonId[] }) {
  return (
    <div className="lessons">
      {lessons.map((lesson) => (
        <details key={lesson} className="lesson-fold">
          <summary>{LESSONS[lesson].title}</summary>
          {LESSONS[lesson].paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </details>
      ))}
    </div>
  );
}

/** Every lesson, folded, for reading again later (on the Learn screen). */
export function AllLessons() {
  return <FoldedLessons lessons={LESSON_IDS} />;
}
