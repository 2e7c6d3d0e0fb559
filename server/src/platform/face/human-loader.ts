import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as TfCore from '@tensorflow/tfjs-core';
import { FaceEngineError } from './face-engine.js';

/**
 * Loads @vladmandic/human on the TensorFlow.js WASM backend with every model
 * and .wasm file read from the npm packages on disk: nothing is downloaded at
 * run time, so a fresh offline machine works (DESIGN §2, §10).
 */

/** The parts of Human's API this engine uses (its own typings are unreachable: see `humanEntry`). */
export interface HumanFace {
  score: number;
  box: [number, number, number, number];
  embedding?: number[];
  /** anti-spoofing model: 1 = real face; absent when the model answered 0 */
  real?: number;
  /** liveness model: 1 = live; absent when the model answered 0 */
  live?: number;
  rotation?: { angle: { roll: number; yaw: number; pitch: number } } | null;
}

export interface HumanInstance {
  readonly version: string;
  readonly tf: typeof TfCore;
  load(): Promise<void>;
  detect(input: TfCore.Tensor): Promise<{ face: HumanFace[]; error: string | null }>;
  models: { loaded(): string[] };
}

/** The models face checks need; `load` fails if one is missing from the package. */
export const REQUIRED_MODELS = ['blazeface', 'facemesh', 'faceres', 'antispoof', 'liveness'] as const;

const require = createRequire(import.meta.url);

/**
 * Human's `exports` map lists subpaths without "./", so Node rejects every
 * subpath import; its root still resolves through the "node" condition, which
 * locates the package folder.
 */
function humanEntry(): { dir: string; wasmBuild: string } {
  const nodeBuild = require.resolve('@vladmandic/human');
  const dir = path.dirname(path.dirname(nodeBuild));
  return { dir, wasmBuild: path.join(dir, 'dist', 'human.node-wasm.js') };
}

const registeredModelFolders = new Set<string>();

/**
 * tfjs-core only knows http(s) model URLs in Node (and Node's fetch refuses
 * file://), so model JSON and weights are read from disk by an IO router.
 * It answers only for URLs inside the package's own models folder.
 */
function registerDiskModelRouter(tf: typeof TfCore, modelsUrl: string): void {
  if (registeredModelFolders.has(modelsUrl)) return;
  registeredModelFolders.add(modelsUrl);
  const router = (url: string | string[]): TfCore.io.IOHandler | null => {
    if (typeof url !== 'string' || !url.startsWith(modelsUrl) || !url.endsWith('.json')) return null;
    const jsonPath = fileURLToPath(url);
    return {
      load: async () => {
        const modelJson = JSON.parse(await fs.readFile(jsonPath, 'utf8')) as TfCore.io.ModelJSON;
        return tf.io.getModelArtifactsForJSON(modelJson, async (manifest) => {
          const specs: TfCore.io.WeightsManifestEntry[] = [];
          const chunks: Buffer[] = [];
          for (const group of manifest) {
            specs.push(...group.weights);
            for (const file of group.paths) chunks.push(await fs.readFile(path.join(path.dirname(jsonPath), file)));
          }
          const all = Buffer.concat(chunks);
          return [specs, all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength)];
        });
      },
    };
  };
  // tfjs types a router as always answering, but null is how a router declines a URL
  tf.io.registerLoadRouter(router as Parameters<typeof tf.io.registerLoadRouter>[0]);
}

/** Builds one Human instance for still images, loads its models and returns it warm-ready. */
export async function loadHuman(config: Record<string, unknown>): Promise<HumanInstance> {
  const { dir, wasmBuild } = humanEntry();
  let HumanClass: new (config: Record<string, unknown>) => HumanInstance;
  let wasmDir: string;
  try {
    HumanClass = (require(wasmBuild) as { Human: typeof HumanClass }).Human;
    // the same copy of the backend that Human itself loads
    wasmDir = path.dirname(createRequire(wasmBuild).resolve('@tensorflow/tfjs-backend-wasm'));
  } catch (cause) {
    throw new FaceEngineError('ENGINE_UNAVAILABLE', `cannot load @vladmandic/human and its TensorFlow.js packages: ${String(cause)}`, { cause });
  }
  const modelsUrl = pathToFileURL(path.join(dir, 'models')).href + '/';
  const human = new HumanClass({
    ...config,
    backend: 'wasm',
    // a trailing slash: tfjs appends the .wasm file name; read from disk, not fetched
    wasmPath: wasmDir + path.sep,
    wasmPlatformFetch: false,
    modelBasePath: modelsUrl,
    cacheModels: false,
  });
  registerDiskModelRouter(human.tf, modelsUrl);
  await human.load();
  const loaded = human.models.loaded();
  const missing = REQUIRED_MODELS.filter((model) => !loaded.includes(model));
  if (missing.length > 0 || human.tf.getBackend() !== 'wasm') {
    throw new FaceEngineError(
      'ENGINE_UNAVAILABLE',
      `face models not loaded: ${missing.join(', ') || 'none'}; backend ${human.tf.getBackend() || 'none'} (expected wasm)`,
    );
  }
  return human;
}
