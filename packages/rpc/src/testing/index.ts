// @freeface/rpc/testing: what tests of gRPC servers share (not in the images: .dockerignore leaves src/testing out).
export { listServicesByReflection } from './reflection.js';
