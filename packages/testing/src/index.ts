export {
  FACES_DIR,
  type FaceLabels,
  faceImage,
  faceLabels,
  hasTestData,
  PROJECT_ROOT,
  requireTestData,
  SHARED_DIR,
  TEST_MODELS_DIR,
  type TestData,
} from './fixtures.js';
export { freePort } from './free-port.js';
export { TEST_API_KEYS, TEST_SERVICE_TOKEN, testGrpcAuth, testServiceCredential } from './grpc-auth.js';
export {
  decodeOtlpJson,
  OTLP_SPAN_KINDS,
  type OtlpReceiver,
  type OtlpSpanKind,
  type ReceivedSpan,
  startOtlpReceiver,
} from './otlp-receiver.js';
export { fakeImage, filesUnder, findPlaintext } from './plaintext-scan.js';
export { requireAvailable } from './require-available.js';
export { type BackendName, backendAddress, isListening, requireBackend } from './require-backend.js';
export { type SyntheticFace, type SyntheticOptions, seeded, shuffled, syntheticFaces } from './synthetic-faces.js';
