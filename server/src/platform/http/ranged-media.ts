import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import { parseRange, type ByteRange } from '../blob/index.js';

export interface Media {
  size: number;
  contentType: string;
  open(range?: ByteRange): Readable;
}

/** Serves lesson media with HTTP Range, so players can seek and resume without downloading the whole file. */
export function sendRangedMedia(req: FastifyRequest, reply: FastifyReply, media: Media) {
  const range = parseRange(req.headers.range, media.size);
  void reply.header('accept-ranges', 'bytes').header('content-type', media.contentType).header('cache-control', 'private, max-age=3600');
  if (range === 'unsatisfiable') return reply.status(416).header('content-range', `bytes */${media.size}`).send();
  if (range) {
    void reply.status(206).header('content-range', `bytes ${range.start}-${range.end}/${media.size}`).header('content-length', range.end - range.start + 1);
    return reply.send(media.open(range));
  }
  void reply.header('content-length', media.size);
  return reply.send(media.open());
}
