import { type AddressInfo, connect } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApi } from '../testing/test-api.js';

// Small timeouts, and clients that send a byte at a time over a raw socket, far slower than the timeouts allow.
const api = await createTestApi({
  FREEFACE_API_BODY_TIMEOUT_MS: '300',
  FREEFACE_API_HEADERS_TIMEOUT_MS: '400',
  FREEFACE_API_REQUEST_TIMEOUT_MS: '3000',
});
afterAll(() => api.close());
await api.app.listen({ host: '127.0.0.1', port: 0 });
const { port } = api.app.server.address() as AddressInfo;

interface Trickle {
  /** what the server answered before it closed the connection */
  answer: string;
  /** bytes of the request still unsent when the server closed the connection */
  unsent: number;
}

/** Sends `atOnce`, then `slowly` a byte every `everyMs` until it is all sent or the server closes the connection. */
function trickle(atOnce: string, slowly: string, everyMs: number): Promise<Trickle> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    let sent = 0;
    let timer: NodeJS.Timeout | undefined;
    const next = () => {
      if (sent >= slowly.length || socket.destroyed) return;
      socket.write(slowly[sent++] as string);
      timer = setTimeout(next, everyMs);
    };
    socket.on('connect', () => {
      if (atOnce) socket.write(atOnce);
      next();
    });
    socket.on('data', (chunk) => {
      answer += chunk.toString();
    });
    socket.on('error', () => {}); // a reset after the answer is a way of closing too
    socket.on('close', () => {
      clearTimeout(timer);
      if (sent >= slowly.length) reject(new Error(`the server waited for the whole request: ${answer}`));
      else resolve({ answer, unsent: slowly.length - sent });
    });
  });
}

const body = JSON.stringify({ username: 'admin', password: 'a-password-sent-very-slowly' });

describe('request timeouts', () => {
  it('cuts off a client that trickles its body, with 408 REQUEST_TIMEOUT', async () => {
    const head = `POST /api/v1/auth/login HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n`;
    // the headers at once, then the body a byte every 100 ms: some 6 s for the whole of it
    const result = await trickle(head, body, 100);
    expect(result.unsent).toBeGreaterThan(0);
    expect(result.answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(result.answer).toMatch(/connection: close/i);
    expect(result.answer).toContain('"code":"REQUEST_TIMEOUT"');
  });

  it('cuts off a client that trickles its headers', async () => {
    const request = `GET /api/v1/health HTTP/1.1\r\nhost: x\r\nx-padding: ${'a'.repeat(60)}\r\n\r\n`;
    const result = await trickle('', request, 100);
    expect(result.unsent).toBeGreaterThan(0);
    expect(result.answer).toMatch(/^(HTTP\/1\.1 408 |$)/);
  });

  it('still answers a client that sends its request at once', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(response.status).toBe(401);
  });
});
