import { spawnSync } from 'node:child_process';
import { PROJECT_ROOT } from '@freeface/testing';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from './commands.js';
import { main } from './main.js';

const run = async (...argv: string[]) => {
  const lines: string[] = [];
  const code = await main(argv, { out: (l) => lines.push(l), err: (l) => lines.push(l) });
  return { code, text: lines.join('\n') };
};

describe('freeface', () => {
  it('lists its commands on --help, and shows the options of each on <command> --help', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    for (const name of ['start', 'migrate', 'models', 'recluster', 'reindex', 'users', 'keys'])
      expect(help.text).toContain(`  ${name} `);
    for (const command of COMMANDS) {
      const own = await run(command.name, '--help');
      expect(own.code, command.name).toBe(0);
      expect(own.text, command.name).toMatch(/usage/i);
    }
    expect((await run('start', '--help')).text).toContain('--roles');
    expect((await run('migrate', '--help')).text).toContain('up       --database scylla|milvus|all');
  });

  it('says so for an unknown command', async () => {
    const unknown = await run('serve');
    expect(unknown.code).toBe(2);
    expect(unknown.text).toContain('unknown command "serve"');
  });

  it('runs from the checkout as npx freeface', () => {
    const npx = spawnSync('npx', ['freeface', '--help'], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(npx.status, npx.stderr).toBe(0);
    expect(npx.stdout).toContain('usage: freeface <command>');
  });
});
