import { PainScale } from '../../components/PainScale.tsx';

/** The pain of a set logged with the one-tap button on an exercise's first set: nothing chosen until tapped. */
export function SetPainQuestion({
  setNumber,
  onChoose,
  onBack,
}: {
  setNumber: number;
  onChoose(pain: number): void;
  onBack(): void;
}) {
  return (
    <section className="set-pain" aria-labelledby="set-pain-heading">
      <h2 id="set-pain-heading">10 good reps. And the pain?</h2>
      <PainScale
        question={`Pain during set ${setNumber}`}
        hint="Your back, or anywhere else, during this set."
        onChoose={onChoose}
      />
      <button type="button" className="button button--secondary" onClick={onBack}>
        Back
      </button>
    </section>
  );
}
