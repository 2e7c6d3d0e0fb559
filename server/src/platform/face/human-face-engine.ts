import { FaceEngineError, type FaceAnalysis, type FaceBox, type FaceEngine, type FaceVerification } from './face-engine.js';
import { faceQuality, imageProblem, verificationDecision, type FaceMeasurement } from './face-decision.js';
import { decodeRgb, faceSharpness, type RgbImage } from './face-image.js';
import { cosineSimilarity, normalizeEmbedding } from './face-similarity.js';
import { MAX_FACES_DETECTED, MIN_COUNTED_FACE_PX, MIN_DETECTION_CONFIDENCE } from './face-thresholds.js';
import { loadHuman, type HumanFace, type HumanInstance } from './human-loader.js';

/** Length of Human's `faceres` descriptor; a template of another length is from another engine. */
export const EMBEDDING_LENGTH = 1024;

/**
 * Still images, not video: every frame is judged on its own. Human's caches
 * (skipFrames/skipTime, cacheSensitivity) would otherwise reuse the previous
 * learner's face for a "similar" frame.
 */
const HUMAN_CONFIG = {
  debug: false,
  warmup: 'none',
  cacheSensitivity: 0,
  skipAllowed: false,
  filter: { enabled: false },
  gesture: { enabled: false },
  body: { enabled: false },
  hand: { enabled: false },
  object: { enabled: false },
  segmentation: { enabled: false },
  face: {
    enabled: true,
    detector: {
      rotation: true,
      maxDetected: MAX_FACES_DETECTED,
      minConfidence: MIN_DETECTION_CONFIDENCE,
      skipFrames: 0,
      skipTime: 0,
      return: false,
    },
    mesh: { enabled: true, keepInvalid: false },
    attention: { enabled: false },
    iris: { enabled: false },
    emotion: { enabled: false },
    gear: { enabled: false },
    description: { enabled: true, skipFrames: 0, skipTime: 0 },
    antispoof: { enabled: true, skipFrames: 0, skipTime: 0 },
    liveness: { enabled: true, skipFrames: 0, skipTime: 0 },
  },
};

/** One face as the engine sees it; boxes are in the analysed image (upright, at most MAX_IMAGE_SIDE_PX). */
export interface DetectedFace extends FaceMeasurement {
  box: FaceBox;
  /** unit-length descriptor, null if the description model gave none */
  embedding: number[] | null;
}

/**
 * Human keeps its models in module-wide variables, so a process has one warm
 * Human whatever the number of engine handles, and one queue in front of it:
 * the WASM backend runs one inference at a time anyway, and Human keeps
 * per-call state.
 */
let sharedHuman: Promise<HumanInstance> | undefined;
let queue: Promise<unknown> = Promise.resolve();

function warmHuman(): Promise<HumanInstance> {
  sharedHuman ??= loadHuman(HUMAN_CONFIG).catch((error: unknown) => {
    sharedHuman = undefined; // let a later call retry, e.g. after the lead installs a missing package
    throw error;
  });
  return sharedHuman;
}

/** Enrolment's view of the detected faces: the main face, the reason it cannot be used (if any), its template. */
export function analysisOf(faces: readonly DetectedFace[]): FaceAnalysis {
  const counted = faces.filter((face) => face.width >= MIN_COUNTED_FACE_PX);
  const main = counted[0];
  let problem = imageProblem(counted.length, main);
  if (problem === null && !main?.embedding) problem = 'LOW_QUALITY';
  return {
    faceCount: counted.length,
    quality: main ? faceQuality(main) : 0,
    liveness: main?.liveness ?? 0,
    antispoof: main?.antispoof ?? 0,
    ...(main ? { box: main.box } : {}),
    embedding: problem === null ? (main?.embedding ?? null) : null,
    problem,
  };
}

/** The built-in offline engine: @vladmandic/human on the TensorFlow.js WASM backend. */
export class HumanFaceEngine implements FaceEngine {
  readonly name: string;
  #closed = false;

