// Serves the built web console (packages/console/dist) at /admin: hashed assets cached for a year, index.html
// never cached, and every other path under /admin answered with index.html so the app's own routes survive a
// reload. Only the files are public: everything the console shows comes from the REST API with a user's token.
import { existsSync, statSync } from 'node:fs';
import { extname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import { NotFoundError, UnavailableError } from '@freeface/domain';
import type { FastifyInstance, FastifyReply } from 'fastify';

export const CONSOLE_PREFIX = '/admin';

/** Where `npm run build -w @freeface/console` (run by `npm install`) writes the console. */
export const CONSOLE_DIST = fileURLToPath(new URL('../dist/', import.meta.url));

export interface ConsoleOptions {
  /** the built console; tests point it elsewhere */
  root?: string;
}

/** The app's own code and styles only; images from the API (blob:) and, when online, OpenStreetMap tiles. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://tile.openstreetmap.org",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const ROUTE = { config: { access: 'public' }, schema: { hide: true } } as const;
const NOT_BUILT =
  'the web console is not built: run `npm run build -w @freeface/console` (npm install does it), then restart';

/** A file of the build under `root`, or undefined (no escaping the folder, no directories). */
function fileUnder(root: string, path: string): string | undefined {
  const file = resolve(root, `.${sep}${path}`);
  const inside = relative(root, file);
  if (inside.startsWith('..') || inside === '') return undefined;
  return existsSync(file) && statSync(file).isFile() ? inside : undefined;
}

function sendIndex(reply: FastifyReply): FastifyReply {
  return reply
    .header('cache-control', 'no-cache')
    .header('content-security-policy', CONTENT_SECURITY_POLICY)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer')
    .sendFile('index.html', { cacheControl: false });
}

async function consolePlugin(app: FastifyInstance, options: ConsoleOptions): Promise<void> {
  const root = resolve(options.root ?? CONSOLE_DIST);
  await app.register(fastifyStatic, { root, serve: false });
  const built = () => existsSync(resolve(root, 'index.html'));

  // a newcomer opens the address the banner prints
  app.get('/', ROUTE, (_request, reply) => reply.redirect(`${CONSOLE_PREFIX}/`));
  app.get(CONSOLE_PREFIX, ROUTE, (_request, reply) => reply.redirect(`${CONSOLE_PREFIX}/`));
  app.get<{ Params: { '*': string } }>(`${CONSOLE_PREFIX}/*`, ROUTE, async (request, reply) => {
    if (!built()) throw new UnavailableError(NOT_BUILT);
    const path = request.params['*'];
    const file = path ? fileUnder(root, path) : undefined;
    if (file && file !== 'index.html') {
      // Vite names what is under assets/ by its content: a new build is a new name
      const hashed = file.startsWith(`assets${sep}`);
      return reply.header('x-content-type-options', 'nosniff').sendFile(file, {
        cacheControl: true,
        maxAge: hashed ? '365d' : 0,
        immutable: hashed,
      });
    }
    // a missing file is a 404; anything else is one of the app's pages
    if (extname(path) !== '' || path.startsWith('assets/')) throw new NotFoundError('console file', path);
    return sendIndex(reply);
  });
}

/**
 * The console's routes, for the api role's fastify app (after its auth gate: they say `public`). Encapsulated:
 * its @fastify/static stays its own, beside Swagger UI's.
 */
export const consoleRoutes = consolePlugin;
