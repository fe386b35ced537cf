import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { API_PREFIX } from '../http/api-prefix.js';
import { envelopeOf, ok } from '../http/envelope.js';
import { unwrapPageToken, wrapPageToken } from '../http/page-token.js';
import { jobIdParams } from '../schemas/faces.schemas.js';
import { enrollJob, jobListQuery, jobPage } from '../schemas/jobs.schemas.js';
import type { FaceRouteOptions } from './face-route-options.js';

/** The async enrollment jobs: listed by status and priority (the dead letters among them), retried by an operator. */
export const jobsRoutes: FastifyPluginAsyncZod<FaceRouteOptions> = async (api, { services }) => {
  const { jobs } = services;
  const tags = ['faces'];

  api.get(
    '/faces/enroll/jobs',
    {
      config: { access: 'viewer' },
      schema: {
        tags,
        summary:
          'The async enrollment jobs, newest first, by status and priority (status=dead_lettered: the dead letters, with why)',
        querystring: jobListQuery,
        response: { 200: envelopeOf(jobPage) },
      },
    },
    async ({ query }) => {
      const scope = `enroll-jobs:${query.status ?? ''}:${query.priority ?? ''}`;
      const page = await jobs.list({
        limit: query.limit,
        pageToken: unwrapPageToken(scope, query.page_token),
        ...(query.status ? { status: query.status } : {}),
        ...(query.priority ? { priority: query.priority } : {}),
      });
      return ok({
        jobs: await Promise.all(page.items.map((job) => jobs.show(job))),
        next_page_token: page.nextPageToken === undefined ? null : wrapPageToken(scope, page.nextPageToken),
      });
    },
  );

  api.post(
    '/faces/enroll/jobs/:job_id/retry',
    {
      config: { access: 'operator', conflict: true },
      schema: {
        tags,
        summary:
          'Send a dead-lettered job again (202, Location: its status): queued with its attempts from zero; 409 for a ' +
          'job in another state or whose image is gone',
        params: jobIdParams,
        response: { 202: envelopeOf(enrollJob) },
      },
    },
    async ({ params }, reply) => {
      const job = await jobs.retry(params.job_id);
      reply.code(202).header('location', `${API_PREFIX}/faces/enroll/status/${encodeURIComponent(job.id)}`);
      return ok(await jobs.show(job), 'enrollment queued again');
    },
  );
};
