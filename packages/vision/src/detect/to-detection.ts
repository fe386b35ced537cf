import { fromCanvas, type Placement } from '../image/canvas.js';
import type { BlazeFaceKeypoints, Box, Detection, FiveLandmarks, Landmarks, Point, RgbImage } from '../types.js';
import type { Candidate } from './nms.js';

/** Maps a candidate found on a canvas back to the original image: box clipped to it, keypoints as they are. */
export function toDetection(
  candidate: Candidate,
  placement: Placement,
  image: RgbImage,
  kind: Landmarks['kind'],
): Detection {
  const corner = fromCanvas(placement, candidate.box);
  const far = fromCanvas(placement, {
    x: candidate.box.x + candidate.box.width,
    y: candidate.box.y + candidate.box.height,
  });
  const points = candidate.points.map((p) => fromCanvas(placement, p));
  return {
    box: clip({ x: corner.x, y: corner.y, width: far.x - corner.x, height: far.y - corner.y }, image),
    score: candidate.score,
    landmarks: landmarks(kind, points),
  };
}

function clip(box: Box, image: RgbImage): Box {
  const x = Math.max(0, box.x);
  const y = Math.max(0, box.y);
  const right = Math.min(image.width, box.x + box.width);
  const bottom = Math.min(image.height, box.y + box.height);
  return { x, y, width: Math.max(0, right - x), height: Math.max(0, bottom - y) };
}

function landmarks(kind: Landmarks['kind'], points: Point[]): Landmarks {
  const expected = kind === 'five' ? 5 : 6;
  if (points.length !== expected) throw new Error(`${kind} landmarks need ${expected} points, got ${points.length}`);
  return kind === 'five'
    ? { kind, points: points as unknown as FiveLandmarks }
    : { kind, points: points as unknown as BlazeFaceKeypoints };
}
