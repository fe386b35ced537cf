// Generated from proto/ by `npm run gen:grpc` (packages/rpc/scripts/gen-grpc.ts, proto-loader-gen-types).
// Do not edit: change the .proto and regenerate; src/generated.test.ts fails when this file is stale.
// Original file: proto/extractor.proto


export interface ExtractOptions {
  /**
   * detector model id; default: settings models.detector
   */
  'detector'?: (string);
  /**
   * embedder model id; default: settings models.embedder. Embeddings of different embedders do not compare.
   */
  'embedder'?: (string);
  /**
   * as in DetectOptions; faces under it are not embedded
   */
  'minQuality'?: (number | string);
  'dropBelowQuality'?: (boolean);
  /**
   * true: each face carries its crop aligned onto the embedder's template, as PNG
   */
  'returnAlignedCrop'?: (boolean);
  '_detector'?: "detector";
  '_embedder'?: "embedder";
  '_minQuality'?: "minQuality";
}

export interface ExtractOptions__Output {
  /**
   * detector model id; default: settings models.detector
   */
  'detector'?: (string);
  /**
   * embedder model id; default: settings models.embedder. Embeddings of different embedders do not compare.
   */
  'embedder'?: (string);
  /**
   * as in DetectOptions; faces under it are not embedded
   */
  'minQuality'?: (number);
  'dropBelowQuality': (boolean);
  /**
   * true: each face carries its crop aligned onto the embedder's template, as PNG
   */
  'returnAlignedCrop': (boolean);
  '_detector'?: "detector";
  '_embedder'?: "embedder";
  '_minQuality'?: "minQuality";
}
