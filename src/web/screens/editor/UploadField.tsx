import { useState } from 'react';
import type { ImagePurpose, MediaFile, MediaKind } from '../../../contract/media.ts';
import type { ApiProblem } from '../../api/client.ts';
import { uploadMediaFile } from '../../api/media-uploads.ts';
import { fileWords } from './episode-words.ts';

interface UploadFieldProps {
  id: string;
  label: string;
  hint: string;
  /** What the server is told the file is for; it checks the bytes against that. */
  kinds: { kind: MediaKind; purpose?: ImagePurpose };
  /** A video is told apart from audio by the file itself: MP4 is video, anything else audio. */
  kindOf?: (file: File) => MediaKind;
  accept: string;
  file: MediaFile | null;
  onFile(file: MediaFile | null): void;
}

/** One file of an episode: uploaded as chosen, then shown as the server read it, or why it was refused. */
export function UploadField({ id, label, hint, kinds, kindOf, accept, file, onFile }: UploadFieldProps) {
  const [problem, setProblem] = useState<ApiProblem>();
  const [isBusy, setIsBusy] = useState(false);

  async function choose(chosen: File | undefined) {
    if (!chosen) return;
    setIsBusy(true);
    setProblem(undefined);
    try {
      onFile(await uploadMediaFile(chosen, kindOf?.(chosen) ?? kinds.kind, kinds.purpose));
    } catch (error) {
      setProblem(error as ApiProblem);
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <div className={problem ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {hint}
      </p>
      {problem && (
        <p className="field__error" id={`${id}-error`} role="alert">
          <span className="visually-hidden">Error: </span>
          {problem.detail}
        </p>
      )}
      <input
        id={id}
        type="file"
        className="input"
        accept={accept}
        disabled={isBusy}
        aria-describedby={problem ? `${id}-hint ${id}-error` : `${id}-hint`}
        onChange={(event) => choose(event.target.files?.[0])}
      />
      {isBusy && <p role="status">Uploading…</p>}
      {file && (
        <p data-testid={`${id}-read`}>
          {fileWords(file)}{' '}
          <button type="button" className="button button--secondary" onClick={() => onFile(null)}>
            Remove
          </button>
        </p>
      )}
    </div>
  );
}
