import { faceImage, requireTestData } from '@freeface/testing';
import { describe, expect, it } from 'vitest';
import { solidPng } from '../testing/api-client.js';
import { decodeImageData, sha256Hex, sniffImageType } from './image-data.js';

const faces = requireTestData('faces');

// read only when the shared images are here; the tests that use them skip otherwise
const jpeg = faces ? faceImage('group/bbt1.jpg') : Buffer.alloc(0);
const png = faces ? faceImage('identities/amy/amy1.png') : Buffer.alloc(0);

describe('decodeImageData', () => {
  it.skipIf(!faces)('decodes base64, URL-safe base64, data URLs and wrapped lines to the same image', () => {
    const plain = decodeImageData('image_data', jpeg.toString('base64'), 10_000_000);
    expect(plain).toMatchObject({ contentType: 'image/jpeg', id: sha256Hex(jpeg) });
    expect(plain.bytes.equals(jpeg)).toBe(true);
    expect(decodeImageData('f', jpeg.toString('base64url'), 10_000_000).id).toBe(plain.id);
    expect(decodeImageData('f', `data:image/jpeg;base64,${jpeg.toString('base64')}`, 10_000_000).id).toBe(plain.id);
    const wrapped = jpeg.toString('base64').replace(/.{76}/g, '$&\n');
    expect(decodeImageData('f', wrapped, 10_000_000).id).toBe(plain.id);
    expect(decodeImageData('f', png.toString('base64'), 10_000_000).contentType).toBe('image/png');
  });

  it('refuses text that is not base64, naming the field', () => {
    expect(() => decodeImageData('reference_image_data', 'not base64!', 1000)).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringContaining('reference_image_data is not base64'),
      }),
    );
    expect(() => decodeImageData('image_data', '  ', 1000)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  it.skipIf(!faces)('refuses too many bytes before decoding them, and bytes that are no image', () => {
    expect(() => decodeImageData('image_data', jpeg.toString('base64'), jpeg.length - 1)).toThrow(
      expect.objectContaining({
        code: 'IMAGE_TOO_LARGE',
        message: `image_data has ${jpeg.length} bytes; at most ${jpeg.length - 1} are accepted`,
      }),
    );
    expect(() => decodeImageData('image_data', Buffer.from('GIF89a....').toString('base64'), 1000)).toThrow(
      expect.objectContaining({ code: 'IMAGE_UNREADABLE' }),
    );
  });
});

describe.skipIf(!faces)('sniffImageType', () => {
  it('knows JPEG, PNG and WebP by their first bytes', () => {
    expect(sniffImageType(jpeg)).toBe('image/jpeg');
    expect(sniffImageType(solidPng(2, 2))).toBe('image/png');
    expect(sniffImageType(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(sniffImageType(Buffer.from('RIFF\0\0\0\0WAVE'))).toBeUndefined();
    expect(sniffImageType(new Uint8Array())).toBeUndefined();
  });
});
