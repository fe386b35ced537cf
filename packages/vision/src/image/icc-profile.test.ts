import { faceImage, requireTestData } from '@freeface/testing';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { iccDescription, isSrgbProfile } from './icc-profile.js';

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
});
