import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '@freeface/observability';
import { afterAll, describe, expect, it } from 'vitest';
import { ModelRegistry } from '../models/model-registry.js';
import { ModelError } from '../vision-errors.js';
import { modelSession } from './model-session.js';
import { OnnxSessions } from './onnx-sessions.js';

const dir = mkdtempSync(join(tmpdir(), 'model-session-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sessions = new OnnxSessions(
  { executionProvider: 'cpu', intraOpThreads: 1, interOpThreads: 1, intraOpSpinning: false },
  createLogger({ name: 'vision-test', level: 'silent' }),
);

describe('modelSession', () => {
  it('loads a good model through the pool', async () => {
    const session = await modelSession('blazeface-back', { registry: ModelRegistry.load(dir), sessions });
    expect(session.inputNames).toHaveLength(1);
  });

  it('turns a file onnxruntime cannot read into MODEL_UNREADABLE naming the file and the command', async () => {
    const path = join(dir, 'dlib-resnet-128.onnx');
    writeFileSync(path, 'not an onnx graph');
    const error = await modelSession('dlib-resnet-128', { registry: ModelRegistry.load(dir), sessions }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ModelError);
    expect(error).toMatchObject({ code: 'MODEL_UNREADABLE' });
    expect((error as Error).message).toContain(path);
    expect((error as Error).message).toContain('npx freeface models prepare dlib-resnet-128');
    expect((error as Error).message).not.toContain('\n');
  });
});
