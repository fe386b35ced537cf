// Log in with a username and password (POST /auth/login, then /auth/me for the name and role).
import { type FormEvent, useState } from 'react';
import { unwrap } from '../api/api-error.js';
import { consoleClient } from '../api/client.js';
import { sessionFrom } from '../api/session.js';
import { useApp } from '../app-context.js';
import { Busy, ErrorNote, Notice } from '../components/status.js';
import { useAction } from '../lib/use-action.js';

export function LoginPage() {
  const { client, logIn, ended } = useApp();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, run } = useAction();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const login = await unwrap(client.POST('/api/v1/auth/login', { body: { username, password } }));
      const me = await unwrap(consoleClient(login.access_token, () => {}).GET('/api/v1/auth/me'));
      logIn(sessionFrom(login, me, Date.now()));
    });
  };

  return (
    <form className="card narrow" onSubmit={submit} aria-label="Log in">
      <Notice message={ended} />
      <label>
        Username
        <input autoComplete="username" required value={username} onChange={(e) => setUsername(e.target.value)} />
      </label>
      <label>
        Password
        <input
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      <button type="submit" className="primary" disabled={busy}>
        Log in
      </button>
      {busy && <Busy label="Logging in…" />}
      <ErrorNote error={error} />
      <p className="hint">
        After a first <code>npm start</code> the user is <code>admin</code>, with the password in{' '}
        <code>data/initial-admin-password</code>.
      </p>
    </form>
  );
}
