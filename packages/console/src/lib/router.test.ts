import { describe, expect, it } from 'vitest';
import { match } from './router.js';

describe('match', () => {
  it('reads the parameters of a path, decoded', () => {
    expect(match('/people/:person_id', '/people/a%2Fb')).toEqual({ person_id: 'a/b' });
    expect(match('/people/:person_id', '/people/')).toBeUndefined();
    expect(match('/people/:person_id', '/people/x/faces')).toBeUndefined();
    expect(match('/jobs', '/jobs')).toEqual({});
    expect(match('/jobs', '/clusters')).toBeUndefined();
  });
});
