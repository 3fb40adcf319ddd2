import { useState } from 'react';
import type { EditorCandidate } from '../../../contract/editors.ts';
import { editorApi } from '../../api/editor.ts';
import { useApiData } from '../../api/useApiData.ts';
import { FormAlert, Notice, useFormAction } from '../../components/forms.tsx';
import { LoadFailed } from '../../components/LoadFailed.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ROLE_WORDS } from './role-words.ts';

function EditorRow({ account, onChanged }: { account: EditorCandidate; onChanged(message: string): void }) {
  const isEditor = account.editorSince !== null;
  const { isBusy, problem, run } = useFormAction(async () => {
    if (isEditor) {
      await editorApi.removeEditor(account.id);
      onChanged(`${account.name} is no longer an editor.`);
    } else {
      await editorApi.grantEditor(account.id);
      onChanged(`${account.name} is an editor now.`);
    }
  });
  return (
    <li className="account-list__item" data-testid="editor-row">
      <span className="account-list__name">{account.name}</span>
      <span className="account-list__meta">
        {ROLE_WORDS[account.role]} · {isEditor ? 'Editor' : 'Not an editor'}
      </span>
      <FormAlert problem={problem} />
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={isBusy}
        onClick={() => void run()}
      >
        {isEditor ? `Remove editor role from ${account.name}` : `Make ${account.name} an editor`}
      </button>
    </li>
  );
}

/** Coaches and admins, each with the control to grant or take away the editor role. */
export function EditorsSection() {
  const accounts = useApiData(editorApi.editors);
  const [changed, setChanged] = useState<string | undefined>();
  return (
    <section className="section card" aria-labelledby="editors-heading">
      <h2 id="editors-heading">Editors</h2>
      <p>Editors write and publish the articles and episodes. Coaches and admins can be editors.</p>
      {changed && <Notice>{changed}</Notice>}
      {accounts.status === 'loading' && <Loading what="Loading the editors" />}
      {accounts.status === 'failed' && <LoadFailed problem={accounts.problem} retry={accounts.retry} />}
      {accounts.status === 'ready' && (
        <ul className="account-list" aria-label="Editors">
          {accounts.data.accounts.map((account) => (
            <EditorRow
              key={`${account.id}:${account.editorSince ?? ''}`}
              account={account}
              onChanged={(message) => {
                setChanged(message);
                accounts.retry();
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
