import { errorCodeOf } from '@freeface/domain';
import type { Metrics } from '@freeface/observability';

const FACE_COUNTS = [0, 1, 2, 3, 5, 8, 13, 21, 34];
const SIMILARITIES = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1];
const SHARES = [0, 0.25, 0.5, 0.75, 1];

/**
 * Face operations: how many, how long, how they ended; faces enrolled; faces recognized or not; faces per image,
 * the similarity of best matches and the share of unknown faces.
 */
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
  const perImage = metrics.histogram(
    'faces_per_image',
    'faces found in an image, by operation',
    ['operation'],
    FACE_COUNTS,
  );
  const similarity = metrics.histogram(
    'face_best_match_similarity',
    'cosine similarity of the best match of a face (search, recognize) or of the pair (verify)',
    ['operation'],
    SIMILARITIES,
  );
  const unknownShare = metrics.histogram(
    'face_unknown_share',
    'share of the faces of a recognized image that matched no person',
    [],
    SHARES,
  );
  return {
    enrolled,
    /** the faces of an image an operation found */
    faces(operation: string, count: number): void {
      perImage.observe({ operation }, count);
    },
    /** the similarity of a best match (nothing when there was none) */
    bestMatch(operation: string, value: number | null | undefined): void {
      if (typeof value === 'number') similarity.observe({ operation }, value);
    },
    /** recognize's answer: each face known or unknown, with its best similarity */
    recognized(
      faces: ReadonlyArray<{ readonly known: boolean; readonly similarity?: number | null | undefined }>,
    ): void {
      perImage.observe({ operation: 'recognize' }, faces.length);
      for (const f of faces) {
        recognized.inc({ result: f.known ? 'known' : 'unknown' });
        if (typeof f.similarity === 'number') similarity.observe({ operation: 'recognize' }, f.similarity);
      }
      if (faces.length > 0) unknownShare.observe(faces.filter((f) => !f.known).length / faces.length);
    },
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
