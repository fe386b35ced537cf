// freeface users create | reset-password: the users who log in with a password, without the REST API.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { UserService } from '@freeface/api';
import { loadConfig } from '@freeface/config';
import { FreeFaceError, type Role } from '@freeface/domain';
import { openStorage } from '@freeface/storage';
import type { Command } from '../command.js';

const ROLES: readonly Role[] = ['admin', 'operator', 'viewer'];

export const USERS_USAGE = `usage: freeface users <command> <username> [options]
  create <username> [--role admin|operator|viewer] [--password <password>]
                                  a new user (role default: viewer)
  reset-password <username> [--password <password>]
                                  a new password for the user
Without --password a random one is made and printed. Works on the storage of the settings
(embedded: the data dir of FREEFACE_DATA_DIR; cluster: ScyllaDB).`;

export const usersCommand: Command = {
  name: 'users',
  summary: 'create a user with a role, or reset a password',
  usage: USERS_USAGE,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { role: { type: 'string' }, password: { type: 'string' } },
    });
    const [verb, username] = positionals;
    const role = (values.role ?? 'viewer') as Role;
    if ((verb !== 'create' && verb !== 'reset-password') || !username || !ROLES.includes(role)) {
      io.err(USERS_USAGE);
      return 2;
    }
    const password = values.password ?? randomBytes(12).toString('base64url');
    const storage = await openStorage(loadConfig());
    try {
      const users = new UserService({ storage });
      const user =
        verb === 'create'
          ? await users.create({ username, password, role })
          : await users.resetPassword(username, password);
      io.out(`${verb === 'create' ? 'created' : 'reset the password of'} ${user.role} ${user.username}`);
      if (!values.password) io.out(`password: ${password}`);
      return 0;
    } catch (error) {
      if (!(error instanceof FreeFaceError)) throw error;
      io.err(`users ${verb}: ${error.message}`);
      return 1;
    } finally {
      await storage.close();
    }
  },
};
