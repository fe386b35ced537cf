// The console's frame: the navigation, who is logged in, and the page of the current path.
import { type ReactNode, useEffect, useRef } from 'react';
import { useApp } from './app-context.js';
import { Link, match, navigate, usePath } from './lib/router.js';
import { ClustersPage } from './pages/clusters.page.js';
import { JobsPage } from './pages/jobs.page.js';
import { LoginPage } from './pages/login.page.js';
import { PeoplePage } from './pages/people.page.js';
import { PersonPage } from './pages/person.page.js';
import { RecognizePage } from './pages/recognize.page.js';
import { SystemPage } from './pages/system.page.js';

const NAV = [
  { to: '/', label: 'People' },
  { to: '/recognize', label: 'Recognize' },
  { to: '/clusters', label: 'Clusters' },
  { to: '/jobs', label: 'Jobs' },
  { to: '/system', label: 'System' },
];

function page(path: string): { title: string; body: ReactNode } {
  const person = match('/people/:person_id', path);
  if (person) return { title: 'Person', body: <PersonPage personId={person.person_id as string} /> };
  switch (path) {
    case '/':
      return { title: 'People', body: <PeoplePage /> };
    case '/recognize':
      return { title: 'Recognize', body: <RecognizePage /> };
    case '/clusters':
      return { title: 'Clusters', body: <ClustersPage /> };
    case '/jobs':
      return { title: 'Jobs', body: <JobsPage /> };
    case '/system':
      return { title: 'System', body: <SystemPage /> };
    default:
      return {
        title: 'Not found',
        body: (
          <p>
            No page at {path}. <Link to="/">Go to People</Link>
          </p>
        ),
      };
  }
}

export function App() {
  const { session, logOut } = useApp();
  const path = usePath();
  const main = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!session && path !== '/login') navigate('/login', true);
    if (session && path === '/login') navigate('/', true);
  }, [session, path]);

  const { title, body } = session ? page(path) : { title: 'Log in', body: <LoginPage /> };
  // after a navigation (not on load: the skip link comes first) the focus goes to the new page's heading, so
  // a screen reader reads where it is
  const loaded = useRef(false);
  useEffect(() => {
    document.title = `${title} · FreeFace`;
    if (loaded.current) main.current?.querySelector('h1')?.focus();
    loaded.current = true;
  }, [title]);

  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <span className="brand">FreeFace</span>
        {session && (
          <>
            <nav aria-label="Console">
              <ul>
                {NAV.map((item) => {
                  const here = item.to === '/' ? path === '/' || path.startsWith('/people/') : path === item.to;
                  return (
                    <li key={item.to}>
                      <Link to={item.to} aria-current={here ? 'page' : undefined}>
                        {item.label}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </nav>
            <span className="who">
              <span data-testid="who">{session.username}</span> <span className="role">({session.role})</span>
              <button type="button" onClick={() => logOut('You are logged out.')}>
                Log out
              </button>
            </span>
          </>
        )}
      </header>
      <main id="main" ref={main}>
        <h1 tabIndex={-1}>{title}</h1>
        {body}
      </main>
    </>
  );
}
