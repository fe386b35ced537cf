// What the freeface bin runs. The OpenTelemetry instrumentations are switched on before anything they patch is
// loaded (in ESM through the loader hook of the package import-in-the-middle, which must know a module before
// it loads), so the rest of the command comes after, dynamically; tracing itself starts, or not, with the
// settings (startProcess). Only when tracing is asked for: switched on without a collector they cost CPU on
// every request, call and require for spans nobody sees. Apart from the bin itself, whose shebang tsx cannot
// parse beside a dynamic import.
import { tracingRequested } from '@freeface/config';

if (tracingRequested(process.env)) {
  const { enableInstrumentations } = await import('@freeface/observability/instrumentations');
  await enableInstrumentations();
}
const { main } = await import('./main.js');

const code = await main(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
// the short commands end here, whatever client they left open; start lives on until a signal
if (code !== 'running') process.exit(code);
