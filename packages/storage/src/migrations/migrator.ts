import { FreeFaceError } from '@freeface/domain';
import type { AppliedMigration, MigrationFile, MigrationTarget } from './migration-target.js';

export class MigrationError extends FreeFaceError {
  constructor(message: string) {
    super('INVALID_ARGUMENT', message);
  }
}

export interface MigrationStatus {
  applied: AppliedMigration[];
  pending: MigrationFile[];
  /** applied, but the file changed since: refused until restored */
  changed: MigrationFile[];
  /** recorded as failed: `up` tries them again */
  failed: AppliedMigration[];
  /** recorded in the history but no longer on disk */
  missing: AppliedMigration[];
}

const label = (m: { version: number; name: string }) => `${String(m.version).padStart(3, '0')}_${m.name}`;

/** Ordering, checksums, status, up and down: the same for every database; the target does the I/O. */
export class Migrator {
  constructor(
    private readonly target: MigrationTarget,
    private readonly files: MigrationFile[],
    private readonly log: (line: string) => void = () => {},
  ) {}

  async status(): Promise<MigrationStatus> {
    await this.target.prepare();
    const history = await this.target.history();
    const byVersion = new Map(history.map((h) => [h.version, h]));
    const onDisk = new Set(this.files.map((f) => f.version));
    const ok = (f: MigrationFile) => byVersion.get(f.version)?.success === true;
    return {
      applied: history.filter((h) => h.success),
      pending: this.files.filter((f) => !ok(f)),
      changed: this.files.filter((f) => ok(f) && byVersion.get(f.version)?.checksum !== f.checksum),
      failed: history.filter((h) => !h.success),
      missing: history.filter((h) => h.success && !onDisk.has(h.version)),
    };
  }

  /** Applies every pending migration in order; stops at the first failure, which is recorded. */
  async up(): Promise<MigrationFile[]> {
    const status = await this.status();
    if (status.changed.length > 0) {
      throw new MigrationError(
        `${this.target.database}: ${status.changed.map(label).join(', ')} changed after it was applied; ` +
          'restore the file and add a new migration for the change',
      );
    }
    const done: MigrationFile[] = [];
    for (const file of status.pending) {
      const started = Date.now();
      try {
        await this.target.run(file.up);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await this.target.record({ ...this.entry(file, started), success: false, error: message });
        throw new MigrationError(`${this.target.database}: ${label(file)} failed: ${message}`);
      }
      await this.target.record(this.entry(file, started));
      this.log(`${this.target.database}: applied ${label(file)} in ${Date.now() - started} ms`);
      done.push(file);
    }
    return done;
  }

  /** Reverts the last `steps` applied migrations, newest first. */
  async down(steps: number): Promise<MigrationFile[]> {
    const { applied } = await this.status();
    const reverted: MigrationFile[] = [];
    for (const entry of applied.slice(-steps).reverse()) {
      const file = this.files.find((f) => f.version === entry.version);
      if (!file) throw new MigrationError(`${this.target.database}: ${label(entry)} is applied but its file is gone`);
      if (file.down.length === 0) throw new MigrationError(`${this.target.database}: ${label(file)} has no down part`);
      await this.target.run(file.down);
      await this.target.forget(file.version);
      this.log(`${this.target.database}: reverted ${label(file)}`);
      reverted.push(file);
    }
    return reverted;
  }

  private entry(file: MigrationFile, started: number): AppliedMigration {
    return {
      version: file.version,
      name: file.name,
      checksum: file.checksum,
      appliedAt: new Date(started),
      durationMs: Date.now() - started,
      success: true,
    };
  }
}

export { label as migrationLabel };
