import { checkMetadata, type GeoFilter, type Person } from '@freeface/domain';
import type { PersonService } from '@freeface/enrollment';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { created } from '../http/created.js';
import { deleted } from '../http/deleted.js';
import { envelopeOf, ok } from '../http/envelope.js';
import { pageOut, unwrapPageToken } from '../http/page-token.js';
import { facePage, showFace } from '../schemas/faces.schemas.js';
import {
  appearancePage,
  appearancesQuery,
  byExternalIdsQuery,
  createPersonBody,
  deletedPerson,
  externalIdParams,
  listQuery,
  person,
  personIdParams,
  personListQuery,
  personPage,
  personsByExternalIds,
  showAppearance,
  showPerson,
  updatePersonBody,
} from '../schemas/persons.schemas.js';
import type { FaceRouteOptions } from './face-route-options.js';

function geoFilterOf(q: z.infer<typeof appearancesQuery>): GeoFilter | undefined {
  if (q.lat !== undefined && q.lon !== undefined && q.radius_km !== undefined)
    return { kind: 'radius', center: { lat: q.lat, lon: q.lon }, radiusKm: q.radius_km };
  if (q.min_lat !== undefined && q.min_lon !== undefined && q.max_lat !== undefined && q.max_lon !== undefined)
    return { kind: 'box', box: { minLat: q.min_lat, minLon: q.min_lon, maxLat: q.max_lat, maxLon: q.max_lon } };
  return undefined;
}

/** A person as answered, with their face count and cover face. */
export const shownPerson = async (persons: PersonService, p: Person) => showPerson(p, await persons.faceSummary(p.id));

/** Persons as answered, their face summaries read side by side. */
export const shownPersons = (persons: PersonService, list: Person[]) =>
  Promise.all(list.map((p) => shownPerson(persons, p)));

