import type { Readable } from 'node:stream';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { App } from '../../platform/http/server.js';
import { ErrorSchema } from '../identity/identity.schemas.js';
import { CHUNK_BYTES } from './uploads.policy.js';
import type { UploadsService } from './uploads.service.js';

const tags = ['uploads'];
const Params = Type.Object({ id: Type.String({ format: 'uuid' }) });
const StatusSchema = Type.Object({
  uploadId: Type.String(),
  size: Type.Integer(),
  chunkSize: Type.Integer(),
  chunkCount: Type.Integer(),
  received: Type.Array(Type.Integer()),
  status: Type.Enum(['open', 'complete'] as const),
  blobKey: Type.Union([Type.String(), Type.Null()]),
});
/** Who uploads course media today; other purposes add their roles here. */
const UPLOADERS = ['institution_admin'] as const;

export async function uploadsRoutes(app: App, uploads: UploadsService): Promise<void> {
  await app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<TypeBoxTypeProvider>();
    // Chunks arrive as raw bytes and are streamed to disk, never parsed or buffered.
    scope.addContentTypeParser('application/octet-stream', (_req, payload, done) => done(null, payload));

    scope.post(
      '/api/v1/uploads',
      {
        config: { access: { roles: UPLOADERS, scope: 'self' } },
        schema: {
          tags,
          summary: '创建分片上传任务（可断点续传，视频不超过2GB）',
          body: Type.Object({
            purpose: Type.Enum(['lesson-media'] as const),
            filename: Type.String({ minLength: 1, maxLength: 200 }),
            contentType: Type.String({ maxLength: 100 }),
            size: Type.Integer({ minimum: 1 }),
          }),
          response: { 201: Type.Object({ uploadId: Type.String(), chunkSize: Type.Integer(), chunkCount: Type.Integer() }), 413: ErrorSchema, 415: ErrorSchema },
        },
      },
      async (req, reply) => reply.status(201).send(await uploads.create(req.actor!, req.body)),
    );

    scope.get(
      '/api/v1/uploads/:id',
      {
        config: { access: { roles: UPLOADERS, scope: 'self' } },
        schema: { tags, summary: '上传进度（已收到的分片），用于断点续传', params: Params, response: { 200: StatusSchema, 404: ErrorSchema } },
      },
      async (req) => uploads.status(req.actor!, req.params.id),
    );

    scope.put(
      '/api/v1/uploads/:id/chunks/:index',
      {
        config: { access: { roles: UPLOADERS, scope: 'self' } },
        bodyLimit: CHUNK_BYTES + 1024,
        schema: {
          tags,
          summary: '上传一个分片（application/octet-stream）',
          params: Type.Object({ id: Type.String({ format: 'uuid' }), index: Type.Integer({ minimum: 0 }) }),
          response: { 200: Type.Object({ received: Type.Array(Type.Integer()) }), 400: ErrorSchema, 404: ErrorSchema },
        },
      },
      async (req) => uploads.putChunk(req.actor!, req.params.id, req.params.index, req.body as Readable),
    );

    scope.post(
      '/api/v1/uploads/:id/complete',
      {
        config: { access: { roles: UPLOADERS, scope: 'self' } },
        schema: { tags, summary: '合并分片，完成上传', params: Params, response: { 200: Type.Object({ blobKey: Type.String(), size: Type.Integer() }), 409: ErrorSchema } },
      },
      async (req) => uploads.complete(req.actor!, req.params.id),
    );
  });
}
