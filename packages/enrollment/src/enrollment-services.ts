import type { Config } from '@freeface/config';
import type { EventBus, Topics } from '@freeface/events';
import type { Logger } from '@freeface/observability';
import type { Storage } from '@freeface/storage';
import { AppearanceService } from './appearance.service.js';
import { EnrollService, type Extract } from './enroll.service.js';
import { EnrollJobService } from './enroll-job.service.js';
import { EvidenceService } from './evidence/evidence.service.js';
import { FaceService } from './face.service.js';
import { BusFaceEvents } from './face-events.js';
import { ImageService } from './image.service.js';
import { Locks } from './locks.js';
import { PersonService } from './person.service.js';
import { type EmbedderInfo, VectorIndexes } from './vector-indexes.js';

export interface EnrollmentServicesDeps {
  readonly config: Pick<Config, 'events'>;
  readonly logger: Logger;
  readonly storage: Storage;
  readonly bus: EventBus;
  readonly topics: Topics;
  /** the embedder whose index searches and removals use */
  readonly embedder: EmbedderInfo;
  /** synchronous enrollment's analysis (the API's analyzer); workers pass batches to enrollAnalyzed instead */
  readonly extract?: Extract;
}

/** The services over the stores that the API and the async-enroll workers share, made once per process. */
export interface EnrollmentServices {
  readonly persons: PersonService;
  readonly faces: FaceService;
  readonly images: ImageService;
  readonly appearances: AppearanceService;
  readonly indexes: VectorIndexes;
  readonly locks: Locks;
  readonly enrollment: EnrollService;
  readonly jobs: EnrollJobService;
  readonly evidence: EvidenceService;
}

export function createEnrollmentServices(deps: EnrollmentServicesDeps): EnrollmentServices {
  const { storage, logger, bus, topics } = deps;
  const { metadata } = storage;
  const events = new BusFaceEvents(bus, topics.faceEvents);
  const locks = new Locks(storage.cache);
  const indexes = new VectorIndexes(storage.vectors, deps.embedder);
  const images = new ImageService(storage);
  const appearances = new AppearanceService(metadata);
  const faces = new FaceService(metadata, indexes, images, locks, events);
  const evidence = new EvidenceService(storage, images, locks);
  const persons = new PersonService(metadata, faces, storage.cache, evidence);
  const enrollment = new EnrollService({
    metadata,
    persons,
    images,
    indexes,
    locks,
    appearances,
    events,
    ...(deps.extract ? { extract: deps.extract } : {}),
  });
  const jobs = new EnrollJobService(metadata, images, persons, bus, topics, logger);
  return { persons, faces, images, appearances, indexes, locks, enrollment, jobs, evidence };
}
