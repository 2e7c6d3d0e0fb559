import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { importRowErrors } from './import-errors';

describe('learner list import errors (all or nothing)', () => {
  it('reads every refused row of IMPORT_HAS_ERRORS', () => {
    const error = new ApiError(422, 'IMPORT_HAS_ERRORS', '导入文件中有错误', { errors: [{ row: 3, column: '身份证号', message: '身份证号校验位不正确' }, { row: 5, message: '姓名为空' }] });
    expect(importRowErrors(error)).toEqual([
      { row: 3, column: '身份证号', message: '身份证号校验位不正确' },
      { row: 5, column: '', message: '姓名为空' },
    ]);
  });

  it('is null for other failures, which are shown as a message', () => {
    expect(importRowErrors(new ApiError(400, 'IMPORT_FILE_INVALID', '无法读取该文件'))).toBeNull();
    expect(importRowErrors(new Error('x'))).toBeNull();
  });
});
