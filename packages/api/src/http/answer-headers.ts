// OpenAPI for the headers of answers: a route's config.answerHeaders names them by status (Location of a 201),
// and every 429 documents Retry-After and the RateLimit headers the auth gate sends.
import type { jsonSchemaTransform } from 'fastify-type-provider-zod';

type Transform = typeof jsonSchemaTransform;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** headers of the route's answers by status, for the OpenAPI document, e.g. { 201: { Location: '...' } } */
    answerHeaders?: Record<number, Record<string, string>>;
  }
}
export type AnswerHeaders = Record<number, Record<string, string>>;

const header = (description: string) => ({ type: 'string', description });

/** The headers of every rate-limited answer (auth.plugin.ts). */
export const RATE_LIMIT_HEADERS: Record<string, string> = {
  'RateLimit-Limit': 'requests allowed per window (settings auth.rateLimitPerMinute, a one-minute window)',
  'RateLimit-Remaining': 'requests left in this window',
  'RateLimit-Reset': 'seconds until the window resets',
};

export const withAnswerHeaders =
  (transform: Transform): Transform =>
  (input) => {
    const out = transform(input);
    const response = (out.schema as { response?: Record<string, Record<string, unknown>> }).response;
    if (!response) return out;
    const wanted: AnswerHeaders = {
      ...((input.route.config as { answerHeaders?: AnswerHeaders } | undefined)?.answerHeaders ?? {}),
    };
    if (response[429]) wanted[429] = { 'Retry-After': 'seconds until a retry can succeed', ...RATE_LIMIT_HEADERS };
    for (const [status, headers] of Object.entries(wanted)) {
      const answer = response[status];
      if (!answer) continue;
      answer.headers = Object.fromEntries(Object.entries(headers).map(([name, text]) => [name, header(text)]));
    }
    return out;
  };
