/**
 * Errors are data (STYLE 7): every module lists its codes with an HTTP status
 * and a zh-CN message; the HTTP layer maps them to `{code, message, details}`.
 * Tests assert the code, never the text.
 */
export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export interface ErrorDefinition {
  status: number;
  message: string;
}

/** Every code defined anywhere, for docs/api.md and its drift test. */
export const errorCatalogue = new Map<string, ErrorDefinition & { module: string }>();

export function defineErrors<T extends Record<string, ErrorDefinition>>(
  module: string,
  definitions: T,
): { [K in keyof T]: (details?: Record<string, unknown>) => AppError } {
  const factories = {} as { [K in keyof T]: (details?: Record<string, unknown>) => AppError };
  for (const [code, def] of Object.entries(definitions)) {
    errorCatalogue.set(code, { ...def, module });
    factories[code as keyof T] = (details) => new AppError(code, def.status, def.message, details);
  }
  return factories;
}

export const CommonErrors = defineErrors('platform', {
  VALIDATION_FAILED: { status: 400, message: '提交的内容不符合要求，请检查后重试' },
  AUTH_REQUIRED: { status: 401, message: '请先登录' },
  FORBIDDEN: { status: 403, message: '您没有执行此操作的权限' },
  CSRF_INVALID: { status: 403, message: '页面已过期，请刷新后重试' },
  NOT_FOUND: { status: 404, message: '未找到相关内容' },
  RATE_LIMITED: { status: 429, message: '操作过于频繁，请稍后再试' },
  PAYLOAD_TOO_LARGE: { status: 413, message: '提交的内容过大' },
  INTERNAL: { status: 500, message: '系统繁忙，请稍后重试' },
  NOT_READY: { status: 503, message: '系统正在启动或数据库不可用' },
});
