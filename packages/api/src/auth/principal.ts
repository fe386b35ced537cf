import type { Role } from '@freeface/domain';

/** Who makes a request: a user with an access token, or a machine with an API key. */
export interface Principal {
  kind: 'user' | 'key';
  id: string;
  role: Role;
  /** the username, or the API key's name */
  name: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** set by the auth hook on every route but the public ones (where it is set only when credentials came) */
    principal?: Principal;
  }
}
