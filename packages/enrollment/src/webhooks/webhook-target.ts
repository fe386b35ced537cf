import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { InvalidArgumentError } from '@freeface/domain';

// Webhooks go only where they should: never to this machine, a private network, link-local addresses or a
// cloud metadata service (a webhook URL is chosen by a client, so it must not reach inside), unless the
// settings allow it (auth.webhookAllowPrivate; tests and closed networks).

const blocked = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, incl. the 169.254.169.254 metadata service
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  blocked.addSubnet(net, bits, 'ipv4');
}
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7], // unique local, incl. fd00:ec2::254 (a metadata service)
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) {
  blocked.addSubnet(net, bits, 'ipv6');
}

/** The 16 bytes of an IPv6 address (isIP said 6), the dotted-quad tail of "::ffff:1.2.3.4" included. */
function ipv6Bytes(address: string): number[] {
  let text = address.replace(/%.*$/, ''); // a zone id does not change the address
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (quad) {
    const [a, b, c, d] = quad.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, quad.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const groups = (part: string) => (part === '' ? [] : part.split(':').map((g) => Number.parseInt(g, 16)));
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const words = [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
  return words.flatMap((w) => [w >> 8, w & 0xff]);
}

const v4 = (bytes: number[], at: number) => bytes.slice(at, at + 4).join('.');
const startsWith = (bytes: number[], prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/**
 * The IPv4 address an IPv6 address carries, where its form routes to one: IPv4-mapped ::ffff:0:0/96,
 * IPv4-translated ::ffff:0:0:0/96, IPv4-compatible ::/96, NAT64 64:ff9b::/96 and 64:ff9b:1::/48 (RFC 8215: the low 32 bits), 6to4 2002::/16
 * (bits 16-47). A private address hidden in one of these is as private as itself.
 */
export function embeddedIpv4(address: string): string | undefined {
  const bytes = ipv6Bytes(address);
  const zeros = (n: number) => Array<number>(n).fill(0);
  if (startsWith(bytes, [...zeros(10), 0xff, 0xff])) return v4(bytes, 12);
  if (startsWith(bytes, [...zeros(8), 0xff, 0xff, 0, 0])) return v4(bytes, 12);
  if (startsWith(bytes, zeros(12))) return v4(bytes, 12); // :: and ::1 themselves are refused on their own
  if (startsWith(bytes, [0, 0x64, 0xff, 0x9b, ...zeros(8)])) return v4(bytes, 12);
  if (startsWith(bytes, [0, 0x64, 0xff, 0x9b, 0, 1])) return v4(bytes, 12);
  if (startsWith(bytes, [0x20, 0x02])) return v4(bytes, 2);
  return undefined;
}

/** Whether an address is loopback, private, link-local, metadata, multicast or otherwise not public. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  if (family === 6) {
    if (blocked.check(address, 'ipv6')) return true;
    const inner = embeddedIpv4(address);
    return inner !== undefined && isPrivateAddress(inner);
  }
  return true;
}

/** settings webhooks.ports: where webhooks may go when the settings say nothing */
export const DEFAULT_WEBHOOK_PORTS: readonly number[] = [80, 443, 8080, 8443];

/**
 * The URL of a webhook, or InvalidArgumentError (a message the client can act on): http(s), no credentials,
 * one of the allowed ports (the scheme's default port counts as 80 or 443).
 */
export function parseWebhookUrl(
  text: string,
  allowPrivate: boolean,
  ports: readonly number[] = DEFAULT_WEBHOOK_PORTS,
): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InvalidArgumentError('webhook_url is not a URL: send an absolute http or https URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InvalidArgumentError('webhook_url must be an http or https URL');
  }
  if (url.username || url.password) throw new InvalidArgumentError('webhook_url must not carry credentials');
  const port = url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port);
  if (!ports.includes(port)) {
    throw new InvalidArgumentError(`webhook_url names port ${port}; webhooks go to ports ${ports.join(', ')} only`);
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (
    !allowPrivate &&
    (host === 'localhost' || host.endsWith('.localhost') || (isIP(host) && isPrivateAddress(host)))
  ) {
    throw new InvalidArgumentError(
      'webhook_url points to a loopback, private or link-local address; webhooks go to public addresses only',
    );
  }
  return url;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A dns lookup for http.request that refuses private addresses at connection time, on the very addresses
 * the connection uses (a name that resolved to a public address when checked cannot rebind to a private one).
 */
export const guardedLookup =
  (allowPrivate: boolean) =>
  (hostname: string, options: { all?: boolean }, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const list = addresses as LookupAddress[];
      const refused = allowPrivate ? undefined : list.find((a) => isPrivateAddress(a.address));
      if (refused) {
        const denied = Object.assign(
          new Error(`${hostname} resolves to ${refused.address}, a loopback, private or link-local address`),
          { code: 'EWEBHOOKTARGET' },
        );
        return callback(denied, []);
      }
      if (options.all) return callback(null, list);
      const first = list[0];
      if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), []);
      callback(null, first.address, first.family);
    });
  };
