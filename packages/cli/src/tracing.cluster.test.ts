import { consumerGroups } from '@freeface/enrollment';
import { allTopics, openEventBus } from '@freeface/events';
import { createLogger } from '@freeface/observability';
import { clusterRun } from '@freeface/storage/testing';
import { freePort, type OtlpReceiver, PROJECT_ROOT, requireTestData, startOtlpReceiver } from '@freeface/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { ServiceProcess } from './testing/service-process.js';
import { expectOneTrace } from './testing/trace-expectations.js';
import { enrollAsyncWithWebhook, startWebhookReceiver } from './testing/traced-enrollment.js';

// The cluster profile as its deployments run it, four processes (`freeface start --roles ...`) on the real
// backends (Cassandra for ScyllaDB, Milvus, S3, Redis, Kafka), each sending its traces to one OTLP receiver: one
// enroll_async is one trace across api-server, Kafka, async-enroll, the extractor over gRPC, the stores,
// face-cluster and the webhook.

const run = await clusterRun('tracing', { FREEFACE_KAFKA_PARTITIONS: '1', FREEFACE_LOG_LEVEL: 'info' });
const faces = requireTestData('faces');

describe.skipIf(!run.up || !faces)('tracing of the cluster profile (real backends)', () => {
  const processes: ServiceProcess[] = [];
  let otlp: OtlpReceiver | undefined;
  let hooks: Awaited<ReturnType<typeof startWebhookReceiver>> | undefined;
  afterAll(async () => {
    for (const p of processes) await p.stop('SIGKILL');
    await otlp?.close();
    await hooks?.close();
    const { bus, topics } = await openEventBus(run.config, createLogger({ name: 'test', level: 'silent' }));
    await bus.deleteTopics(allTopics(topics).map((t) => t.name)).catch(() => {});
    await bus.deleteGroups(Object.values(consumerGroups(run.config))).catch(() => {});
    await bus.close();
    await run.erase();
  }, 180_000);

  it('shows one enroll_async as one trace of SERVER, PRODUCER, CONSUMER and CLIENT spans from four services', {
    timeout: 480_000,
  }, async () => {
    await run.migrate();
    otlp = await startOtlpReceiver();
    hooks = await startWebhookReceiver();
    const admin = { user: 'admin', password: 'tracing-cluster-password' };
    const [extractorPort, clusterPort, apiPort] = [await freePort(), await freePort(), await freePort()];
    const common = {
      ...run.env,
      FREEFACE_API_HOST: '127.0.0.1',
      FREEFACE_MODELS_DIR: `${PROJECT_ROOT}/models/weights`,
      FREEFACE_OTLP_ENDPOINT: otlp.endpoint,
      FREEFACE_EXTRACTOR_HOST: '127.0.0.1',
      FREEFACE_EXTRACTOR_PORT: String(extractorPort),
      FREEFACE_EXTRACTOR_ADDRESS: `127.0.0.1:${extractorPort}`,
      FREEFACE_CLUSTER_HOST: '127.0.0.1',
      FREEFACE_CLUSTER_PORT: String(clusterPort),
      FREEFACE_CLUSTER_ADDRESS: `127.0.0.1:${clusterPort}`,
      FREEFACE_WEBHOOK_ALLOW_PRIVATE: 'true',
      FREEFACE_WEBHOOK_PORTS: String(hooks.port),
    };
    const worker = async (name: string, roles: string) => {
      const adminPort = await freePort();
      const env = { ...common, FREEFACE_ADMIN_PORT: String(adminPort) };
      const process = new ServiceProcess(name, roles, env, `http://127.0.0.1:${adminPort}/health/ready`);
      processes.push(process);
      return process;
    };
    const extractor = await worker('extractor', 'extractor');
    const enrollWorker = await worker('async-enroll', 'enroll-worker');
    const faceCluster = await worker('face-cluster', 'cluster');
    const api = new ServiceProcess(
      'api-server',
      'api',
      {
        ...common,
        FREEFACE_API_PORT: String(apiPort),
        FREEFACE_ADMIN_USER: admin.user,
        FREEFACE_ADMIN_PASSWORD: admin.password,
      },
      `http://127.0.0.1:${apiPort}/api/v1/health/ready`,
    );
    processes.push(api);
    await extractor.start(180_000);
    await Promise.all([enrollWorker.start(180_000), faceCluster.start(180_000), api.start(180_000)]);

    const enrollment = await enrollAsyncWithWebhook(`http://127.0.0.1:${apiPort}/api/v1`, admin, hooks);
    const logs = () => processes.map((p) => `--- ${p.name}\n${p.output}`).join('\n');
    expect(enrollment.status, logs()).toBe('completed');
    // each process sends its spans on its own clock: a leaf of another process (the extractor's gRPC server,
    // face-cluster's consume beside the webhook's delivery) can come after the rest of the trace is whole
    const expected = ['api-server', 'async-enroll', 'extractor', 'face-cluster'];
    const trace = await expectOneTrace(otlp, enrollment, (spans) =>
      expected.every((service) => spans.some((s) => s.service === service)),
    );
    const services = [...new Set(trace.map((s) => s.service))].sort();
    expect(services, `services ${services.join(', ')}\n${logs()}`).toEqual(expected);
    const of = (service: string) => trace.filter((s) => s.service === service).map((s) => `${s.kind} ${s.scope}`);
    // the request, its publish to Kafka; the worker's consume, its gRPC call and the stores; the extractor's gRPC
    // server; face-cluster's consume of the face events
    expect(of('api-server')).toEqual(
      expect.arrayContaining([
        'SERVER @opentelemetry/instrumentation-http',
        'PRODUCER @opentelemetry/instrumentation-kafkajs',
      ]),
    );
    expect(of('async-enroll')).toEqual(
      expect.arrayContaining([
        'CONSUMER freeface-events-kafka',
        'CLIENT @opentelemetry/instrumentation-grpc',
        'CLIENT freeface-storage',
        'CLIENT @opentelemetry/instrumentation-cassandra-driver',
        'CLIENT @opentelemetry/instrumentation-aws-sdk',
        'CLIENT @opentelemetry/instrumentation-http',
      ]),
    );
    expect(of('extractor')).toContain('SERVER @opentelemetry/instrumentation-grpc');
    expect(of('face-cluster')).toContain('CONSUMER freeface-events-kafka');
    // Milvus is written by the worker (its SDK speaks gRPC): the storage span and the gRPC client span under it
    expect(trace.some((s) => s.service === 'async-enroll' && s.attributes['db.system.name'] === 'milvus')).toBe(true);
  });
});
