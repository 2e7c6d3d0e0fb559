import type { paths } from './schema';

/**
 * Wire types, derived from the server's OpenAPI document (`npm run api:generate`
 * writes `openapi.json` and `schema.d.ts`; a server test fails when they drift).
 */
type Method = 'get' | 'post' | 'put' | 'delete' | 'patch';

/** The JSON body a route answers with for `status` (200 unless said otherwise). */
export type ResponseOf<P extends keyof paths, M extends Method, S extends number = 200> = paths[P][M] extends {
  responses: { [K in S]: { content: { 'application/json': infer T } } };
}
  ? T
  : never;

/** The JSON body a route takes. */
export type BodyOf<P extends keyof paths, M extends Method> = paths[P][M] extends { requestBody?: { content: { 'application/json': infer T } } } ? T : never;

export type Me = ResponseOf<'/api/v1/me', 'get'>;
export type RoleAssignment = Me['roles'][number];
export type Role = RoleAssignment['role'];
export type ScopeKind = RoleAssignment['scope']['kind'];

export type SessionList = ResponseOf<'/api/v1/me/sessions', 'get'>;
export type LoginSession = SessionList['items'][number];

type Province = ResponseOf<'/api/v1/regions', 'get'>;
type City = Province['children'][number];
export type RegionLevel = Province['level'] | City['level'] | City['children'][number]['level'];

/** The region tree as one recursive shape (province → city → county). */
export interface RegionNode {
  code: string;
  name: string;
  level: RegionLevel;
  children: RegionNode[];
}

/** Every error body: `message` is zh-CN and safe to show to users. */
export type ErrorBody = ResponseOf<'/api/v1/auth/login', 'post', 401>;
