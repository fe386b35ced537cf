import { loadConfig } from '@freeface/config';
import type { ClientOptions } from 'cassandra-driver';
import { describe, expect, it } from 'vitest';
import { createScyllaClient, RECONNECT_MAX_MS } from './scylla.client.js';

describe('createScyllaClient', () => {
  it('tries a node marked down again within seconds, not after the driver default of up to ten minutes', async () => {
    const client = createScyllaClient(loadConfig({}));
    try {
      // the options the client runs with (the driver fills in its defaults for what was not given)
      const { policies } = (client as unknown as { options: Required<ClientOptions> }).options;
      const schedule = policies.reconnection?.newSchedule() as Iterator<number>;
      const delays = Array.from({ length: 12 }, () => schedule.next().value as number);
      expect(delays[0]).toBeLessThanOrEqual(500);
      expect(Math.max(...delays)).toBeLessThanOrEqual(RECONNECT_MAX_MS);
      // still a back-off: it grows from the first try to the cap
      expect(delays.at(-1)).toBeGreaterThan(delays[0] as number);
    } finally {
      await client.shutdown();
    }
  });
});
