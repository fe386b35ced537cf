#!/usr/bin/env -S node --import tsx
// The freeface command: `npx freeface --help` (the bin of @freeface/cli). See run-cli.ts.
import './run-cli.js';
