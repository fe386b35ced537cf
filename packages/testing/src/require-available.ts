import { loadConfig } from '@freeface/config';

const warned = new Set<string>();

/**
 * The one gate of tests that need something a machine may lack (shared test data, a prepared model, a registry):
 * returns `available`. When it is false the suite skips with one line saying what is missing and how to provide
 * it (once per thing), or, with FREEFACE_REQUIRE_BACKENDS=1 (CI), this throws so the run fails.
 */
export function requireAvailable(what: string, available: boolean, howToProvide: string): boolean {
  if (available) return true;
  const message = `${what} ${howToProvide}`;
  if (loadConfig().dev.requireBackends) throw new Error(`${message} (FREEFACE_REQUIRE_BACKENDS is set, so this fails)`);
  if (!warned.has(what)) console.warn(`skipping tests that need ${what}: ${message}`);
  warned.add(what);
  return false;
}
