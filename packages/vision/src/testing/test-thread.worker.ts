// A worker for the thread pool's tests: echoes, fails, holds, or dies as each message asks.
import { serveThread } from '../pool/thread-messages.js';
import { ImageError } from '../vision-errors.js';

export type TestThreadMessage =
  | { readonly do: 'echo'; readonly value: unknown }
  | { readonly do: 'sum'; readonly bytes: ArrayBuffer }
  | { readonly do: 'fail' }
  | { readonly do: 'hold'; readonly ms: number; readonly value: unknown }
  | { readonly do: 'die' };

serveThread(
  async () => ({ startedAt: Date.now() }),
  async (_state, message) => {
    const m = message as TestThreadMessage;
    switch (m.do) {
      case 'echo':
        return { value: m.value };
      case 'sum':
        return { value: new Uint8Array(m.bytes).reduce((a, b) => a + b, 0) };
      case 'fail':
        throw new ImageError('IMAGE_UNREADABLE', 'the test image is unreadable');
      case 'hold':
        await new Promise((resolve) => setTimeout(resolve, m.ms));
        return { value: m.value };
      case 'die':
        process.exit(3);
    }
  },
);
