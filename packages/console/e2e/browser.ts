// Debian's Chromium (/usr/bin/chromium) driven by playwright-core: headless, a fresh profile, no network of
// its own (no updates, sync or QUIC), and every OpenStreetMap tile request refused and counted.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireAvailable } from '@freeface/testing';
import { type BrowserContext, chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Whether Chromium is here; skips with a hint, or fails under FREEFACE_REQUIRE_BACKENDS=1. */
export const requireChromium = (): boolean =>
  requireAvailable(
    'Chromium',
    existsSync(CHROMIUM),
    `is not installed at ${CHROMIUM}: apt-get install -y chromium (never npx playwright install)`,
  );

export interface Browser {
  context: BrowserContext;
  /** requests for map tiles the pages made (each refused): the tests expect none */
  tileRequests: string[];
  close(): Promise<void>;
}

export async function openBrowser(): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), 'freeface-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
  });
  const tileRequests: string[] = [];
  await context.route(/tile\.openstreetmap\.org/, (route) => {
    tileRequests.push(route.request().url());
    return route.abort();
  });
  return {
    context,
    tileRequests,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
