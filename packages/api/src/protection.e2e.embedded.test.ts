import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { filesUnder, findPlaintext, requireTestData } from '@freeface/testing';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { embeddingTraces } from './testing/erasure-scans.js';
import { replayFaceEvents, runProtectionScenario, tracesOf } from './testing/protection-scenario.js';
import { createTestApi, type TestApi } from './testing/test-api.js';

// Biometric data protection end to end in the embedded profile (SQLite, HNSW, a folder, memory, the
// in-process bus) with encryption at rest on: the audit trail of the scenario's calls, an export, an erasure,
// and what the data dir holds afterwards, file by file.

const faces = requireTestData('faces');
const api = faces ? await createTestApi({ FREEFACE_ENCRYPTION_KEY: randomBytes(32).toString('base64') }) : undefined;
afterAll(() => api?.close());

describe.skipIf(!faces)('biometric data protection end to end (embedded, encrypted)', () => {
  it('audits each call with its actor, exports a person, erases them, and keeps no image in clear', {
    timeout: 300_000,
  }, async () => {
    const testApi = api as TestApi;
    const { erased, images } = await runProtectionScenario(testApi);
    expect(await tracesOf(testApi, erased)).toEqual([]);
    // a replay of the event log from its start brings none of it back
    expect(await replayFaceEvents(testApi, erased)).toBeGreaterThanOrEqual(2 * erased.faceIds.length);
    expect(await tracesOf(testApi, erased)).toEqual([]);

    // every table but the audit trail's, row by row: nothing names the erased person, faces or images
    const dataDir = testApi.deps.config.runtime.dataDir;
    const db = new BetterSqlite3(join(dataDir, 'metadata.sqlite'), { readonly: true, fileMustExist: true });
    try {
      const names = [erased.personId, erased.externalId, ...erased.faceIds, ...erased.imageIds, ...erased.jobIds];
      const tables = db
        .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'audit%'")
        .all()
        .map((t) => t.name);
      expect(tables).toContain('persons');
      const hits = tables.flatMap((table) =>
        db
          .prepare(`SELECT * FROM ${table}`)
          .all()
          .map((row) => JSON.stringify(row))
          .filter((row) => names.some((name) => row.includes(name)))
          .map((row) => `${table}: ${row.slice(0, 200)}`),
      );
      expect(hits).toEqual([]);
    } finally {
      db.close();
    }
    // the vector files name no erased face once the index is saved (a second or so after a change)
    await vi.waitFor(
      () => {
        const vectorFiles = [...filesUnder(join(dataDir, 'vectors'))];
        expect(vectorFiles.length).toBeGreaterThan(0);
        for (const { path, bytes } of vectorFiles) {
          for (const id of erased.faceIds) expect(bytes.includes(Buffer.from(id)), `${path}: ${id}`).toBe(false);
        }
      },
      { timeout: 20_000, interval: 200 },
    );

    // no file of the data dir holds an image's signature or a run of an image's bytes, nor an erased face's
    // embedding (the event log, the database, the vector files: as JSON numbers or float32s)
    const files = [...filesUnder(dataDir)];
    expect(files.map((f) => f.path).some((p) => p.includes('events'))).toBe(true);
    // the event log (kept until its retention) names no erased person: its messages carry random ids only
    const externalId = Buffer.from(erased.externalId);
    expect(files.filter((f) => f.path.includes('events') && f.bytes.includes(externalId)).map((f) => f.path)).toEqual(
      [],
    );
    const leaks = files.flatMap(({ path, bytes }) => findPlaintext(path, bytes, images));
    expect(leaks).toEqual([]);
    expect(erased.embeddings.length).toBe(erased.faceIds.length);
    expect(files.flatMap(({ path, bytes }) => embeddingTraces(path, bytes, erased.embeddings))).toEqual([]);
  });
});
