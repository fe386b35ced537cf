import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { describeMetadataContract } from '../testing/contract/metadata.contract.js';
import { openSqliteMetadataStore } from './sqlite.metadata-store.js';

const dataDir = mkdtempSync(join(tmpdir(), 'freeface-sqlite-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describeMetadataContract('sqlite', () => openSqliteMetadataStore({ dataDir }));
