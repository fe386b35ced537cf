// freeface models list | pull [ids] | prepare [ids]: the model registry from the command line.
import { loadConfig } from '@freeface/config';
import { MODELS_USAGE, ModelRegistry, runModelsCommand } from '@freeface/vision';
import type { Command } from '../command.js';

export const modelsCommand: Command = {
  name: 'models',
  summary: 'the models of the manifest: list, pull (downloads), prepare (conversions)',
  usage: MODELS_USAGE,
  async run(argv, io) {
    const config = loadConfig();
    const registry = ModelRegistry.load(config.models.dir);
    return runModelsCommand(argv, { registry, config, write: (line) => io.out(line) });
  },
};
