// API keys (admins): create one (its secret is shown once, here, and never again), list, revoke.
import { type FormEvent, useState } from 'react';
import { unwrap } from '../api/api-error.js';
import type { Role } from '../api/session.js';
import { useApp } from '../app-context.js';
import { ConfirmButton } from '../components/confirm-button.js';
import { Busy, Empty, ErrorNote } from '../components/status.js';
import { useAction } from '../lib/use-action.js';
import { useLoad } from '../lib/use-load.js';
import { RoleSelect } from './users.panel.js';

export function ApiKeysPanel() {
  const { client } = useApp();
  const keys = useLoad(() => unwrap(client.GET('/api/v1/api-keys')), [client]);
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [secret, setSecret] = useState<{ name: string; key: string; webhook_secret?: string | null }>();
  const { busy, error, run } = useAction();

  const create = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const made = await unwrap(client.POST('/api/v1/api-keys', { body: { name: name.trim(), role } }));
      setSecret({ name: made.name, key: made.key, webhook_secret: made.webhook_secret });
      setName('');
      keys.reload();
    });
  };
  const revoke = (keyId: string) =>
    run(async () => {
      await unwrap(client.DELETE('/api/v1/api-keys/{key_id}', { params: { path: { key_id: keyId } } }));
      keys.reload();
    });

  return (
    <section className="card" aria-labelledby="keys-title">
      <h2 id="keys-title">API keys</h2>
      <form onSubmit={create} className="inline" aria-label="New API key">
        <label>
          Name
          <input required value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <RoleSelect value={role} onChange={setRole} />
        <button type="submit" className="primary" disabled={busy}>
          Create key
        </button>
      </form>
      {busy && <Busy label="Working…" />}
      <ErrorNote error={error ?? keys.error} />
      {secret && (
        <div className="secret" role="alert">
          <p>
            The key <strong>{secret.name}</strong>: copy it now, it is not shown again.
          </p>
          <label>
            API key (send as x-api-key)
            <input readOnly value={secret.key} onFocus={(e) => e.currentTarget.select()} data-testid="new-key" />
          </label>
          {secret.webhook_secret && (
            <label>
              Webhook signing secret
              <input readOnly value={secret.webhook_secret} onFocus={(e) => e.currentTarget.select()} />
            </label>
          )}
          <button type="button" onClick={() => void navigator.clipboard?.writeText(secret.key)}>
            Copy key
          </button>
          <button type="button" onClick={() => setSecret(undefined)}>
            I have copied it
          </button>
        </div>
      )}
      {keys.loading && <Busy />}
      {keys.value?.length === 0 && <Empty>No API keys yet.</Empty>}
      {!!keys.value?.length && (
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Created</th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {keys.value.map((k) => (
              <tr key={k.key_id}>
                <th scope="row">{k.name}</th>
                <td>{k.role}</td>
                <td>{new Date(k.created_at).toLocaleString()}</td>
                <td>
                  {k.revoked ? (
                    'revoked'
                  ) : (
                    <ConfirmButton
                      label={`Revoke ${k.name}`}
                      title={`Revoke the key ${k.name}?`}
                      confirmLabel="Revoke"
                      onConfirm={() => void revoke(k.key_id)}
                    >
                      <p>Every client using this key is refused from now on.</p>
                    </ConfirmButton>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
