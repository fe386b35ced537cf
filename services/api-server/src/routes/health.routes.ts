import type { FastifyInstance } from 'fastify';

export async function healthRoutes(api: FastifyInstance): Promise<void> {
  api.get('/health', async () => ({ status: 'healthy' }));
  api.get('/health/live', async () => ({ status: 'alive' }));
}
