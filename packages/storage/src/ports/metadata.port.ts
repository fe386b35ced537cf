import type {
  ApiKey,
  Appearance,
  EnrollJob,
  Face,
  FaceCluster,
  ImageRecord,
  Page,
  PageRequest,
  Person,
  PersonOrder,
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
}

export interface EnrollJobRepository {
  /** idempotent on the job id */
  put(job: EnrollJob): Promise<void>;
  get(id: string): Promise<EnrollJob | undefined>;
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

export interface MetadataStore {
  readonly persons: PersonRepository;
  readonly faces: FaceRepository;
  readonly images: ImageRepository;
  readonly appearances: AppearanceRepository;
  readonly jobs: EnrollJobRepository;
  readonly users: UserRepository;
  readonly apiKeys: ApiKeyRepository;
  readonly clusters: ClusterRepository;
  /** throws UnavailableError when the store cannot answer (readiness) */
  ping(): Promise<void>;
  close(): Promise<void>;
}
