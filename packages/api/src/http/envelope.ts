import { z } from 'zod';

// Every answer has the same shape: {success, message, data}; errors add a stable code.

export interface Envelope<T> {
  success: true;
  message: string;
  data: T;
}

export function ok<T>(data: T, message = 'ok'): Envelope<T> {
  return { success: true, message, data };
}

/** The response schema of a route whose data has this schema (for validation of output and OpenAPI). */
export function envelopeOf<T extends z.ZodType>(data: T) {
  return z.object({ success: z.literal(true), message: z.string(), data });
}

export const errorEnvelope = z
  .object({
    success: z.literal(false),
    message: z.string().describe('what went wrong, and what to do about it'),
    code: z.string().describe('stable error code, e.g. INVALID_ARGUMENT, NOT_FOUND, UNAUTHENTICATED'),
    data: z.null(),
  })
  .describe('an error');

export type ErrorEnvelope = z.infer<typeof errorEnvelope>;
