import { Type } from 'typebox';
import { ROLES } from '../../platform/http/access.js';

const ScopeKind = Type.Enum(['self', 'platform', 'province', 'city', 'county', 'institution', 'exam_institution', 'exam_site'] as const);

export const RoleAssignmentSchema = Type.Object({
  role: Type.Enum(ROLES),
  scope: Type.Object({
    kind: ScopeKind,
    regionCode: Type.Union([Type.String(), Type.Null()]),
    orgId: Type.Union([Type.String(), Type.Null()]),
    label: Type.String(),
  }),
});

export const MeSchema = Type.Object({
  account: Type.Object({
    id: Type.String({ format: 'uuid' }),
    kind: Type.Union([Type.Literal('learner'), Type.Literal('staff')]),
    displayName: Type.String(),
    username: Type.String({ description: '员工为用户名；学员为脱敏身份证号' }),
  }),
  roles: Type.Array(RoleAssignmentSchema),
  csrfToken: Type.String({ description: '写操作须在 x-csrf-token 请求头中回传' }),
});

export const LoginBody = Type.Object({
  username: Type.String({ minLength: 1, maxLength: 64, description: '员工用户名，或学员18位身份证号' }),
  password: Type.String({ minLength: 1, maxLength: 128 }),
});

export const PasswordChangeBody = Type.Object({
  currentPassword: Type.String({ minLength: 1, maxLength: 128 }),
  newPassword: Type.String({ minLength: 1, maxLength: 128 }),
});

export const SessionListSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String({ format: 'uuid' }),
      createdAt: Type.String({ format: 'date-time' }),
      lastSeenAt: Type.String({ format: 'date-time' }),
      userAgent: Type.Union([Type.String(), Type.Null()]),
      ip: Type.Union([Type.String(), Type.Null()]),
      method: Type.Union([Type.Literal('password'), Type.Literal('oidc')]),
      current: Type.Boolean(),
    }),
  ),
});

export const ErrorSchema = Type.Object({ code: Type.String(), message: Type.String(), details: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]) });
