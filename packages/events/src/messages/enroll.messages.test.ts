import { describe, expect, it } from 'vitest';
import { enrollResult } from './enroll.messages.js';

const common = {
  kind: 'enroll.result',
  jobId: 'job-1',
  status: 'completed',
  personId: 'person-1',
  imageId: 'image-1',
  faceIds: ['face-1'],
  error: null,
  attempts: 1,
  finishedAt: '2026-12-02T06:00:00.000Z',
};

describe('enroll.result', () => {
  it('version 2 carries no external id: what it is given of one is not read', () => {
    const parsed = enrollResult.parse({ ...common, version: 2, externalId: 'emp-7' });
    expect(parsed).toEqual({ ...common, version: 2 });
  });

  it('version 1, as logs written before version 2 hold it, is still read', () => {
    expect(enrollResult.parse({ ...common, version: 1, externalId: 'emp-7' })).toMatchObject({ externalId: 'emp-7' });
    expect(() => enrollResult.parse({ ...common, version: 1 })).toThrow();
  });
});
