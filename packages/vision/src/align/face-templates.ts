import type { FaceTemplate, FiveLandmarks, Point } from '../types.js';

const pts = (xy: ReadonlyArray<readonly [number, number]>) =>
  xy.map(([x, y]) => ({ x, y })) as unknown as FiveLandmarks;

/**
 * The standard five-point template of ArcFace/InsightFace recognisers (and MobileFaceNet), 112 x 112:
 * eye centres, nose tip, mouth corners.
 */
export const ARCFACE_112: FaceTemplate = {
  name: 'arcface-112',
  width: 112,
  height: 112,
  points: pts([
    [38.2946, 51.6963],
    [73.5318, 51.5014],
    [56.0252, 71.7366],
    [41.5493, 92.3655],
    [70.7299, 92.2041],
  ]),
};

/**
 * dlib's face chip (get_face_chip_details(shape, 150, 0.25), the input of its ResNet face descriptor),
 * expressed with our five points. Derived, not guessed: dlib aligns onto the mean shape of its 68-point model,
 * given in a unit box; a chip of `size` with `padding` puts a mean-shape point m at (padding + m) / (1 + 2 padding)
 * * size. Below are the mean-shape coordinates of the points we need (from dlib's documented mean face,
 * points 36-41 and 42-47 for the eyes, 30 for the nose tip, 48 and 54 for the mouth corners); an eye centre is
 * the mean of its six contour points.
 */
const DLIB_MEAN_SHAPE = {
  leftEye: [
    [0.121737, 0.216423],
    [0.187122, 0.178758],
    [0.265825, 0.179852],
    [0.334606, 0.231733],
    [0.260918, 0.245099],
    [0.182743, 0.244077],
  ],
  rightEye: [
    [0.645647, 0.231733],
    [0.714428, 0.179852],
    [0.793132, 0.178758],
    [0.858516, 0.216423],
    [0.79751, 0.244077],
    [0.719335, 0.245099],
  ],
  noseTip: [0.490127, 0.515625],
  mouthLeft: [0.254149, 0.780233],
  mouthRight: [0.726104, 0.780233],
} as const;

function dlibChip(size: number, padding: number): FaceTemplate {
  const place = ([x, y]: readonly [number, number]): [number, number] => [
    ((padding + x) / (1 + 2 * padding)) * size,
    ((padding + y) / (1 + 2 * padding)) * size,
  ];
  const centre = (ps: ReadonlyArray<readonly [number, number]>): [number, number] => [
    ps.reduce((s, p) => s + p[0], 0) / ps.length,
    ps.reduce((s, p) => s + p[1], 0) / ps.length,
  ];
  const m = DLIB_MEAN_SHAPE;
  return {
    name: `dlib-${size}`,
    width: size,
    height: size,
    points: pts([centre(m.leftEye), centre(m.rightEye), m.noseTip, m.mouthLeft, m.mouthRight].map((p) => place(p))),
  };
}

export const DLIB_150 = dlibChip(150, 0.25);

/**
 * FaceNet crops (160 x 160). FaceNet was trained on MTCNN boxes with a margin rather than on a landmark
 * template, so no canonical five-point template exists; this one is the ArcFace template scaled to 160 x 160,
 * which puts the face at the same relative size and place. An approximation: say so when comparing results.
 */
export const FACENET_160: FaceTemplate = scaledTemplate(ARCFACE_112, 'facenet-160', 160);

function scaledTemplate(base: FaceTemplate, name: string, size: number): FaceTemplate {
  const f = size / base.width;
  return {
    name,
    width: size,
    height: size,
    points: base.points.map((p: Point) => ({ x: p.x * f, y: p.y * f })) as unknown as FiveLandmarks,
  };
}

export const FACE_TEMPLATES: Readonly<Record<string, FaceTemplate>> = {
  [ARCFACE_112.name]: ARCFACE_112,
  [DLIB_150.name]: DLIB_150,
  [FACENET_160.name]: FACENET_160,
};

/** A template by name (arcface-112, dlib-150, facenet-160). */
export function faceTemplate(name: string): FaceTemplate {
  const template = FACE_TEMPLATES[name];
  if (!template) throw new Error(`unknown face template "${name}"; known: ${Object.keys(FACE_TEMPLATES).join(', ')}`);
  return template;
}
