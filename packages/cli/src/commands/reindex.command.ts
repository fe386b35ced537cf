// freeface reindex: re-embeds the stored faces into another embedder through the running API.
import { loadConfig } from '@freeface/config';
import type { Command } from '../command.js';
import { REINDEX_USAGE, runReindexCommand } from '../reindex/reindex-command.js';

export const reindexCommand: Command = {
  name: 'reindex',
  summary: 're-embed every stored face into another embedder while the old one answers (through the running API)',
  usage: REINDEX_USAGE,
  run: (argv, io) => runReindexCommand(argv, loadConfig(), io),
};
