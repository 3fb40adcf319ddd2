import { type FormEvent, useState } from 'react';
import { api } from '../api/endpoints.ts';
import { FormAlert, Notice, SubmitButton, useFormAction } from './forms.tsx';

/**
 * Asks for a new sign-up link for `email`. The server answers alike whether or not the email is waiting
 * to be confirmed, and its sentence is shown as it is.
 */
export function ResendConfirmation({ email }: { email: string }) {
  const [sentMessage, setSentMessage] = useState<string | undefined>();
  const { isBusy, problem, run } = useFormAction(async () => {
    setSentMessage(undefined);
    const { message } = await api.resendConfirmation({ email });
    setSentMessage(message);
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run();
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="New confirmation link">
      <FormAlert problem={problem} />
      {sentMessage && (
        <Notice>
          <p>{sentMessage}</p>
        </Notice>
      )}
      <SubmitButton isBusy={isBusy} busyText="Sending…" tone="primary">
        Send me a new link
      </SubmitButton>
    </form>
  );
}
