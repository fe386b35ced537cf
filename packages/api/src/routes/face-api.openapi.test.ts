import { afterAll, describe, expect, it } from 'vitest';
import { createTestApi } from '../testing/test-api.js';

const api = await createTestApi();
afterAll(() => api.close());

const ROUTES = {
  '/api/v1/faces/enroll': ['post'],
  '/api/v1/faces/enroll_async': ['post'],
  '/api/v1/faces/enroll/status/{job_id}': ['get'],
  '/api/v1/faces/search': ['post'],
  '/api/v1/faces/recognize': ['post'],
  '/api/v1/faces/detect': ['post'],
  '/api/v1/faces/verify': ['post'],
  '/api/v1/faces/{face_id}': ['get', 'delete'],
  '/api/v1/persons': ['get', 'post'],
  '/api/v1/persons/by_external_ids': ['get'],
  '/api/v1/persons/by_external_id/{external_id}': ['get'],
  '/api/v1/persons/{person_id}': ['get', 'put', 'delete'],
  '/api/v1/persons/{person_id}/timeline': ['get'],
  '/api/v1/persons/{person_id}/appearances': ['get'],
  '/api/v1/images/{image_id}': ['get'],
  '/api/v1/images/{image_id}/download': ['get'],
};

describe('OpenAPI of the face, person and image endpoints', () => {
  it('documents every endpoint with its body, parameters and answer, behind a token or key', async () => {
    const doc = (await api.app.inject('/docs/json')).json();
    for (const [path, methods] of Object.entries(ROUTES)) {
      for (const method of methods) {
        const operation = doc.paths[path]?.[method];
        expect(operation, `${method} ${path}`).toBeDefined();
        expect(operation.summary, `${method} ${path}`).toEqual(expect.any(String));
        expect(operation.security, `${method} ${path} is not public`).toBeUndefined();
        const success = operation.responses['200'] ?? operation.responses['201'] ?? operation.responses['202'];
        if (!path.endsWith('/download')) expect(success, `${method} ${path}`).toBeDefined();
      }
    }
    const enroll = doc.paths['/api/v1/faces/enroll'].post;
    const body = enroll.requestBody.content['application/json'].schema;
    expect(Object.keys(body.properties)).toEqual(
      expect.arrayContaining([
        'person_id',
        'external_id',
        'image_data',
        'enable_multi_face',
        'quality_threshold',
        'seen_at',
        'location',
        'source_id',
      ]),
    );
    expect(body.required).toEqual(['image_data']);
    const answer = enroll.responses['201'].content['application/json'].schema;
    expect(answer.properties.data.properties.faces.items.required).toEqual(
      expect.arrayContaining(['face_id', 'person_id', 'bbox', 'quality']),
    );
    const appearances = doc.paths['/api/v1/persons/{person_id}/appearances'].get.parameters.map(
      (p: { name: string }) => p.name,
    );
    expect(appearances).toEqual(
      expect.arrayContaining([
        'from',
        'to',
        'lat',
        'lon',
        'radius_km',
        'min_lat',
        'min_lon',
        'max_lat',
        'max_lon',
        'limit',
        'page_token',
        'person_id',
      ]),
    );
  });

  it('names one thing one way: appearance and seen_at, path parameters after their kind, bbox and detection_score', async () => {
    const doc = (await api.app.inject('/docs/json')).json();
    const text = JSON.stringify(doc);
    expect(text).not.toMatch(/sighting|captured/i);
    for (const [path, operations] of Object.entries<
      Record<string, { parameters?: Array<{ in: string; name: string }> }>
    >(doc.paths)) {
      const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const name of inPath) expect(name, path).toMatch(/^(person|face|image|job|cluster|user|key|external)_id$/);
      for (const operation of Object.values(operations)) {
        for (const p of operation.parameters ?? []) if (p.in === 'path') expect(inPath, path).toContain(p.name);
      }
    }
    const timeline = doc.paths['/api/v1/persons/{person_id}/timeline'].get.responses['200'].content['application/json'];
    const item = timeline.schema.properties.data.properties.appearances.items;
    expect(Object.keys(item.properties)).toEqual(expect.arrayContaining(['appearance_id', 'seen_at', 'image_id']));
    const detect = doc.paths['/api/v1/faces/detect'].post.responses['200'].content['application/json'];
    expect(Object.keys(detect.schema.properties.data.properties.faces.items.properties)).toEqual(
      expect.arrayContaining(['bbox', 'detection_score']),
    );
  });
});
