import { Type } from 'typebox';
import type { App } from '../../platform/http/server.js';
import type { AuditService } from './audit.service.js';

export function auditRoutes(app: App, audit: AuditService): void {
  app.get(
    '/api/v1/audit/public-key',
    {
      config: { access: { public: '任何人都可用公钥核验审计链头与证书签名' } },
      schema: {
        tags: ['audit'],
        summary: '平台签名公钥（Ed25519）',
        response: { 200: Type.Object({ keyId: Type.String(), algorithm: Type.Literal('Ed25519'), publicKeyPem: Type.String() }) },
      },
    },
    async () => audit.publicKey(),
  );

  app.get(
    '/api/v1/audit/heads',
    {
      config: { access: { roles: ['platform_operator', 'regulator'], scope: 'platform' } },
      schema: {
        tags: ['audit'],
        summary: '每日签名的审计链头',
        querystring: Type.Object({ limit: Type.Integer({ minimum: 1, maximum: 366, default: 30 }) }),
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({ day: Type.String(), lastAuditId: Type.Integer(), headHash: Type.String(), signature: Type.String(), keyId: Type.String(), signedAt: Type.String() }),
            ),
          }),
        },
      },
    },
    async (req) => ({ items: await audit.heads(req.query.limit) }),
  );
}
