import type { Metrics } from '@freeface/observability';
import type { Storage } from './open-storage.js';

type PortName = 'metadata' | 'vectors' | 'objects' | 'cache';

/**
 * Counts and times every call a service makes on each storage port, by operation and outcome:
 * freeface_<port>_operations_total, freeface_<port>_errors_total and freeface_<port>_operation_seconds.
 * Wraps the ports in proxies, so adapters stay free of metrics code.
 */
export function instrumentStorage(storage: Storage, metrics: Metrics): Storage {
  const wrap = <T extends object>(port: PortName, target: T, prefix = ''): T => {
    const operations = metrics.counter(`${port}_operations_total`, `${port} port calls`, ['operation', 'outcome']);
    const errors = metrics.counter(`${port}_errors_total`, `${port} port calls that failed`, ['operation', 'code']);
    const seconds = metrics.histogram(`${port}_operation_seconds`, `${port} port call duration`, ['operation']);
    const cache = new Map<PropertyKey, unknown>();
    return new Proxy(target, {
      get(object, property, receiver) {
        const value = Reflect.get(object, property, receiver);
        if (typeof property === 'symbol') return value;
        if (cache.has(property)) return cache.get(property);
        const operation = `${prefix}${property}`;
        let wrapped: unknown = value;
        if (typeof value === 'function' && port === 'objects' && property === 'keys') {
          // an async iterable, not a promise: counted once, when asked for
          wrapped = (...args: unknown[]) => {
            operations.inc({ operation, outcome: 'ok' });
            return value.apply(object, args);
          };
        } else if (typeof value === 'function') {
          wrapped = async (...args: unknown[]) => {
            const end = seconds.startTimer({ operation });
            try {
              const result = await value.apply(object, args);
              operations.inc({ operation, outcome: 'ok' });
              // vectors.index(model) hands out the index whose search and upsert are the calls that matter
              return port === 'vectors' && property === 'index' ? wrap(port, result as object, 'index.') : result;
            } catch (error) {
              operations.inc({ operation, outcome: 'error' });
              errors.inc({ operation, code: String((error as { code?: unknown }).code ?? 'UNKNOWN') });
              throw error;
            } finally {
              end();
            }
          };
        } else if (value && typeof value === 'object' && port === 'metadata') {
          wrapped = wrap(port, value as object, `${property}.`); // persons.create, faces.put, ...
        }
        cache.set(property, wrapped);
        return wrapped;
      },
    });
  };
  return {
    ...storage,
    metadata: wrap('metadata', storage.metadata),
    vectors: wrap('vectors', storage.vectors),
    objects: wrap('objects', storage.objects),
    cache: wrap('cache', storage.cache),
  };
}
