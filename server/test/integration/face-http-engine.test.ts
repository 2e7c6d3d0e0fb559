import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFaceEngine, type FaceEngine } from '../../src/platform/face/index.js';

/**
 * The adapter for a certified face service, against a real HTTP server on
 * 127.0.0.1 that plays the service (no fetch mocks).
 */
interface Seen {
  method: string;
  path: string;
  authorization: string | undefined;
  contentType: string | undefined;
  body: { image?: string; enrolled?: number[] };
}
type Answer = (seen: Seen, res: http.ServerResponse) => void;

const API_KEY = 'test-face-service-key';
const IMAGE = Buffer.from('jpeg bytes stand-in');
const json = (status: number, body: unknown): Answer => (_seen, res) => {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
};

let server: http.Server;
let baseUrl: string;
let answer: Answer;
let seen: Seen[] = [];
let engine: FaceEngine;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request: Seen = {
        method: req.method ?? '',
        path: req.url ?? '',
        authorization: req.headers.authorization,
        contentType: req.headers['content-type'],
        body: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Seen['body'],
      };
      seen.push(request);
      answer(request, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/face/v1`;
  engine = await createFaceEngine({ kind: 'http', url: baseUrl, apiKey: API_KEY, timeoutMs: 500 });
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  seen = [];
});

const ANALYSIS = { faceCount: 1, quality: 0.93, liveness: 0.97, antispoof: 0.91, box: { x: 10, y: 20, width: 200, height: 210 }, embedding: [0.6, 0.8], problem: null };
const VERIFICATION = { decision: 'MATCH', score: 0.88, faceCount: 1, quality: 0.9, liveness: 0.95, antispoof: 0.92 };

describe('HTTP face engine: the wire contract', () => {
  it('posts the image as base64 JSON with the bearer key to {url}/analyze and returns the analysis', async () => {
    answer = json(200, ANALYSIS);
    const analysis = await engine.analyze(IMAGE);
    expect(analysis).toEqual(ANALYSIS);
    expect(seen).toEqual([
      { method: 'POST', path: '/face/v1/analyze', authorization: `Bearer ${API_KEY}`, contentType: 'application/json', body: { image: IMAGE.toString('base64') } },
    ]);
    expect(engine.name).toBe(`http:${baseUrl}/`);
  });

  it('posts the image and the enrolled template to {url}/verify and returns the service decision', async () => {
    answer = json(200, VERIFICATION);
    expect(await engine.verify(IMAGE, [0.6, 0.8])).toEqual(VERIFICATION);
    expect(seen[0]).toMatchObject({ path: '/face/v1/verify', body: { image: IMAGE.toString('base64'), enrolled: [0.6, 0.8] } });
  });

  it('passes every failure decision through (M24 voids credit on each)', async () => {
    for (const decision of ['NO_FACE', 'MULTIPLE_FACES', 'MISMATCH', 'SPOOF', 'LOW_QUALITY']) {
      answer = json(200, { ...VERIFICATION, decision, score: 0.1, faceCount: decision === 'MULTIPLE_FACES' ? 2 : 1 });
      expect((await engine.verify(IMAGE, [1, 0])).decision).toBe(decision);
    }
  });

  it('drops the template of an image the service found a problem with', async () => {
    answer = json(200, { ...ANALYSIS, problem: 'SPOOF', antispoof: 0.05 });
    expect(await engine.analyze(IMAGE)).toMatchObject({ problem: 'SPOOF', embedding: null });
  });

  it('compares templates locally by cosine similarity', () => {
    expect(engine.compare([0.6, 0.8], [0.6, 0.8])).toBeCloseTo(1, 10);
    expect(engine.compare([1, 0], [0, 1])).toBe(0);
  });
});

describe('HTTP face engine: failures are errors, never face decisions', () => {
  it('SERVICE_REJECTED when the key is refused (401)', async () => {
    answer = json(401, { error: 'bad key' });
    await expect(engine.analyze(IMAGE)).rejects.toMatchObject({ name: 'FaceEngineError', code: 'SERVICE_REJECTED' });
  });

  it('SERVICE_UNAVAILABLE on 5xx and 429', async () => {
    for (const status of [500, 503, 429]) {
      answer = json(status, { error: 'busy' });
      await expect(engine.verify(IMAGE, [1]), String(status)).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    }
  });

  it('SERVICE_TIMEOUT when the service does not answer in time', async () => {
    answer = (_seen, res) => {
      setTimeout(() => json(200, ANALYSIS)(_seen, res), 2_000).unref();
    };
    const started = Date.now();
    await expect(engine.analyze(IMAGE)).rejects.toMatchObject({ code: 'SERVICE_TIMEOUT' });
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('SERVICE_BAD_RESPONSE for an answer that is not JSON or not the contract', async () => {
    answer = (_seen, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>gateway</html>');
    await expect(engine.analyze(IMAGE)).rejects.toMatchObject({ code: 'SERVICE_BAD_RESPONSE' });
    answer = json(200, { ...VERIFICATION, decision: 'OK' });
    await expect(engine.verify(IMAGE, [1])).rejects.toMatchObject({ code: 'SERVICE_BAD_RESPONSE' });
    answer = json(200, { ...VERIFICATION, score: 87 });
    await expect(engine.verify(IMAGE, [1])).rejects.toMatchObject({ code: 'SERVICE_BAD_RESPONSE' });
  });

  it('SERVICE_BAD_RESPONSE for a MATCH with several faces, or an accepted image without a template', async () => {
    answer = json(200, { ...VERIFICATION, faceCount: 2 });
    await expect(engine.verify(IMAGE, [1])).rejects.toMatchObject({ code: 'SERVICE_BAD_RESPONSE' });
    answer = json(200, { ...ANALYSIS, embedding: null });
    await expect(engine.analyze(IMAGE)).rejects.toMatchObject({ code: 'SERVICE_BAD_RESPONSE' });
  });

  it('SERVICE_UNAVAILABLE when nothing listens at the URL', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const offline = await createFaceEngine({ kind: 'http', url: `http://127.0.0.1:${port}`, apiKey: API_KEY });
    await expect(offline.analyze(IMAGE)).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
  });

  it('refuses a configuration without a usable URL or key', async () => {
    await expect(createFaceEngine({ kind: 'http', url: 'not a url', apiKey: API_KEY })).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    await expect(createFaceEngine({ kind: 'http', url: 'ftp://face.example', apiKey: API_KEY })).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    await expect(createFaceEngine({ kind: 'http', url: baseUrl, apiKey: '' })).rejects.toMatchObject({ code: 'SERVICE_REJECTED' });
  });
});
