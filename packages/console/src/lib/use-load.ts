// Loads what a page shows; `reload()` after a change. An error keeps the API's message.
import { type DependencyList, useCallback, useEffect, useState } from 'react';
import { messageOf } from '../api/api-error.js';

export function useLoad<T>(load: () => Promise<T>, deps: DependencyList) {
  const [value, setValue] = useState<T>();
  const [error, setError] = useState<string>();
  const [loading, setLoading] = useState(true);
  const [round, setRound] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names what the load depends on
  const stable = useCallback(load, deps);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new round (reload) loads again
  useEffect(() => {
    let live = true;
    setLoading(true);
    stable().then(
      (v) => {
        if (!live) return;
        setValue(v);
        setError(undefined);
        setLoading(false);
      },
      (e: unknown) => {
        if (!live) return;
        setError(messageOf(e));
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [stable, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { value, error, loading, reload };
}
