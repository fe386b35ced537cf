import type { Client, MethodDefinition } from '@grpc/grpc-js';
import { service as healthService } from 'grpc-health-check';
import { type CallSettings, callUnary } from './unary-client.js';

export type HealthStatus = 'UNKNOWN' | 'SERVING' | 'NOT_SERVING' | 'SERVICE_UNKNOWN';

const check = healthService.Check as MethodDefinition<{ service: string }, { status: HealthStatus }>;

/** grpc.health.v1.Health/Check of one service on the channel of `client`; NOT_FOUND when the server does not know it. */
export async function healthCheck(client: Client, serviceName: string, settings: CallSettings): Promise<HealthStatus> {
  return (await callUnary(client, check, { service: serviceName }, settings)).status;
}
