import type { Config } from '@freeface/config';
import type { ModelRegistry } from './model-registry.js';
import { hasPreparationStep, runPreparationStep } from './preparation-steps.js';
import { type Fetch, pullModel } from './pull-model.js';

export interface CommandContext {
  readonly registry: ModelRegistry;
  readonly config: Pick<Config, 'models'>;
  readonly write: (line: string) => void;
  readonly fetch?: Fetch;
}

export const USAGE = `usage: freeface models <command> [model ids]
  list              every model: id, task, whether its weights are present, where they come from, licence
  pull [ids]        download url models (all url models when no id is given), checking their sha256
  prepare [ids]     run the preparation steps (all models that have one when no id is given, except
                    those whose licence forbids commercial use: name them to prepare them)`;

/** Runs one `models` command; returns the process exit code. */
export async function runModelsCommand(args: readonly string[], ctx: CommandContext): Promise<number> {
  const [command, ...ids] = args;
  switch (command) {
    case 'list':
      return list(ctx);
    case 'pull':
      return forEach(ids.length > 0 ? ids : urlModels(ctx), ctx, async (id) => {
        const result = await pullModel(ctx.registry, id, ctx.fetch);
        return `${id}: ${result.downloaded ? 'downloaded to' : 'already present at'} ${result.path}`;
      });
    case 'prepare':
      if (ids.length === 0)
        for (const id of nonCommercialModels(ctx))
          ctx.write(`${id}: skipped (non-commercial licence); npx freeface models prepare ${id} fetches it`);
      return forEach(ids.length > 0 ? ids : preparedModels(ctx), ctx, async (id) => {
        ctx.registry.entry(id);
        const result = await runPreparationStep(id, ctx.config, ctx.write);
        // preparing everything (npm install) does what it can; a model asked for by name must be made
        if (result.skipped && ids.length > 0) throw new Error(`not prepared: ${result.skipped}`);
        if (result.skipped) return `${id}: skipped: ${result.skipped}`;
        return `${id}: ${result.converted ? 'prepared at' : 'up to date at'} ${result.path}`;
      });
    default:
      ctx.write(USAGE);
      return command === undefined || command === 'help' ? 0 : 2;
  }
}

function list({ registry, write }: CommandContext): number {
  const rows = registry.list().map((entry) => {
    const where = registry.locate(entry.id);
    return [entry.id, entry.task, where.present ? 'present' : 'missing', where.source, where.path, entry.licence];
  });
  const widths = [0, 1, 2, 3, 4].map((c) => Math.max(...rows.map((r) => (r[c] as string).length)));
  for (const row of rows)
    write(
      row
        .map((cell, c) => cell.padEnd(widths[c] ?? 0))
        .join('  ')
        .trimEnd(),
    );
  return 0;
}

const urlModels = ({ registry }: CommandContext) =>
  registry
    .list()
    .filter((m) => 'url' in m.weights)
    .map((m) => m.id);
const preparedModels = ({ registry }: CommandContext) =>
  registry
    .list()
    .filter((m) => m.prepare && !m.nonCommercial && hasPreparationStep(m.id))
    .map((m) => m.id);
const nonCommercialModels = ({ registry }: CommandContext) =>
  registry
    .list()
    .filter((m) => m.prepare && m.nonCommercial && hasPreparationStep(m.id))
    .map((m) => m.id);

async function forEach(ids: string[], ctx: CommandContext, run: (id: string) => Promise<string>): Promise<number> {
  if (ids.length === 0) ctx.write('nothing to do');
  let failures = 0;
  for (const id of ids) {
    try {
      ctx.write(await run(id));
    } catch (error) {
      failures++;
      ctx.write(`${id}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return failures === 0 ? 0 : 1;
}
