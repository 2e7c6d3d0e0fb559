import { Type } from 'typebox';
import type { App } from '../../platform/http/server.js';
import { ErrorSchema } from '../identity/identity.schemas.js';
import { CertificateSummarySchema, NumberParams, PublicKeySchema, ReasonBody, VerificationSchema } from './certificates.schemas.js';
import type { CertificatesService } from './certificates.service.js';

const tags = ['certificates'];
/** Public verifications per address per minute: people checking certificates, not a crawler enumerating them. */
const VERIFY_RATE_PER_MINUTE = 30;
const publicRate = { max: VERIFY_RATE_PER_MINUTE, timeWindow: 60_000 };
const viewers = { roles: ['learner', 'institution_admin', 'regulator'] as const, scope: 'region' as const };
const changers = { roles: ['institution_admin', 'regulator'] as const, scope: 'region' as const };

export function certificatesRoutes(app: App, certificates: CertificatesService): void {
  app.get(
    '/api/v1/public/certificates/public-key',
    {
      config: { access: { public: '学时证明签名公钥：任何人可离线核验（M25）' }, rateLimit: publicRate },
      schema: { tags, summary: '学时证明签名公钥（Ed25519）', response: { 200: PublicKeySchema } },
    },
    async () => certificates.publicKey(),
  );

  app.get(
    '/api/v1/public/certificates/:number',
    {
      config: { access: { public: '学时证明核验：任何人凭编号查看完整内容与状态（M25）' }, rateLimit: publicRate },
      schema: {
        tags,
        summary: '核验学时证明：完整内容、签名核对结果与状态（有效 / 已替代 / 已撤销）',
        params: NumberParams,
        querystring: Type.Object({ p: Type.Optional(Type.String({ maxLength: 2000, description: '二维码中的签名数据' })) }),
        response: { 200: VerificationSchema, 404: ErrorSchema },
      },
    },
    async (req) => certificates.verify(req.params.number, req.query.p),
  );

  app.get(
    '/api/v1/me/certificates',
    {
      config: { access: { roles: ['learner'], scope: 'self' } },
      schema: { tags, summary: '我的学时证明（M25）', response: { 200: Type.Object({ items: Type.Array(CertificateSummarySchema) }) } },
    },
    async (req) => ({ items: await certificates.mine(req.actor!) }),
  );

  app.get(
    '/api/v1/certificates/:number/pdf',
    {
      config: { access: viewers },
      schema: { tags, summary: '下载学时证明 PDF（A4，可黑白打印，含核验二维码）：学员本人、培训机构、辖区监管部门', params: NumberParams },
    },
    async (req, reply) => {
      const file = await certificates.pdf(req.actor!, req.params.number);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
        .send(Buffer.from(file.bytes));
    },
  );

  app.get(
    '/api/v1/classes/:id/certificates',
    {
      config: { access: changers },
      schema: {
        tags,
        summary: '培训班的学时证明（各版本）：培训机构看本机构，监管部门看辖区',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: { 200: Type.Object({ className: Type.String(), items: Type.Array(CertificateSummarySchema) }), 404: ErrorSchema },
      },
    },
    async (req) => certificates.ofClass(req.actor!, req.params.id),
  );

  app.post(
    '/api/v1/certificates/:number/reissue',
    {
      config: { access: { roles: ['institution_admin'], scope: 'institution' } },
      schema: {
        tags,
        summary: '按当前学时记录重新出具（新版本，原证明显示为已替代）：如经审计的学时更正之后',
        params: NumberParams,
        body: ReasonBody,
        response: { 201: Type.Object({ number: Type.String() }), 404: ErrorSchema, 409: ErrorSchema, 422: ErrorSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await certificates.reissue(req.actor!, req.params.number, req.body.reason, String(req.id))),
  );

  app.post(
    '/api/v1/certificates/:number/revoke',
    {
      config: { access: changers },
      schema: {
        tags,
        summary: '撤销学时证明（记录原因与操作人；证明本身不被修改，M16）',
        params: NumberParams,
        body: ReasonBody,
        response: { 200: Type.Object({ number: Type.String(), status: Type.Literal('revoked') }), 404: ErrorSchema, 409: ErrorSchema },
      },
    },
    async (req) => certificates.revoke(req.actor!, req.params.number, req.body.reason, String(req.id)),
  );
}
