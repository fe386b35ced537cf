import type { AppDeps } from '../app-deps.js';
import { AppearanceService } from './appearance.service.js';
import { EnrollService } from './enroll.service.js';
import { EnrollJobService } from './enroll-job.service.js';
import { type EnrollQueue, InProcessEnrollQueue } from './enroll-queue.js';
import { FaceService } from './face.service.js';
import { ImageService } from './image.service.js';
import { Locks } from './locks.js';
import { PersonService } from './person.service.js';
import { RecognitionService } from './recognition.service.js';
import { VectorIndexes } from './vector-indexes.js';

/** The services behind the face, person and image endpoints, made once per app. */
export interface FaceServices {
  readonly persons: PersonService;
  readonly faces: FaceService;
  readonly images: ImageService;
  readonly enrollment: EnrollService;
  readonly jobs: EnrollJobService;
  readonly recognition: RecognitionService;
  readonly appearances: AppearanceService;
  readonly queue: EnrollQueue;
}

export function createFaceServices({ config, logger, storage, analyzer }: AppDeps): FaceServices {
  const { metadata } = storage;
  const locks = new Locks(storage.cache);
  const indexes = new VectorIndexes(storage.vectors, analyzer.embedder);
  const images = new ImageService(storage);
  const appearances = new AppearanceService(metadata);
  const faces = new FaceService(metadata, indexes, images, locks, logger);
  const persons = new PersonService(metadata, faces);
  const enrollment = new EnrollService({ metadata, analyzer, persons, images, indexes, locks, appearances });
  const jobs = new EnrollJobService(metadata, images, persons, enrollment, logger);
  const queue = new InProcessEnrollQueue((jobId) => jobs.process(jobId), config.enroll.workers, logger);
  jobs.attach(queue);
  const recognition = new RecognitionService({
    metadata,
    analyzer,
    indexes,
    appearances,
    defaultTopK: config.matching.topK,
  });
  return { persons, faces, images, enrollment, jobs, recognition, appearances, queue };
}
