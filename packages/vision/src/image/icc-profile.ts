// What an embedded ICC profile says about itself: enough to tell an sRGB profile (converting from it to sRGB
// changes nothing, and costs libvips/lcms about as much as the JPEG decode itself) from one that needs converting.

/** The profile's description ('desc' tag, ICC v2 text or v4 'mluc'), undefined when it cannot be read. */
export function iccDescription(profile: Uint8Array): string | undefined {
  const view = new DataView(profile.buffer, profile.byteOffset, profile.byteLength);
  const ascii = (at: number, length: number) => String.fromCharCode(...profile.subarray(at, at + length));
  if (profile.byteLength < 132 || ascii(36, 4) !== 'acsp') return undefined;
  const tags = view.getUint32(128);
  for (let i = 0; i < tags && 144 + 12 * i <= profile.byteLength; i++) {
    const entry = 132 + 12 * i;
    if (ascii(entry, 4) !== 'desc') continue;
    const at = view.getUint32(entry + 4);
    const size = view.getUint32(entry + 8);
    if (at + size > profile.byteLength || size < 12) return undefined;
    const type = ascii(at, 4);
    if (type === 'desc') {
      const length = view.getUint32(at + 8);
      if (length === 0 || 12 + length > size) return undefined;
      return ascii(at + 12, length).replace(/\0+$/, '');
    }
    if (type === 'mluc') {
      if (view.getUint32(at + 8) === 0 || size < 28) return undefined;
      const length = view.getUint32(at + 20);
      const start = at + view.getUint32(at + 24);
      if (start + length > at + size) return undefined;
      let text = '';
      for (let c = 0; c + 1 < length; c += 2) text += String.fromCharCode(view.getUint16(start + c));
      return text.replace(/\0+$/, '');
    }
    return undefined;
  }
  return undefined;
}

/**
 * The names the sRGB IEC 61966-2.1 profile goes by (HP/Microsoft's, libvips', lcms'); not its black-scaled or
 * v4-preference variants, whose conversion to sRGB does move dark and saturated values.
 */
const SRGB_NAMES = /^(sRGB IEC61966-2[.-]1|sRGB|sRGB built-in)$/;

/** Whether an RGB profile is the sRGB profile, by its description: converting from it to sRGB is the identity. */
export function isSrgbProfile(profile: Uint8Array): boolean {
  if (profile.byteLength < 132) return false;
  const colourSpace = String.fromCharCode(...profile.subarray(16, 20));
  const description = iccDescription(profile);
  return colourSpace === 'RGB ' && description !== undefined && SRGB_NAMES.test(description.trim());
}

/**
 * The ICC profile a JPEG carries in its APP2 'ICC_PROFILE' segments (joined in their sequence order), read from
 * the markers before the image data: null when it has none, undefined when the segments do not make one whole
 * profile (the caller then asks the decoder).
 */
export function jpegIccProfile(jpeg: Uint8Array): Uint8Array | null | undefined {
  const chunks: Uint8Array[] = [];
  let count = 0;
  let at = 2; // after SOI
  while (at + 4 <= jpeg.length) {
    if (jpeg[at] !== 0xff) return undefined;
    const marker = jpeg[at + 1] as number;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    if (marker === 0xda || marker === 0xd9) break; // start of scan, end of image: no header segment follows
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2; // no length
      continue;
    }
    const length = ((jpeg[at + 2] as number) << 8) | (jpeg[at + 3] as number);
    const end = at + 2 + length;
    if (length < 2 || end > jpeg.length) return undefined;
    if (marker === 0xe2 && length >= 16 && String.fromCharCode(...jpeg.subarray(at + 4, at + 16)) === 'ICC_PROFILE\0') {
      const sequence = jpeg[at + 16] as number;
      const total = jpeg[at + 17] as number;
      if (sequence < 1 || sequence > total || (count !== 0 && total !== count) || chunks[sequence - 1]) {
        return undefined;
      }
      count = total;
      chunks[sequence - 1] = jpeg.subarray(at + 18, end);
    }
    at = end;
  }
  if (count === 0) return null;
  // every one of the segments 1..count (an array's some() and reduce() would pass over a missing one)
  for (let i = 0; i < count; i++) if (chunks[i] === undefined) return undefined;
  return count === 1 ? (chunks[0] as Uint8Array) : Buffer.concat(chunks);
}
