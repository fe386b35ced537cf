import type {
  ApiKey,
  Appearance,
  AuditEntry,
  EnrollJob,
  Face,
  FaceCluster,
  ImageRecord,
  JobStatus,
  Page,
  PageRequest,
  Person,
  PersonOrder,
  Priority,
  User,
} from '@freeface/domain';

// The metadata port: one repository per record kind, each sized to the queries the services make.
// Production: ScyllaDB (a table per query). Embedded: SQLite.

export interface PersonRepository {
  /** ConflictError when the external id belongs to another person */
  create(person: Person): Promise<void>;
  get(id: string): Promise<Person | undefined>;
  getByExternalId(externalId: string): Promise<Person | undefined>;
  /** the persons found, in no particular order; unknown ids are left out */
  getByExternalIds(externalIds: string[]): Promise<Person[]>;
  /** replaces the person; ConflictError when a new external id belongs to another person */
  update(person: Person): Promise<void>;
  /** removes the person and its external id; no error when absent */
  delete(id: string): Promise<void>;
  /** newest first (created_at descending, then id; the default) or by personNameKey then id; a token continues its own order */
  list(page: PageRequest & { order?: PersonOrder }): Promise<Page<Person>>;
}

export interface FaceRepository {
  /** idempotent: the same id stores the same face */
  put(face: Face): Promise<void>;
  get(id: string): Promise<Face | undefined>;
  listByPerson(personId: string, page: PageRequest): Promise<Page<Face>>;
  /** faces of this person cut from this image: how enrollment avoids duplicates */
  listByPersonAndImage(personId: string, imageId: string): Promise<Face[]>;
  /** ids of every face cut from this image, of any person or none: whether an image is still in use */
  listIdsByImage(imageId: string): Promise<string[]>;
  /**
   * every face, a page at a time, in an order of the store's (a re-embedding walks them): background work, never
   * a request path (ScyllaDB reads the whole table over the pages)
   */
  scan(page: PageRequest): Promise<Page<Face>>;
  /** moves a face to a person, or to no person with undefined */
  assign(faceId: string, personId: string | undefined): Promise<void>;
  delete(id: string): Promise<void>;
}

export interface ImageRepository {
  /** idempotent: images are content-addressed */
  put(image: ImageRecord): Promise<void>;
  get(id: string): Promise<ImageRecord | undefined>;
  delete(id: string): Promise<void>;
}

export interface AppearanceQuery extends PageRequest {
  /** inclusive */
  from?: Date;
  /** exclusive */
  to?: Date;
}

export interface AppearanceRepository {
  add(appearance: Appearance): Promise<void>;
  /** newest first */
  listByPerson(personId: string, query: AppearanceQuery): Promise<Page<Appearance>>;
  deleteByPerson(personId: string): Promise<void>;
  /** removes the person's appearances seen before this time (retention); how many went */
  deleteBefore(personId: string, before: Date): Promise<number>;
}

export interface JobQuery extends PageRequest {
  status?: JobStatus;
  priority?: Priority;
}

export interface EnrollJobRepository {
  /**
   * idempotent on the job id; replaces the whole job (its place in the lists follows its status). `fresh`: the
   * id was chosen just now and never put, so there is no earlier place in the lists to leave (a read saved).
   */
  put(job: EnrollJob, options?: { fresh?: boolean }): Promise<void>;
  get(id: string): Promise<EnrollJob | undefined>;
  /** newest first (created_at descending, then id), of the status and priority asked (each: any when left out) */
  list(query: JobQuery): Promise<Page<EnrollJob>>;
  /**
   * images of failed jobs that failed before this time, oldest first, at most limit: what retention removes.
   * A job put with status failed is listed until forgetFailedImage.
   */
  listFailedImages(before: Date, limit: number): Promise<FailedJobImage[]>;
  forgetFailedImage(entry: FailedJobImage): Promise<void>;
  /**
   * removes every job that names this person, by person id or (when given) by external id, with its entry in
   * the failed images: a person's erasure. Answers the jobs removed (their images are the caller's to remove).
   */
  deleteByPerson(personId: string, externalId?: string): Promise<EnrollJob[]>;
}

export interface FailedJobImage {
  jobId: string;
  imageId: string;
  failedAt: Date;
}

/** Usernames are compared without regard to case: the key a username is stored and looked up under. */
export const usernameKey = (username: string): string => username.toLowerCase();

export interface UserRepository {
  /** ConflictError when the username is taken, in any case (`Ada` and `ada` are one username) */
  create(user: User): Promise<void>;
  get(id: string): Promise<User | undefined>;
  /**
   * the user of this username in any case; where two users from before usernames ignored case differ only
   * in case, the one spelled exactly so (else the older one)
   */
  getByUsername(username: string): Promise<User | undefined>;
  /** writes the password hash, role and tokensValidAfter of the user with this id (the username stays) */
  update(user: User): Promise<void>;
  list(): Promise<User[]>;
  delete(id: string): Promise<void>;
}

export interface ApiKeyRepository {
  create(key: ApiKey): Promise<void>;
  getByHash(keyHash: string): Promise<ApiKey | undefined>;
  list(): Promise<ApiKey[]>;
  revoke(id: string): Promise<void>;
}

export interface ClusterRepository {
  put(cluster: FaceCluster): Promise<void>;
  get(id: string): Promise<FaceCluster | undefined>;
  listByModel(model: string): Promise<FaceCluster[]>;
  delete(id: string): Promise<void>;
}

export interface AuditQuery extends PageRequest {
  /** entries of this user or key only */
  actorId?: string;
  /** entries about this person only */
  personId?: string;
  /** inclusive */
  from?: Date;
  /** exclusive */
  to?: Date;
}

/** The audit trail: written once, never changed; newest first. */
export interface AuditRepository {
  /** idempotent on the entry id */
  add(entry: AuditEntry): Promise<void>;
  list(query: AuditQuery): Promise<Page<AuditEntry>>;
}

export interface MetadataStore {
  readonly persons: PersonRepository;
  readonly faces: FaceRepository;
  readonly images: ImageRepository;
  readonly appearances: AppearanceRepository;
  readonly jobs: EnrollJobRepository;
  readonly users: UserRepository;
  readonly apiKeys: ApiKeyRepository;
  readonly clusters: ClusterRepository;
  readonly audit: AuditRepository;
  /** throws UnavailableError when the store cannot answer (readiness) */
  ping(): Promise<void>;
  close(): Promise<void>;
}
