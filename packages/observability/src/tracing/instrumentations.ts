// The OpenTelemetry instrumentations of the libraries the platform talks through: HTTP (node:http, fastify),
// gRPC (client and server), Redis, CQL, S3 and Kafka. They patch modules as those load, so they are switched on
// before the rest of a process loads (the freeface command does it first thing); spans they make go to whatever
// tracer provider startTracing() registers later, and nowhere while tracing is off.
import { register } from 'node:module';
import { FastifyOtelInstrumentation } from '@fastify/otel';
import type { Instrumentation } from '@opentelemetry/instrumentation';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { AwsInstrumentation } from '@opentelemetry/instrumentation-aws-sdk';
import { CassandraDriverInstrumentation } from '@opentelemetry/instrumentation-cassandra-driver';
import { GrpcInstrumentation } from '@opentelemetry/instrumentation-grpc';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { IORedisInstrumentation } from '@opentelemetry/instrumentation-ioredis';
import { KafkaJsInstrumentation } from '@opentelemetry/instrumentation-kafkajs';
import { createAddHookMessageChannel } from 'import-in-the-middle';

/** Paths whose requests make no trace: probes and scrapes, many a minute, with nothing to follow. */
const QUIET_PATHS = /^\/(api\/v1\/)?(health|metrics)(\/|$|\?)/;

/** The instrumentations, one of each; exported for tests that check what is covered. */
export function platformInstrumentations(): Instrumentation[] {
  return [
    new HttpInstrumentation({ ignoreIncomingRequestHook: (request) => QUIET_PATHS.test(request.url ?? '') }),
    // route spans and http.route in every fastify instance, through fastify's diagnostics channel
    new FastifyOtelInstrumentation({ registerOnInitialization: true }),
    new GrpcInstrumentation({ ignoreGrpcMethods: ['Check', 'Watch'] }),
    new IORedisInstrumentation({ requireParentSpan: true }),
    new CassandraDriverInstrumentation(),
    new AwsInstrumentation({ suppressInternalInstrumentation: true }),
    new KafkaJsInstrumentation(),
  ];
}

let enabled: Promise<void> | undefined;

/**
 * Switches the instrumentations on, once per process. In ESM the modules imported later are hooked by
 * import-in-the-middle's loader, registered here for exactly the modules the instrumentations name (CommonJS
 * requires are hooked by require-in-the-middle, as ever). Resolves once the loader knows them: import the
 * rest of the process after that (freeface.ts does `await import('./main.js')`).
 */
export function enableInstrumentations(): Promise<void> {
  enabled ??= (async () => {
    const { registerOptions, waitForAllMessagesAcknowledged } = createAddHookMessageChannel();
    register('import-in-the-middle/hook.mjs', import.meta.url, registerOptions);
    registerInstrumentations({ instrumentations: platformInstrumentations() });
    await waitForAllMessagesAcknowledged();
  })();
  return enabled;
}
