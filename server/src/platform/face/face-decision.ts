import type { FaceDecision, FaceProblem } from './face-engine.js';
import {
  FACE_SIZE_FOR_FULL_QUALITY,
  MATCH_THRESHOLD,
  MAX_PITCH_RAD,
  MAX_YAW_RAD,
  MIN_ANTISPOOF,
  MIN_FACE_SIZE_PX,
  MIN_LIVENESS,
  MIN_QUALITY,
  SHARPNESS_FOR_FULL_QUALITY,
} from './face-thresholds.js';

/** What the models measured on the one face in the image. */
export interface FaceMeasurement {
  /** face box width in pixels */
  width: number;
  /** detector confidence 0..1 */
  confidence: number;
  /** Laplacian standard deviation of the face crop */
  sharpness: number;
  /** head rotation in radians, 0 = facing the camera */
  yaw: number;
  pitch: number;
  antispoof: number;
  liveness: number;
}

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

/** 0..1: confident detection × in focus × large enough; each factor saturates at "good enough". */
export function faceQuality(face: FaceMeasurement): number {
  const sharpness = clamp01(face.sharpness / SHARPNESS_FOR_FULL_QUALITY);
  const size = clamp01(face.width / FACE_SIZE_FOR_FULL_QUALITY);
  return clamp01(face.confidence) * sharpness * size;
}

/**
 * Why an image cannot be used, checked in this order: faces first (M24: the
 * registered person alone), then quality (a bad image makes the spoof models'
 * answers meaningless, and "try again in better light" is the fair answer),
 * then spoofing.
 */
export function imageProblem(faceCount: number, face: FaceMeasurement | undefined): FaceProblem | null {
  if (faceCount === 0 || face === undefined) return 'NO_FACE';
  if (faceCount > 1) return 'MULTIPLE_FACES';
  if (
    face.width < MIN_FACE_SIZE_PX ||
    Math.abs(face.yaw) > MAX_YAW_RAD ||
    Math.abs(face.pitch) > MAX_PITCH_RAD ||
    faceQuality(face) < MIN_QUALITY
  ) {
    return 'LOW_QUALITY';
  }
  if (face.antispoof < MIN_ANTISPOOF || face.liveness < MIN_LIVENESS) return 'SPOOF';
  return null;
}

/** The outcome of a face check, given the image's problem (if any) and the similarity to the enrolled template. */
export function verificationDecision(problem: FaceProblem | null, similarity: number): FaceDecision {
  if (problem !== null) return problem;
  return similarity >= MATCH_THRESHOLD ? 'MATCH' : 'MISMATCH';
}
