#!/usr/bin/env -S node --import tsx
// The freeface command: `npx freeface --help` (the bin of @freeface/cli).
import { main } from './main.js';

const code = await main(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
// the short commands end here, whatever client they left open; start lives on until a signal
if (code !== 'running') process.exit(code);
