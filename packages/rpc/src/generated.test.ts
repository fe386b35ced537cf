import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesUnder, GENERATED_DIR, generateGrpcTypes } from '../scripts/gen-grpc.js';

// The committed src/generated/ is what `npm run gen:grpc` makes from proto/ today, byte for byte.

const fresh = join(mkdtempSync(join(tmpdir(), 'freeface-generated-')), 'generated');
afterAll(() => rmSync(join(fresh, '..'), { recursive: true, force: true }));

describe('generated gRPC types', () => {
  it('are what proto/ makes: when this fails, run `npm run gen:grpc` and commit the result', () => {
    const files = generateGrpcTypes(fresh);
    expect(files.length).toBeGreaterThan(0);
    expect(filesUnder(GENERATED_DIR)).toEqual(files);
    for (const file of files) {
      expect(readFileSync(join(GENERATED_DIR, file), 'utf8'), file).toBe(readFileSync(join(fresh, file), 'utf8'));
    }
  }, 60_000);
});
