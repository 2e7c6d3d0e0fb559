/**
 * The face engine contract (M24: real name, face recognition, no proxy
 * learning). Two implementations: the built-in offline engine and an adapter
 * for a certified external service. Callers (enrolment, lesson start, random
 * checks during lessons and tests) see only this file's types.
 */

/** Outcome of one face check. Everything but MATCH fails the check. */
export type FaceDecision = 'MATCH' | 'NO_FACE' | 'MULTIPLE_FACES' | 'MISMATCH' | 'SPOOF' | 'LOW_QUALITY';

/** Why an image cannot be used, before any comparison. */
export type FaceProblem = Exclude<FaceDecision, 'MATCH' | 'MISMATCH'>;

export const FACE_DECISIONS: readonly FaceDecision[] = ['MATCH', 'NO_FACE', 'MULTIPLE_FACES', 'MISMATCH', 'SPOOF', 'LOW_QUALITY'];
export const FACE_PROBLEMS: readonly FaceProblem[] = ['NO_FACE', 'MULTIPLE_FACES', 'SPOOF', 'LOW_QUALITY'];

/** Pixel box of the face in the (EXIF-rotated) image. */
export interface FaceBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FaceAnalysis {
  /** Faces large enough to be a person at the camera (see MIN_COUNTED_FACE_PX). */
  faceCount: number;
  /** 0..1: detector confidence × sharpness × size of the main face; 0 without a face. */
  quality: number;
  /** 0..1 from the liveness model (higher = live person); 0 without a face. */
  liveness: number;
  /** 0..1 from the anti-spoofing model (higher = real, not a photo or screen); 0 without a face. */
  antispoof: number;
  box?: FaceBox;
  /** The template to enrol or compare: set only when `problem` is null. */
  embedding: number[] | null;
  problem: FaceProblem | null;
}

export interface FaceVerification {
  decision: FaceDecision;
  /** Similarity to the enrolled template, 0..1; 0 when no comparison was made. */
  score: number;
  faceCount: number;
  quality: number;
  liveness: number;
  antispoof: number;
}

export interface FaceEngine {
  /** Which engine answered, for the evidence record (`builtin:human-3.3.6`, `http:https://…`). */
  readonly name: string;
  /**
   * Enrolment and pre-checks: exactly one face, large, sharp, facing the
   * camera, live. The embedding is returned only for a usable image.
   */
  analyze(image: Buffer): Promise<FaceAnalysis>;
  /**
   * Similarity of two templates from this engine, 0..1 (cosine, negatives
   * clamped to 0): the same measure pgvector's cosine distance uses, so
   * duplicate-enrolment searches in SQL agree with this function.
   */
  compare(a: readonly number[], b: readonly number[]): number;
  /** One face check against the enrolled template. */
  verify(image: Buffer, enrolled: readonly number[]): Promise<FaceVerification>;
  close(): Promise<void>;
}

export type FaceEngineErrorCode =
  /** The bytes are not a decodable image (or too many pixels). */
  | 'IMAGE_UNREADABLE'
  /** The enrolled template does not come from this engine (wrong length). */
  | 'TEMPLATE_INVALID'
  /** Models missing or failed to load. */
  | 'ENGINE_UNAVAILABLE'
  | 'SERVICE_TIMEOUT'
  | 'SERVICE_UNAVAILABLE'
  /** The service refused the request (4xx: bad key, bad request). */
  | 'SERVICE_REJECTED'
  /** The service answered something that is not the agreed JSON. */
  | 'SERVICE_BAD_RESPONSE';

/**
 * Operational failures, not face decisions: the caller must neither credit
 * nor penalise the learner for them (the check is retried or postponed).
 */
export class FaceEngineError extends Error {
  override name = 'FaceEngineError';
  constructor(
    readonly code: FaceEngineErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
