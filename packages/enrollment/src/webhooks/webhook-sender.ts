import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { guardedLookup } from './webhook-target.js';

export interface WebhookResponse {
  readonly status: number;
}

/**
 * One POST of a JSON body, with a deadline, over a connection whose address is checked when it is made
 * (see guardedLookup). Resolves with the status; rejects on network errors and timeouts.
 */
export function postWebhook(
  url: URL,
  body: string,
  headers: Record<string, string>,
  { timeoutMs, allowPrivate }: { timeoutMs: number; allowPrivate: boolean },
): Promise<WebhookResponse> {
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
        lookup: guardedLookup(allowPrivate) as never,
        timeout: timeoutMs,
      },
      (res) => {
        res.resume(); // the answer's body is not read
        res.once('end', () => resolve({ status: res.statusCode ?? 0 }));
        res.once('error', reject);
      },
    );
    req.once('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.once('error', reject);
    req.end(body);
  });
}
