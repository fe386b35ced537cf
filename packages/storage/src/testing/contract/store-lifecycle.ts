import { afterAll, beforeAll, expect, it } from 'vitest';

export interface Closable {
  close(): Promise<void>;
  ping(): Promise<void>;
}

/** The store under test, and a restart: close it, open it again on the same data. */
export interface StoreHandle<T> {
  store(): T;
  reopen(): Promise<T>;
}

/**
 * Opens the store before a contract suite's tests and closes it after; registers the ping case every
 * port shares. Call inside the suite's describe().
 */
export function useStore<T extends Closable>(what: string, open: () => Promise<T>): StoreHandle<T> {
  let current: T | undefined;
  const handle: StoreHandle<T> = {
    store: () => {
      if (!current) throw new Error(`the ${what} is not open`);
      return current;
    },
    reopen: async () => {
      const old = current;
      current = undefined;
      await old?.close();
      current = await open();
      return current;
    },
  };
  beforeAll(async () => {
    current = await open();
  });
  afterAll(async () => {
    await current?.close();
    current = undefined;
  });
  it('answers ping', async () => {
    await expect(handle.store().ping()).resolves.toBeUndefined();
  });
  return handle;
}
