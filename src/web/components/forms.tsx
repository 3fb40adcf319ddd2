import {
  type InputHTMLAttributes,
  type MouseEvent,
  type ReactNode,
  useEffect,
  useRef,
  useState,
} from 'react';
import { ApiProblem } from '../api/client.ts';

/** Server messages are short phrases ("expected an email address"); shown on their own they read better as sentences. */
export function asSentence(message: string): string {
  const trimmed = message.trim();
  if (trimmed === '') return trimmed;
  const capitalised = trimmed[0]?.toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

export type FieldErrors = Partial<Record<string, string>>;

/** Messages for each field: our own checks first, then what the server said about that field. */
export function mergeFieldErrors(
  fields: string[],
  own: FieldErrors,
  problem: ApiProblem | undefined,
): FieldErrors {
  const merged: FieldErrors = {};
  for (const field of fields) {
    const fromServer = problem?.fieldMessage(field);
    const message = own[field] ?? (fromServer === undefined ? undefined : asSentence(fromServer));
    if (message !== undefined) merged[field] = message;
  }
  return merged;
}

/** Runs a form's action, remembering whether it is busy and the problem it ended with. */
export function useFormAction<Args extends unknown[]>(action: (...args: Args) => Promise<void>) {
  const [isBusy, setIsBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | undefined>();
  // A second tap while the first is still on its way is ignored rather than sent twice.
  const isRunning = useRef(false);

  async function run(...args: Args): Promise<boolean> {
    if (isRunning.current) return false;
    isRunning.current = true;
    setIsBusy(true);
    setProblem(undefined);
    try {
      await action(...args);
      return true;
    } catch (error) {
      setProblem(
        error instanceof ApiProblem
          ? error
          : new ApiProblem(0, 'Something went wrong', 'Something went wrong. Please try again.'),
      );
      return false;
    } finally {
      isRunning.current = false;
      setIsBusy(false);
    }
  }

  return { isBusy, problem, run, clearProblem: () => setProblem(undefined) };
}

interface FieldShellProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}

export function FieldShell({ id, label, hint, error, children }: FieldShellProps) {
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      {children}
    </div>
  );
}

export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

type TextFieldProps = {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  value: string;
  onValueChange(value: string): void;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'>;

export function TextField({ id, label, hint, error, value, onValueChange, ...input }: TextFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <input
        {...input}
        id={id}
        name={input.name ?? id}
        className="input"
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </FieldShell>
  );
}

type EmailFieldProps = Omit<TextFieldProps, 'type' | 'inputMode' | 'autoCapitalize' | 'spellCheck'> & {
  autoComplete: 'email' | 'username' | 'off';
};

/** An email box: the right keyboard on a phone, and no capitals or spelling fixes added to the address. */
export function EmailField(props: EmailFieldProps) {
  return <TextField {...props} type="email" inputMode="email" autoCapitalize="none" spellCheck={false} />;
}

type PasswordFieldProps = Omit<TextFieldProps, 'type'> & {
  autoComplete: 'current-password' | 'new-password';
};

/** A password box with a Show/Hide button, so nobody has to type it twice to be sure. */
export function PasswordField({
  id,
  label,
  hint,
  error,
  value,
  onValueChange,
  ...input
}: PasswordFieldProps) {
  const [isVisible, setIsVisible] = useState(false);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <div className="password">
        <input
          {...input}
          id={id}
          name={input.name ?? id}
          className="input"
          type={isVisible ? 'text' : 'password'}
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
        />
        <button
          type="button"
          className="password__toggle"
          aria-controls={id}
          onClick={() => setIsVisible((visible) => !visible)}
        >
          {isVisible ? 'Hide' : 'Show'}
          <span className="visually-hidden"> password</span>
        </button>
      </div>
    </FieldShell>
  );
}

interface FormAlertProps {
  problem: ApiProblem | undefined;
  /** Field messages to list (with links to the fields) instead of the server's one-line detail. */
  fieldErrors?: FieldErrors;
  /** Field names in the order they appear, with their labels. */
  labels?: Record<string, string>;
  /** Put before a field name to make its input's id, when one page has two forms with the same fields. */
  idPrefix?: string;
}

/**
 * The problem with a form, announced as soon as it appears and brought into view. When the trouble is with
 * particular boxes it names them, each a link to its box (the message itself sits beside the box);
 * otherwise it shows the server's sentence.
 */
export function FormAlert({ problem, fieldErrors = {}, labels = {}, idPrefix = '' }: FormAlertProps) {
  const ref = useRef<HTMLDivElement>(null);
  const listed = Object.entries(labels).filter(([field]) => fieldErrors[field] !== undefined);
  const hasContent = problem !== undefined || listed.length > 0;

  useEffect(() => {
    if (hasContent) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [hasContent]);

  return (
    <div ref={ref} role="alert" className={hasContent ? 'alert alert--error' : 'alert alert--empty'}>
      {hasContent &&
        (listed.length > 0 ? (
          <>
            <p className="alert__title">Please check:</p>
            <ul className="alert__list">
              {listed.map(([field, label]) => (
                <li key={field}>
                  <a href={`#${idPrefix}${field}`} onClick={focusField(`${idPrefix}${field}`)}>
                    {label}
                  </a>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>{problem?.detail}</p>
        ))}
    </div>
  );
}

function focusField(id: string) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    const field = document.getElementById(id);
    if (!field) return;
    event.preventDefault();
    field.focus();
    field.scrollIntoView({ block: 'center' });
  };
}

/** A calm confirmation ("Your password is saved"), read out politely by screen readers. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <div role="status" className="notice">
      {children}
    </div>
  );
}

export function SubmitButton({
  isBusy,
  children,
  busyText,
  tone = 'primary',
}: {
  isBusy: boolean;
  children: ReactNode;
  busyText: string;
  /** 'danger' for what cannot be undone. */
  tone?: 'primary' | 'danger';
}) {
  return (
    // Not `disabled`: that would throw keyboard focus off the button while the request is on its way.
    <button type="submit" className={`button button--${tone}`} aria-disabled={isBusy}>
      {isBusy ? busyText : children}
    </button>
  );
}
