// A dead letter as the enrolment workers leave one after a job's last attempt (dead_lettered, with why),
// written into the running server's SQLite metadata store (WAL: the server reads it at once). A real
// dead letter needs the extractor to fail every attempt, which a healthy `freeface start` never does.
import type { EnrollJob } from '@freeface/domain';
import { openSqliteMetadataStore } from '@freeface/storage';

export const DEAD_LETTER_REASON = 'UNAVAILABLE: extractor unavailable (gave up after 3 attempts)';

/** A dead-lettered job of the stored image `imageId` for `personId`; its id. */
export async function putDeadLetter(dataDir: string, imageId: string, personId: string): Promise<string> {
  const store = await openSqliteMetadataStore({ dataDir });
  try {
    const now = new Date();
    const job: EnrollJob = {
      id: crypto.randomUUID(),
      status: 'dead_lettered',
      priority: 'low',
      imageId,
      personId,
      options: {},
      faceIds: [],
      error: DEAD_LETTER_REASON,
      attempts: 3,
      createdAt: now,
      updatedAt: now,
    };
    await store.jobs.put(job);
    return job.id;
  } finally {
    await store.close();
  }
}
