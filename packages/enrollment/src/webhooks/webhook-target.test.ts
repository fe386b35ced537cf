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

  it('refuses IPv6 forms that carry a refused IPv4 address, and keeps those that carry a public one', () => {
    for (const a of [
      '64:ff9b::7f00:1', // NAT64 of 127.0.0.1
      '64:ff9b::10.0.0.1',
      '64:ff9b:1::a9fe:a9fe', // local-use NAT64 of 169.254.169.254
      '2002:7f00:1::', // 6to4 of 127.0.0.1
      '2002:c0a8:101::1', // 6to4 of 192.168.1.1
      '::127.0.0.1', // IPv4-compatible
      '::7f00:1',
      '::ffff:7f00:1', // IPv4-mapped, hex
      '::ffff:0:a00:1', // IPv4-translated
      '0:0:0:0:0:ffff:192.168.0.1',
    ]) {
      expect(isPrivateAddress(a), a).toBe(true);
    }
    for (const a of ['64:ff9b::808:808', '2002:808:808::1', '::ffff:808:404', '2001:db8::1'])
      expect(isPrivateAddress(a), a).toBe(false);
    for (const u of ['http://[64:ff9b::7f00:1]/', 'http://[2002:7f00:1::]/', 'http://[::127.0.0.1]/'])
      expect(() => parseWebhookUrl(u, false), u).toThrow(/private/);
  });

  it('allows the ports of the settings only', () => {
    expect(() => parseWebhookUrl('http://example.com:22/x', false)).toThrow(/port 22; webhooks go to ports 80, 443/);
    for (const u of ['http://example.com/', 'https://example.com/', 'http://example.com:8080/', 'https://a.io:8443/'])
      expect(parseWebhookUrl(u, false).href, u).toBeTruthy();
    expect(() => parseWebhookUrl('https://example.com/', false, [8443])).toThrow(/port 443/);
    expect(parseWebhookUrl('https://example.com:9000/', false, [9000]).port).toBe('9000');
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
    // the addresses a name resolves to are checked with the same rules, embedded IPv4 included
    const viaNat64 = await new Promise<unknown>((done) =>
      guardedLookup(false)('::ffff:127.0.0.1', {}, (error) => done(error)),
    );
    expect(String(viaNat64)).toMatch(/loopback, private or link-local/);
    expect(await resolve(true)).toMatch(/127\.0\.0\.1|::1/);
  });
});
