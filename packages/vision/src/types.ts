// Shapes shared by every part of the vision package: decoding, detection, alignment, embedding, quality.

/** Decoded pixels, interleaved RGB (3 channels), row-major, orientation already applied. */
export interface RgbImage {
  readonly data: Uint8Array;
  readonly width: number;
  readonly height: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Five landmarks in the ArcFace order: left eye, right eye, nose tip, left mouth corner, right mouth corner
 * ("left" as seen in the image). RetinaFace gives these.
 */
export type FiveLandmarks = readonly [Point, Point, Point, Point, Point];

/**
 * BlazeFace's six keypoints: left eye, right eye, nose tip, mouth centre, left ear tragion, right ear tragion
 * ("left" as seen in the image).
 */
export type BlazeFaceKeypoints = readonly [Point, Point, Point, Point, Point, Point];

/** The landmarks a detector gives, tagged by scheme. Both schemes share eyes, nose tip and mouth centre (see align/). */
export type Landmarks =
  | { readonly kind: 'five'; readonly points: FiveLandmarks }
  | { readonly kind: 'blazeface'; readonly points: BlazeFaceKeypoints };

/** One detected face, in original image coordinates; the box is clipped to the image. */
export interface Detection {
  readonly box: Box;
  /** detector confidence in [0, 1] */
  readonly score: number;
  readonly landmarks: Landmarks;
}

/** A face cropped and warped onto an embedder's template, ready for that embedder. */
export type AlignedFace = RgbImage;

/**
 * Where the five landmarks (FiveLandmarks order) must land in an aligned crop of width x height.
 * Named templates live in align/face-templates.ts (arcface-112, dlib-150, facenet-160).
 */
export interface FaceTemplate {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  readonly points: FiveLandmarks;
}
