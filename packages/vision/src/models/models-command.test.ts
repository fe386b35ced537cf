import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireTestData, TEST_MODELS_DIR } from '@freeface/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { ModelRegistry } from './model-registry.js';
import { runModelsCommand } from './models-command.js';
import { registerPreparationStep } from './preparation-steps.js';

const testModels = requireTestData('models');

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], modelsDir = TEST_MODELS_DIR) {
  const lines: string[] = [];
  const registry = ModelRegistry.load(modelsDir);
  const config = { models: { dir: modelsDir } } as Parameters<typeof runModelsCommand>[1]['config'];
  return runModelsCommand(args, { registry, config, write: (l) => lines.push(l) }).then((code) => ({ code, lines }));
}

describe('models command', () => {
  it.skipIf(!testModels)('list: one line per model with task, presence and source', async () => {
    const { code, lines } = await run(['list']);
    expect(code).toBe(0);
    expect(lines).toHaveLength(ModelRegistry.load(TEST_MODELS_DIR).list().length);
    expect(lines.find((l) => l.startsWith('retinaface-mnet025'))).toMatch(/detect\s+present\s+file/);
    expect(lines.find((l) => l.startsWith('retinaface-r50'))).toMatch(/detect\s+missing\s+file/);
    expect(lines.find((l) => l.startsWith('blazeface-back'))).toMatch(/detect\s+present\s+npm/);
    expect(lines.find((l) => l.startsWith('facenet-512'))).toMatch(/embed\s+missing/);
    expect(lines.find((l) => l.startsWith('yunet-2023mar'))).toMatch(/detect\s+\w+\s+pypi\s.*\sMIT$/);
    expect(lines.find((l) => l.startsWith('scrfd-2.5g'))).toMatch(/non-commercial research only$/);
  });

  it('prepare with no ids skips non-commercial models, saying so, and reports steps that could not run', async () => {
    dir = mkdtempSync(join(tmpdir(), 'freeface-prepare-'));
    const ran: string[] = [];
    for (const id of ['dlib-resnet-128', 'yunet-2023mar', 'sface-2021dec', 'scrfd-2.5g'])
      registerPreparationStep(id, (config) => {
        ran.push(id);
        const path = join(config.models.dir, `${id}.onnx`);
        return id === 'sface-2021dec' ? { path, converted: false, skipped: 'no pip here' } : { path, converted: true };
      });
    const { code, lines } = await run(['prepare'], dir);
    expect(code).toBe(0);
    expect(ran.sort()).toEqual(['dlib-resnet-128', 'sface-2021dec', 'yunet-2023mar']);
    expect(lines[0]).toBe(
      'scrfd-2.5g: skipped (non-commercial licence); npx freeface models prepare scrfd-2.5g fetches it',
    );
    expect(lines).toContain('sface-2021dec: skipped: no pip here');
    const named = await run(['prepare', 'sface-2021dec'], dir);
    expect(named).toEqual({ code: 1, lines: ['sface-2021dec: not prepared: no pip here'] });
    expect((await run(['prepare', 'scrfd-2.5g'], dir)).lines).toEqual([
      `scrfd-2.5g: prepared at ${join(dir, 'scrfd-2.5g.onnx')}`,
    ]);
  });

  it('prepare runs the step registered for a model id', async () => {
    dir = mkdtempSync(join(tmpdir(), 'freeface-prepare-'));
    const seen: string[] = [];
    registerPreparationStep('facenet-512', (config) => {
      seen.push(config.models.dir);
      return { path: join(config.models.dir, 'facenet-512.onnx'), converted: true };
    });
    const { code, lines } = await run(['prepare', 'facenet-512'], dir);
    expect(code).toBe(0);
    expect(seen).toEqual([dir]);
    expect(lines).toEqual([`facenet-512: prepared at ${join(dir, 'facenet-512.onnx')}`]);
  });

  it('fails with a message for a model without a step, and for an unknown command', async () => {
    const prepared = await run(['prepare', 'retinaface-r50']);
    expect(prepared.code).toBe(1);
    expect(prepared.lines[0]).toMatch(/no preparation step is registered for retinaface-r50/);
    const pulled = await run(['pull', 'retinaface-mnet025']);
    expect(pulled.code).toBe(1);
    expect(pulled.lines[0]).toMatch(/not downloadable/);
    expect((await run(['bogus'])).code).toBe(2);
  });
});
