import { type FormEvent, useState } from 'react';
import { api } from '../../api/endpoints.ts';
import { useApiData } from '../../api/useApiData.ts';
import {
  EmailField,
  type FieldErrors,
  FormAlert,
  mergeFieldErrors,
  Notice,
  SubmitButton,
  TextField,
  useFormAction,
} from '../../components/forms.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { Loading } from '../../components/Loading.tsx';
import { checkEmail, checkName } from '../../components/validation.ts';
import { EditorsSection } from './EditorsSection.tsx';
import { failedMailHeadline, failedMailLine, loadFailedMail } from './failed-mail.ts';
import { MembersAndCoachesSection } from './MembersAndCoachesSection.tsx';
import { MembershipAdminSection } from './MembershipAdminSection.tsx';
import { ROLE_WORDS } from './role-words.ts';
import { SharedFeedsSection } from './SharedFeedsSection.tsx';
import { SubscribersSection } from './SubscribersSection.tsx';

const LABELS = { name: 'Coach’s name', email: 'Coach’s email' };

function InviteCoachForm({ onInvited }: { onInvited(): void }) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [invited, setInvited] = useState<string | undefined>();
  const [ownErrors, setOwnErrors] = useState<FieldErrors>({});
  const { isBusy, problem, run } = useFormAction(async () => {
    const coach = await api.inviteCoach({ name: name.trim(), email: email.trim() });
    setInvited(`${coach.name} (${coach.email})`);
    setName('');
    setEmail('');
    onInvited();
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setInvited(undefined);
    const errors = Object.fromEntries(
      Object.entries({ name: checkName(name), email: checkEmail(email) }).filter(([, message]) => message),
    );
    setOwnErrors(errors);
    if (Object.keys(errors).length === 0) await run();
  }

  const fieldErrors = mergeFieldErrors(Object.keys(LABELS), ownErrors, problem);

  return (
    <section className="section card" aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite a coach</h2>
      <p>They get an email with a link to choose a password. The link works for seven days.</p>
      <form className="form" onSubmit={submit} noValidate>
        <FormAlert problem={problem} fieldErrors={fieldErrors} labels={LABELS} idPrefix="coach-" />
        {invited && <Notice>Invitation sent to {invited}.</Notice>}
        <TextField
          id="coach-name"
          name="name"
          label={LABELS.name}
          autoComplete="off"
          value={name}
          onValueChange={setName}
          error={fieldErrors.name}
        />
        <EmailField
          id="coach-email"
          name="email"
          label={LABELS.email}
          autoComplete="off"
          value={email}
          onValueChange={setEmail}
          error={fieldErrors.email}
        />
        <SubmitButton isBusy={isBusy} busyText="Sending…">
          Send invitation
        </SubmitButton>
      </form>
    </section>
  );
}

function formatDate(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(iso));
}

/** Shown only while some email could not be sent: the member it was for may be waiting for a link. */
function FailedMailNotice() {
  const failed = useApiData(loadFailedMail);
  if (failed.status === 'failed') return <LoadFailed problem={failed.problem} retry={failed.retry} />;
  if (failed.status !== 'ready') return null;
  const headline = failedMailHeadline(failed.data);
  if (!headline) return null;
  return (
    <section className="section card" aria-labelledby="failed-mail-heading">
      <h2 id="failed-mail-heading">Emails not sent</h2>
      <p role="status">{headline}</p>
      <ul className="account-list" aria-label="Emails not sent">
        {failed.data.mails.map((mail) => (
          <li key={mail.id} className="account-list__item">
            {failedMailLine(mail)}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function AdminSection() {
  const accounts = useApiData(api.accounts);
  return (
    <>
      <FailedMailNotice />
      <InviteCoachForm onInvited={accounts.retry} />
      <MembersAndCoachesSection />
      <EditorsSection />
      <SubscribersSection />
      <MembershipAdminSection />
      <SharedFeedsSection />
      <section className="section card" aria-labelledby="accounts-heading">
        <h2 id="accounts-heading">Accounts</h2>
        {accounts.status === 'loading' && <Loading what="Loading the accounts" />}
        {accounts.status === 'failed' && <LoadFailed problem={accounts.problem} retry={accounts.retry} />}
        {accounts.status === 'ready' && (
          <ul className="account-list" aria-label="Accounts">
            {accounts.data.accounts.map((account) => (
              <li key={account.id} className="account-list__item">
                <span className="account-list__name">{account.name}</span>
                <span className="account-list__email">{account.email}</span>
                <span className="account-list__meta">
                  {ROLE_WORDS[account.role]} · joined {formatDate(account.createdAt)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
