import { errorCodeOf } from '@freeface/domain';
import type { Metrics } from '@freeface/observability';

/** Face operations: how many, how long, how they ended; faces enrolled; faces recognized or not. */
export function faceMetrics(metrics: Metrics) {
  const seconds = metrics.histogram('face_operation_seconds', 'face operations, by operation and outcome', [
    'operation',
    'outcome',
  ]);
  const operations = metrics.counter('face_operations_total', 'face operations, by operation and outcome', [
    'operation',
    'outcome',
  ]);
  const enrolled = metrics.counter('faces_enrolled_total', 'faces enrolled (new ones, not re-enrollments)');
  const recognized = metrics.counter('faces_recognized_total', 'faces looked at by recognize, by result', ['result']);
  return {
    enrolled,
    recognized,
    /** runs an operation, counting and timing it by outcome: ok, a stable error code, or error */
    async time<T>(operation: string, work: () => Promise<T>): Promise<T> {
      const end = seconds.startTimer({ operation });
      let outcome = 'ok';
      try {
        return await work();
      } catch (error) {
        outcome = errorCodeOf(error) ?? 'error';
        throw error;
      } finally {
        end({ outcome });
        operations.inc({ operation, outcome });
      }
    },
  };
}

export type FaceMetrics = ReturnType<typeof faceMetrics>;
