import { describe, expect, it } from 'vitest';
import { embeddingTraces } from './erasure-scans.js';

// The scan the erasure tests trust to find an embedding: it must see one in the forms stores write.
describe('embeddingTraces', () => {
  const stored = Float32Array.from([0.12345, -0.5, 0.25, 0.0625, 0.9]);
  const embedding = Array.from(stored);

  it('finds an embedding written as JSON numbers, as a version 1 face.enrolled event carried it', () => {
    const event = Buffer.from(JSON.stringify({ type: 'face.enrolled', version: 1, embedding }));
    expect(embeddingTraces('log', event, [embedding])).toEqual(['log: embedding 0 as JSON']);
    // a copy rounded in its last digits (made before the index normalised it) is the same embedding
    const rounded = Buffer.from(JSON.stringify({ embedding: embedding.map((v) => v + 3e-6) }));
    expect(embeddingTraces('log', rounded, [embedding])).toEqual(['log: embedding 0 as JSON']);
  });

  it('finds one written as float32 bytes, as a vector file holds it, and nothing in other bytes', () => {
    const file = Buffer.concat([Buffer.from('header'), Buffer.from(stored.buffer), Buffer.from('tail')]);
    expect(embeddingTraces('index', file, [embedding])).toEqual(['index: embedding 0 as float32']);
    expect(embeddingTraces('other', Buffer.from(JSON.stringify({ faceId: 'x', model: 'm' })), [embedding])).toEqual([]);
  });
});
