// OpenAPI for routes whose 200 is text or bytes, not JSON (config.textAnswer names its content type): after the zod
// transform, the 200 is documented under that content type; every error answer stays the JSON envelope.
import type { jsonSchemaTransform } from 'fastify-type-provider-zod';

type Transform = typeof jsonSchemaTransform;

export const withTextAnswers =
  (transform: Transform): Transform =>
  (input) => {
    const out = transform(input);
    const contentType = (input.route.config as { textAnswer?: string } | undefined)?.textAnswer;
    const response = (out.schema as { response?: Record<string, unknown> }).response;
    const ok = response?.[200] as { description?: string } | undefined;
    if (!contentType || !response || !ok) return out;
    response[200] = {
      description: ok.description ?? 'text',
      content: {
        [contentType]: {
          schema: contentType.startsWith('text/') ? { type: 'string' } : { type: 'string', format: 'binary' },
        },
      },
    };
    return out;
  };
