import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { fieldErrorsFrom } from './form-errors';

const byCode = { CREDIT_CODE_INVALID: ['institution', 'creditCode'], ACCOUNT_EXISTS: ['admin', 'username'] };

describe('server errors on form fields', () => {
  it('puts a coded error on its field, preferring the specific reason', () => {
    const error = new ApiError(400, 'CREDIT_CODE_INVALID', '统一社会信用代码不正确', { problem: 'CHECKSUM', reason: '校验位不正确，请核对最后一位' });
    expect(fieldErrorsFrom(error, byCode)).toEqual([{ name: ['institution', 'creditCode'], errors: ['校验位不正确，请核对最后一位'] }]);
  });

  it('uses the message when there is no reason', () => {
    expect(fieldErrorsFrom(new ApiError(409, 'ACCOUNT_EXISTS', '该账号已存在'), byCode)).toEqual([{ name: ['admin', 'username'], errors: ['该账号已存在'] }]);
  });

  it('maps schema validation paths, with list indexes as numbers', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', '提交的内容不符合要求', { errors: [{ path: '/institution/contactPhone', message: 'must match pattern' }, { path: '/classrooms/0/seats', message: 'x' }] });
    expect(fieldErrorsFrom(error, {})?.map((f) => f.name)).toEqual([['institution', 'contactPhone'], ['classrooms', 0, 'seats']]);
  });

  it('maps a named field', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', '提交的内容不符合要求', { field: 'regionCode' });
    expect(fieldErrorsFrom(error, {})?.[0]?.name).toEqual(['regionCode']);
  });

  it('leaves other errors to the caller', () => {
    expect(fieldErrorsFrom(new ApiError(429, 'RATE_LIMITED', '操作过于频繁'), byCode)).toBeNull();
    expect(fieldErrorsFrom(new Error('x'), byCode)).toBeNull();
  });
});
