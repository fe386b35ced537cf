// The one way the console reaches the REST API: the generated @freeface/client with the user's token. An
// answer of 401 (the token expired or was revoked) ends the session, which returns to the login page.
import { createFreefaceClient, type FreefaceClient } from '@freeface/client';

export type { FreefaceClient } from '@freeface/client';

export function consoleClient(token: string | undefined, onUnauthenticated: () => void): FreefaceClient {
  const client = createFreefaceClient({ baseUrl: window.location.origin, token });
  if (token)
    client.use({
      onResponse({ response }) {
        if (response.status === 401) onUnauthenticated();
        return response;
      },
    });
  return client;
}
