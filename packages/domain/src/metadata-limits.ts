// Limits on the free-form `metadata` a caller keeps with a person: how deep, how many keys, how many bytes.
// Checked before anything is stored, so that every stored record can be shown again (a JSON value nested a
// few thousand levels deep overflows the stack of JSON.stringify).

import { InvalidArgumentError } from './errors.js';

export interface MetadataLimits {
  /** levels of nesting: the metadata object itself is level 1, an object or array in it level 2, ... */
  readonly maxDepth: number;
  /** keys of all its objects together (an array's items count as keys too) */
  readonly maxKeys: number;
  /** bytes of its JSON text (UTF-8) */
  readonly maxBytes: number;
}

/**
 * How deep a JSON value nests and how many keys it has, counted without recursion: no stack to overflow
 * however deep it goes (the value came from JSON.parse of a body within the body limit, so the walk is short).
 */
export function measureJson(value: unknown): { depth: number; keys: number } {
  let depth = 0;
  let keys = 0;
  const pending: Array<[unknown, number]> = [[value, 1]];
  while (pending.length > 0) {
    const [item, level] = pending.pop() as [unknown, number];
    if (item === null || typeof item !== 'object') continue;
    if (level > depth) depth = level;
    const children = Array.isArray(item) ? item : Object.values(item);
    keys += children.length;
    for (const child of children) pending.push([child, level + 1]);
  }
  return { depth, keys };
}

/** What is wrong with this metadata, said so that the caller can fix it; undefined when within the limits. */
export function metadataProblem(metadata: unknown, limits: MetadataLimits): string | undefined {
  const { depth, keys } = measureJson(metadata);
  if (depth > limits.maxDepth) return `metadata is nested ${depth} levels deep; at most ${limits.maxDepth}`;
  if (keys > limits.maxKeys) return `metadata has ${keys} keys in all; at most ${limits.maxKeys}`;
  const bytes = new TextEncoder().encode(JSON.stringify(metadata)).length;
  if (bytes > limits.maxBytes) return `metadata is ${bytes} bytes as JSON; at most ${limits.maxBytes}`;
  return undefined;
}

/** InvalidArgumentError (a 400 that names the limit) when the metadata passes one of the limits. */
export function checkMetadata(metadata: unknown, limits: MetadataLimits): void {
  const problem = metadataProblem(metadata, limits);
  if (problem) throw new InvalidArgumentError(problem);
}
