// Small helpers for the route tests: a caller bound to headers, images as base64, an image without a face.
import { crc32, deflateSync } from 'node:zlib';
import { faceImage } from '@freeface/testing';
import type { FastifyInstance } from 'fastify';
import { API_PREFIX } from '../app.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface Answer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read the JSON answers freely
  body: any;
}

/** Calls /api/v1<url> with these headers; JSON payloads, JSON answers. */
export function apiCaller(app: FastifyInstance, headers: Record<string, string>) {
  return async (method: Method, url: string, payload?: unknown): Promise<Answer> => {
    const response = await app.inject({
      method,
      url: `${API_PREFIX}${url}`,
      headers,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    const json = response.headers['content-type']?.toString().includes('json');
    return { status: response.statusCode, body: json ? response.json() : response.body };
  };
}

/** A test image (path under ../shared/data/faces) as base64. */
export const b64 = (file: string): string => faceImage(file).toString('base64');

/** A PNG of one colour: a valid image with no face in it. */
export function solidPng(width: number, height: number, rgb: [number, number, number] = [127, 127, 127]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([head, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3).map((_, i) => rgb[i % 3] as number)]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
