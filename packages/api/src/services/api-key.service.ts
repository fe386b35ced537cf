import { randomUUID } from 'node:crypto';
import { type ApiKey, NotFoundError, type Role } from '@freeface/domain';
import type { AppDeps } from '../app-deps.js';
import { hashApiKey, newApiKey, newWebhookSecret } from '../auth/api-key-secret.js';

/** An API key as lists show it: neither its hash nor its webhook secret. */
export type PublicApiKey = Omit<ApiKey, 'keyHash' | 'webhookSecret'>;

/** What its creation answers, once: the key itself and the secret that signs its webhooks. */
export interface CreatedApiKey extends PublicApiKey {
  key: string;
  webhookSecret: string;
}

const shown = ({ keyHash: _, webhookSecret: __, ...key }: ApiKey): PublicApiKey => key;

/** API keys for machines (admins manage them). */
export class ApiKeyService {
  private readonly keys: AppDeps['storage']['metadata']['apiKeys'];

  constructor({ storage }: Pick<AppDeps, 'storage'>) {
    this.keys = storage.metadata.apiKeys;
  }

  async create(name: string, role: Role): Promise<CreatedApiKey> {
    const key = newApiKey();
    const record: ApiKey = {
      id: randomUUID(),
      name,
      keyHash: hashApiKey(key),
      role,
      webhookSecret: newWebhookSecret(),
      createdAt: new Date(),
      revoked: false,
    };
    await this.keys.create(record);
    return { ...shown(record), key, webhookSecret: record.webhookSecret };
  }

  async list(): Promise<PublicApiKey[]> {
    return (await this.keys.list()).map(shown);
  }

  /** NotFoundError for an id never made; a revoked key is shown with revoked: true */
  async get(id: string): Promise<PublicApiKey> {
    const key = (await this.keys.list()).find((k) => k.id === id);
    if (!key) throw new NotFoundError('API key', id);
    return shown(key);
  }

  /** the key stops working at once; revoking twice is fine; NotFoundError for an id never made */
  async revoke(id: string): Promise<void> {
    const known = (await this.keys.list()).some((key) => key.id === id);
    if (!known) throw new NotFoundError('API key', id);
    await this.keys.revoke(id);
  }
}
