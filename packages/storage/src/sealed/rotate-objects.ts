// Key rotation over a whole object store: every object brought to the current master key, one at a time
// (an object is read whole to re-wrap it). Safe to run again after an interruption, or beside a running
// platform: an object already on the current key is left as it is.
import type { RotateOutcome, SealedObjectStore } from './sealed.object-store.js';

export type RotateCounts = Record<RotateOutcome, number>;

export async function rotateObjects(
  store: SealedObjectStore,
  prefix = '',
  onEach?: (key: string, outcome: RotateOutcome) => void,
): Promise<RotateCounts> {
  const counts: RotateCounts = { current: 0, rewrapped: 0, sealed: 0 };
  for await (const key of store.keys(prefix)) {
    const outcome = await store.rotate(key);
    counts[outcome] += 1;
    onEach?.(key, outcome);
  }
  return counts;
}
