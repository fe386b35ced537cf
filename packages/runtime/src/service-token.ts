// The credentials of the gRPC services. The service token is settings auth.serviceToken; unset, it is
// derived from the JWT secret (deriveServiceToken() of @freeface/rpc), because every process that must agree
// on it already shares that secret: the cluster profile's pods through the Secret, and the embedded profile's
// processes through <dataDir>/jwt-secret (`npm start`, a `freeface start --roles ...` beside it, and
// `freeface recluster`, which calls the running face-cluster). A token made at random at start would reach
// none of those outside the process, and would change at every restart.
import { hashApiKey, withJwtSecret } from '@freeface/api';
import type { Config } from '@freeface/config';
import { type ApiKeyVerifier, type GrpcAuth, serviceTokenOf } from '@freeface/rpc';
import type { MetadataStore } from '@freeface/storage';

/**
 * The config with auth.serviceToken set: the setting, else derived from the JWT secret (the embedded profile
 * keeps one in the data dir, made at the first start; see withJwtSecret()).
 */
export async function withServiceToken(config: Config): Promise<Config> {
  if (config.auth.serviceToken) return config;
  const withSecret = await withJwtSecret(config);
  return { ...withSecret, auth: { ...withSecret.auth, serviceToken: serviceTokenOf(withSecret.auth) } };
}

/** API keys as the REST API knows them: by their sha256 in the metadata store, revoked ones refused. */
export const apiKeyVerifier =
  (metadata: MetadataStore): ApiKeyVerifier =>
  async (apiKey) => {
    const key = await metadata.apiKeys.getByHash(hashApiKey(apiKey));
    return key && !key.revoked ? { name: key.name, role: key.role } : undefined;
  };

/** What a role's gRPC server accepts: the service token of `config` (after withServiceToken()) and API keys. */
export function grpcAuthOf(config: Config, metadata: MetadataStore): GrpcAuth {
  const serviceToken = serviceTokenOf(config.auth);
  if (!serviceToken) throw new Error('auth.serviceToken is not set: wire the config through withServiceToken()');
  return { serviceToken, verifyApiKey: apiKeyVerifier(metadata) };
}
