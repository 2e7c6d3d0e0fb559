import type { ErrorBody } from './types';

export const CSRF_COOKIE = 'xk_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** What the user sees when the server could not be reached or answered without a JSON error. */
export const NETWORK_ERROR_MESSAGE = '无法连接服务器，请检查网络后重试';
export const UNKNOWN_ERROR_MESSAGE = '系统繁忙，请稍后重试';

/** A failed API call. `message` is the server's zh-CN text, ready to show. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> | null = null,
  ) {
    super(message);
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

export function readCookie(cookieHeader: string, name: string): string | null {
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}

/** Writes carry the readable CSRF cookie back as a header (the session cookie itself is httpOnly). */
export function csrfHeaders(method: string, cookieHeader: string): Record<string, string> {
  if (SAFE_METHODS.has(method.toUpperCase())) return {};
  const token = readCookie(cookieHeader, CSRF_COOKIE);
  return token ? { [CSRF_HEADER]: token } : {};
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** Skip the global "401 → login" handling: for the login call and the initial `me` probe. */
  allowUnauthenticated?: boolean;
  signal?: AbortSignal;
  /** Extra request headers, e.g. an Idempotency-Key. */
  headers?: Record<string, string>;
}

export interface ClientDeps {
  fetch: typeof fetch;
  cookies: () => string;
  onUnauthorized: () => void;
}

export type ApiRequest = <T>(path: string, options?: RequestOptions) => Promise<T>;

export function createApiClient(deps: ClientDeps): ApiRequest {
  return async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
    const method = options.method ?? 'GET';
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers, ...csrfHeaders(method, deps.cookies()) };
    if (options.body !== undefined) headers['content-type'] = 'application/json';

    let response: Response;
    try {
      response = await deps.fetch(path, {
        method,
        headers,
        credentials: 'same-origin',
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: options.signal,
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new ApiError(0, 'NETWORK_ERROR', NETWORK_ERROR_MESSAGE);
    }

    if (response.ok) {
      if (response.status === 204) return undefined as T;
      const text = await response.text();
      return (text ? JSON.parse(text) : undefined) as T;
    }

    const error = await toApiError(response);
    if (isSessionLost(error) && !options.allowUnauthenticated) deps.onUnauthorized();
    throw error;
  };
}

/**
 * A 401 means the session is gone, except when the call itself checked a password
 * (e.g. the current password on a password change): then the session is still fine.
 */
export function isSessionLost(error: ApiError): boolean {
  return error.status === 401 && error.code !== 'AUTH_INVALID_CREDENTIALS';
}

export async function toApiError(response: Response): Promise<ApiError> {
  let body: Partial<ErrorBody> | null = null;
  try {
    body = (await response.json()) as Partial<ErrorBody>;
  } catch {
    body = null;
  }
  if (body && typeof body.code === 'string' && typeof body.message === 'string') {
    return new ApiError(response.status, body.code, body.message, body.details ?? null);
  }
  // A gateway error without our JSON body means the server itself was not reached.
  const message = [502, 503, 504].includes(response.status) ? NETWORK_ERROR_MESSAGE : UNKNOWN_ERROR_MESSAGE;
  return new ApiError(response.status, `HTTP_${response.status}`, message);
}

let unauthorizedHandler: () => void = () => {
  if (window.location.pathname !== '/login') window.location.assign('/login');
};

/** The app replaces the default full-page redirect with a router-aware one. */
export function setUnauthorizedHandler(handler: () => void): void {
  unauthorizedHandler = handler;
}

/**
 * Sends raw bytes (an upload chunk, a spreadsheet) as `application/octet-stream`
 * unless a `contentType` is given. XHR, not
 * fetch, because only XHR reports upload progress, which a slow line needs to see.
 */
export function sendBinary<T>(
  path: string,
  body: Blob,
  options: { method?: 'PUT' | 'POST'; contentType?: string; onProgress?: (sentBytes: number) => void; signal?: AbortSignal } = {},
): Promise<T> {
  const method = options.method ?? 'PUT';
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('content-type', options.contentType ?? 'application/octet-stream');
    for (const [name, value] of Object.entries(csrfHeaders(method, document.cookie))) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => options.onProgress?.(event.loaded);
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK_ERROR', NETWORK_ERROR_MESSAGE));
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve((xhr.responseText ? JSON.parse(xhr.responseText) : undefined) as T);
        return;
      }
      void toApiError(new Response(xhr.responseText || null, { status: xhr.status })).then((error) => {
        if (isSessionLost(error)) unauthorizedHandler();
        reject(error);
      });
    };
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}

export const apiRequest: ApiRequest = createApiClient({
  fetch: (...args) => window.fetch(...args),
  cookies: () => document.cookie,
  onUnauthorized: () => unauthorizedHandler(),
});
