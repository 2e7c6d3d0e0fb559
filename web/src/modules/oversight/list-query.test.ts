import { describe, expect, it } from 'vitest';
import { exportFilters, exportPercent, listSearch, sortOf } from './list-query';

describe('oversight list requests (M29)', () => {
  it('sends only the filters that are set, then the page', () => {
    expect(listSearch({ cityCode: '440100', q: '', status: undefined }, 2, 20)).toBe('cityCode=440100&page=2&pageSize=20');
    expect(exportFilters({ cityCode: '440100', q: '', sort: 'learnerName' })).toEqual({ cityCode: '440100', sort: 'learnerName' });
  });

  it('maps the table sort to the API and back to the default when cleared', () => {
    expect(sortOf('learnerName', 'ascend')).toEqual({ sort: 'learnerName', order: 'asc' });
    expect(sortOf('learnerName', null)).toEqual({ sort: undefined, order: undefined });
  });

  it('shows export progress as rows done of the total, 100 % only when the file is ready', () => {
    expect(exportPercent({ status: 'running', rowsDone: 500, rowsTotal: 1000 })).toBe(50);
    expect(exportPercent({ status: 'running', rowsDone: 1000, rowsTotal: 1000 })).toBe(99);
    expect(exportPercent({ status: 'done', rowsDone: 0, rowsTotal: 0 })).toBe(100);
  });
});
