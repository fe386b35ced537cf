// Users (admins): create one with a role, list them, delete one.
import { type FormEvent, useId, useState } from 'react';
import { unwrap } from '../api/api-error.js';
import type { Role } from '../api/session.js';
import { useApp } from '../app-context.js';
import { ConfirmButton } from '../components/confirm-button.js';
import { Busy, ErrorNote } from '../components/status.js';
import { useAction } from '../lib/use-action.js';
import { useLoad } from '../lib/use-load.js';

export function RoleSelect({ value, onChange }: { value: Role; onChange: (role: Role) => void }) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>Role</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as Role)}>
        <option value="viewer">viewer: read and search</option>
        <option value="operator">operator: enroll, edit, delete</option>
        <option value="admin">admin: everything</option>
      </select>
    </>
  );
}

export function UsersPanel() {
  const { client, session } = useApp();
  const users = useLoad(() => unwrap(client.GET('/api/v1/users')), [client]);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const { busy, error, run } = useAction();

  const create = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await unwrap(client.POST('/api/v1/users', { body: { username: username.trim(), password, role } }));
      setUsername('');
      setPassword('');
      users.reload();
    });
  };
  const remove = (userId: string) =>
    run(async () => {
      await unwrap(client.DELETE('/api/v1/users/{user_id}', { params: { path: { user_id: userId } } }));
      users.reload();
    });

  return (
    <section className="card" aria-labelledby="users-title">
      <h2 id="users-title">Users</h2>
      <form onSubmit={create} className="inline" aria-label="New user">
        <label>
          Username
          <input required autoComplete="off" value={username} onChange={(e) => setUsername(e.target.value)} />
        </label>
        <label>
          Password
          <input
            required
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        <RoleSelect value={role} onChange={setRole} />
        <button type="submit" className="primary" disabled={busy}>
          Create user
        </button>
      </form>
      {busy && <Busy label="Working…" />}
      <ErrorNote error={error ?? users.error} />
      {users.loading && <Busy />}
      {!!users.value?.length && (
        <table>
          <thead>
            <tr>
              <th scope="col">Username</th>
              <th scope="col">Role</th>
              <th scope="col">Created</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.value.map((u) => (
              <tr key={u.user_id}>
                <th scope="row">{u.username}</th>
                <td>{u.role}</td>
                <td>{new Date(u.created_at).toLocaleString()}</td>
                <td>
                  {u.username !== session?.username && (
                    <ConfirmButton
                      label={`Delete ${u.username}`}
                      title={`Delete the user ${u.username}?`}
                      confirmLabel="Delete"
                      onConfirm={() => void remove(u.user_id)}
                    >
                      <p>{u.username} can no longer log in; their tokens stop working.</p>
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
