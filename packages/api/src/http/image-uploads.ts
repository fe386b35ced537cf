// multipart/form-data beside JSON on every endpoint that takes images: the file fields `image` and
// `reference_image` stand for `image_data` and `reference_image_data`, the other fields are form fields. The form
// becomes the JSON body the route's schema validates (files as base64), so both ways meet the same checks and the
// same size and pixel limits; the OpenAPI document gives each such route both content types.
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { jsonSchemaTransform } from 'fastify-type-provider-zod';

/** file field -> the JSON field it stands for */
export const FILE_FIELDS: Readonly<Record<string, string>> = {
  image: 'image_data',
  reference_image: 'reference_image_data',
};
/** form fields that stay text even when they look like a number or JSON */
const TEXT_FIELDS = new Set(['person_id', 'external_id', 'source_id', 'seen_at', 'webhook_url', 'priority']);

/** A form field's text as the JSON value it stands for: booleans, numbers, objects (location) parsed. */
function formValue(name: string, text: string): unknown {
  if (TEXT_FIELDS.has(name)) return text;
  const trimmed = text.trim();
  if (/^(true|false|null|-?\d+(\.\d+)?([eE][-+]?\d+)?)$/.test(trimmed) || /^[[{]/.test(trimmed)) {
    try {
      return JSON.parse(trimmed);
    } catch {
      return text; // the schema says what is wrong with it
    }
  }
  return text;
}

/** Takes multipart/form-data on the routes of `api` (files at most maxBytes + 1, so the image check names the limit). */
export async function registerImageUploads(api: FastifyInstance, maxBytes: number): Promise<void> {
  await api.register(multipart, {
    attachFieldsToBody: 'keyValues',
    limits: { fileSize: maxBytes + 1, files: 2, fields: 32, parts: 34, fieldSize: 64 * 1024 },
    throwFileSizeLimit: false,
  });
  api.addHook('preValidation', async (request) => {
    if (!request.isMultipart()) return;
    const form = (request.body ?? {}) as Record<string, unknown>;
    const body: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(form)) {
      const jsonField = FILE_FIELDS[name];
      if (jsonField !== undefined && Buffer.isBuffer(value)) body[jsonField] = value.toString('base64');
      else if (typeof value === 'string') body[name] = formValue(name, value);
      else if (Buffer.isBuffer(value)) body[name] = value.toString('utf8');
      else body[name] = value;
    }
    request.body = body;
  });
}

type Transform = typeof jsonSchemaTransform;
interface JsonSchema {
  type?: string;
  properties?: Record<string, unknown>;
  required?: string[];
  description?: string;
  [key: string]: unknown;
}

/** OpenAPI: a body with image fields gets a multipart/form-data twin, its images as binary file fields. */
export const withImageUploads =
  (transform: Transform): Transform =>
  (input) => {
    const out = transform(input);
    const schema = out.schema as { body?: JsonSchema };
    const body = schema.body;
    const images = Object.entries(FILE_FIELDS).filter(([, field]) => body?.properties?.[field] !== undefined);
    if (!body || images.length === 0) return out;
    const properties: Record<string, unknown> = {};
    for (const [name, property] of Object.entries(body.properties ?? {})) {
      const file = images.find(([, field]) => field === name)?.[0];
      if (file)
        properties[file] = {
          type: 'string',
          format: 'binary',
          description: `the ${name.replace('_data', '')} file: JPEG, PNG or WebP`,
        };
      else properties[name] = property;
    }
    const required = (body.required ?? []).map((name) => images.find(([, field]) => field === name)?.[0] ?? name);
    const form: JsonSchema = { ...body, properties, required };
    schema.body = {
      content: { 'application/json': { schema: body }, 'multipart/form-data': { schema: form } },
    } as JsonSchema;
    return out;
  };
