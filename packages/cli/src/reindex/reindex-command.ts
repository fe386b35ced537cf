// freeface reindex: starts a re-embedding on the running API (POST /api/v1/admin/reindex) and follows its
// progress (GET) until it completes. The API does the work: it holds the stores (the embedded profile's HNSW
// index lives in its process) and keeps answering with the old model meanwhile.
import { parseArgs } from 'node:util';
import type { Config } from '@freeface/config';
import type { Io } from '../command.js';

export const REINDEX_USAGE = `Usage: freeface reindex --api-key <admin key> [--embedder <id>] [--url <api>] [--status] [--no-wait]

Re-embeds every stored face into another embedder, in the running API's background, from the stored images and
boxes; the old embedder keeps answering until every face is in the new one's index, then the new one is active
(persisted: a restart keeps it). Without --embedder: the one the settings name (FREEFACE_EMBEDDER or the
preset's), when it differs from the active one (GET /api/v1/models says both).

  --api-key   an admin API key (POST /api/v1/api-keys with role admin); or --token <access token>
  --embedder  embedder id to re-embed into (models/manifest.json)
  --url       the API (default: http://127.0.0.1:<FREEFACE_API_PORT>/api/v1)
  --status    only print the running or last re-embedding
  --no-wait   start and return; GET /api/v1/admin/reindex tells the progress
`;

const POLL_MS = 2000;

interface Progress {
  from_model: string;
  to_model: string;
  status: 'running' | 'completed' | 'failed';
  total: number;
  done: number;
  skipped: number;
  error: string | null;
}

export const describeProgress = (p: Progress): string =>
  `${p.from_model} -> ${p.to_model}: ${p.status}, ${p.done} of ${p.total} faces` +
  `${p.skipped ? `, ${p.skipped} skipped (image gone or no face at the box)` : ''}${p.error ? `: ${p.error}` : ''}`;

export async function runReindexCommand(argv: string[], config: Config, io: Io, pollMs = POLL_MS): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        'api-key': { type: 'string' },
        token: { type: 'string' },
        embedder: { type: 'string' },
        url: { type: 'string' },
        status: { type: 'boolean' },
        'no-wait': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${REINDEX_USAGE}`);
    return 2;
  }
  if (values.help) {
    io.out(REINDEX_USAGE);
    return 0;
  }
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (typeof values['api-key'] === 'string') headers['x-api-key'] = values['api-key'];
  else if (typeof values.token === 'string') headers.authorization = `Bearer ${values.token}`;
  else {
    io.err(`reindex needs an admin credential: --api-key or --token\n\n${REINDEX_USAGE}`);
    return 2;
  }
  const base = (typeof values.url === 'string' ? values.url : `http://127.0.0.1:${config.api.port}/api/v1`).replace(
    /\/$/,
    '',
  );
  const call = async (method: 'GET' | 'POST', body?: unknown) => {
    const response = await fetch(`${base}/admin/reindex`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const answer = (await response.json()) as { message: string; code?: string; data: Progress | null };
    if (!response.ok) throw new Error(`${response.status} ${answer.code ?? ''}: ${answer.message}`);
    return answer.data;
  };
  try {
    let progress = values.status
      ? await call('GET')
      : await call('POST', typeof values.embedder === 'string' ? { embedder: values.embedder } : {});
    if (!progress) {
      io.out('no re-embedding has run');
      return 0;
    }
    let shown = describeProgress(progress);
    io.out(shown);
    if (values.status || values['no-wait']) return 0;
    while (progress?.status === 'running') {
      await new Promise((resolve) => setTimeout(resolve, pollMs));
      progress = await call('GET');
      const line = progress ? describeProgress(progress) : shown;
      if (line !== shown) {
        shown = line;
        io.out(line);
      }
    }
    return progress?.status === 'completed' ? 0 : 1;
  } catch (error) {
    io.err(`reindex failed: ${(error as Error).message}`);
    return 1;
  }
}
