import { loadConfig } from '@freeface/config';
import { describe, expect, it } from 'vitest';
import { chooseRoles, processName } from './roles.js';

describe('chooseRoles', () => {
  it('runs every role in the embedded profile, the api in the cluster profile, unless told', () => {
    expect(chooseRoles(loadConfig({}))).toEqual(['api', 'extractor', 'enroll-worker', 'cluster']);
    const cluster = loadConfig({ FREEFACE_PROFILE: 'cluster', FREEFACE_JWT_SECRET: 's'.repeat(32) });
    expect(chooseRoles(cluster)).toEqual(['api']);
    expect(chooseRoles(loadConfig({ FREEFACE_ROLES: 'cluster, extractor' }))).toEqual(['extractor', 'cluster']);
    // --roles wins over the setting
    expect(chooseRoles(loadConfig({ FREEFACE_ROLES: 'api' }), ['enroll-worker'])).toEqual(['enroll-worker']);
  });

  it('names the process after the deployment of its first role', () => {
    expect(processName(['api', 'extractor'])).toBe('api-server');
    expect(processName(['enroll-worker'])).toBe('async-enroll');
    expect(processName(['cluster'])).toBe('face-cluster');
  });

  it('says which roles exist when given another', () => {
    expect(() => chooseRoles(loadConfig({}), ['api', 'web'])).toThrow(/api, extractor, enroll-worker, cluster/);
    expect(() => loadConfig({ FREEFACE_ROLES: 'web' })).toThrow(/FREEFACE_ROLES="web"/);
  });
});
