import { describe, expect, it } from 'vitest';
import { queryString } from './server-pagination';

describe('list query strings for server-paged tables', () => {
  it('keeps only the filters that are set, encoded', () => {
    expect(queryString({ status: 'published', title: '低压 电工', page: 2, pageSize: 10, name: undefined, q: '' })).toBe('?status=published&title=%E4%BD%8E%E5%8E%8B+%E7%94%B5%E5%B7%A5&page=2&pageSize=10');
  });

  it('is empty when nothing is set', () => {
    expect(queryString({ status: undefined, title: null })).toBe('');
  });
});
