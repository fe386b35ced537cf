import type { Topic } from './topics.js';

/** The bytes of a message: JSON, checked against the topic's schema first (a bad message is never sent). */
export function encodeMessage<T>(topic: Topic<T>, message: T): string {
  return JSON.stringify(topic.schema.parse(message));
}

export type Decoded<T> = { ok: true; message: T } | { ok: false; reason: string };

/** The message, or why not: not JSON, or not of the topic's schema. */
export function decodeMessage<T>(topic: Topic<T>, raw: string): Decoded<T> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'INVALID_MESSAGE: not JSON' };
  }
  const parsed = topic.schema.safeParse(json);
  if (parsed.success) return { ok: true, message: parsed.data };
  const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(message)'}: ${i.message}`);
  return { ok: false, reason: `INVALID_MESSAGE: ${issues.join('; ')}` };
}
