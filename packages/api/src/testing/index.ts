// @freeface/api/testing: the real API built in-process for tests and dev tools (not in the images: .dockerignore leaves src/testing out).
export { type Answer, apiCaller, b64, type Method, solidPng } from './api-client.js';
export { createTestApi, loginAs, TEST_ADMIN, type TestApi } from './test-api.js';
