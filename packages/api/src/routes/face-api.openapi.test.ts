import { afterAll, describe, expect, it } from 'vitest';
import { createTestApi } from '../testing/test-api.js';

const api = await createTestApi();
afterAll(() => api.close());

const ROUTES = {
  '/api/v1/faces/enroll': ['post'],
  '/api/v1/faces/enroll_async': ['post'],
  '/api/v1/faces/enroll/status/{id}': ['get'],
  '/api/v1/faces/search': ['post'],
  '/api/v1/faces/recognize': ['post'],
  '/api/v1/faces/detect': ['post'],
  '/api/v1/faces/verify': ['post'],
  '/api/v1/faces/{id}': ['get', 'delete'],
  '/api/v1/persons': ['get', 'post'],
  '/api/v1/persons/by_external_ids': ['get'],
  '/api/v1/persons/by_external_id/{external_id}': ['get'],
  '/api/v1/persons/{id}': ['get', 'put', 'delete'],
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
        if (!path.endsWith('/download')) expect(operation.responses['200'], `${method} ${path}`).toBeDefined();
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
        'captured_at',
        'location',
        'source_id',
      ]),
    );
    expect(body.required).toEqual(['image_data']);
    const answer = enroll.responses['200'].content['application/json'].schema;
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
});
