// Images the user picks, as the REST API takes them (image_data: base64), and face crops cut from them.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** base64 of a file's bytes, without a data: prefix. */
export async function base64Of(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * The box grown by `margin` of its size on each side and kept inside the image: a detector finds a face
 * again in a crop that keeps some forehead, chin and background.
 */
export function grownBox(box: Box, imageWidth: number, imageHeight: number, margin = 0.5): Box {
  const x = Math.max(0, Math.floor(box.x - box.width * margin));
  const y = Math.max(0, Math.floor(box.y - box.height * margin));
  const right = Math.min(imageWidth, Math.ceil(box.x + box.width * (1 + margin)));
  const bottom = Math.min(imageHeight, Math.ceil(box.y + box.height * (1 + margin)));
  return { x, y, width: Math.max(1, right - x), height: Math.max(1, bottom - y) };
}

export async function loadImage(src: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = src;
  await image.decode();
  return image;
}

/** A PNG of the region `box` of `image`. */
export async function cropPng(image: HTMLImageElement, box: Box): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = box.width;
  canvas.height = box.height;
  canvas.getContext('2d')?.drawImage(image, box.x, box.y, box.width, box.height, 0, 0, box.width, box.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the crop could not be made'))), 'image/png'),
  );
}

/** A box of an image `natural` pixels wide, as percentages for drawing over it at any displayed size. */
export function boxStyle(box: Box, naturalWidth: number, naturalHeight: number) {
  const pct = (v: number, of: number) => `${((v / of) * 100).toFixed(3)}%`;
  return {
    left: pct(box.x, naturalWidth),
    top: pct(box.y, naturalHeight),
    width: pct(box.width, naturalWidth),
    height: pct(box.height, naturalHeight),
  };
}

/** Intersection over union of two boxes: 1 for the same box, 0 for boxes that do not touch. */
export function overlap(a: Box, b: Box): number {
  const w = Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x));
  const h = Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
  const inter = w * h;
  const union = a.width * a.height + b.width * b.height - inter;
  return union > 0 ? inter / union : 0;
}
