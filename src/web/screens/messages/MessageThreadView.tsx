import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'wouter';
import type { Message, MessageThread } from '../../../contract/messages.ts';
import { ApiProblem } from '../../api/client.ts';
import { announceUnreadChanged, messagesApi, type ThreadReader } from '../../api/messages.ts';
import { useApiData } from '../../api/useApiData.ts';
import { describedBy, FieldShell } from '../../components/forms.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useProfile } from '../../login-session.tsx';
import { useStored } from '../../offline/member-data.ts';
import { onDevice } from '../../offline/stored.ts';
import { mergeMessages, newestUnreadFrom, type PendingMessage } from './thread-state.ts';
import '../../messages.css';

/** Mirrors the contract's limit, so the box stops where the server would refuse. */
const MAX_CHARACTERS = 2000;
const PAGE = 50;
/** While the thread is open, new messages are looked for this often. */
const REFRESH_MS = 30_000;

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function problemOf(error: unknown): ApiProblem {
  return error instanceof ApiProblem ? error : new ApiProblem(0, 'Not sent', 'Please try again.');
}

/**
 * One thread, from either side: the messages (text only: React writes them as text, never as markup),
 * read marks for the other side's, and a box to write in. A message that fails to send stays on screen,
 * and on the device, with its text and "Try again" (the same id, so a retry never sends it twice).
 */
