// GET /health answered while callers keep the server busy with image requests: whether image work holds up the
// event loop (the question of issue 17's first item). Both loads run at once, for the same seconds.
import { type Api, type ApiCall, type LoadFigures, load } from './http-load.js';

export interface HealthUnderLoad {
  readonly health: LoadFigures;
  readonly busy: LoadFigures;
}

/**
 * `busyConnections` callers sending `busyCall` without pause and one caller of GET /health, side by side for
 * `seconds`; the event-loop delay is the server's over the run (read once, after both).
 */
export async function healthUnderLoad(
  api: Api,
  busyCall: ApiCall,
  { busyConnections, seconds }: { busyConnections: number; seconds: number },
): Promise<HealthUnderLoad> {
  const healthCall: ApiCall = { path: '/api/v1/health' };
  const [health, busy] = await Promise.all([
    load(api, 'GET /health', [healthCall], { connections: 1, seconds, readLoopDelay: false }),
    load(api, busyCall.path, [busyCall], { connections: busyConnections, seconds }),
  ]);
  return { health: { ...health, loopDelay: busy.loopDelay }, busy };
}
