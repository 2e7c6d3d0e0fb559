import type { FaceEngine } from './face-engine.js';
import { HttpFaceEngine } from './http-face-engine.js';
import { HumanFaceEngine } from './human-face-engine.js';

export * from './face-engine.js';
export * as faceThresholds from './face-thresholds.js';
export { DEFAULT_FACE_SERVICE_TIMEOUT_MS } from './http-face-engine.js';
export { frameDifference } from './still-frame.js';

/**
 * `builtin`: the offline engine shipped with the server (development, demo,
 * pilots). `http`: a certified service, required for production checks
 * (docs/integrity.md, "Face checks").
 */
export type FaceEngineConfig = { kind: 'builtin' } | { kind: 'http'; url: string; apiKey: string; timeoutMs?: number };

/** One engine per process: the built-in one loads its models (~1 s) and stays warm. */
export async function createFaceEngine(config: FaceEngineConfig): Promise<FaceEngine> {
  if (config.kind === 'http') return new HttpFaceEngine(config);
  return HumanFaceEngine.create();
}