  private constructor(private readonly human: HumanInstance) {
    this.name = `builtin:human-${human.version}`;
  }

  static async create(): Promise<HumanFaceEngine> {
    const engine = new HumanFaceEngine(await warmHuman());
    // compiles the detector's kernels now rather than in the first learner's check
    await engine.#exclusive(() => engine.#detect({ data: Buffer.alloc(64 * 64 * 3, 128), width: 64, height: 64 }));
    return engine;
  }

  /** Every face in the image, largest first. Exposed for calibration (docs/integrity.md) and diagnostics. */
  async detectFaces(image: Buffer): Promise<DetectedFace[]> {
    const rgb = await decodeRgb(image);
    const found = await this.#exclusive(() => this.#detect(rgb));
    const faces = await Promise.all(found.map((face) => measure(rgb, face)));
    return faces.sort((a, b) => b.width - a.width);
  }

  async analyze(image: Buffer): Promise<FaceAnalysis> {
    return analysisOf(await this.detectFaces(image));
  }

  compare(a: readonly number[], b: readonly number[]): number {
    return cosineSimilarity(a, b);
  }

  async verify(image: Buffer, enrolled: readonly number[]): Promise<FaceVerification> {
    if (enrolled.length !== EMBEDDING_LENGTH) {
      throw new FaceEngineError('TEMPLATE_INVALID', `enrolled template has ${enrolled.length} values, this engine makes ${EMBEDDING_LENGTH}`);
    }
    const analysis = await this.analyze(image);
    const score = analysis.embedding ? this.compare(analysis.embedding, enrolled) : 0;
    return {
      decision: verificationDecision(analysis.problem, score),
      score,
      faceCount: analysis.faceCount,
      quality: analysis.quality,
      liveness: analysis.liveness,
      antispoof: analysis.antispoof,
    };
  }

  /** Live tensors and their bytes: flat across calls, or the engine leaks (watch it in /metrics). */
  memory(): { tensors: number; bytes: number } {
    const { numTensors, numBytes } = this.human.tf.memory();
    return { tensors: numTensors, bytes: numBytes };
  }

  /** Ends this handle; the models stay loaded for the process (shared, see `warmHuman`). */
  async close(): Promise<void> {
    this.#closed = true;
    await queue.catch(() => undefined);
  }

  #exclusive<T>(task: () => Promise<T>): Promise<T> {
    if (this.#closed) return Promise.reject(new FaceEngineError('ENGINE_UNAVAILABLE', 'face engine is closed'));
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  async #detect(rgb: RgbImage): Promise<HumanFace[]> {
    const { tf } = this.human;
    const pixels = new Uint8Array(rgb.data.buffer, rgb.data.byteOffset, rgb.data.byteLength);
    const tensor = tf.tensor3d(pixels, [rgb.height, rgb.width, 3], 'int32');
    try {
      const result = await this.human.detect(tensor);
      if (result.error) throw new FaceEngineError('ENGINE_UNAVAILABLE', `face detection failed: ${result.error}`);
      return result.face;
    } finally {
      tensor.dispose();
    }
  }
}

async function measure(rgb: RgbImage, face: HumanFace): Promise<DetectedFace> {
  const [x, y, width, height] = face.box;
  const box = { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) };
  const descriptor = face.embedding;
  const usable = descriptor?.length === EMBEDDING_LENGTH && descriptor.some((value) => value !== 0);
  return {
    box,
    width: box.width,
    confidence: face.score,
    sharpness: await faceSharpness(rgb, box),
    yaw: face.rotation?.angle.yaw ?? 0,
    pitch: face.rotation?.angle.pitch ?? 0,
    antispoof: face.real ?? 0,
    liveness: face.live ?? 0,
    embedding: usable ? normalizeEmbedding(descriptor) : null,
  };
}
