import { randomUUID } from 'node:crypto';
import {
  ConflictError,
  InvalidArgumentError,
  NotFoundError,
  type Page,
  type PageRequest,
  type Person,
  type PersonOrder,
  UnavailableError,
} from '@freeface/domain';
import type { Cache, MetadataStore } from '@freeface/storage';
import type { EvidenceService } from './evidence/evidence.service.js';
import type { FaceService, Removed } from './face.service.js';
import { type FaceSummary, summarizeFaces } from './face-summary.js';
import { type PersonSearch, searchPersons } from './person-search.js';
import { webhookSentMarker } from './webhooks/webhook-marker.js';

export interface PersonFields {
  externalId?: string | undefined;
  name?: string | undefined;
  metadata?: Record<string, unknown> | undefined;
  retentionDays?: number | undefined;
}

/** A change to a person: a field left out stays, null clears it. */
export interface PersonChanges {
  externalId?: string | null | undefined;
  name?: string | null | undefined;
  metadata?: Record<string, unknown> | undefined;
  retentionDays?: number | null | undefined;
}

/** Who a request means: a person id, or an external id (the caller's own id for the person). */
export interface PersonRef {
  personId?: string | undefined;
  externalId?: string | undefined;
}

const taken = (externalId: string) =>
  new ConflictError(`external id ${externalId} belongs to another person`, { externalId });

export class PersonService {
  constructor(
    private readonly metadata: MetadataStore,
    private readonly faces: FaceService,
    private readonly cache: Cache,
    private readonly evidence: EvidenceService,
  ) {}

  /** ConflictError when the external id is taken. */
  async create(fields: PersonFields): Promise<Person> {
    if (fields.externalId !== undefined && (await this.metadata.persons.getByExternalId(fields.externalId))) {
      throw taken(fields.externalId);
    }
    const now = new Date();
    const person: Person = {
      id: randomUUID(),
      metadata: fields.metadata ?? {},
      createdAt: now,
      updatedAt: now,
      ...(fields.externalId !== undefined ? { externalId: fields.externalId } : {}),
      ...(fields.name !== undefined ? { name: fields.name } : {}),
      ...(fields.retentionDays !== undefined ? { retentionDays: fields.retentionDays } : {}),
    };
    await this.metadata.persons.create(person); // the store settles a race for the external id
    return person;
  }

  async get(id: string): Promise<Person> {
    const person = await this.metadata.persons.get(id);
    if (!person) throw new NotFoundError('person', id);
    return person;
  }

  async getByExternalId(externalId: string): Promise<Person> {
    const person = await this.metadata.persons.getByExternalId(externalId);
    if (!person) throw new NotFoundError('person with external id', externalId);
    return person;
  }

  /** The persons found, in the order asked, and the external ids nobody has. */
  async getByExternalIds(externalIds: string[]): Promise<{ persons: Person[]; missing: string[] }> {
    const wanted = [...new Set(externalIds)];
    const found = new Map(
      (await this.metadata.persons.getByExternalIds(wanted)).map((p) => [p.externalId as string, p] as const),
    );
    return {
      persons: wanted.flatMap((e) => found.get(e) ?? []),
      missing: wanted.filter((e) => !found.has(e)),
    };
  }

  list(page: PageRequest & { order?: PersonOrder }): Promise<Page<Person>> {
    return this.metadata.persons.list(page);
  }

  /** The persons whose name or external id holds the text (ignoring case), in the order asked (person-search.ts). */
  search(search: PersonSearch): Promise<Page<Person>> {
    return searchPersons((page) => this.metadata.persons.list(page), search);
  }

  /** How many faces the person has and their cover face, counted from the faces themselves (face-summary.ts). */
  faceSummary(personId: string): Promise<FaceSummary> {
    return summarizeFaces((id, page) => this.metadata.faces.listByPerson(id, page), personId);
  }

  /** NotFoundError when absent; ConflictError when the new external id is another person's. */
  async update(id: string, changes: PersonChanges): Promise<Person> {
    const current = await this.get(id);
    const { externalId, name, retentionDays, ...rest } = current;
    const next: Person = { ...rest, metadata: changes.metadata ?? current.metadata, updatedAt: new Date() };
    const newExternalId = changes.externalId === undefined ? externalId : (changes.externalId ?? undefined);
    const newName = changes.name === undefined ? name : (changes.name ?? undefined);
    if (newExternalId !== undefined) next.externalId = newExternalId;
    if (newName !== undefined) next.name = newName;
    const newRetention = changes.retentionDays === undefined ? retentionDays : (changes.retentionDays ?? undefined);
    if (newRetention !== undefined) next.retentionDays = newRetention;
    if (newExternalId !== undefined && newExternalId !== externalId) {
      const owner = await this.metadata.persons.getByExternalId(newExternalId);
      if (owner && owner.id !== id) throw taken(newExternalId);
    }
    await this.metadata.persons.update(next);
    return next;
  }

  /**
   * The person and everything of theirs: faces, vectors in every model's index, appearances, async jobs, the
   * images no other face uses, and the recognition evidence photos nobody else appears in. The appearances
   * (which name the evidence) and then the person record go last, so a deletion cut short is finished by
   * deleting again.
   */
  async delete(id: string): Promise<Removed> {
    const person = await this.get(id);
    const removed = await this.faces.removeAllOf(id);
    const photos = await this.evidence.forget(id, await this.appearanceImagesOf(id));
    await this.metadata.appearances.deleteByPerson(id);
    // the person's async jobs: their records (ids, options, the external id), and the images of those that
    // failed (kept until their retention otherwise), and the cache's marker of their webhooks
    for (const job of await this.metadata.jobs.deleteByPerson(id, person.externalId)) {
      if (await this.faces.removeImageIfUnused(job.imageId)) removed.images++;
      await this.cache.delete(webhookSentMarker(job));
    }
    await this.metadata.persons.delete(id);
    return { faces: removed.faces, images: removed.images + photos };
  }

  /** The images of every appearance of the person. */
  private async appearanceImagesOf(id: string): Promise<Set<string>> {
    const images = new Set<string>();
    let pageToken: string | undefined;
    do {
      const page = await this.metadata.appearances.listByPerson(id, {
        limit: 500,
        ...(pageToken ? { pageToken } : {}),
      });
      for (const a of page.items) images.add(a.imageId);
      pageToken = page.nextPageToken;
    } while (pageToken !== undefined);
    return images;
  }

  /**
   * The person a request means. By person id: NotFoundError when absent. By external id: that person, or a
   * new person with it when nobody has it yet (so a client may enroll under its own ids without creating
   * persons first).
   */
  async resolve(ref: PersonRef): Promise<Person> {
    if (ref.personId !== undefined) return this.get(ref.personId);
    if (ref.externalId === undefined) throw new InvalidArgumentError('person_id or external_id is required');
    const existing = await this.metadata.persons.getByExternalId(ref.externalId);
    if (existing) return existing;
    try {
      return await this.create({ externalId: ref.externalId });
    } catch (error) {
      // another request made the person meanwhile: that one it is
      if (!(error instanceof ConflictError)) throw error;
      const winner = await this.metadata.persons.getByExternalId(ref.externalId);
      if (winner) return winner;
      // the id is claimed but its person not written yet (a writer still at it, or one that died):
      // worth a retry, not a verdict that the person does not exist
      throw new UnavailableError(`person with external id ${ref.externalId} is being created; try again`);
    }
  }
}
