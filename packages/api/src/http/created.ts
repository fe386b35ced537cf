import type { FastifyReply } from 'fastify';
import { API_PREFIX } from './api-prefix.js';
import { type Envelope, ok } from './envelope.js';

// Creates answer 201 with Location (the new thing's own path); accepted work answers 202 with Location (where to
// follow it). Both keep the envelope, so a client reads every answer the same way.

/** 201 Created: `path` under /api/v1, e.g. `/persons/<id>`. */
export function created<T>(reply: FastifyReply, path: string, data: T, message: string): Envelope<T> {
  reply.code(201).header('location', `${API_PREFIX}${path}`);
  return ok(data, message);
}

/** 202 Accepted: `path` under /api/v1 is where the work can be followed. */
export function accepted<T>(reply: FastifyReply, path: string, data: T, message: string): Envelope<T> {
  reply.code(202).header('location', `${API_PREFIX}${path}`);
  return ok(data, message);
}
