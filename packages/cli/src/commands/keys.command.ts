// freeface keys rotate: every stored object brought to the current master key of encryption at rest.
import { loadConfig } from '@freeface/config';
import { FreeFaceError } from '@freeface/domain';
import { keyringOf, openObjectAdapter, rotateObjects, sealObjectStore } from '@freeface/storage';
import { type Command, wantsHelp } from '../command.js';

export const KEYS_USAGE = `usage: freeface keys rotate
  rotate    re-wrap the data key of every stored object with FREEFACE_ENCRYPTION_KEY, and seal the objects
            stored in clear before encryption was turned on. Set the new key as FREEFACE_ENCRYPTION_KEY and
            the old ones in FREEFACE_ENCRYPTION_PREVIOUS_KEYS first (running services keep reading both);
            once it is done the previous keys may go. Safe to run again.
Works on the object store of the settings (embedded: the data dir; cluster: the S3 bucket).`;

export const keysCommand: Command = {
  name: 'keys',
  summary: 'rotate the master key of encryption at rest over every stored object',
  usage: KEYS_USAGE,
  async run(argv, io) {
    if (wantsHelp(argv) || argv[0] !== 'rotate' || argv.length !== 1) {
      io.err(KEYS_USAGE);
      return wantsHelp(argv) ? 0 : 2;
    }
    const config = loadConfig();
    const keyring = keyringOf(config);
    if (!keyring) {
      io.err('keys rotate: FREEFACE_ENCRYPTION_KEY is not set; set the new master key there first');
      return 1;
    }
    const store = sealObjectStore(await openObjectAdapter(config), keyring);
    try {
      const counts = await rotateObjects(store);
      io.out(
        `key ${keyring.current.id}: re-wrapped ${counts.rewrapped}, sealed ${counts.sealed} stored in clear, ${counts.current} already current`,
      );
      return 0;
    } catch (error) {
      if (!(error instanceof FreeFaceError)) throw error;
      io.err(`keys rotate: ${error.message}`);
      return 1;
    } finally {
      await store.close();
    }
  },
};
