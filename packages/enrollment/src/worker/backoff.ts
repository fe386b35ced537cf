import { setTimeout as sleep } from 'node:timers/promises';

export interface BackoffOptions {
  /** tries after the first */
  readonly retries: number;
  readonly firstMs: number;
  readonly mostMs: number;
}

/** The pause before retry number `retry` (1-based): doubling from firstMs, at most mostMs, with jitter. */
export const backoffMs = (retry: number, { firstMs, mostMs }: Pick<BackoffOptions, 'firstMs' | 'mostMs'>): number => {
  const full = Math.min(mostMs, firstMs * 2 ** (retry - 1));
  return Math.round(full / 2 + (Math.random() * full) / 2);
};

/** Runs fn, retrying the failures `retryable` accepts with exponential backoff; the last failure is thrown. */
export async function withRetries<T>(
  fn: () => Promise<T>,
  retryable: (error: unknown) => boolean,
  options: BackoffOptions,
  onRetry: (error: unknown, retry: number) => void = () => {},
): Promise<T> {
  for (let retry = 1; ; retry++) {
    try {
      return await fn();
    } catch (error) {
      if (retry > options.retries || !retryable(error)) throw error;
      onRetry(error, retry);
      await sleep(backoffMs(retry, options));
    }
  }
}
