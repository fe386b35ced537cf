import { faceImage, requireTestData } from '@freeface/testing';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { iccDescription, isSrgbProfile, jpegIccProfile } from './icc-profile.js';

const faces = requireTestData('faces');

const profileOf = async (bytes: Uint8Array) => (await sharp(bytes).metadata()).icc as Buffer;
const tagged = (profile: string) =>
  sharp({ create: { width: 4, height: 4, channels: 3, background: '#808080' } })
    .withIccProfile(profile)
    .jpeg()
    .toBuffer();

describe('ICC profiles', () => {
  it('reads the description of v2 and v4 profiles and tells sRGB from other RGB and CMYK profiles', async () => {
    const srgb = await profileOf(await tagged('srgb'));
    expect(iccDescription(srgb)).toBe('sRGB');
    expect(isSrgbProfile(srgb)).toBe(true);
    const p3 = await profileOf(await tagged('p3'));
    expect(iccDescription(p3)).toBeDefined();
    expect(isSrgbProfile(p3)).toBe(false);
    expect(isSrgbProfile(await profileOf(await tagged('cmyk')))).toBe(false);
  });

  it.skipIf(!faces)('knows the profiles of the shared photos', async () => {
    const hp = await profileOf(faceImage('group/bbt1.jpg'));
    expect(iccDescription(hp)).toBe('sRGB IEC61966-2.1');
    expect(isSrgbProfile(hp)).toBe(true);
    const adobe = await profileOf(faceImage('group/bbt5.jpg'));
    expect(iccDescription(adobe)).toBe('Adobe RGB (1998)');
    expect(isSrgbProfile(adobe)).toBe(false);
  });

  it('reads nothing from bytes that are not a profile', () => {
    expect(iccDescription(new Uint8Array(64))).toBeUndefined();
    expect(isSrgbProfile(new Uint8Array(200))).toBe(false);
    const cut = new Uint8Array(140);
    cut.set([0x61, 0x63, 0x73, 0x70], 36); // 'acsp', then a tag count past the end
    new DataView(cut.buffer).setUint32(128, 1000);
    expect(iccDescription(cut)).toBeUndefined();
  });

  it.skipIf(!faces)(
    "reads a JPEG's profile from its markers as the decoder does, whole or in several segments",
    async () => {
      for (const file of ['group/bbt1.jpg', 'group/bbt5.jpg']) {
        const bytes = faceImage(file);
        expect(Buffer.from(jpegIccProfile(bytes) as Uint8Array).equals(await profileOf(bytes)), file).toBe(true);
      }
      expect(jpegIccProfile(faceImage('group/bbt2.jpg'))).toBeNull();
      // bbt1's one APP2 segment split into two (sequence 1 and 2 of 2), in the wrong order
      const bytes = Buffer.from(faceImage('group/bbt1.jpg'));
      const at = bytes.indexOf(Buffer.from('ICC_PROFILE\0')) - 4;
      const end = at + 2 + bytes.readUInt16BE(at + 2);
      const profile = bytes.subarray(at + 18, end);
      const segment = (sequence: number, part: Buffer, total = 2) => {
        const head = Buffer.from([0xff, 0xe2, 0, 0, ...Buffer.from('ICC_PROFILE\0'), sequence, total]);
        head.writeUInt16BE(head.length - 2 + part.length, 2);
        return Buffer.concat([head, part]);
      };
      const half = Math.floor(profile.length / 2);
      const split = Buffer.concat([
        bytes.subarray(0, at),
        segment(2, profile.subarray(half)),
        segment(1, profile.subarray(0, half)),
        bytes.subarray(end),
      ]);
      expect(Buffer.from(jpegIccProfile(split) as Uint8Array).equals(profile)).toBe(true);
      expect(Buffer.from(await profileOf(split)).equals(profile)).toBe(true);
      // a segment missing, the last or one between: not a whole profile
      expect(
        jpegIccProfile(Buffer.concat([bytes.subarray(0, at), segment(1, profile), bytes.subarray(end)])),
      ).toBeUndefined();
      const third = Math.floor(profile.length / 3);
      const gap = Buffer.concat([
        bytes.subarray(0, at),
        segment(1, profile.subarray(0, third), 3),
        segment(3, profile.subarray(2 * third), 3),
        bytes.subarray(end),
      ]);
      expect(jpegIccProfile(gap)).toBeUndefined();
    },
  );
});
