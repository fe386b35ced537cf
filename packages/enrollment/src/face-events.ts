import type { Face } from '@freeface/domain';
import type { EventBus, FaceEvent, Topic } from '@freeface/events';

/** Where the face services tell what happened to faces (face-cluster listens). */
export interface FaceEventSink {
  /** faces stored (their vectors in the index); jobId: the enroll_async job that made them */
  enrolled(faces: ReadonlyArray<{ face: Face }>, jobId?: string): Promise<void>;
  deleted(face: Face): Promise<void>;
}

/** Tells nobody (tools and tests that run without a bus). */
export const noFaceEvents: FaceEventSink = {
  enrolled: async () => {},
  deleted: async () => {},
};

/** Face events on the bus, keyed by face id so that the events of one face stay in order. */
export class BusFaceEvents implements FaceEventSink {
  constructor(
    private readonly bus: EventBus,
    private readonly topic: Topic<FaceEvent>,
  ) {}

  async enrolled(faces: ReadonlyArray<{ face: Face }>, jobId?: string): Promise<void> {
    const occurredAt = new Date().toISOString();
    for (const { face } of faces) {
      await this.bus.publish(this.topic, face.id, {
        type: 'face.enrolled',
        version: 2,
        faceId: face.id,
        personId: face.personId ?? null,
        imageId: face.imageId,
        model: face.model,
        quality: face.quality,
        detectionScore: face.detectionScore,
        bbox: { ...face.box },
        jobId: jobId ?? null,
        occurredAt,
      });
    }
  }

  async deleted(face: Face): Promise<void> {
    await this.bus.publish(this.topic, face.id, {
      type: 'face.deleted',
      version: 1,
      faceId: face.id,
      personId: face.personId ?? null,
      model: face.model,
      occurredAt: new Date().toISOString(),
    });
  }
}
