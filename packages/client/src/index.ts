// @freeface/client: a typed client of the FreeFace REST API (/api/v1), its types generated from the API's own
// OpenAPI document (npm run gen:client). Every path, parameter, body and answer is checked by TypeScript.
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './generated/openapi.js';

export type { components, operations, paths } from './generated/openapi.js';

export type FreefaceClient = Client<paths>;

export interface FreefaceClientOptions {
  /** where the API is served, e.g. http://127.0.0.1:8080 (the /api/v1 of the paths is added by the paths) */
  baseUrl: string;
  /** a user's access token (POST /api/v1/auth/login), sent as Authorization: Bearer */
  token?: string | undefined;
  /** an API key, sent as x-api-key */
  apiKey?: string | undefined;
  /** another fetch (a test's, a browser's with credentials) */
  fetch?: typeof globalThis.fetch | undefined;
  headers?: Record<string, string> | undefined;
}

/** A client whose calls are typed by the OpenAPI document: `client.GET('/api/v1/persons/{person_id}', ...)`. */
export function createFreefaceClient(options: FreefaceClientOptions): FreefaceClient {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.apiKey) headers['x-api-key'] = options.apiKey;
  return createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    headers,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}
