// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
// Original file: proto/extractor.proto

export const LandmarkScheme = {
  LANDMARK_SCHEME_UNSPECIFIED: 'LANDMARK_SCHEME_UNSPECIFIED',
  /**
   * left eye, right eye, nose tip, left mouth corner, right mouth corner ("left" as seen in the image): RetinaFace
   */
  LANDMARK_SCHEME_FIVE: 'LANDMARK_SCHEME_FIVE',
  /**
   * left eye, right eye, nose tip, mouth centre, left ear tragion, right ear tragion: BlazeFace
   */
  LANDMARK_SCHEME_BLAZEFACE: 'LANDMARK_SCHEME_BLAZEFACE',
} as const;

export type LandmarkScheme =
  | 'LANDMARK_SCHEME_UNSPECIFIED'
  | 0
  /**
   * left eye, right eye, nose tip, left mouth corner, right mouth corner ("left" as seen in the image): RetinaFace
   */
  | 'LANDMARK_SCHEME_FIVE'
  | 1
  /**
   * left eye, right eye, nose tip, mouth centre, left ear tragion, right ear tragion: BlazeFace
   */
  | 'LANDMARK_SCHEME_BLAZEFACE'
  | 2

export type LandmarkScheme__Output = typeof LandmarkScheme[keyof typeof LandmarkScheme]
