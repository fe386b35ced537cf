import { describe, expect, it } from 'vitest';
import { guardedLookup, isPrivateAddress, parseWebhookUrl } from './webhook-target.js';

describe('webhook targets', () => {
  it('tells private, loopback, link-local and metadata addresses from public ones', () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '0.0.0.0',
      '::1',
      'fe80::1',
      'fd00:ec2::254',
      '::ffff:127.0.0.1',
      '100.64.0.1',
    ]) {
      expect(isPrivateAddress(a), a).toBe(true);
    }
    for (const a of ['8.8.8.8', '1.1.1.1', '2606:4700:4700::1111', '::ffff:8.8.4.4'])
      expect(isPrivateAddress(a), a).toBe(false);
  });

  it('refuses URLs a client must not send, with a message to act on', () => {
    expect(() => parseWebhookUrl('ftp://example.com/x', false)).toThrow(/http or https/);
    expect(() => parseWebhookUrl('not a url', false)).toThrow(/not a URL/);
    expect(() => parseWebhookUrl('http://user:pw@example.com/', false)).toThrow(/credentials/);
    for (const u of [
      'http://127.0.0.1:8080/hook',
      'http://localhost/hook',
      'http://[::1]/x',
      'http://169.254.169.254/latest',
    ]) {
      expect(() => parseWebhookUrl(u, false), u).toThrow(/private/);
      expect(parseWebhookUrl(u, true).href).toBeTruthy();
    }
    expect(parseWebhookUrl('https://example.com/hook', false).hostname).toBe('example.com');
  });

  it('refuses at connection time a name that resolves to a private address', async () => {
    const resolve = (allow: boolean) =>
      new Promise<string>((done, fail) =>
        guardedLookup(allow)('localhost', {}, (error, address) => (error ? fail(error) : done(String(address)))),
      );
    await expect(resolve(false)).rejects.toThrow(/loopback, private or link-local/);
    expect(await resolve(true)).toMatch(/127\.0\.0\.1|::1/);
  });
});
