import { InvalidArgumentError } from '@freeface/domain';
import { describe, expect, it } from 'vitest';
import { checkPageLimit, decodePageToken, encodePageToken, isString, isTimeAndKey, keysetPage } from './paging.js';

describe('page tokens', () => {
  it('round-trip a cursor as an url-safe string', () => {
    const token = encodePageToken('appearances', [1_714_564_800_000, 'face/+?']);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodePageToken('appearances', token, isTimeAndKey)).toEqual([1_714_564_800_000, 'face/+?']);
  });

  it.each([
    ['not base64url', 'not a token!'],
    ['not JSON', Buffer.from('{{').toString('base64url')],
    ['another kind', encodePageToken('faces', 'x')],
    ['another version', Buffer.from(JSON.stringify({ v: 2, k: 'persons', c: 'x' })).toString('base64url')],
    ['a cursor of the wrong shape', encodePageToken('persons', 42)],
    ['empty', ''],
  ])('refuse %s with InvalidArgumentError', (_, token) => {
    expect(() => decodePageToken('persons', token, isString)).toThrow(InvalidArgumentError);
  });

  it('check the page limit', () => {
    expect(checkPageLimit(1)).toBe(1);
    for (const bad of [0, -1, 1.5, Number.NaN, 10_001]) expect(() => checkPageLimit(bad)).toThrow(InvalidArgumentError);
  });

  it('make a keyset page: a token only when the extra row came back', () => {
    const rows = ['a', 'b', 'c'];
    const full = keysetPage(
      rows,
      2,
      'k',
      (row) => row,
      (row) => row.toUpperCase(),
    );
    expect(full.items).toEqual(['A', 'B']);
    expect(decodePageToken('k', full.nextPageToken as string, isString)).toBe('b');
    expect(
      keysetPage(
        rows,
        3,
        'k',
        (row) => row,
        (row) => row,
      ),
    ).toEqual({ items: rows });
  });
});
