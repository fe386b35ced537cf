import { crc32, deflateSync } from 'node:zlib';
import { faceImage, requireTestData } from '@freeface/testing';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { RgbImage } from '../types.js';
import { ImageError } from '../vision-errors.js';
import { decodeImage, type ImageLimits, sniffFormat } from './decode-image.js';

const faces = requireTestData('faces');

const limits: ImageLimits = { maxBytes: 15 * 1024 * 1024, maxPixels: 40_000_000, minSide: 16 };

const solid = (width: number, height: number, rgb: [number, number, number]) =>
  sharp({ create: { width, height, channels: 3, background: { r: rgb[0], g: rgb[1], b: rgb[2] } } });

const pixel = (image: RgbImage, x: number, y: number) =>
  Array.from(image.data.subarray((y * image.width + x) * 3, (y * image.width + x) * 3 + 3));

async function refusal(bytes: Uint8Array, custom: ImageLimits = limits): Promise<ImageError> {
  const error = await decodeImage(bytes, custom).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImageError);
  return error as ImageError;
}

/** A valid 1-bit greyscale PNG of width x height, all black: a few KB that claim `width * height` pixels. */
function pngBomb(width: number, height: number): Buffer {
  const chunk = (type: string, body: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(body.length, 0);
    head.write(type, 4, 'ascii');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
    return Buffer.concat([head, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, deflate, adaptive filter, no interlace
  const rows = Buffer.alloc((Math.ceil(width / 8) + 1) * height); // filter byte 0 and zero bits on every row
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('decodeImage', () => {
  it.skipIf(!faces)('decodes a real JPEG into interleaved RGB of the same size', async () => {
    const bytes = faceImage('group/bbt2.jpg');
    const meta = await sharp(bytes).metadata();
    const image = await decodeImage(bytes, limits);
    expect([image.width, image.height]).toEqual([meta.width, meta.height]);
    expect(image.data.length).toBe(meta.width * meta.height * 3);
    const reference = await sharp(bytes).raw().toBuffer();
    expect(Buffer.from(image.data).equals(reference)).toBe(true);
  });

  it.skipIf(!faces)('decodes a real PNG identity crop', async () => {
    const image = await decodeImage(faceImage('identities/amy/amy1.png'), limits);
    expect([image.width, image.height, image.data.length]).toEqual([150, 150, 150 * 150 * 3]);
  });

  it('decodes WebP', async () => {
    const webp = await solid(64, 32, [10, 200, 30]).webp({ lossless: true }).toBuffer();
    const image = await decodeImage(webp, limits);
    expect([image.width, image.height]).toEqual([64, 32]);
    expect(pixel(image, 5, 5)).toEqual([10, 200, 30]);
  });

  it('applies the EXIF orientation', async () => {
    // 40x20, red left half and blue right half; orientation 6 shows it rotated 90 degrees clockwise: 20x40, red on top.
    const left = await solid(20, 20, [255, 0, 0]).png().toBuffer();
    const jpeg = await solid(40, 20, [0, 0, 255])
      .composite([{ input: left, left: 0, top: 0 }])
      .jpeg({ quality: 95 })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    expect((await sharp(jpeg).metadata()).orientation).toBe(6);
    const image = await decodeImage(jpeg, limits);
    expect([image.width, image.height]).toEqual([20, 40]);
    const [r1, , b1] = pixel(image, 10, 5) as [number, number, number];
    const [r2, , b2] = pixel(image, 10, 35) as [number, number, number];
    expect(r1).toBeGreaterThan(200);
    expect(b1).toBeLessThan(60);
    expect(b2).toBeGreaterThan(200);
    expect(r2).toBeLessThan(60);
  });

  it('converts an embedded colour profile to sRGB, and leaves pixels under an sRGB profile as they are', async () => {
    // a gradient, so that a profile conversion moves values
    const gradient = Buffer.alloc(64 * 32 * 3);
    for (let i = 0; i < gradient.length; i++) gradient[i] = (i * 37) % 256;
    const raw = { raw: { width: 64, height: 32, channels: 3 as const } };
    for (const profile of ['srgb', 'p3']) {
      const jpeg = await sharp(gradient, raw).withIccProfile(profile).jpeg({ quality: 90 }).toBuffer();
      const image = await decodeImage(jpeg, limits);
      const converted = await sharp(jpeg).raw().toBuffer(); // sharp's own conversion through the profile
      expect(Buffer.from(image.data).equals(converted), profile).toBe(true);
      const unconverted = await sharp(jpeg, { ignoreIcc: true }).raw().toBuffer();
      if (profile === 'p3') expect(converted.equals(unconverted)).toBe(false); // the conversion does matter here
    }
  });

  it.skipIf(!faces)('decodes real photos under sRGB and Adobe RGB profiles as the conversion gives them', async () => {
    for (const file of ['group/bbt1.jpg', 'group/bbt5.jpg']) {
      const bytes = faceImage(file);
      expect((await sharp(bytes).metadata()).icc, file).toBeDefined();
      const image = await decodeImage(bytes, limits);
      expect(Buffer.from(image.data).equals(await sharp(bytes).raw().toBuffer()), file).toBe(true);
    }
  });

  it('gives three channels for greyscale input and composes transparency onto white', async () => {
    const grey = await solid(16, 16, [90, 90, 90]).toColourspace('b-w').png().toBuffer();
    expect((await sharp(grey).metadata()).channels).toBe(1);
    expect(pixel(await decodeImage(grey, limits), 1, 1)).toEqual([90, 90, 90]);
    const clear = await sharp({
      create: { width: 16, height: 16, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toBuffer();
    expect(pixel(await decodeImage(clear, limits), 1, 1)).toEqual([255, 255, 255]);
  });

  it('refuses an empty buffer', async () => {
    expect((await refusal(new Uint8Array(0))).code).toBe('IMAGE_EMPTY');
  });

  it.skipIf(!faces)('refuses corrupt bytes and a truncated JPEG', async () => {
    const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251);
    expect((await refusal(noise)).code).toBe('IMAGE_UNREADABLE');
    const jpeg = faceImage('group/bbt3.jpg');
    expect((await refusal(jpeg.subarray(0, Math.floor(jpeg.length / 2)))).code).toBe('IMAGE_UNREADABLE');
  });

  it.skipIf(!faces)('tells the accepted formats by their signature', async () => {
    expect(sniffFormat(faceImage('group/bbt2.jpg'))).toBe('jpeg');
    expect(sniffFormat(faceImage('identities/amy/amy1.png'))).toBe('png');
    expect(sniffFormat(await solid(4, 4, [0, 0, 0]).webp().toBuffer())).toBe('webp');
    expect(sniffFormat(await solid(4, 4, [0, 0, 0]).gif().toBuffer())).toBeUndefined();
    expect(sniffFormat(await solid(4, 4, [0, 0, 0]).tiff().toBuffer())).toBeUndefined();
    expect(sniffFormat(Buffer.from('RIFF\0\0\0\0WAVEfmt '))).toBeUndefined();
    expect(sniffFormat(Uint8Array.of(0xff, 0xd8))).toBeUndefined();
  });

  it('refuses formats it does not accept', async () => {
    const gif = await solid(8, 8, [1, 2, 3]).gif().toBuffer();
    const error = await refusal(gif);
    expect(error.code).toBe('IMAGE_UNSUPPORTED_FORMAT');
    expect(error.message).toMatch(/gif/);
  });

  it('refuses an image with a side under images.minSide, measured after the EXIF orientation', async () => {
    const narrow = await solid(40, 15, [0, 0, 0]).png().toBuffer();
    const error = await refusal(narrow);
    expect(error.code).toBe('IMAGE_TOO_SMALL');
    expect(error.message).toMatch(/40x15 pixels; at least 16/);
    expect((await decodeImage(narrow, { ...limits, minSide: 15 })).height).toBe(15);
    // stored 15x40, shown 40x15 (orientation 6): still too small, now in height
    const turned = await solid(15, 40, [0, 0, 0]).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    expect((await refusal(turned)).message).toMatch(/40x15/);
  });

  it.skipIf(!faces)('refuses more bytes than allowed', async () => {
    const bytes = faceImage('group/bbt1.jpg');
    const error = await refusal(bytes, { ...limits, maxBytes: bytes.length - 1 });
    expect(error.code).toBe('IMAGE_TOO_LARGE');
  });

  it('refuses a PNG decompression bomb from its header, without decoding it', async () => {
    const bomb = pngBomb(20_000, 20_000);
    expect(bomb.length).toBeLessThan(200_000);
    const meta = await sharp(bomb, { limitInputPixels: false }).metadata();
    expect([meta.width, meta.height]).toEqual([20_000, 20_000]);
    const error = await refusal(bomb);
    expect(error.code).toBe('IMAGE_TOO_MANY_PIXELS');
    expect(error.message).toMatch(/20000x20000/);
  });

  it('refuses an ordinary image over the pixel limit', async () => {
    const png = await solid(100, 100, [0, 0, 0]).png().toBuffer();
    expect((await refusal(png, { ...limits, maxPixels: 9_999 })).code).toBe('IMAGE_TOO_MANY_PIXELS');
    expect((await decodeImage(png, { ...limits, maxPixels: 10_000 })).width).toBe(100);
  });
});

describe('decodeImage at the size analysis needs', () => {
  it('downscales an image past decodeMaxSide as it decodes it, and tells the size sent', async () => {
    for (const format of ['png', 'jpeg', 'webp'] as const) {
      const bytes = await solid(4000, 1000, [10, 200, 30]).toFormat(format).toBuffer();
      const image = await decodeImage(bytes, { ...limits, decodeMaxSide: 1000 });
      expect([image.width, image.height, image.sourceWidth, image.sourceHeight], format).toEqual([
        1000, 250, 4000, 1000,
      ]);
      expect(image.data.byteLength).toBe(1000 * 250 * 3);
    }
  });

  it('decodes an image within decodeMaxSide, or with none given, at its own size', async () => {
    const bytes = await solid(1200, 900, [10, 200, 30]).png().toBuffer();
    for (const decodeMaxSide of [1200, undefined]) {
      const image = await decodeImage(bytes, { ...limits, ...(decodeMaxSide ? { decodeMaxSide } : {}) });
      expect([image.width, image.height, image.sourceWidth, image.sourceHeight]).toEqual([1200, 900, 1200, 900]);
    }
  });

  it.skipIf(!faces)('decodes the shared photos to the same pixels with a decodeMaxSide they are within', async () => {
    for (const file of ['group/bbt1.jpg', 'group/bbt5.jpg', 'strangers/disgusted.jpg', 'identities/amy/amy1.png']) {
      const bytes = faceImage(file);
      const image = await decodeImage(bytes, { ...limits, decodeMaxSide: 2560 });
      const meta = await sharp(bytes).metadata();
      expect([image.width, image.height, image.sourceWidth, image.sourceHeight], file).toEqual([
        meta.width,
        meta.height,
        meta.width,
        meta.height,
      ]);
      expect(Buffer.from(image.data).equals(await sharp(bytes).raw().toBuffer()), file).toBe(true);
    }
  });

  it.skipIf(!faces)('downscales a real photo to decodeMaxSide, exactly at it, and tells the size sent', async () => {
    const bytes = faceImage('group/bbt1.jpg'); // 1366x768
    const image = await decodeImage(bytes, { ...limits, decodeMaxSide: 683 });
    expect([image.width, image.height, image.sourceWidth, image.sourceHeight]).toEqual([683, 384, 1366, 768]);
    const exact = await decodeImage(bytes, { ...limits, decodeMaxSide: 1366 });
    expect([exact.width, exact.height, exact.sourceWidth, exact.sourceHeight]).toEqual([1366, 768, 1366, 768]);
  });

  it('measures the longer side after the EXIF orientation', async () => {
    const bytes = await solid(3000, 1000, [10, 200, 30]).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const image = await decodeImage(bytes, { ...limits, decodeMaxSide: 1500 });
    expect([image.width, image.height, image.sourceWidth, image.sourceHeight]).toEqual([500, 1500, 1000, 3000]);
  });
});
