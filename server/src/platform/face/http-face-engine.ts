import { Type, type Static, type TSchema } from 'typebox';
import { Value } from 'typebox/value';
import {
  FACE_DECISIONS,
  FACE_PROBLEMS,
  FaceEngineError,
  type FaceAnalysis,
  type FaceEngine,
  type FaceVerification,
} from './face-engine.js';
import { cosineSimilarity } from './face-similarity.js';

/**
 * Adapter for a certified face service (a government or commercial 1:1
 * verification service behind a small gateway). The wire contract, JSON both
 * ways, `Authorization: Bearer <apiKey>`:
 *
 *   POST {url}/analyze  {image: base64}                      → FaceAnalysis
 *   POST {url}/verify   {image: base64, enrolled: number[]}  → FaceVerification
 *
 * The service decides with its own certified thresholds; this side checks
 * the answer's shape and that it is self-consistent, and never turns an
 * outage into a face decision: failures throw FaceEngineError.
 */

export interface HttpFaceEngineOptions {
  /** Base URL of the gateway, e.g. https://face.example.gov.cn/v1 */
  url: string;
  apiKey: string;
  /** Per request; a face check the learner is waiting for should not hang. */
  timeoutMs?: number;
}

export const DEFAULT_FACE_SERVICE_TIMEOUT_MS = 10_000;

const Score = Type.Number({ minimum: 0, maximum: 1 });
const Count = Type.Integer({ minimum: 0 });

const AnalysisAnswer = Type.Object({
  faceCount: Count,
  quality: Score,
  liveness: Score,
  antispoof: Score,
  box: Type.Optional(Type.Object({ x: Type.Number(), y: Type.Number(), width: Type.Number({ minimum: 0 }), height: Type.Number({ minimum: 0 }) })),
  embedding: Type.Union([Type.Array(Type.Number(), { minItems: 1 }), Type.Null()]),
  problem: Type.Union([...FACE_PROBLEMS.map((problem) => Type.Literal(problem)), Type.Null()]),
});

const VerificationAnswer = Type.Object({
  decision: Type.Union(FACE_DECISIONS.map((decision) => Type.Literal(decision))),
  score: Score,
  faceCount: Count,
  quality: Type.Optional(Score),
  liveness: Score,
  antispoof: Score,
});

export class HttpFaceEngine implements FaceEngine {
  readonly name: string;
  readonly #base: URL;
  readonly #apiKey: string;
  readonly #timeoutMs: number;

  constructor(options: HttpFaceEngineOptions) {
    let base: URL;
    try {
      base = new URL(options.url.endsWith('/') ? options.url : `${options.url}/`);
    } catch {
      throw new FaceEngineError('SERVICE_UNAVAILABLE', `face service URL is not a URL: "${options.url}"`);
    }
    if (base.protocol !== 'https:' && base.protocol !== 'http:') {
      throw new FaceEngineError('SERVICE_UNAVAILABLE', `face service URL must be http(s): "${options.url}"`);
    }
    if (options.apiKey === '') throw new FaceEngineError('SERVICE_REJECTED', 'face service API key is empty');
    this.#base = base;
    this.#apiKey = options.apiKey;
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_FACE_SERVICE_TIMEOUT_MS;
    this.name = `http:${base.origin}${base.pathname}`;
  }

  async analyze(image: Buffer): Promise<FaceAnalysis> {
    const answer = await this.#post('analyze', { image: image.toString('base64') }, AnalysisAnswer);
    // an image the service accepts for enrolment must yield one face and a template
    if (answer.problem === null && (answer.faceCount !== 1 || answer.embedding === null)) {
      throw new FaceEngineError('SERVICE_BAD_RESPONSE', 'face service accepted an image without exactly one face and a template');
    }
    const { box, ...rest } = answer;
    return { ...rest, ...(box ? { box } : {}), embedding: answer.problem === null ? answer.embedding : null };
  }

  /** Cosine similarity: valid for services whose templates are plain feature vectors (most are). */
  compare(a: readonly number[], b: readonly number[]): number {
    return cosineSimilarity(a, b);
  }

  async verify(image: Buffer, enrolled: readonly number[]): Promise<FaceVerification> {
    if (enrolled.length === 0) throw new FaceEngineError('TEMPLATE_INVALID', 'enrolled template is empty');
    const answer = await this.#post('verify', { image: image.toString('base64'), enrolled }, VerificationAnswer);
    // anti-proxy (M24): a match is only ever for the registered person alone in the frame
    if (answer.decision === 'MATCH' && answer.faceCount !== 1) {
      throw new FaceEngineError('SERVICE_BAD_RESPONSE', `face service answered MATCH with ${answer.faceCount} faces`);
    }
    return { ...answer, quality: answer.quality ?? 0 };
  }

  async close(): Promise<void> {}

  async #post<S extends TSchema>(path: string, body: unknown, schema: S): Promise<Static<S>> {
    const url = new URL(path, this.#base);
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${this.#apiKey}`, 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.#timeoutMs),
      });
    } catch (cause) {
      if (cause instanceof DOMException && cause.name === 'TimeoutError') {
        throw new FaceEngineError('SERVICE_TIMEOUT', `face service did not answer within ${this.#timeoutMs} ms (${url.pathname})`, { cause });
      }
      throw new FaceEngineError('SERVICE_UNAVAILABLE', `face service unreachable at ${url.origin}: ${describe(cause)}`, { cause });
    }
    let text: string;
    try {
      text = await response.text();
    } catch (cause) {
      const code = cause instanceof DOMException && cause.name === 'TimeoutError' ? 'SERVICE_TIMEOUT' : 'SERVICE_UNAVAILABLE';
      throw new FaceEngineError(code, `face service answer interrupted (${url.pathname}): ${describe(cause)}`, { cause });
    }
    if (response.status >= 500 || response.status === 429) {
      throw new FaceEngineError('SERVICE_UNAVAILABLE', `face service answered ${response.status} (${url.pathname})`);
    }
    if (!response.ok) {
      throw new FaceEngineError('SERVICE_REJECTED', `face service refused the request: ${response.status} (${url.pathname}) ${text.slice(0, 200)}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (cause) {
      throw new FaceEngineError('SERVICE_BAD_RESPONSE', `face service answer is not JSON (${url.pathname})`, { cause });
    }
    if (!Value.Check(schema, json)) {
      const first = Value.Errors(schema, json)[0];
      const where = first ? `${first.instancePath || '/'} ${first.message}` : 'unknown';
      throw new FaceEngineError('SERVICE_BAD_RESPONSE', `face service answer does not match the contract (${url.pathname}): ${where}`);
    }
    return json;
  }
}

function describe(cause: unknown): string {
  if (cause instanceof Error) {
    const inner = (cause as Error & { cause?: unknown }).cause;
    return inner instanceof Error ? `${cause.message}: ${inner.message}` : cause.message;
  }
  return String(cause);
}
