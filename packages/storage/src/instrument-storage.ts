import { type Metrics, SpanKind, withSpan } from '@freeface/observability';
import type { Storage, StoragePort } from './open-storage.js';

/**
 * Counts, times and traces every call a service makes on each storage port, by backend, operation and outcome:
 * freeface_<port>_operations_total, freeface_<port>_errors_total and freeface_<port>_operation_seconds, and a
 * CLIENT span "<port> <operation>" (a database call, as OpenTelemetry names them; the spans of the Redis, CQL
 * and S3 instrumentations nest under it, and it is the only span of Milvus, HNSW, SQLite and the folder store).
 * Wraps the ports in proxies, so adapters stay free of metrics and tracing code.
 */
export function instrumentStorage(storage: Storage, metrics: Metrics): Storage {
  const wrap = <T extends object>(port: StoragePort, target: T, prefix = ''): T => {
    const backend = storage.backends[port];
    const operations = metrics.counter(`${port}_operations_total`, `${port} port calls`, [
      'backend',
      'operation',
      'outcome',
    ]);
    const errors = metrics.counter(`${port}_errors_total`, `${port} port calls that failed`, [
      'backend',
      'operation',
      'code',
    ]);
    const seconds = metrics.histogram(`${port}_operation_seconds`, `${port} port call duration`, [
      'backend',
      'operation',
    ]);
    const cache = new Map<PropertyKey, unknown>();
    return new Proxy(target, {
      get(object, property, receiver) {
        const value = Reflect.get(object, property, receiver);
        if (typeof property === 'symbol') return value;
        if (cache.has(property)) return cache.get(property);
        const operation = `${prefix}${property}`;
        const attributes = { 'db.system.name': backend, 'db.operation.name': operation, 'freeface.store.port': port };
        let wrapped: unknown = value;
        if (typeof value === 'function' && port === 'objects' && property === 'keys') {
          // an async iterable, not a promise: counted once, when asked for
          wrapped = (...args: unknown[]) => {
            operations.inc({ backend, operation, outcome: 'ok' });
            return value.apply(object, args);
          };
        } else if (typeof value === 'function') {
          wrapped = (...args: unknown[]) =>
            withSpan(
              `${port} ${operation}`,
              async () => {
                const end = seconds.startTimer({ backend, operation });
                try {
                  const result = await value.apply(object, args);
                  operations.inc({ backend, operation, outcome: 'ok' });
                  // vectors.index(model) hands out the index whose search and upsert are the calls that matter
                  return port === 'vectors' && property === 'index' ? wrap(port, result as object, 'index.') : result;
                } catch (error) {
                  operations.inc({ backend, operation, outcome: 'error' });
                  errors.inc({ backend, operation, code: String((error as { code?: unknown }).code ?? 'UNKNOWN') });
                  throw error;
                } finally {
                  end();
                }
              },
              { kind: SpanKind.CLIENT, tracer: 'freeface-storage', attributes },
            );
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
