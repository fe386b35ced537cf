import type { AlignedFace, Detection, FaceTemplate, FiveLandmarks, Landmarks, Point, RgbImage } from '../types.js';
import { corePointList, corePoints } from './face-points.js';
import { estimateSimilarity, type Similarity } from './similarity-transform.js';
import { warpSimilarity } from './warp-affine.js';

/**
 * Point pairs for alignment: all five points when the detector gave five, otherwise the four both schemes share
 * (eyes, nose tip, mouth centre), the template's mouth centre being the midpoint of its mouth corners.
 */
export function correspondences(landmarks: Landmarks, template: FaceTemplate): { from: Point[]; to: Point[] } {
  if (landmarks.kind === 'five') return { from: [...landmarks.points], to: [...template.points] };
  const templateAsLandmarks: Landmarks = { kind: 'five', points: template.points as FiveLandmarks };
  return { from: corePointList(corePoints(landmarks)), to: corePointList(corePoints(templateAsLandmarks)) };
}

/** The similarity that takes the face's landmarks onto the template (least squares). */
export const alignmentTransform = (landmarks: Landmarks, template: FaceTemplate): Similarity => {
  const { from, to } = correspondences(landmarks, template);
  return estimateSimilarity(from, to);
};

/** The face warped onto `template`: a template.width x template.height crop, ready for that template's embedder. */
export function alignFace(image: RgbImage, detection: Detection, template: FaceTemplate): AlignedFace {
  return warpSimilarity(image, alignmentTransform(detection.landmarks, template), template.width, template.height);
}
