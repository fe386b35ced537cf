// `npm run models -- list | pull [ids] | prepare [ids]`: the model registry from the command line.
import { loadConfig } from '@freeface/config';
import { ModelRegistry } from './model-registry.js';
import { runModelsCommand } from './models-command.js';

const config = loadConfig();
const registry = ModelRegistry.load(config.models.dir);
process.exitCode = await runModelsCommand(process.argv.slice(2), {
  registry,
  config,
  write: (line) => process.stdout.write(`${line}\n`),
});