export function MessageThreadView({ reader }: { reader: ThreadReader }) {
  const loaded = useApiData(() => messagesApi.thread(reader, { limit: PAGE }));
  const [earlier, setEarlier] = useState<Message[]>([]);
  const [confirmed, setConfirmed] = useState<Message[]>([]);
  const profileId = useProfile()?.id ?? '';
  const threadKey = reader.side === 'member' ? 'coach' : reader.memberId;
  const unsent = useMemo(
    () => onDevice<PendingMessage[]>(`unsent-messages.${profileId}.${threadKey}`, []),
    [profileId, threadKey],
  );
  const stillUnsent = useStored(unsent);
  const [sending, setSending] = useState<ReadonlySet<string>>(new Set());
  const retry = loaded.retry;

  useEffect(() => {
    const timer = window.setInterval(retry, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [retry]);

  if (loaded.status === 'loading') return <Loading what="Loading your messages" />;
  if (loaded.status === 'failed') return <LoadFailed problem={loaded.problem} retry={loaded.retry} />;
  const thread = loaded.data;
  const messages = mergeMessages(earlier, thread.messages, confirmed);
  // One the server has (its answer was lost with a closed tab) is shown as sent, not twice.
  const pending = stillUnsent.filter((entry) => !messages.some((message) => message.id === entry.id));
  return (
    <>
      <ThreadMessages
        reader={reader}
        thread={thread}
        messages={messages}
        pending={pending}
        sending={sending}
        onEarlier={(older) => setEarlier((current) => mergeMessages(older, current))}
        onRetry={(entry) => void deliver(entry.id, entry.body)}
      />
      {thread.coach ? (
        <Composer
          recipient={recipientName(reader, thread)}
          onSend={(body) => deliver(crypto.randomUUID(), body)}
        />
      ) : (
        <p className="thread__empty">
          You do not have a coach yet, so there is nobody to write to. You can ask for one on your{' '}
          <Link href="/account">Account</Link> page.
        </p>
      )}
    </>
  );

  /** Sends one message; answers the problem when the text itself was refused (it goes back in the box). */
  async function deliver(id: string, body: string): Promise<ApiProblem | undefined> {
    const forget = () => unsent.set((current) => current.filter((entry) => entry.id !== id));
    // Kept on the device before it is sent: whatever happens next, the text is not lost.
    unsent.set((current) => [...current.filter((entry) => entry.id !== id), { id, body }]);
    setSending((current) => new Set(current).add(id));
    try {
      const { message } = await messagesApi.send(reader, { id, body });
      setConfirmed((current) => mergeMessages(current, [message]));
      forget();
      return undefined;
    } catch (error) {
      const problem = problemOf(error);
      if (problem.status === 400) {
        forget();
        return problem;
      }
      unsent.set((current) =>
        current.map((entry) => (entry.id === id ? { ...entry, problem: problem.detail } : entry)),
      );
      return undefined;
    } finally {
      setSending((current) => {
        const next = new Set(current);
        next.delete(id);
        return next;
      });
    }
  }
}

function recipientName(reader: ThreadReader, thread: MessageThread): string {
  return reader.side === 'member' ? (thread.coach?.name ?? 'your coach') : thread.member.name;
}

function senderName(message: Message, reader: ThreadReader, thread: MessageThread): string {
  if (message.sender === reader.side) return 'You';
  return message.sender === 'coach'
    ? `${thread.coach?.name ?? 'Your coach'}, your coach`
    : thread.member.name;
}

function ThreadMessages({
  reader,
  thread,
  messages,
  pending,
  sending,
  onEarlier,
  onRetry,
}: {
  reader: ThreadReader;
  thread: MessageThread;
  messages: Message[];
  pending: PendingMessage[];
  sending: ReadonlySet<string>;
  onEarlier(older: Message[]): void;
  onRetry(entry: PendingMessage): void;
}) {
  const other = reader.side === 'member' ? 'coach' : 'member';
  const toMark = newestUnreadFrom(messages, other)?.id;
  const [hasOlder, setHasOlder] = useState(thread.hasOlder);
  const [isLoadingOlder, setIsLoadingOlder] = useState(false);

  const marked = useRef<string | undefined>(undefined);

  // Opening the thread reads it: the other side's messages up to the newest shown are marked read, once.
  useEffect(() => {
    if (!toMark || marked.current === toMark) return;
    marked.current = toMark;
    messagesApi.markRead(reader, toMark).then(announceUnreadChanged, () => {
      marked.current = undefined;
    });
  }, [toMark, reader]);

  async function showEarlier() {
    setIsLoadingOlder(true);
    try {
      const page = await messagesApi.thread(reader, { limit: PAGE, offset: messages.length });
      onEarlier(page.messages);
      setHasOlder(page.hasOlder);
    } catch {
      // The button stays for another try.
    } finally {
      setIsLoadingOlder(false);
    }
  }

  if (messages.length === 0 && pending.length === 0) {
    return thread.coach ? (
      <p className="thread__empty">
        No messages yet.{' '}
        {reader.side === 'member' ? `Write to ${thread.coach.name} about anything in your training.` : ''}
      </p>
    ) : null;
  }
  return (
    <>
      {hasOlder && (
        <button
          type="button"
          className="button button--secondary thread__earlier"
          aria-disabled={isLoadingOlder}
          onClick={() => void showEarlier()}
        >
          {isLoadingOlder ? 'Loading earlier messages…' : 'Show earlier messages'}
        </button>
      )}
      <ol className="thread" aria-label="Messages">
        {messages.map((message) => (
          <li key={message.id} className={message.sender === reader.side ? 'bubble bubble--mine' : 'bubble'}>
            <p className="bubble__meta">
              <strong>{senderName(message, reader, thread)}</strong>{' '}
              <time dateTime={message.sentAt}>{timeFormat.format(new Date(message.sentAt))}</time>
            </p>
            <p className="bubble__body">{message.body}</p>
            {message.sender === reader.side && (
              <p className="bubble__status">{message.readAt ? 'Read' : 'Sent'}</p>
            )}
          </li>
        ))}
        {pending.map((entry) => (
          <li key={entry.id} className="bubble bubble--mine bubble--pending">
            <p className="bubble__meta">
              <strong>You</strong>
            </p>
            <p className="bubble__body">{entry.body}</p>
            {sending.has(entry.id) ? (
              <p className="bubble__status" role="status">
                Sending…
              </p>
            ) : (
              <div className="bubble__failed" role="alert">
                <p>Not sent yet. {entry.problem ?? 'It was still on its way when this page closed.'}</p>
                <button type="button" className="button button--secondary" onClick={() => onRetry(entry)}>
                  Try again
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}

function Composer({
  recipient,
  onSend,
}: {
  recipient: string;
  onSend(body: string): Promise<ApiProblem | undefined>;
}) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | undefined>();
  const box = useRef<HTMLTextAreaElement>(null);
  const id = 'message-text';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = draft.trim();
    if (!body) {
      setError('Write something first: a message cannot be empty.');
      box.current?.focus();
      return;
    }
    setError(undefined);
    setDraft('');
    const refused = await onSend(body);
    if (refused) {
      // The text itself was refused: it goes back in the box with the reason, never lost.
      setDraft(body);
      setError(refused.fieldMessage('body') ?? refused.detail);
      box.current?.focus();
    }
  }

  return (
    <form className="composer" onSubmit={(event) => void submit(event)} noValidate>
      <FieldShell id={id} label={`Message to ${recipient}`} error={error}>
        <textarea
          ref={box}
          id={id}
          name="body"
          className="input composer__box"
          rows={3}
          maxLength={MAX_CHARACTERS}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, undefined, error)}
        />
      </FieldShell>
      <button type="submit" className="button button--primary">
        Send
      </button>
    </form>
  );
}