/** Persons: made, read, changed and deleted (with everything of theirs); their appearances over time and place. */
export const personsRoutes: FastifyPluginAsyncZod<FaceRouteOptions> = async (
  api,
  { services, metrics, metadataLimits },
) => {
  const { persons, appearances } = services;
  const tags = ['persons'];
  const viewer = { access: 'viewer' as const };
  const operator = { access: 'operator' as const };

  api.get(
    '/persons',
    {
      config: viewer,
      schema: {
        tags,
        summary: 'The persons, a page at a time: newest first, or by name; q= finds by name or external id',
        querystring: personListQuery,
        response: { 200: envelopeOf(personPage) },
      },
    },
    async ({ query }) => {
      const scope = query.q === undefined ? `persons:${query.order}` : `persons:${query.order}:q:${query.q}`;
      const request = { limit: query.limit, pageToken: unwrapPageToken(scope, query.page_token), order: query.order };
      const page =
        query.q === undefined ? await persons.list(request) : await persons.search({ ...request, text: query.q });
      const { next_page_token } = pageOut(scope, page, () => null);
      return ok({ persons: await shownPersons(persons, page.items), next_page_token });
    },
  );

  api.get(
    '/persons/by_external_ids',
    {
      config: viewer,
      schema: {
        tags,
        summary: 'The persons with these external ids',
        querystring: byExternalIdsQuery,
        response: { 200: envelopeOf(personsByExternalIds) },
      },
    },
    async ({ query }) => {
      const found = await persons.getByExternalIds(query.external_ids);
      return ok({ persons: await shownPersons(persons, found.persons), missing: found.missing });
    },
  );

  api.get(
    '/persons/by_external_id/:external_id',
    {
      config: viewer,
      schema: {
        tags,
        summary: 'The person with this external id',
        params: externalIdParams,
        response: { 200: envelopeOf(person) },
      },
    },
    async ({ params }) => ok(await shownPerson(persons, await persons.getByExternalId(params.external_id))),
  );

  api.post(
    '/persons',
    {
      config: { ...operator, conflict: true, answerHeaders: { 201: { Location: 'the new person' } } },
      schema: {
        tags,
        summary: 'Create a person (409 when the external id is taken); 201 with its Location',
        body: createPersonBody,
        response: { 201: envelopeOf(person) },
      },
    },
    async ({ body }, reply) => {
      if (body.metadata !== undefined) checkMetadata(body.metadata, metadataLimits);
      const made = await persons.create({
        externalId: body.external_id,
        name: body.name,
        metadata: body.metadata,
        retentionDays: body.retention_days,
      });
      return created(
        reply,
        `/persons/${encodeURIComponent(made.id)}`,
        showPerson(made, { faceCount: 0 }),
        'person created',
      );
    },
  );

  api.get(
    '/persons/:person_id',
    {
      config: viewer,
      schema: { tags, summary: 'A person', params: personIdParams, response: { 200: envelopeOf(person) } },
    },
    async ({ params }) => ok(await shownPerson(persons, await persons.get(params.person_id))),
  );

  api.put(
    '/persons/:person_id',
    {
      config: { ...operator, conflict: true },
      schema: {
        tags,
        summary: 'Change a person (409 when the new external id is taken)',
        params: personIdParams,
        body: updatePersonBody,
        response: { 200: envelopeOf(person) },
      },
    },
    async ({ params, body }) => {
      if (body.metadata !== undefined) checkMetadata(body.metadata, metadataLimits);
      const changed = await persons.update(params.person_id, {
        externalId: body.external_id,
        name: body.name,
        metadata: body.metadata,
        retentionDays: body.retention_days,
      });
      return ok(await shownPerson(persons, changed), 'person updated');
    },
  );

  api.delete(
    '/persons/:person_id',
    {
      config: operator,
      schema: {
        tags,
        summary: 'Delete a person with all their faces, vectors, appearances, and the images no other face uses',
        params: personIdParams,
        response: { 200: envelopeOf(deletedPerson) },
      },
    },
    async ({ params }) => {
      const removed = await metrics.time('delete_person', () => persons.delete(params.person_id));
      return deleted({ person_id: params.person_id, deleted_faces: removed.faces, deleted_images: removed.images });
    },
  );

  api.get(
    '/persons/:person_id/faces',
    {
      config: viewer,
      schema: {
        tags,
        summary: "A person's faces, a page at a time (GET /faces/{face_id}/thumbnail shows one)",
        params: personIdParams,
        querystring: listQuery,
        response: { 200: envelopeOf(facePage) },
      },
    },
    async ({ params, query }) => {
      await persons.get(params.person_id);
      const scope = `faces:${params.person_id}`;
      const page = await services.faces.listByPerson(params.person_id, {
        limit: query.limit,
        pageToken: unwrapPageToken(scope, query.page_token),
      });
      const { items, next_page_token } = pageOut(scope, page, showFace);
      return ok({ faces: items, next_page_token });
    },
  );

  api.get(
    '/persons/:person_id/timeline',
    {
      config: viewer,
      schema: {
        tags,
        summary: "A person's appearances, newest first",
        params: personIdParams,
        querystring: listQuery,
        response: { 200: envelopeOf(appearancePage) },
      },
    },
    async ({ params, query }) => {
      await persons.get(params.person_id);
      const scope = `timeline:${params.person_id}`;
      const page = await appearances.list(params.person_id, {}, query.limit, unwrapPageToken(scope, query.page_token));
      const { items, next_page_token } = pageOut(scope, page, showAppearance);
      return ok({ appearances: items, next_page_token });
    },
  );

  api.get(
    '/persons/:person_id/appearances',
    {
      config: viewer,
      schema: {
        tags,
        summary:
          "A person's appearances in a time window and a place (a radius around a point, or a box), newest first",
        params: personIdParams,
        querystring: appearancesQuery,
        response: { 200: envelopeOf(appearancePage) },
      },
    },
    async ({ params, query }) => {
      await persons.get(params.person_id);
      const { limit, page_token, ...filters } = query;
      const scope = `appearances:${params.person_id}:${JSON.stringify(filters)}`;
      const page = await appearances.list(
        params.person_id,
        {
          from: query.from === undefined ? undefined : new Date(query.from),
          to: query.to === undefined ? undefined : new Date(query.to),
          geo: geoFilterOf(query),
        },
        limit,
        unwrapPageToken(scope, page_token),
      );
      const { items, next_page_token } = pageOut(scope, page, showAppearance);
      return ok({ appearances: items, next_page_token });
    },
  );
};
