// Credentials of test gRPC servers: a fixed service token and one API key per role, known without a
// metadata store. Shaped as @freeface/rpc's GrpcAuth, which this package does not depend on.

export const TEST_SERVICE_TOKEN = 'service-token-of-the-tests-0123456789abcdef';

/** An API key of each role; TEST_API_KEYS.revoked is known to nobody. */
export const TEST_API_KEYS = {
  viewer: 'ffk_test-viewer-key',
  operator: 'ffk_test-operator-key',
  admin: 'ffk_test-admin-key',
  revoked: 'ffk_test-revoked-key',
} as const;

type TestRole = 'viewer' | 'operator' | 'admin';
const holders = new Map<string, { name: string; role: TestRole }>(
  (['viewer', 'operator', 'admin'] as const).map((role) => [TEST_API_KEYS[role], { name: `${role}-key`, role }]),
);

/** What a test server accepts: TEST_SERVICE_TOKEN and TEST_API_KEYS. */
export const testGrpcAuth = {
  serviceToken: TEST_SERVICE_TOKEN,
  verifyApiKey: async (apiKey: string) => holders.get(apiKey),
};

/** The credential of the platform's own clients in tests. */
export const testServiceCredential = { serviceToken: TEST_SERVICE_TOKEN } as const;
