import { useId, useState } from 'react';
import { Link } from 'wouter';
import type { Alert } from '../../../contract/alerts.ts';
import { alertsApi } from '../../api/alerts.ts';
import {
  describedBy,
  FieldShell,
  FormAlert,
  mergeFieldErrors,
  SubmitButton,
  useFormAction,
} from '../forms.tsx';
import { SEVERITY_WORDS, SeverityBadge } from './SeverityBadge.tsx';

const NOTE_MAX = 1000;

function whenWords(moment: string): string {
  return new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(moment));
}

interface AlertCardProps {
  alert: Alert;
  /** In the queue each alert names its member; on a member's own page that goes without saying. */
  showMember: boolean;
  /** After an acknowledgement or a resolution: the list is asked again. */
  onChanged(): void;
}

/** One alert: what happened, to whom, when, a link to the evidence, and what the coach can do about it. */
export function AlertCard({ alert, showMember, onChanged }: AlertCardProps) {
  const headingId = useId();
  const [isResolving, setIsResolving] = useState(false);
  const acknowledge = useFormAction(async () => {
    await alertsApi.acknowledge(alert.id);
    onChanged();
  });
  const isResolved = alert.resolvedAt !== null;
  return (
    <li
      className={`card alert-card alert-card--${alert.severity}`}
      {...(showMember
        ? { 'aria-labelledby': headingId }
        : { 'aria-label': `${SEVERITY_WORDS[alert.severity]} alert` })}
    >
      <div className="alert-card__top">
        <SeverityBadge severity={alert.severity} />
        <span className="alert-card__when">
          Raised <time dateTime={alert.raisedAt}>{whenWords(alert.raisedAt)}</time>
        </span>
      </div>
      {showMember && (
        <h2 className="alert-card__member" id={headingId}>
          {alert.memberName}
        </h2>
      )}
      <p className="alert-card__reason">{alert.reason}</p>
      <p className="alert-card__evidence">
        <Link href={alert.evidence.href}>
          See the evidence<span className="visually-hidden">: {alert.evidence.label.toLowerCase()}</span>
        </Link>
      </p>
      {isResolved ? (
        <p className="alert-card__state">
          Resolved <time dateTime={alert.resolvedAt ?? ''}>{whenWords(alert.resolvedAt ?? '')}</time>:{' '}
          {alert.resolutionNote}
        </p>
      ) : (
        <>
          {alert.acknowledgedAt && (
            <p className="alert-card__state">
              Acknowledged <time dateTime={alert.acknowledgedAt}>{whenWords(alert.acknowledgedAt)}</time>
            </p>
          )}
          <FormAlert problem={acknowledge.problem} />
          {!isResolving && (
            <div className="alert-card__actions">
              {!alert.acknowledgedAt && (
                <button
                  type="button"
                  className="button button--secondary"
                  aria-disabled={acknowledge.isBusy}
                  onClick={() => void acknowledge.run()}
                >
                  {acknowledge.isBusy ? 'Acknowledging…' : 'Acknowledge'}
                </button>
              )}
              <button type="button" className="button button--primary" onClick={() => setIsResolving(true)}>
                Resolve
              </button>
            </div>
          )}
          {isResolving && (
            <ResolveForm alertId={alert.id} onCancel={() => setIsResolving(false)} onResolved={onChanged} />
          )}
        </>
      )}
    </li>
  );
}

function ResolveForm({
  alertId,
  onCancel,
  onResolved,
}: {
  alertId: string;
  onCancel(): void;
  onResolved(): void;
}) {
  // Unique per alert (several cards can be open at once), and what the form's alert links to.
  const idPrefix = `alert-${alertId}-`;
  const id = `${idPrefix}note`;
  const [note, setNote] = useState('');
  const [ownErrors, setOwnErrors] = useState<Record<string, string>>({});
  const resolve = useFormAction(async () => {
    await alertsApi.resolve(alertId, { note: note.trim() });
    onResolved();
  });
  const errors = mergeFieldErrors(['note'], ownErrors, resolve.problem);
  const hint = `What you did about it, in a sentence or two (at most ${NOTE_MAX} characters).`;
  return (
    <form
      className="alert-card__resolve"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = note.trim();
        const own: Record<string, string> =
          trimmed === ''
            ? { note: 'Please write a note: what you did about it.' }
            : trimmed.length > NOTE_MAX
              ? { note: `Please keep the note to ${NOTE_MAX} characters.` }
              : {};
        setOwnErrors(own);
        if (Object.keys(own).length === 0) void resolve.run();
      }}
    >
      <FormAlert
        problem={errors.note ? undefined : resolve.problem}
        fieldErrors={errors}
        labels={{ note: 'Note' }}
        idPrefix={idPrefix}
      />
      <FieldShell id={id} label="Note" hint={hint} error={errors.note}>
        <textarea
          id={id}
          className="input alert-card__note"
          rows={3}
          maxLength={NOTE_MAX + 200}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={describedBy(id, hint, errors.note)}
        />
      </FieldShell>
      <div className="alert-card__actions">
        <SubmitButton isBusy={resolve.isBusy} busyText="Resolving…">
          Resolve with this note
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
