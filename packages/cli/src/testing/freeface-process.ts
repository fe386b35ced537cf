import { join } from 'node:path';
import { PROJECT_ROOT } from '@freeface/testing';

/** The freeface command's file: tests run `node --import tsx FREEFACE_BIN <command>` from PROJECT_ROOT. */
export const FREEFACE_BIN = join(PROJECT_ROOT, 'packages/cli/src/freeface.ts');

/** The arguments of node for `freeface <args>`. */
export const freefaceArgs = (...args: string[]) => ['--import', 'tsx', FREEFACE_BIN, ...args];
