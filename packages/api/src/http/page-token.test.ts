import { describe, expect, it } from 'vitest';
import { pageOut, unwrapPageToken, wrapPageToken } from './page-token.js';

describe('page tokens', () => {
  it('hands back the inner token to the list that made it', () => {
    const token = wrapPageToken('timeline:p1', 'inner-123');
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(unwrapPageToken('timeline:p1', token)).toBe('inner-123');
    expect(unwrapPageToken('timeline:p1', undefined)).toBeUndefined();
  });

  it('refuses a token of another list, another person or another filter, and garbage', () => {
    const token = wrapPageToken('timeline:p1', 'inner');
    for (const scope of ['timeline:p2', 'persons', 'appearances:p1:{}']) {
      expect(() => unwrapPageToken(scope, token)).toThrow(/invalid page_token/);
    }
    for (const bad of [
      '!!',
      'abc',
      Buffer.from('{"v":1,"s":"x","t":"y"}').toString('base64url'),
      Buffer.from('[]').toString('base64url'),
    ]) {
      expect(() => unwrapPageToken('persons', bad)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    }
  });

  it('shows a page with its next token wrapped, or null at the end', () => {
    expect(pageOut('s', { items: [1, 2] }, (n) => n * 10)).toEqual({ items: [10, 20], next_page_token: null });
    const page = pageOut('s', { items: [1], nextPageToken: 'more' }, String);
    expect(unwrapPageToken('s', page.next_page_token as string)).toBe('more');
  });
});
